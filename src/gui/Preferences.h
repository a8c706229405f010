// Scopekeeper console: the user's preferences and recent stores. Never holds a secret.
#pragma once

#include <QSettings>
#include <QStringList>
#include <QUrl>

namespace sk {

class Preferences
{
public:
    Preferences();

    /// Seconds after which a copied key is cleared from the clipboard; 0 = never.
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    /// The expiry preset a new key starts with, in days (30, 90, 180 or 365).
    int defaultExpiryDays() const;
    void setDefaultExpiryDays(int days);

    /// The language of the console ("de", "en", …); empty: the system's.
    QString language() const;
    void setLanguage(const QString& code);

    /// Seconds between automatic refreshes of the page on screen; 0 = off (the default).
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

    /// Days before a key expires that the main window's message bar names it (the expiry
    /// reminder); 0 = off. Default Rules::DefaultExpiryReminderDays (14); at most MaxDays.
    int expiryReminderDays() const;
    void setExpiryReminderDays(int days);
    /// After how many days without use the API Keys page's "Not used in N days" filter shows a
    /// key (1…MaxDays; default Rules::DefaultStaleDays, 90).
    int staleKeyDays() const;
    void setStaleKeyDays(int days);
    static constexpr int MaxDays = 365;

    QString lastStore() const;
    QStringList recentStores() const;
    /// Makes `path` the last used store, at the top of the recent list (at most 8).
    void rememberStore(const QString& path);

    /// The CA certificate file trusted for `server` when it was last connected to (a path,
    /// never a secret); empty: none, only the system's CA certificates.
    QString caCertificateFile(const QUrl& server) const;
    /// Remembers `path` for `server`; an empty path forgets it.
    void setCaCertificateFile(const QUrl& server, const QString& path);

    static QList<int> expiryPresets() { return {30, 90, 180, 365}; }
    /// Off, every 30 seconds, every minute, every 5 and every 15 minutes.
    static QList<int> autoRefreshPresets() { return {0, 30, 60, 5 * 60, 15 * 60}; }

private:
    /// The settings key of `server`'s entries: its URL without user, query, fragment or
    /// trailing slash, percent-encoded so that it is one key.
    static QString serverKey(const QUrl& server);

    mutable QSettings m_settings;
};

} // namespace sk
