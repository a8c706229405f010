// Scopekeeper wire: the names of the REST API's members and query parameters
// (docs/openapi.yaml). Nothing else in src/ writes them.
#pragma once

#include <QLatin1String>

namespace sk::wire::field {

// an app, a key, an audit entry
inline constexpr QLatin1String Id{"id"};
inline constexpr QLatin1String Name{"name"};
inline constexpr QLatin1String Scopes{"scopes"};
inline constexpr QLatin1String CreatedBy{"created_by"};
inline constexpr QLatin1String CreatedAt{"created_at"};
inline constexpr QLatin1String UpdatedAt{"updated_at"};
inline constexpr QLatin1String KeyCount{"key_count"};
inline constexpr QLatin1String Version{"version"};
inline constexpr QLatin1String AppId{"app_id"};
inline constexpr QLatin1String AppName{"app_name"};
inline constexpr QLatin1String Prefix{"prefix"};
inline constexpr QLatin1String ExpiresAt{"expires_at"};
inline constexpr QLatin1String LastUsedAt{"last_used_at"};
inline constexpr QLatin1String StopsAt{"stops_at"}; // a rolled key's; null unless rolled
inline constexpr QLatin1String Seq{"seq"};
inline constexpr QLatin1String At{"at"};
inline constexpr QLatin1String Actor{"actor"};
inline constexpr QLatin1String Action{"action"};
inline constexpr QLatin1String KeyId{"key_id"};
inline constexpr QLatin1String KeyName{"key_name"};
inline constexpr QLatin1String Detail{"detail"};
inline constexpr QLatin1String Data{"data"};
// verify
inline constexpr QLatin1String Valid{"valid"};
inline constexpr QLatin1String Code{"code"};
inline constexpr QLatin1String App{"app"};
inline constexpr QLatin1String Key{"key"};
inline constexpr QLatin1String Scope{"scope"};
// a created key, the administrator, health
inline constexpr QLatin1String Secret{"secret"};
// rolling a key
inline constexpr QLatin1String GraceSeconds{"grace_seconds"};
inline constexpr QLatin1String OldKey{"old_key"};
inline constexpr QLatin1String Role{"role"};
inline constexpr QLatin1String Status{"status"};
// GET /api/v1/scopes, beside the catalog's members: "per-app" or "per-key"
inline constexpr QLatin1String Scoping{"scoping"};
// lists
inline constexpr QLatin1String Apps{"apps"};
inline constexpr QLatin1String NextCursor{"next_cursor"};
inline constexpr QLatin1String Keys{"keys"};
inline constexpr QLatin1String Entries{"entries"};
// problem+json (RFC 9457)
inline constexpr QLatin1String Type{"type"};
inline constexpr QLatin1String Title{"title"};
inline constexpr QLatin1String Errors{"errors"};
inline constexpr QLatin1String Field{"field"};
inline constexpr QLatin1String Message{"message"};
inline constexpr QLatin1String Reason{"reason"};

} // namespace sk::wire::field

namespace sk::wire::param {

inline constexpr QLatin1String Limit{"limit"};
inline constexpr QLatin1String Cursor{"cursor"};
inline constexpr QLatin1String Text{"q"};
inline constexpr QLatin1String AppId{"app_id"};

} // namespace sk::wire::param
