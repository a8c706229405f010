// Scopekeeper server: the access log. One line per request, whoever answered it, with
// everything that came from the request made loggable in one place (accessLine()).
#include "ApiCall.h"
#include "KeyFormat.h"
#include "WirePaths.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <array>
#include <charconv>
#include <cstdio>

namespace sk {

/// Text from a request as the log may show it: control characters (CR, LF, ESC, NUL, DEL, the
/// C1 controls, the line and paragraph separators) become \xNN or \uNNNN, and spaces %20,
/// so that nothing a client sends can start a new log line, a terminal escape, or a field.
QString loggable(QStringView text)
{
    QString shown;
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString();
    shown.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x20)
            shown += QLatin1String("%20");
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            shown += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (u == 0x2028 || u == 0x2029)
            shown += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

/// Letters and digits in a row that the log never shows: a key's or a token's random part and
/// checksum are 49 (KeyFormat), identifiers 22.

namespace {

constexpr int LongestLoggedRun = 31;

/// `text` with anything that may be a key or a token cut: the prefix "spk_" or "ska_" and every
/// letter, digit and underscore after it ("spk_…"; so "spk_spk_<key>" loses the key too), and
/// any other run of more than LongestLoggedRun letters and digits ("…"): a key whose prefix
/// was broken ("%spk_<key>" decodes to "…pk_<key>") is still a key.
QString withoutSecrets(const QString& text)
{
    // Most texts hold nothing of the kind: no regular expression for them.
    bool suspect = text.contains(QLatin1String("spk_")) || text.contains(QLatin1String("ska_"));
    int run = 0;
    for (qsizetype i = 0; i < text.size() && !suspect; ++i) {
        run = KeyFormat::isBase62(text.at(i)) ? run + 1 : 0;
        suspect = run > LongestLoggedRun;
    }
    if (!suspect)
        return text;
    static const QRegularExpression secret(
        QStringLiteral("((?:spk|ska)_)[0-9A-Za-z_]*|[0-9A-Za-z]{%1,}").arg(LongestLoggedRun + 1));
    QString shown = text;
    shown.replace(secret, QStringLiteral("\\1…"));
    return shown;
}

} // namespace

QString loggablePath(const QString& rawPath)
{
    const QString path = withoutSecrets(loggable(rawPath));
    return path.isEmpty() ? QStringLiteral("/") : path;
}

void ApiServer::setLogSink(std::function<void(const QString&)> sink)
{
    m_logSink = std::move(sink);
}

void ApiServer::flushLog()
{
    m_logBuffer->timer.stop();
    m_logBuffer->write();
}

void ApiServer::log(const QString& line) const
{
    if (m_logSink) {
        m_logSink(line);
        return;
    }
    LogBuffer& b = *m_logBuffer;
    b.lines += line.toUtf8();
    b.lines += '\n';
    writeLogSoon();
}

void ApiServer::logLines(const QByteArray& lines) const
{
    if (lines.isEmpty())
        return;
    if (m_logSink) {
        for (qsizetype from = 0; from < lines.size();) {
            const qsizetype end = lines.indexOf('\n', from);
            m_logSink(QString::fromUtf8(lines.constData() + from, end - from));
            from = end + 1;
        }
        return;
    }
    m_logBuffer->lines += lines;
    writeLogSoon();
}

void ApiServer::writeLogSoon() const
{
    LogBuffer& b = *m_logBuffer;
    if (b.lines.size() >= LogBuffer::FlushBytes || m_shuttingDown) {
        b.timer.stop();
        b.write();
    } else if (!b.timer.isActive()) {
        b.timer.start();
    }
}

/// One access-log line, whoever answered the request: "time method path status duration
/// admin=… client=…", then "refused=…" when something was refused (quoted when it is a sentence).
/// Everything from the request is made loggable here, in one place.
QString ApiServer::accessLine(const AccessEntry& e)
{
    QString line = QString::fromLatin1(LogBuffer::now());
    line += QLatin1Char(' ');
    // The method too: any token is a method to HTTP, a key or a token included.
    line += e.method.isEmpty() ? QStringLiteral("-")
                               : withoutSecrets(loggable(QString::fromLatin1(e.method)));
    line += QLatin1Char(' ');
    line += e.path ? loggablePath(*e.path) : QStringLiteral("-");
    line += QLatin1Char(' ');
    line += QString::number(e.status);
    line += QLatin1Char(' ');
    line += e.ms < 0 ? QStringLiteral("-") : QString::number(e.ms, 'f', 1) + QLatin1String("ms");
    line += QLatin1String(" admin=");
    line += e.admin.isEmpty() ? QStringLiteral("-") : loggable(e.admin);
    line += QLatin1String(" client=");
    line += e.client.isEmpty() ? QStringLiteral("-") : e.client;
    if (!e.refused.isEmpty()) {
        line += QLatin1String(" refused=");
        const QString reason =
            loggable(e.refused).replace(QLatin1String("%20"), QLatin1String(" "));
        line += reason.contains(QLatin1Char(' ')) ? QLatin1Char('"') + reason + QLatin1Char('"')
                                                  : reason;
    }
    return line;
}

void ApiServer::appendVerifyLine(QByteArray* line, const QString& client, qint64 nsecs)
{
    LogBuffer::appendNow(line);
    const qint64 tenths = (nsecs + 50'000) / 100'000;
    std::array<char, 24> number{};
    const auto [end, ignored] =
        std::to_chars(number.data(), number.data() + number.size(), tenths / 10);
    line->append(" POST ").append(wire::route::Verify.data(), wire::route::Verify.size());
    line->append(" 200 ");
    line->append(number.data(), end - number.data());
    line->append('.').append(char('0' + tenths % 10)).append("ms admin=- client=");
    for (const QChar c : client) // an address: ASCII
        line->append(c.unicode() < 0x80 ? char(c.unicode()) : '?');
    line->append('\n');
}

void ApiServer::logAccess(const Call& call, int status) const
{
    // Why an administrator token was refused: no-token, malformed, unknown, expired, revoked,
    // throttled.
    log(accessLine({call.request.head ? QByteArrayLiteral("HEAD") : call.request.method,
                    call.request.path, status, double(call.timer.nsecsElapsed()) / 1e6, call.admin,
                    call.request.client, call.refusal}));
}

void ApiServer::logRefusal(const HttpRefusal& refusal) const
{
    // The transport refused it before the API saw it: no duration (it may never have been read
    // whole), and the reason.
    log(accessLine({refusal.method,
                    refusal.path.isEmpty() ? std::nullopt : std::optional<QString>(refusal.path),
                    refusal.status, -1, QString(), refusal.client, refusal.reason}));
}

} // namespace sk
