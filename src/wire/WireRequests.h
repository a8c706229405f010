// Scopekeeper wire: the bodies clients send (docs/openapi.yaml), both ways. The console
// writes them with the *Json() functions; the server reads them with the *FromJson() ones,
// which name the members of a wrong type (the server says why, in its own words).
#pragma once

#include "Types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <optional>

namespace sk::wire {

/// POST /api/v1/apps: a name and scopes.
QJsonObject newAppJson(const NewApp& app);
/// Missing members are empty (the store's rules then say what is missing).
NewApp newAppFromJson(const QJsonObject& object, QStringList* wrongTypes);
QStringList newAppMembers();

/// PATCH /api/v1/apps/{id}: the members to change.
QJsonObject appPatchJson(const AppPatch& patch);
AppPatch appPatchFromJson(const QJsonObject& object, QStringList* wrongTypes);
QStringList appPatchMembers();

/// POST /api/v1/apps/{id}/keys: a name and an expiry (left out when there is none).
QJsonObject newKeyJson(const NewKey& key);
/// An expires_at that is not an RFC 3339 date-time with a time zone is of a wrong type.
NewKey newKeyFromJson(const QJsonObject& object, QStringList* wrongTypes);
QStringList newKeyMembers();
/// POST /api/v1/apps/{id}/keys/{key_id}/roll: an expiry, a grace (whole seconds) and a name
/// (left out: the default one).
QJsonObject rollKeyJson(const RollKey& roll);
RollKey rollKeyFromJson(const QJsonObject& object, QStringList* wrongTypes);
QStringList rollKeyMembers();

/// POST /api/v1/verify: a key and a scope, both strings; other members are ignored, so that
/// clients may send more in later versions.
struct VerifyRequest
{
    QString secret;
    QString scope;
};
QJsonObject verifyRequestJson(const VerifyRequest& request);
VerifyRequest verifyRequestFromJson(const QJsonObject& object, QStringList* wrongTypes);
/// A verify request in its plain form, read without a JSON parser or a copy: a JSON object
/// whose members are all strings of printable ASCII without escapes, with "key" and "scope"
/// among them, each once (whitespace as JSON allows it). The views point into the body.
struct PlainVerifyRequest
{
    QLatin1StringView secret;
    QLatin1StringView scope;
};
/// `body` as a PlainVerifyRequest, or nothing when it is anything else: then objectFrom() and
/// verifyRequestFromJson() read it, and say what is wrong. Where this gives a value, they give
/// the same one.
std::optional<PlainVerifyRequest> plainVerifyRequest(QByteArrayView body);

/// Whether a request body is JSON text as it came: "application/json", with parameters
/// ("; charset=utf-8") and in any case. Any other media type, or none, is not.
bool isJsonMediaType(QByteArrayView contentType);
/// Why `body` is not Unicode text that JSON may carry, or nothing: bytes that are not UTF-8,
/// or a \uXXXX escape of a lone surrogate (a high one not followed by a low one, or a low one
/// alone), which a JSON parser would otherwise turn silently into another character.
std::optional<QString> unicodeProblem(const QByteArray& body);

} // namespace sk::wire
