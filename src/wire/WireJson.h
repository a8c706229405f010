// Scopekeeper wire: the REST API's documents (docs/openapi.yaml), both ways. The server
// writes them with the *Json() functions and the console's RestStore reads them with the
// *FromJson() ones: one place for the API's shape.
#pragma once

#include "Types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace sk::wire {

/// A document as it goes on the wire: compact JSON text.
QByteArray compact(const QJsonObject& object);
/// The JSON object of `text`; nothing when it is not one.
std::optional<QJsonObject> objectFrom(const QByteArray& text);

QJsonObject appJson(const App& app);
App appFromJson(const QJsonObject& object);

QJsonObject keyJson(const ApiKey& key);
ApiKey keyFromJson(const QJsonObject& object);

/// An audit entry; its chain link stays on the server.
QJsonObject auditEntryJson(const AuditEntry& entry);
AuditEntry auditEntryFromJson(const QJsonObject& object);

/// The answer of POST /api/v1/verify. A refusal says only why.
QJsonObject verifyJson(const VerifyResult& result);
/// Nothing when `object` is not a verify answer.
std::optional<VerifyResult> verifyFromJson(const QJsonObject& object);
/// verifyJson(result) as compact JSON text, the same bytes QJsonDocument would write, written
/// directly (no QJsonObject): the answer of every POST /api/v1/verify.
QByteArray verifyJsonText(const VerifyResult& result);
/// verifyJsonText(result) appended to `out` (whose memory is kept from answer to answer).
void appendVerifyJson(QByteArray* out, const VerifyResult& result);
/// `text` as a JSON string, quotes included, escaped as QJsonDocument escapes it.
void appendJsonString(QByteArray* out, QStringView text);

/// POST /api/v1/apps/{id}/keys: the key and, the only time, its secret.
QJsonObject createdKeyJson(const CreatedKey& created);
CreatedKey createdKeyFromJson(const QJsonObject& object);
/// POST /api/v1/apps/{id}/keys/{key_id}/roll: the new key, its secret (once) and the old key.
QJsonObject rolledKeyJson(const RolledKey& rolled);
RolledKey rolledKeyFromJson(const QJsonObject& object);

/// GET /api/v1/scopes: the catalog's JSON (Catalog::toJson) and the store's scoping mode
/// ("scoping": "per-app" or "per-key").
QByteArray scopesJson(const QByteArray& catalogJson, Scoping scoping);
/// The scoping mode of a GET /api/v1/scopes answer; per-app from a server from before modes
/// (no member), and for a name this version does not know.
Scoping scopingFromScopesJson(const QByteArray& text);

/// GET /api/v1/me: the administrator's name, role and when the token expires.
QJsonObject meJson(const AdminAccount& account);
/// A server from before roles names none: an administrator.
AdminAccount meFromJson(const QJsonObject& object);

/// GET /healthz.
QJsonObject healthJson();

/// GET /api/v1/apps: one page of apps and where the next one starts (empty: the last page).
struct AppsPage
{
    QList<App> apps;
    QString nextCursor;
};
QJsonObject appsPageJson(const AppsPage& page);
/// compact(appsPageJson(page)), the same bytes, written directly (no QJsonObject).
QByteArray appsPageText(const AppsPage& page);
AppsPage appsPageFromJson(const QJsonObject& object);

/// GET /api/v1/keys: one page of keys and where the next one starts (empty: the last page).
struct KeysPage
{
    QList<ApiKey> keys;
    QString nextCursor;
};
QJsonObject keysPageJson(const KeysPage& page);
/// compact(keysPageJson(page)), the same bytes, written directly (no QJsonObject): the answer
/// of every GET /api/v1/keys, up to 1,000 keys.
QByteArray keysPageText(const KeysPage& page);
KeysPage keysPageFromJson(const QJsonObject& object);

/// An app's keys.
QJsonObject keyListJson(const QList<ApiKey>& keys);
QList<ApiKey> keyListFromJson(const QJsonObject& object);

/// GET /api/v1/audit.
QJsonObject auditListJson(const QList<AuditEntry>& entries);
QList<AuditEntry> auditListFromJson(const QJsonObject& object);

} // namespace sk::wire
