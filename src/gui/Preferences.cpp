#include "Preferences.h"

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

} // namespace sk
