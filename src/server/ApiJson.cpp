#include "ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace sk::api {

QString rfc3339(const QDateTime& time)
{
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

QJsonObject appJson(const App& app)
{
    return QJsonObject{
        {QStringLiteral("id"), app.id},
        {QStringLiteral("name"), app.name},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(app.scopes)},
        {QStringLiteral("created_by"), app.createdBy},
        {QStringLiteral("created_at"), timeValue(app.createdAt)},
        {QStringLiteral("updated_at"), timeValue(app.updatedAt)},
        {QStringLiteral("key_count"), app.keyCount},
        {QStringLiteral("version"), app.version},
    };
}

QJsonObject keyJson(const ApiKey& key)
{
    return QJsonObject{
        {QStringLiteral("id"), key.id},
        {QStringLiteral("app_id"), key.appId},
        {QStringLiteral("app_name"), key.appName},
        {QStringLiteral("name"), key.name},
        {QStringLiteral("prefix"), key.prefix},
        {QStringLiteral("created_by"), key.createdBy},
        {QStringLiteral("created_at"), timeValue(key.createdAt)},
        {QStringLiteral("expires_at"), timeValue(key.expiresAt)},
        {QStringLiteral("last_used_at"), timeValue(key.lastUsedAt)},
    };
}

QJsonObject auditJson(const AuditEntry& e)
{
    const auto orNull = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonObject o{
        {QStringLiteral("seq"), e.sequence},
        {QStringLiteral("at"), timeValue(e.at)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("app_id"), orNull(e.appId)},
        {QStringLiteral("app_name"), orNull(e.appName)},
        {QStringLiteral("key_id"), orNull(e.keyId)},
        {QStringLiteral("key_name"), orNull(e.keyName)},
        {QStringLiteral("detail"), e.detail},
    };
    if (!e.data.isEmpty())
        o.insert(QStringLiteral("data"), e.data); // the detail, structured (audit::Details)
    return o;
}

QJsonObject verifyJson(const VerifyResult& r)
{
    if (!r.valid) {
        // Nothing about the key or its app: the caller learns only why it was refused.
        return QJsonObject{{QStringLiteral("valid"), false},
                           {QStringLiteral("code"), verifyCodeName(r.code)}};
    }
    return QJsonObject{
        {QStringLiteral("valid"), true},
        {QStringLiteral("app"),
         QJsonObject{{QStringLiteral("id"), r.appId}, {QStringLiteral("name"), r.appName}}},
        {QStringLiteral("key"),
         QJsonObject{{QStringLiteral("id"), r.keyId}, {QStringLiteral("name"), r.keyName}}},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(r.scopes)},
    };
}

void appendJsonString(QByteArray* out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out->append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80) {
            // A run of non-ASCII characters (surrogate pairs stay together) as UTF-8.
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).unicode() >= 0x80)
                ++end;
            out->append(text.mid(i, end - i).toUtf8());
            i = end - 1;
            continue;
        }
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            out->append(char(u));
            continue;
        }
        out->append('\\');
        switch (u) {
        case u'"':
            out->append('"');
            break;
        case u'\\':
            out->append('\\');
            break;
        case u'\b':
            out->append('b');
            break;
        case u'\f':
            out->append('f');
            break;
        case u'\n':
            out->append('n');
            break;
        case u'\r':
            out->append('r');
            break;
        case u'\t':
            out->append('t');
            break;
        default:
            out->append("u00");
            out->append(Hex[u >> 4]);
            out->append(Hex[u & 0xf]);
        }
    }
    out->append('"');
}

