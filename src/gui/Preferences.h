// Scopekeeper console: the user's preferences and recent stores. Never holds a secret.
#pragma once

#include <QSettings>
#include <QStringList>

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

    QString lastStore() const;
    QStringList recentStores() const;
    /// Makes `path` the last used store, at the top of the recent list (at most 8).
    void rememberStore(const QString& path);

    static QList<int> expiryPresets() { return {30, 90, 180, 365}; }

private:
    mutable QSettings m_settings;
};

} // namespace sk
