// Scopekeeper core: the names a FieldError gives the field at fault. Where a field is a member
// of the REST API, its name is the member's (src/wire/WireFields.h), so that a client can put
// a server's problem at the same field. The GUI matches errors to its fields by these.
#pragma once

#include <QLatin1String>

namespace sk::fields {

inline constexpr QLatin1String Name{"name"};
inline constexpr QLatin1String Scopes{"scopes"};
inline constexpr QLatin1String ExpiresAt{"expires_at"};
inline constexpr QLatin1String AppId{"app_id"};
inline constexpr QLatin1String KeyId{"key_id"};
inline constexpr QLatin1String GraceSeconds{"grace_seconds"};
inline constexpr QLatin1String StopsAt{"stops_at"};
inline constexpr QLatin1String Limit{"limit"};
inline constexpr QLatin1String Cursor{"cursor"};
inline constexpr QLatin1String Url{"url"};
inline constexpr QLatin1String CaFile{"ca_file"};

} // namespace sk::fields
