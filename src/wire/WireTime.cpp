#include "WireTime.h"

#include "Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace sk::wire {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms):
// listing 100,000 keys writes and reads 300,000 times, which QDateTime's formatting and
// parsing made the largest cost of a page.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

struct Civil
{
    qint64 year;
    unsigned month;
    unsigned day;
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Civil{qint64(yoe) + era * 400 + (m <= 2), m, d};
}

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

constexpr unsigned daysInMonth(qint64 y, unsigned m)
{
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

char16_t at(QStringView text, qsizetype i)
{
    return text[i].unicode();
}

char16_t at(QByteArrayView text, qsizetype i)
{
    return char16_t(static_cast<unsigned char>(text[i]));
}

/// The digits of text[from, from + count) as a number; -1 if any is not a digit.
template <typename Text> int digits(Text text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = at(text, i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

/// "YYYY-MM-DDTHH:MM:SS.mmmZ", the form every server writes, as milliseconds since the epoch;
/// nothing for anything else (which the slower, general parser then reads).
template <typename Text> std::optional<qint64> parseWrittenForm(Text t)
{
    if (t.size() != 24 || at(t, 4) != u'-' || at(t, 7) != u'-' || at(t, 10) != u'T' ||
        at(t, 13) != u':' || at(t, 16) != u':' || at(t, 19) != u'.' || at(t, 23) != u'Z')
        return std::nullopt;
    const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
    const int h = digits(t, 11, 2), mi = digits(t, 14, 2), s = digits(t, 17, 2);
    const int ms = digits(t, 20, 3);
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || unsigned(d) > daysInMonth(y, unsigned(mo)) ||
        h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || ms < 0)
        return std::nullopt;
    return daysFromCivil(y, unsigned(mo), unsigned(d)) * DayMs + ((h * 60 + mi) * 60 + s) * 1000LL +
           ms;
}

} // namespace

namespace {

/// "YYYY-MM-DDTHH:MM:SS.mmmZ" of `msecs` into `text` (24 characters); false for a year
/// outside 1…9999, which QDateTime writes its own way.
bool writeRfc3339(qint64 msecs, char* text)
{
    const qint64 days = msecs >= 0 ? msecs / DayMs : (msecs - DayMs + 1) / DayMs;
    const Civil date = civilFromDays(days);
    if (date.year < 1 || date.year > 9999)
        return false;
    qint64 rest = msecs - days * DayMs;
    auto put = [text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year, 4);
    text[4] = '-';
    put(5, date.month, 2);
    text[7] = '-';
    put(8, date.day, 2);
    text[10] = 'T';
    put(11, rest / 3600000, 2);
    text[13] = ':';
    rest %= 3600000;
    put(14, rest / 60000, 2);
    text[16] = ':';
    rest %= 60000;
    put(17, rest / 1000, 2);
    text[19] = '.';
    put(20, rest % 1000, 3);
    text[23] = 'Z';
    return true;
}

} // namespace

QString rfc3339(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    char text[24];
    if (!writeRfc3339(time.toMSecsSinceEpoch(), text))
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    return QString::fromLatin1(text, sizeof text);
}

void appendRfc3339(QByteArray* out, const QDateTime& time)
{
    char text[24];
    if (time.isValid() && writeRfc3339(time.toMSecsSinceEpoch(), text))
        out->append(text, sizeof text);
    else
        out->append(rfc3339(time).toUtf8());
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
    const QString text = value.toString();
    if (const std::optional<qint64> msecs = parseWrittenForm(QStringView(text)))
        return utcFromMSecs(*msecs);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return utcFromMSecs(t.toMSecsSinceEpoch());
}

QDateTime timeFromText(QByteArrayView utf8)
{
    if (const std::optional<qint64> msecs = parseWrittenForm(utf8))
        return utcFromMSecs(*msecs);
    return timeFromJson(QJsonValue(QString::fromUtf8(utf8)));
}

} // namespace sk::wire
