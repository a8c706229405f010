// Fuzz target: the server's decoders of what clients send, each on its own. The first byte
// picks the decoder, the rest is its input:
//
//   0  the apps list's cursor (wire::decodeCursor), and encodeCursor() of what it decodes
//   1  encodeCursor() of any two strings reads back as them
//   2  an RFC 3339 date-time (wire::parseRfc3339, the keys' expires_at)
//   3  If-Match (wire::parseIfMatch)
//   4  a Content-Type (wire::isJsonMediaType)
//   5  a request body: wire::unicodeProblem; a body it lets through and that parses holds no
//      lone surrogate in any string
//   6  a verify body: what wire::plainVerifyRequest reads (without a JSON parser), the JSON
//      parser reads the same
//
// The handlers that read app create/patch, key create and verify bodies are reached through
// whole requests: fuzz_http.
#include "FuzzSupport.h"
#include "WireCursor.h"
#include "WireEtag.h"
#include "WireJson.h"
#include "WireRequests.h"
#include "WireTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace wire = sk::wire;

namespace {

bool wellFormedText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

bool wellFormedValue(const QJsonValue& value)
{
    if (value.isString())
        return wellFormedText(value.toString());
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray()) {
            if (!wellFormedValue(v))
                return false;
        }
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!wellFormedText(it.key()) || !wellFormedValue(it.value()))
                return false;
        }
    }
    return true;
}

void cursor(const QByteArray& input)
{
    const std::optional<QString> c = wire::decodeCursor(QString::fromUtf8(input));
    if (!c)
        return;
    const std::optional<QString> again = wire::decodeCursor(wire::encodeCursor(*c));
    SK_FUZZ_CHECK(again && *again == *c);
}

void cursorRoundTrip(const QByteArray& input)
{
    const qsizetype split = input.indexOf('\0');
    const QString name = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QString id = split < 0 ? QString() : QString::fromUtf8(input.mid(split + 1));
    // A store's position: a JSON array of strings (and whole numbers).
    const QString position = QString::fromUtf8(
        QJsonDocument(QJsonArray{name, id, 1700000000000.0}).toJson(QJsonDocument::Compact));
    const QString text = wire::encodeCursor(position);
    // Safe in a query string as it is: base64url without padding.
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        SK_FUZZ_CHECK((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') ||
                      (u >= u'a' && u <= u'z') || u == u'-' || u == u'_');
    }
    const std::optional<QString> back = wire::decodeCursor(text);
    SK_FUZZ_CHECK(back && *back == position);
}

void time(const QByteArray& input)
{
    const QString text = QString::fromUtf8(input);
    const std::optional<QDateTime> t = wire::parseRfc3339(text);
    if (!t)
        return;
    SK_FUZZ_CHECK(t->isValid());
    SK_FUZZ_CHECK(t->timeSpec() == Qt::UTC || t->timeZone() == QTimeZone::utc());
    // What the server writes reads back as the same instant (within the years RFC 3339 has).
    const int year = t->date().year();
    if (year >= 1 && year <= 9999) {
        const std::optional<QDateTime> back = wire::parseRfc3339(wire::rfc3339(*t));
        SK_FUZZ_CHECK(back && back->toMSecsSinceEpoch() == t->toMSecsSinceEpoch());
    }
}

void ifMatch(const QByteArray& input)
{
    const wire::IfMatch m = wire::parseIfMatch(input);
    bool star = false;
    for (const QByteArray& part : input.split(','))
        star = star || part.trimmed() == "*";
    SK_FUZZ_CHECK(m.any == star);
    QList<QByteArray> tags;
    for (const QByteArray& part : input.split(','))
        tags << part.trimmed();
    for (qint64 v : m.versions) {
        SK_FUZZ_CHECK(v > 0);
        // Strong comparison: a version is named only by the very tag the server writes for it.
        sk::App written;
        written.version = v;
        SK_FUZZ_CHECK(tags.contains(wire::etag(written)));
        // The ETag the server writes for that version is one If-Match names.
        sk::App app;
        app.version = v;
        const wire::IfMatch own = wire::parseIfMatch(wire::etag(app));
        SK_FUZZ_CHECK(!own.any && own.versions.size() == 1 && own.versions.first() == v);
    }
}

void mediaType(const QByteArray& input)
{
    if (wire::isJsonMediaType(input)) {
        const qsizetype semicolon = input.indexOf(';');
        SK_FUZZ_CHECK((semicolon < 0 ? input : input.left(semicolon)).trimmed().toLower() ==
                      "application/json");
    }
}

void body(const QByteArray& input)
{
    const std::optional<QString> problem = wire::unicodeProblem(input);
    if (problem) {
        SK_FUZZ_CHECK(!problem->isEmpty());
        return;
    }
    SK_FUZZ_CHECK(QUtf8StringView(input).isValidUtf8());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    SK_FUZZ_CHECK(wellFormedValue(root));
    // expires_at, as POST /api/v1/apps/{id}/keys reads it.
    if (doc.isObject()) {
        const QJsonValue expires = doc.object().value(QStringLiteral("expires_at"));
        if (expires.isString())
            (void)wire::parseRfc3339(expires.toString());
    }
}

void plainVerify(const QByteArray& input)
{
    const std::optional<wire::PlainVerifyRequest> plain = wire::plainVerifyRequest(input);
    if (!plain)
        return;
    SK_FUZZ_CHECK(!wire::unicodeProblem(input));
    const std::optional<QJsonObject> object = wire::objectFrom(input);
    SK_FUZZ_CHECK(object.has_value());
    QStringList wrong;
    const wire::VerifyRequest full = wire::verifyRequestFromJson(*object, &wrong);
    SK_FUZZ_CHECK(wrong.isEmpty());
    SK_FUZZ_CHECK(full.secret == QString(plain->secret) && full.scope == QString(plain->scope));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = sk::fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 7) {
    case 0:
        cursor(input);
        break;
    case 1:
        cursorRoundTrip(input);
        break;
    case 2:
        time(input);
        break;
    case 3:
        ifMatch(input);
        break;
    case 4:
        mediaType(input);
        break;
    case 5:
        body(input);
        break;
    default:
        plainVerify(input);
        break;
    }
    return 0;
}
