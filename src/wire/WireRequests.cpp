#include "WireRequests.h"

#include "WireFields.h"
#include "WireTime.h"

#include <QJsonArray>

namespace sk::wire {

namespace {

/// An optional string member; a member of another type is named in `wrong`.
void readString(const QJsonObject& object, QLatin1String field, std::optional<QString>* out,
                QStringList* wrong)
{
    const auto it = object.constFind(field);
    if (it == object.constEnd())
        return;
    if (!it->isString()) {
        wrong->append(field);
        return;
    }
    *out = it->toString();
}

/// An optional array of strings.
void readStringList(const QJsonObject& object, QLatin1String field, std::optional<QStringList>* out,
                    QStringList* wrong)
{
    const auto it = object.constFind(field);
    if (it == object.constEnd())
        return;
    if (!it->isArray()) {
        wrong->append(field);
        return;
    }
    QStringList list;
    for (const QJsonValue& v : it->toArray()) {
        if (!v.isString()) {
            wrong->append(field);
            return;
        }
        list << v.toString();
    }
    *out = list;
}

} // namespace

QJsonObject newAppJson(const NewApp& app)
{
    return QJsonObject{{field::Name, app.name},
                       {field::Scopes, QJsonArray::fromStringList(app.scopes)}};
}

NewApp newAppFromJson(const QJsonObject& object, QStringList* wrongTypes)
{
    std::optional<QString> name;
    std::optional<QStringList> scopes;
    readString(object, field::Name, &name, wrongTypes);
    readStringList(object, field::Scopes, &scopes, wrongTypes);
    return NewApp{name.value_or(QString()), scopes.value_or(QStringList())};
}

QStringList newAppMembers()
{
    return {field::Name, field::Scopes};
}

QJsonObject appPatchJson(const AppPatch& patch)
{
    QJsonObject body;
    if (patch.name)
        body.insert(field::Name, *patch.name);
    if (patch.scopes)
        body.insert(field::Scopes, QJsonArray::fromStringList(*patch.scopes));
    return body;
}

AppPatch appPatchFromJson(const QJsonObject& object, QStringList* wrongTypes)
{
    AppPatch patch;
    readString(object, field::Name, &patch.name, wrongTypes);
    readStringList(object, field::Scopes, &patch.scopes, wrongTypes);
    return patch;
}

QStringList appPatchMembers()
{
    return {field::Name, field::Scopes};
}

QJsonObject newKeyJson(const NewKey& key)
{
    QJsonObject body{{field::Name, key.name}};
    // No expiry at all is left out: the store's rules then say it is missing.
    if (key.expiresAt.isValid())
        body.insert(field::ExpiresAt, rfc3339(key.expiresAt));
    // Only a narrowed key says its scopes: a server that knows none makes an inheriting key.
    if (key.scopes)
        body.insert(field::Scopes, QJsonArray::fromStringList(*key.scopes));
    return body;
}

NewKey newKeyFromJson(const QJsonObject& object, QStringList* wrongTypes)
{
    std::optional<QString> name;
    std::optional<QString> expires;
    readString(object, field::Name, &name, wrongTypes);
    readString(object, field::ExpiresAt, &expires, wrongTypes);
    NewKey key{name.value_or(QString()), QDateTime()};
    if (expires) {
        if (const std::optional<QDateTime> parsed = parseRfc3339(*expires))
            key.expiresAt = *parsed;
        else
            wrongTypes->append(field::ExpiresAt);
    }
    // "scopes": null or absent, the key inherits its app's scopes; an array narrows it.
    if (!object.value(field::Scopes).isNull())
        readStringList(object, field::Scopes, &key.scopes, wrongTypes);
    return key;
}

QStringList newKeyMembers()
{
    return {field::Name, field::ExpiresAt, field::Scopes};
}

QJsonObject rollKeyJson(const RollKey& roll)
{
    QJsonObject body{{field::GraceSeconds, roll.graceSeconds}};
    if (roll.name)
        body.insert(field::Name, *roll.name);
    if (roll.expiresAt.isValid())
        body.insert(field::ExpiresAt, rfc3339(roll.expiresAt));
    return body;
}

RollKey rollKeyFromJson(const QJsonObject& object, QStringList* wrongTypes)
{
    RollKey roll;
    if (!object.value(field::Name).isNull())
        readString(object, field::Name, &roll.name, wrongTypes);
    std::optional<QString> expires;
    readString(object, field::ExpiresAt, &expires, wrongTypes);
    if (expires) {
        if (const std::optional<QDateTime> parsed = parseRfc3339(*expires))
            roll.expiresAt = *parsed;
        else
            wrongTypes->append(field::ExpiresAt);
    }
    // A whole number of seconds; absent: 0 (the old key stops at once).
    if (const auto it = object.constFind(field::GraceSeconds); it != object.constEnd()) {
        const double d = it->toDouble(-1);
        if (!it->isDouble() || d != double(qint64(d)) || d < -1e15 || d > 1e15)
            wrongTypes->append(field::GraceSeconds);
        else
            roll.graceSeconds = qint64(d);
    }
    return roll;
}

QStringList rollKeyMembers()
{
    return {field::Name, field::ExpiresAt, field::GraceSeconds};
}

QJsonObject verifyRequestJson(const VerifyRequest& request)
{
    return QJsonObject{{field::Key, request.secret}, {field::Scope, request.scope}};
}

VerifyRequest verifyRequestFromJson(const QJsonObject& object, QStringList* wrongTypes)
{
    VerifyRequest request;
    const QJsonValue key = object.value(field::Key);
    const QJsonValue scope = object.value(field::Scope);
    if (key.isString())
        request.secret = key.toString();
    else
        wrongTypes->append(field::Key);
    if (scope.isString())
        request.scope = scope.toString();
    else
        wrongTypes->append(field::Scope);
    return request;
}

bool isJsonMediaType(QByteArrayView contentType)
{
    const qsizetype parameters = contentType.indexOf(';');
    const QByteArrayView type =
        (parameters < 0 ? contentType : contentType.first(parameters)).trimmed();
    constexpr QByteArrayView Json("application/json");
    if (type.size() != Json.size())
        return false;
    for (qsizetype i = 0; i < type.size(); ++i) {
        char c = type.at(i);
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != Json.at(i))
            return false;
    }
    return true;
}

