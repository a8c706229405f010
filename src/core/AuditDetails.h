// Scopekeeper core: what an audit entry records, typed.
//
// Each entry has an action (AuditAction; its wire name, "app.create", … is what the store and
// the REST API carry, and a name this version does not know is kept as text) and, for the
// actions it knows, details of their own (audit::Details): stored and sent as a JSON object
// ("data"), and written out once more as the English sentence the store keeps as the entry's
// "detail" (prose()), which the audit chain covers. A client renders the data in its user's
// language; an entry without data (an older store's unreadable row, an action it does not know)
// shows its detail as it is.
#pragma once

#include "Types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace sk {

enum class AuditAction
{
    AppCreate,
    AppUpdate,
    AppDelete,
    KeyCreate,
    KeyDelete,
    KeyRoll,
    AdminCreate,
    AdminRevoke,
    TokenRefused,
    ChainStart,
    Unknown, // a name this version does not know: kept as text in AuditEntry::action
};

/// "app.create", …; empty for Unknown.
QString toWireName(AuditAction action);
/// The action a wire name stands for; Unknown for any other name.
AuditAction fromWireName(const QString& name);

namespace audit {

struct AppCreated
{
    QStringList scopes;
};
struct Rename
{
    QString from;
    QString to; // the entry's app name
};
struct ScopeChange
{
    QStringList added;
    QStringList removed;
};
struct AppUpdated
{
    std::optional<Rename> renamed;
    std::optional<ScopeChange> scopes;
};
struct AppDeleted
{
    qint64 keysDeleted = 0;
};
struct KeyCreated
{
    QString prefix;
    QDateTime expiresAt;                              // to the second
    std::optional<QStringList> scopes = std::nullopt; // a narrowed key's; absent: inherited
};
struct KeyDeleted
{
};
/// The entry names the new key; these name the old one too, and when it stops.
struct KeyRolled
{
    QString oldKeyId;
    QString oldKeyName;
    QString oldPrefix;
    QDateTime stopsAt;                                // the old key's, to the second
    QString prefix;                                   // the new key's
    QDateTime expiresAt;                              // the new key's, to the second
    std::optional<QStringList> scopes = std::nullopt; // a narrowed key's; absent: inherited
};
struct AdminCreated
{
    QString administrator;
    QString role;
    QDateTime expiresAt; // to the second
};
struct AdminRevoked
{
    QString administrator;
};
struct TokenRefused
{
    QString reason; // "unknown", "malformed", "expired", "revoked"
    QString client;
    qint64 alsoRefused = 0; // refused from there since the entry before, not recorded
};
struct ChainStarted
{
    qint64 unchained = 0; // entries before the chain started
};

using Details = std::variant<AppCreated, AppUpdated, AppDeleted, KeyCreated, KeyDeleted, KeyRolled,
                             AdminCreated, AdminRevoked, TokenRefused, ChainStarted>;

AuditAction actionOf(const Details& details);
/// The "data" object: snake_case members, times in RFC 3339 UTC ("2027-01-31T10:00:00Z").
QJsonObject toJson(const Details& details);
/// The details of `action` in `data`; nullopt when `data` lacks one of them (or has it of the
/// wrong type) or the action is Unknown. Members it does not know are ignored.
std::optional<Details> fromJson(AuditAction action, const QJsonObject& data);
/// An entry's details; nullopt when it has no data or fromJson() cannot read them.
std::optional<Details> detailsOf(const AuditEntry& entry);

/// How prose() writes a time: RFC 3339 with "Z", or with "+00:00" as some earlier versions
/// wrote a key's expiry.
enum class TimeStyle
{
    Utc,
    LegacyOffset,
};
/// The entry's detail in its one neutral English form ("prefix spk_ab12, expires …").
QString prose(const Details& details, TimeStyle style = TimeStyle::Utc);
/// A time as the data carries it: RFC 3339, UTC, to the second, with "Z".
QString rfc3339(const QDateTime& time);

/// Whether an entry's data says what its detail says: true when it has no data or its action is
/// Unknown (nothing to hold against the detail); false when its data cannot be read, does not
/// render to its detail, or renames the app to another name than the entry's.
bool dataAgrees(const AuditEntry& entry);

} // namespace audit
} // namespace sk
