#include "WireTime.h"

#include "Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace sk::wire {

QString rfc3339(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(rfc3339(time)) : QJsonValue(QJsonValue::Null);
}

std::optional<QDateTime> parseRfc3339(const QString& text)
{
    static const QRegularExpression format(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}:\\d{2}:\\d{2})(\\.\\d{1,9})?([Zz]|[+-]"
                       "\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch m = format.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        fraction = fraction.left(4).leftJustified(4, QLatin1Char('0')); // milliseconds
    QString zone = m.captured(4).toUpper();
    const QString iso = m.captured(1) + QLatin1Char('T') + m.captured(2) + fraction + zone;
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), QTimeZone::utc());
}

QDateTime timeFromJson(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return utcFromMSecs(t.toMSecsSinceEpoch());
}

} // namespace sk::wire