namespace {

/// Reads the plain form of a verify request (plainVerifyRequest()).
class PlainReader
{
public:
    explicit PlainReader(QByteArrayView text)
        : m_text(text)
    {
    }

    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text.at(m_at) == ' ' || m_text.at(m_at) == '\t' ||
                                        m_text.at(m_at) == '\n' || m_text.at(m_at) == '\r'))
            ++m_at;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text.at(m_at) != c)
            return false;
        ++m_at;
        return true;
    }
    /// A string of printable ASCII without escapes, its quotes left out.
    std::optional<QLatin1StringView> string()
    {
        if (!take('"'))
            return std::nullopt;
        const qsizetype start = m_at;
        for (; m_at < m_text.size(); ++m_at) {
            const char c = m_text.at(m_at);
            if (c == '"') {
                ++m_at;
                return QLatin1StringView(m_text.data() + start, m_at - 1 - start);
            }
            if (c < 0x20 || c > 0x7e || c == '\\')
                return std::nullopt; // an escape, a control character or non-ASCII
        }
        return std::nullopt;
    }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_text.size();
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<PlainVerifyRequest> plainVerifyRequest(QByteArrayView body)
{
    PlainReader reader(body);
    if (!reader.take('{'))
        return std::nullopt;
    std::optional<QLatin1StringView> secret;
    std::optional<QLatin1StringView> scope;
    do {
        const std::optional<QLatin1StringView> name = reader.string();
        if (!name || !reader.take(':'))
            return std::nullopt;
        const std::optional<QLatin1StringView> value = reader.string();
        if (!value)
            return std::nullopt;
        std::optional<QLatin1StringView>* member = nullptr;
        if (*name == field::Key)
            member = &secret;
        else if (*name == field::Scope)
            member = &scope;
        if (member) {
            if (*member) // twice: which one counts is the full parser's business
                return std::nullopt;
            *member = *value;
        }
    } while (reader.take(','));
    if (!reader.take('}') || !reader.atEnd() || !secret || !scope)
        return std::nullopt;
    return PlainVerifyRequest{*secret, *scope};
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

QString loneSurrogate(int unit)
{
    return QStringLiteral("The body holds \\u%1, half of a surrogate pair without its other "
                          "half: not a character.")
        .arg(unit, 4, 16, QLatin1Char('0'));
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
            if (next < 0xdc00 || next > 0xdfff)
                return loneSurrogate(unit);
            i += 11;
            continue;
        }
        if (unit >= 0xdc00 && unit <= 0xdfff)
            return loneSurrogate(unit);
        i += 5;
    }
    return std::nullopt;
}

} // namespace sk::wire
