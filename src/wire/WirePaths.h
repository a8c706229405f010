// Scopekeeper wire: the REST API's paths and query strings (docs/openapi.yaml). The server
// routes by the templates, the console fills them in.
#pragma once

#include "Types.h"

#include <QLatin1String>
#include <QList>
#include <QPair>
#include <QString>

namespace sk::wire {

/// Route templates as docs/openapi.yaml writes them: "{name}" is one path segment.
namespace route {
inline constexpr QLatin1String Healthz{"/healthz"};
inline constexpr QLatin1String Me{"/api/v1/me"};
inline constexpr QLatin1String MyKeys{"/api/v1/me/keys"};
inline constexpr QLatin1String MyKey{"/api/v1/me/keys/{key_id}"};
inline constexpr QLatin1String Scopes{"/api/v1/scopes"};
inline constexpr QLatin1String Apps{"/api/v1/apps"};
inline constexpr QLatin1String App{"/api/v1/apps/{id}"};
inline constexpr QLatin1String AppKeys{"/api/v1/apps/{id}/keys"};
inline constexpr QLatin1String AppKey{"/api/v1/apps/{id}/keys/{key_id}"};
inline constexpr QLatin1String AppKeyRoll{"/api/v1/apps/{id}/keys/{key_id}/roll"};
inline constexpr QLatin1String Keys{"/api/v1/keys"};
inline constexpr QLatin1String Audit{"/api/v1/audit"};
inline constexpr QLatin1String Verify{"/api/v1/verify"};
} // namespace route

/// `route` with its "{…}" segments replaced by `values`, in order, percent-encoded:
/// fill(route::AppKey, {"a/b", "k"}) is "/api/v1/apps/a%2Fb/keys/k".
QString fill(QLatin1String route, const QStringList& values);

/// The paths of one app, its keys and one of its keys.
QString appPath(const QString& appId);
QString appKeysPath(const QString& appId);
QString appKeyPath(const QString& appId, const QString& keyId);
/// POST /api/v1/apps/{id}/keys/{key_id}/roll.
QString appKeyRollPath(const QString& appId, const QString& keyId);
/// The path of one of the caller's own keys (DELETE /api/v1/me/keys/{key_id}).
QString myKeyPath(const QString& keyId);

/// Query parameters, in order, not yet encoded.
using Query = QList<QPair<QString, QString>>;
/// GET /api/v1/apps: `limit` apps after `cursor` (empty: the first page) matching `text`.
Query appsPageQuery(int limit, const QString& text, const QString& cursor);
/// GET /api/v1/keys: `limit` keys after `cursor` (empty: the first page).
Query keysPageQuery(int limit, const QString& cursor);
/// GET /api/v1/audit: at most query.limit entries (1…1000), of one app or all.
Query auditQuery(const AuditQuery& query);
/// "name=value&…", every name and value percent-encoded; empty for no parameters.
QString queryString(const Query& query);

} // namespace sk::wire
