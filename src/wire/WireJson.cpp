#include "WireJson.h"

#include "WireFields.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <charconv>

namespace sk::wire {

namespace {

QString text(const QJsonObject& object, QLatin1String name)
{
    return object.value(name).toString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const std::optional<QStringList>& list)
{
    return list ? QJsonValue(QJsonArray::fromStringList(*list)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> objectFrom(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonObject appJson(const App& app)
{
    return QJsonObject{
        {field::Id, app.id},
        {field::Name, app.name},
        {field::Scopes, QJsonArray::fromStringList(app.scopes)},
        {field::CreatedBy, app.createdBy},
        {field::CreatedAt, timeValue(app.createdAt)},
        {field::UpdatedAt, timeValue(app.updatedAt)},
        {field::KeyCount, app.keyCount},
        {field::Version, app.version},
    };
}

App appFromJson(const QJsonObject& o)
{
    App app;
    app.id = text(o, field::Id);
    app.name = text(o, field::Name);
    app.scopes = strings(o.value(field::Scopes));
    app.createdBy = text(o, field::CreatedBy);
    app.createdAt = timeFromJson(o.value(field::CreatedAt));
    app.updatedAt = timeFromJson(o.value(field::UpdatedAt));
    app.keyCount = o.value(field::KeyCount).toInt();
    app.version = o.value(field::Version).toInteger();
    return app;
}

QJsonObject keyJson(const ApiKey& key)
{
    return QJsonObject{
        {field::Id, key.id},
        {field::AppId, key.appId},
        {field::AppName, key.appName},
        {field::Name, key.name},
        {field::Prefix, key.prefix},
        {field::CreatedBy, key.createdBy},
        {field::CreatedAt, timeValue(key.createdAt)},
        {field::ExpiresAt, timeValue(key.expiresAt)},
        {field::LastUsedAt, timeValue(key.lastUsedAt)},
        {field::Scopes, orNull(key.scopes)},      // null: the key inherits its app's scopes
        {field::StopsAt, timeValue(key.stopsAt)}, // null: not rolled
    };
}

ApiKey keyFromJson(const QJsonObject& o)
{
    ApiKey key;
    key.id = text(o, field::Id);
    key.appId = text(o, field::AppId);
    key.appName = text(o, field::AppName);
    key.name = text(o, field::Name);
    key.prefix = text(o, field::Prefix);
    key.createdBy = text(o, field::CreatedBy);
    key.createdAt = timeFromJson(o.value(field::CreatedAt));
    key.expiresAt = timeFromJson(o.value(field::ExpiresAt));
    key.lastUsedAt = timeFromJson(o.value(field::LastUsedAt));
    key.stopsAt = timeFromJson(o.value(field::StopsAt));
    if (const QJsonValue scopes = o.value(field::Scopes); scopes.isArray())
        key.scopes = strings(scopes);
    return key;
}

QJsonObject auditEntryJson(const AuditEntry& e)
{
    QJsonObject o{
        {field::Seq, e.sequence},        {field::At, timeValue(e.at)},
        {field::Actor, e.actor},         {field::Action, e.action},
        {field::AppId, orNull(e.appId)}, {field::AppName, orNull(e.appName)},
        {field::KeyId, orNull(e.keyId)}, {field::KeyName, orNull(e.keyName)},
        {field::Detail, e.detail},
    };
    if (!e.data.isEmpty())
        o.insert(field::Data, e.data); // the detail, structured (audit::Details)
    return o;
}

AuditEntry auditEntryFromJson(const QJsonObject& o)
{
    AuditEntry e;
    e.sequence = o.value(field::Seq).toInteger();
    e.at = timeFromJson(o.value(field::At));
    e.actor = text(o, field::Actor);
    e.action = text(o, field::Action);
    e.appId = text(o, field::AppId);
    e.appName = text(o, field::AppName);
    e.keyId = text(o, field::KeyId);
    e.keyName = text(o, field::KeyName);
    e.detail = text(o, field::Detail);
    e.data = o.value(field::Data).toObject(); // absent from older servers
    return e;
}

QJsonObject verifyJson(const VerifyResult& r)
{
    if (!r.valid) {
        // Nothing about the key or its app: the caller learns only why it was refused.
        return QJsonObject{{field::Valid, false}, {field::Code, verifyCodeName(r.code)}};
    }
    return QJsonObject{
        {field::Valid, true},
        {field::App, QJsonObject{{field::Id, r.appId}, {field::Name, r.appName}}},
        {field::Key, QJsonObject{{field::Id, r.keyId}, {field::Name, r.keyName}}},
        {field::Scopes, QJsonArray::fromStringList(r.scopes)},
    };
}

std::optional<VerifyResult> verifyFromJson(const QJsonObject& o)
{
    const QJsonValue valid = o.value(field::Valid);
    if (!valid.isBool())
        return std::nullopt;
    VerifyResult r;
    r.valid = valid.toBool();
    if (r.valid) {
        r.code = VerifyCode::Valid;
        const QJsonObject app = o.value(field::App).toObject();
        const QJsonObject key = o.value(field::Key).toObject();
        r.appId = text(app, field::Id);
        r.appName = text(app, field::Name);
        r.keyId = text(key, field::Id);
        r.keyName = text(key, field::Name);
        r.scopes = strings(o.value(field::Scopes));
        return r;
    }
    const QString code = text(o, field::Code);
    for (VerifyCode c : {VerifyCode::Malformed, VerifyCode::NotFound, VerifyCode::Expired,
                         VerifyCode::ForbiddenScope}) {
        if (verifyCodeName(c) == code) {
            r.code = c;
            return r;
        }
    }
    return std::nullopt;
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
            // A run of ASCII that needs no escape (nearly every name and id whole), copied at
            // once rather than a character at a time.
            qsizetype end = i + 1;
            while (end < text.size()) {
                const char16_t c = text.at(end).unicode();
                if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
                    break;
                ++end;
            }
            const qsizetype at = out->size();
            out->resize(at + (end - i));
            char* to = out->data() + at;
            for (qsizetype j = i; j < end; ++j)
                *to++ = char(text.at(j).unicode());
            i = end - 1;
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
    QByteArray out;
    out.reserve(r.valid ? 160 + 24 * r.scopes.size() : 48);
    appendVerifyJson(&out, r);
    return out;
}

void appendVerifyJson(QByteArray* out, const VerifyResult& r)
{
    // Members in the order QJsonObject keeps them (sorted by name), so that the text is the
    // same as compact(verifyJson(r)). (The field names are those of WireFields.h.)
    if (!r.valid) {
        out->append("{\"code\":");
        appendJsonString(out, verifyCodeName(r.code));
        out->append(",\"valid\":false}");
        return;
    }
    out->append("{\"app\":{\"id\":");
    appendJsonString(out, r.appId);
    out->append(",\"name\":");
    appendJsonString(out, r.appName);
    out->append("},\"key\":{\"id\":");
    appendJsonString(out, r.keyId);
    out->append(",\"name\":");
    appendJsonString(out, r.keyName);
    out->append("},\"scopes\":[");
    for (qsizetype i = 0; i < r.scopes.size(); ++i) {
        if (i > 0)
            out->append(',');
        appendJsonString(out, r.scopes.at(i));
    }
    out->append("],\"valid\":true}");
}

QJsonObject createdKeyJson(const CreatedKey& created)
{
    return QJsonObject{{field::Key, keyJson(created.key)}, {field::Secret, created.secret}};
}

CreatedKey createdKeyFromJson(const QJsonObject& o)
{
    CreatedKey created;
    created.key = keyFromJson(o.value(field::Key).toObject());
    created.secret = text(o, field::Secret);
    return created;
}

QJsonObject rolledKeyJson(const RolledKey& rolled)
{
    QJsonObject o = createdKeyJson(rolled.newKey);
    o.insert(field::OldKey, keyJson(rolled.oldKey));
    return o;
}

RolledKey rolledKeyFromJson(const QJsonObject& o)
{
    return RolledKey{createdKeyFromJson(o), keyFromJson(o.value(field::OldKey).toObject())};
}

QJsonObject meJson(const AdminAccount& account)
{
    return QJsonObject{{field::Name, account.name},
                       {field::Role, account.role},
                       {field::ExpiresAt, timeValue(account.expiresAt)}};
}

AdminAccount meFromJson(const QJsonObject& o)
{
    AdminAccount account;
    account.name = text(o, field::Name);
    account.role = o.value(field::Role).toString(AdminAccount::adminRole());
    account.expiresAt = timeFromJson(o.value(field::ExpiresAt));
    return account;
}

QJsonObject healthJson()
{
    return QJsonObject{{field::Status, QStringLiteral("ok")}};
}

QJsonObject appsPageJson(const AppsPage& page)
{
    QJsonArray apps;
    for (const App& a : page.apps)
        apps.append(appJson(a));
    return QJsonObject{{field::Apps, apps}, {field::NextCursor, orNull(page.nextCursor)}};
}

AppsPage appsPageFromJson(const QJsonObject& o)
{
    AppsPage page;
    for (const QJsonValue& v : o.value(field::Apps).toArray())
        page.apps.append(appFromJson(v.toObject()));
    page.nextCursor = text(o, field::NextCursor);
    return page;
}

QJsonObject keysPageJson(const KeysPage& page)
{
    QJsonObject o = keyListJson(page.keys);
    o.insert(field::NextCursor, orNull(page.nextCursor));
    return o;
}

namespace {

/// The end of a page's text: its list closed, then where the next page starts.
void endPage(QByteArray* out, const QString& nextCursor)
{
    out->append("],\"next_cursor\":");
    if (nextCursor.isEmpty())
        out->append("null");
    else
        appendJsonString(out, nextCursor);
    out->append('}');
}

void appendTime(QByteArray* out, const QDateTime& time)
{
    if (!time.isValid()) {
        out->append("null");
        return;
    }
    // Digits, '-', ':', '.', 'T' and 'Z' only: nothing to escape.
    out->append('"');
    appendRfc3339(out, time);
    out->append('"');
}

void appendNumber(QByteArray* out, qint64 value)
{
    std::array<char, 24> digits{};
    const auto [end, ignored] = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    out->append(digits.data(), end - digits.data());
}

} // namespace

QByteArray appsPageText(const AppsPage& page)
{
    // Members in the order QJsonObject keeps them (sorted by name), as keysPageText().
    QByteArray out;
    out.reserve(32 + page.apps.size() * 320);
    out.append("{\"apps\":[");
    for (qsizetype i = 0; i < page.apps.size(); ++i) {
        const App& a = page.apps.at(i);
        out.append(i > 0 ? ",{\"created_at\":" : "{\"created_at\":");
        appendTime(&out, a.createdAt);
        out.append(",\"created_by\":");
        appendJsonString(&out, a.createdBy);
        out.append(",\"id\":");
        appendJsonString(&out, a.id);
        out.append(",\"key_count\":");
        appendNumber(&out, a.keyCount);
        out.append(",\"name\":");
        appendJsonString(&out, a.name);
        out.append(",\"scopes\":[");
        for (qsizetype s = 0; s < a.scopes.size(); ++s) {
            if (s > 0)
                out.append(',');
            appendJsonString(&out, a.scopes.at(s));
        }
        out.append("],\"updated_at\":");
        appendTime(&out, a.updatedAt);
        out.append(",\"version\":");
        appendNumber(&out, a.version);
        out.append('}');
    }
    endPage(&out, page.nextCursor);
    return out;
}

QByteArray keysPageText(const KeysPage& page)
{
    // Members in the order QJsonObject keeps them (sorted by name), so that the text is the
    // same as compact(keysPageJson(page)). (The field names are those of WireFields.h.)
    QByteArray out;
    out.reserve(32 + page.keys.size() * 340);
    out.append("{\"keys\":[");
    for (qsizetype i = 0; i < page.keys.size(); ++i) {
        const ApiKey& k = page.keys.at(i);
        out.append(i > 0 ? ",{\"app_id\":" : "{\"app_id\":");
        appendJsonString(&out, k.appId);
        out.append(",\"app_name\":");
        appendJsonString(&out, k.appName);
        out.append(",\"created_at\":");
        appendTime(&out, k.createdAt);
        out.append(",\"created_by\":");
        appendJsonString(&out, k.createdBy);
        out.append(",\"expires_at\":");
        appendTime(&out, k.expiresAt);
        out.append(",\"id\":");
        appendJsonString(&out, k.id);
        out.append(",\"last_used_at\":");
        appendTime(&out, k.lastUsedAt);
        out.append(",\"name\":");
        appendJsonString(&out, k.name);
        out.append(",\"prefix\":");
        appendJsonString(&out, k.prefix);
        out.append(",\"scopes\":");
        if (!k.scopes) {
            out.append("null");
        } else {
            out.append('[');
            for (qsizetype s = 0; s < k.scopes->size(); ++s) {
                if (s > 0)
                    out.append(',');
                appendJsonString(&out, k.scopes->at(s));
            }
            out.append(']');
        }
        out.append(",\"stops_at\":");
        appendTime(&out, k.stopsAt);
        out.append('}');
    }
    endPage(&out, page.nextCursor);
    return out;
}

KeysPage keysPageFromJson(const QJsonObject& o)
{
    return KeysPage{keyListFromJson(o), text(o, field::NextCursor)};
}

QJsonObject keyListJson(const QList<ApiKey>& keys)
{
    QJsonArray list;
    for (const ApiKey& k : keys)
        list.append(keyJson(k));
    return QJsonObject{{field::Keys, list}};
}

QList<ApiKey> keyListFromJson(const QJsonObject& o)
{
    QList<ApiKey> keys;
    for (const QJsonValue& v : o.value(field::Keys).toArray())
        keys.append(keyFromJson(v.toObject()));
    return keys;
}

QJsonObject auditListJson(const QList<AuditEntry>& entries)
{
    QJsonArray list;
    for (const AuditEntry& e : entries)
        list.append(auditEntryJson(e));
    return QJsonObject{{field::Entries, list}};
}

QList<AuditEntry> auditListFromJson(const QJsonObject& o)
{
    QList<AuditEntry> entries;
    for (const QJsonValue& v : o.value(field::Entries).toArray())
        entries.append(auditEntryFromJson(v.toObject()));
    return entries;
}

QByteArray scopesJson(const QByteArray& catalogJson, Scoping scoping)
{
    QJsonObject object = objectFrom(catalogJson).value_or(QJsonObject());
    object.insert(field::Scoping, scopingName(scoping));
    return compact(object);
}

Scoping scopingFromScopesJson(const QByteArray& text)
{
    const std::optional<QJsonObject> object = objectFrom(text);
    if (!object)
        return Scoping::PerApp;
    return scopingFromName(object->value(field::Scoping).toString()).value_or(Scoping::PerApp);
}

} // namespace sk::wire
