#include "Preferences.h"

#include "Rules.h"

namespace sk {

namespace {
constexpr int MaxRecentStores = 8;
}

Preferences::Preferences()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
                 QStringLiteral("scopekeeper"))
{
}

int Preferences::clipboardClearSeconds() const
{
    const int seconds = m_settings.value(QStringLiteral("clipboard/clearSeconds"), 30).toInt();
    return qBound(0, seconds, 3600);
}

void Preferences::setClipboardClearSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("clipboard/clearSeconds"), qBound(0, seconds, 3600));
}

int Preferences::defaultExpiryDays() const
{
    const int days = m_settings.value(QStringLiteral("keys/defaultExpiryDays"), 90).toInt();
    return expiryPresets().contains(days) ? days : 90;
}

void Preferences::setDefaultExpiryDays(int days)
{
    if (expiryPresets().contains(days))
        m_settings.setValue(QStringLiteral("keys/defaultExpiryDays"), days);
}

QString Preferences::language() const
{
    return m_settings.value(QStringLiteral("interface/language")).toString();
}

void Preferences::setLanguage(const QString& code)
{
    if (code.isEmpty())
        m_settings.remove(QStringLiteral("interface/language"));
    else
        m_settings.setValue(QStringLiteral("interface/language"), code);
}

int Preferences::autoRefreshSeconds() const
{
    const int seconds = m_settings.value(QStringLiteral("view/autoRefreshSeconds"), 0).toInt();
    return autoRefreshPresets().contains(seconds) ? seconds : 0;
}

void Preferences::setAutoRefreshSeconds(int seconds)
{
    if (autoRefreshPresets().contains(seconds))
        m_settings.setValue(QStringLiteral("view/autoRefreshSeconds"), seconds);
}

int Preferences::expiryReminderDays() const
{
    const int days =
        m_settings
            .value(QStringLiteral("keys/expiryReminderDays"), Rules::DefaultExpiryReminderDays)
            .toInt();
    return days >= 0 && days <= MaxDays ? days : Rules::DefaultExpiryReminderDays;
}

void Preferences::setExpiryReminderDays(int days)
{
    if (days >= 0 && days <= MaxDays)
        m_settings.setValue(QStringLiteral("keys/expiryReminderDays"), days);
}

int Preferences::staleKeyDays() const
{
    const int days =
        m_settings.value(QStringLiteral("keys/staleDays"), Rules::DefaultStaleDays).toInt();
    return days >= 1 && days <= MaxDays ? days : Rules::DefaultStaleDays;
}

void Preferences::setStaleKeyDays(int days)
{
    if (days >= 1 && days <= MaxDays)
        m_settings.setValue(QStringLiteral("keys/staleDays"), days);
}

QString Preferences::lastStore() const
{
    return m_settings.value(QStringLiteral("stores/last")).toString();
}

QStringList Preferences::recentStores() const
{
    return m_settings.value(QStringLiteral("stores/recent")).toStringList();
}

void Preferences::rememberStore(const QString& path)
{
    m_settings.setValue(QStringLiteral("stores/last"), path);
    QStringList recent = recentStores();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentStores)
        recent.removeLast();
    m_settings.setValue(QStringLiteral("stores/recent"), recent);
}

QString Preferences::serverKey(const QUrl& server)
{
    QUrl normal = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                  QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normal.path() == QStringLiteral("/"))
        normal.setPath(QString());
    return QStringLiteral("servers/") +
           QString::fromLatin1(QUrl::toPercentEncoding(normal.toString(QUrl::FullyEncoded))) +
           QStringLiteral("/caCertificateFile");
}

QString Preferences::caCertificateFile(const QUrl& server) const
{
    return m_settings.value(serverKey(server)).toString();
}

void Preferences::setCaCertificateFile(const QUrl& server, const QString& path)
{
    if (path.isEmpty())
        m_settings.remove(serverKey(server));
    else
        m_settings.setValue(serverKey(server), path);
}

} // namespace sk