QByteArray verifyJsonText(const VerifyResult& r)
{
    // Members in the order QJsonObject keeps them (sorted by name), so that the text is the
    // same as QJsonDocument(verifyJson(r)).toJson(QJsonDocument::Compact).
    QByteArray out;
    if (!r.valid) {
        out.reserve(48);
        out.append("{\"code\":");
        appendJsonString(&out, verifyCodeName(r.code));
        out.append(",\"valid\":false}");
        return out;
    }
    out.reserve(160 + 24 * r.scopes.size());
    out.append("{\"app\":{\"id\":");
    appendJsonString(&out, r.appId);
    out.append(",\"name\":");
    appendJsonString(&out, r.appName);
    out.append("},\"key\":{\"id\":");
    appendJsonString(&out, r.keyId);
    out.append(",\"name\":");
    appendJsonString(&out, r.keyName);
    out.append("},\"scopes\":[");
    for (qsizetype i = 0; i < r.scopes.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJsonString(&out, r.scopes.at(i));
    }
    out.append("],\"valid\":true}");
    return out;
}

QByteArray etag(const App& app)
{
    return '"' + QByteArray::number(app.version) + '"';
}

IfMatch parseIfMatch(const QByteArray& header)
{
    IfMatch m;
    for (const QByteArray& part : header.split(',')) {
        const QByteArray tag = part.trimmed();
        if (tag == "*") {
            m.any = true;
            continue;
        }
        if (tag.size() < 3 || !tag.startsWith('"') || !tag.endsWith('"'))
            continue;
        // Compared strongly (RFC 9110, 13.1.1): only the very tag etag() writes names a
        // version, "7"; not "07", "+7" or " 7", which toLongLong() would read as 7 too.
        const QByteArray opaque = tag.mid(1, tag.size() - 2);
        if (opaque.front() == '0' || !std::all_of(opaque.cbegin(), opaque.cend(),
                                                  [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        bool ok = false;
        const qint64 v = opaque.toLongLong(&ok);
        if (ok && v > 0)
            m.versions << v;
    }
    return m;
}

QString encodeCursor(const AppCursor& cursor)
{
    const QByteArray json =
        QJsonDocument(QJsonArray{cursor.nameFold, cursor.id}).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<AppCursor> decodeCursor(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    const QJsonArray a = doc.array();
    if (a.size() != 2 || !a.at(0).isString() || !a.at(1).isString())
        return std::nullopt;
    return AppCursor{a.at(0).toString(), a.at(1).toString()};
}

bool isJsonMediaType(const QByteArray& contentType)
{
    const qsizetype parameters = contentType.indexOf(';');
    const QByteArray type =
        (parameters < 0 ? contentType : contentType.left(parameters)).trimmed().toLower();
    return type == "application/json";
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The code unit of a "\uXXXX" escape at `i` (the backslash), or -1.
int escapedUnit(const QByteArray& body, qsizetype i)
{
    if (i + 5 >= body.size() || body.at(i) != '\\' || body.at(i + 1) != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexValue(body.at(k));
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

} // namespace

std::optional<QString> unicodeProblem(const QByteArray& body)
{
    if (!QUtf8StringView(body).isValidUtf8())
        return QStringLiteral("The body is not UTF-8 text.");
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != '\\')
            continue;
        if (i + 1 < body.size() && body.at(i + 1) != 'u') {
            ++i; // another escape (\\, \", \n, …): its second character is not a backslash
            continue;
        }
        const int unit = escapedUnit(body, i);
        if (unit < 0)
            continue; // not an escape the parser accepts: it says so itself
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const int next = escapedUnit(body, i + 6);
            if (next < 0xdc00 || next > 0xdfff) {
                return QStringLiteral("The body holds \\u%1, half of a surrogate pair without its "
                                      "other half: not a character.")
                    .arg(unit, 4, 16, QLatin1Char('0'));
            }
            i += 11;
            continue;
        }
        if (unit >= 0xdc00 && unit <= 0xdfff) {
            return QStringLiteral("The body holds \\u%1, half of a surrogate pair without its "
                                  "other half: not a character.")
                .arg(unit, 4, 16, QLatin1Char('0'));
        }
        i += 5;
    }
    return std::nullopt;
}

} // namespace sk::api
