#include "AuditDetails.h"

#include "Overloaded.h"

#include <QJsonArray>
#include <QTimeZone>

namespace sk {

namespace {

struct WireName
{
    AuditAction action;
    const char* name;
};

constexpr WireName WireNames[] = {
    {AuditAction::AppCreate, "app.create"},     {AuditAction::AppUpdate, "app.update"},
    {AuditAction::AppDelete, "app.delete"},     {AuditAction::KeyCreate, "key.create"},
    {AuditAction::KeyDelete, "key.delete"},     {AuditAction::AdminCreate, "admin.create"},
    {AuditAction::AdminRevoke, "admin.revoke"}, {AuditAction::TokenRefused, "token.refused"},
    {AuditAction::ChainStart, "audit.chain"},   {AuditAction::KeyRoll, "key.roll"},
};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

/// A list of strings; nullopt when `value` is not an array of strings.
std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list << item.toString();
    }
    return list;
}

std::optional<QString> string(const QJsonObject& o, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

/// A whole number ≥ 0; nullopt for anything else.
std::optional<qint64> count(const QJsonObject& o, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740992.0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

std::optional<QDateTime> instant(const QJsonObject& o, const char* name)
{
    const std::optional<QString> text = string(o, name);
    if (!text)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(*text, Qt::ISODate);
    return t.isValid() ? std::optional<QDateTime>(t.toUTC()) : std::nullopt;
}

QString quoted(const QString& name)
{
    return QStringLiteral("“%1”").arg(name);
}

} // namespace

QString toWireName(AuditAction action)
{
    for (const WireName& w : WireNames) {
        if (w.action == action)
            return QString::fromLatin1(w.name);
    }
    return {};
}

AuditAction fromWireName(const QString& name)
{
    for (const WireName& w : WireNames) {
        if (name == QLatin1String(w.name))
            return w.action;
    }
    return AuditAction::Unknown;
}

namespace audit {

AuditAction actionOf(const Details& details)
{
    return std::visit(Overloaded{
                          [](const AppCreated&) { return AuditAction::AppCreate; },
                          [](const AppUpdated&) { return AuditAction::AppUpdate; },
                          [](const AppDeleted&) { return AuditAction::AppDelete; },
                          [](const KeyCreated&) { return AuditAction::KeyCreate; },
                          [](const KeyDeleted&) { return AuditAction::KeyDelete; },
                          [](const KeyRolled&) { return AuditAction::KeyRoll; },
                          [](const AdminCreated&) { return AuditAction::AdminCreate; },
                          [](const AdminRevoked&) { return AuditAction::AdminRevoke; },
                          [](const TokenRefused&) { return AuditAction::TokenRefused; },
                          [](const ChainStarted&) { return AuditAction::ChainStart; },
                      },
                      details);
}

QString rfc3339(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QJsonObject toJson(const Details& details)
{
    return std::visit(
        Overloaded{
            [](const AppCreated& d) {
                return QJsonObject{{QStringLiteral("scopes"), toArray(d.scopes)}};
            },
            [](const AppUpdated& d) {
                QJsonObject o;
                if (d.renamed) {
                    o.insert(QStringLiteral("renamed"),
                             QJsonObject{{QStringLiteral("from"), d.renamed->from},
                                         {QStringLiteral("to"), d.renamed->to}});
                }
                if (d.scopes) {
                    o.insert(QStringLiteral("scopes"),
                             QJsonObject{{QStringLiteral("added"), toArray(d.scopes->added)},
                                         {QStringLiteral("removed"), toArray(d.scopes->removed)}});
                }
                return o;
            },
            [](const AppDeleted& d) {
                return QJsonObject{{QStringLiteral("keys_deleted"), d.keysDeleted}};
            },
            [](const KeyCreated& d) {
                QJsonObject o{{QStringLiteral("prefix"), d.prefix},
                              {QStringLiteral("expires_at"), rfc3339(d.expiresAt)}};
                if (d.scopes) // entries of inherited keys read as before
                    o.insert(QStringLiteral("scopes"), toArray(*d.scopes));
                return o;
            },
            [](const KeyDeleted&) { return QJsonObject(); },
            [](const KeyRolled& d) {
                QJsonObject o{{QStringLiteral("old_key_id"), d.oldKeyId},
                              {QStringLiteral("old_key_name"), d.oldKeyName},
                              {QStringLiteral("old_prefix"), d.oldPrefix},
                              {QStringLiteral("stops_at"), rfc3339(d.stopsAt)},
                              {QStringLiteral("prefix"), d.prefix},
                              {QStringLiteral("expires_at"), rfc3339(d.expiresAt)}};
                if (d.scopes)
                    o.insert(QStringLiteral("scopes"), toArray(*d.scopes));
                return o;
            },
            [](const AdminCreated& d) {
                return QJsonObject{{QStringLiteral("administrator"), d.administrator},
                                   {QStringLiteral("role"), d.role},
                                   {QStringLiteral("expires_at"), rfc3339(d.expiresAt)}};
            },
            [](const AdminRevoked& d) {
                return QJsonObject{{QStringLiteral("administrator"), d.administrator}};
            },
            [](const TokenRefused& d) {
                QJsonObject o{{QStringLiteral("reason"), d.reason},
                              {QStringLiteral("client"), d.client}};
                if (d.alsoRefused > 0)
                    o.insert(QStringLiteral("also_refused"), d.alsoRefused);
                return o;
            },
            [](const ChainStarted& d) {
                return QJsonObject{{QStringLiteral("unchained"), d.unchained}};
            },
        },
        details);
}

std::optional<Details> fromJson(AuditAction action, const QJsonObject& o)
{
    switch (action) {
    case AuditAction::AppCreate:
        if (const auto scopes = stringList(o.value(QLatin1String("scopes"))))
            return AppCreated{*scopes};
        return std::nullopt;
    case AuditAction::AppUpdate: {
        AppUpdated d;
        if (o.contains(QLatin1String("renamed"))) {
            const QJsonObject r = o.value(QLatin1String("renamed")).toObject();
            const auto from = string(r, "from");
            const auto to = string(r, "to");
            if (!from || !to)
                return std::nullopt;
            d.renamed = Rename{*from, *to};
        }
        if (o.contains(QLatin1String("scopes"))) {
            const QJsonObject s = o.value(QLatin1String("scopes")).toObject();
            const auto added = stringList(s.value(QLatin1String("added")));
            const auto removed = stringList(s.value(QLatin1String("removed")));
            if (!added || !removed)
                return std::nullopt;
            d.scopes = ScopeChange{*added, *removed};
        }
        return d;
    }
    case AuditAction::AppDelete:
        if (const auto n = count(o, "keys_deleted"))
            return AppDeleted{*n};
        return std::nullopt;
    case AuditAction::KeyCreate: {
        const auto prefix = string(o, "prefix");
        const auto expires = instant(o, "expires_at");
        if (!prefix || !expires)
            return std::nullopt;
        KeyCreated d{*prefix, *expires};
        if (o.contains(QLatin1String("scopes"))) {
            d.scopes = stringList(o.value(QLatin1String("scopes")));
            if (!d.scopes)
                return std::nullopt;
        }
        return d;
    }
    case AuditAction::KeyDelete:
        return KeyDeleted{};
    case AuditAction::KeyRoll: {
        const auto oldId = string(o, "old_key_id");
        const auto oldName = string(o, "old_key_name");
        const auto oldPrefix = string(o, "old_prefix");
        const auto stops = instant(o, "stops_at");
        const auto prefix = string(o, "prefix");
        const auto expires = instant(o, "expires_at");
        if (!oldId || !oldName || !oldPrefix || !stops || !prefix || !expires)
            return std::nullopt;
        KeyRolled d{*oldId, *oldName, *oldPrefix, *stops, *prefix, *expires};
        if (o.contains(QLatin1String("scopes"))) {
            d.scopes = stringList(o.value(QLatin1String("scopes")));
            if (!d.scopes)
                return std::nullopt;
        }
        return d;
    }
    case AuditAction::AdminCreate: {
        const auto name = string(o, "administrator");
        const auto role = string(o, "role");
        const auto expires = instant(o, "expires_at");
        if (!name || !role || !expires)
            return std::nullopt;
        return AdminCreated{*name, *role, *expires};
    }
    case AuditAction::AdminRevoke:
        if (const auto name = string(o, "administrator"))
            return AdminRevoked{*name};
        return std::nullopt;
    case AuditAction::TokenRefused: {
        const auto reason = string(o, "reason");
        const auto client = string(o, "client");
        std::optional<qint64> also = 0;
        if (o.contains(QLatin1String("also_refused")))
            also = count(o, "also_refused");
        if (!reason || !client || !also)
            return std::nullopt;
        return TokenRefused{*reason, *client, *also};
    }
    case AuditAction::ChainStart:
        if (const auto n = count(o, "unchained"))
            return ChainStarted{*n};
        return std::nullopt;
    case AuditAction::Unknown:
        break;
    }
    return std::nullopt;
}

std::optional<Details> detailsOf(const AuditEntry& entry)
{
    if (entry.data.isEmpty())
        return std::nullopt;
    return fromJson(fromWireName(entry.action), entry.data);
}

QString prose(const Details& details, TimeStyle style)
{
    const auto when = [style](const QDateTime& t) {
        const QString text = rfc3339(t);
        return style == TimeStyle::Utc ? text : text.chopped(1) + QStringLiteral("+00:00");
    };
    return std::visit(
        Overloaded{
            [](const AppCreated& d) {
                return QStringLiteral("scopes: %1").arg(d.scopes.join(QStringLiteral(", ")));
            },
            [](const AppUpdated& d) {
                QStringList parts;
                if (d.renamed)
                    parts << QStringLiteral("renamed from %1").arg(quoted(d.renamed->from));
                if (d.scopes) {
                    QStringList changes;
                    for (const QString& s : d.scopes->added)
                        changes << QLatin1Char('+') + s;
                    for (const QString& s : d.scopes->removed)
                        changes << QChar(0x2212) + s;
                    parts << QStringLiteral("scopes: %1").arg(changes.join(QLatin1Char(' ')));
                }
                return parts.join(QStringLiteral("; "));
            },
            [](const AppDeleted& d) {
                return QStringLiteral("keys deleted with it: %1").arg(d.keysDeleted);
            },
            [&when](const KeyCreated& d) {
                QString text =
                    QStringLiteral("prefix %1, expires %2").arg(d.prefix, when(d.expiresAt));
                if (d.scopes)
                    text +=
                        QStringLiteral(", scopes: %1").arg(d.scopes->join(QStringLiteral(", ")));
                return text;
            },
            [](const KeyDeleted&) { return QString(); },
            [&when](const KeyRolled& d) {
                QString text = QStringLiteral("rolled from %1 (%2, prefix %3), which stops %4; "
                                              "prefix %5, expires %6")
                                   .arg(quoted(d.oldKeyName), d.oldKeyId, d.oldPrefix,
                                        when(d.stopsAt), d.prefix, when(d.expiresAt));
                if (d.scopes)
                    text +=
                        QStringLiteral(", scopes: %1").arg(d.scopes->join(QStringLiteral(", ")));
                return text;
            },
            [&when](const AdminCreated& d) {
                return QStringLiteral("administrator %1, role %2, expires %3")
                    .arg(quoted(d.administrator), d.role, when(d.expiresAt));
            },
            [](const AdminRevoked& d) {
                return QStringLiteral("administrator %1").arg(quoted(d.administrator));
            },
            [](const TokenRefused& d) {
                QString text = QStringLiteral("reason %1, from %2").arg(d.reason, d.client);
                if (d.alsoRefused > 0) {
                    text += QStringLiteral("; %1 more refused from there since the last entry")
                                .arg(d.alsoRefused);
                }
                return text;
            },
            [](const ChainStarted& d) {
                return QStringLiteral("earlier entries not chained: %1").arg(d.unchained);
            },
        },
        details);
}

bool dataAgrees(const AuditEntry& entry)
{
    const AuditAction action = fromWireName(entry.action);
    if (entry.data.isEmpty() || action == AuditAction::Unknown)
        return true;
    const std::optional<Details> details = fromJson(action, entry.data);
    if (!details)
        return false;
    if (const auto* updated = std::get_if<AppUpdated>(&*details)) {
        if (updated->renamed && updated->renamed->to != entry.appName)
            return false;
    }
    return prose(*details) == entry.detail ||
           prose(*details, TimeStyle::LegacyOffset) == entry.detail;
}

} // namespace audit
} // namespace sk
