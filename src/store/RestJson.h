// Scopekeeper store: the REST API's JSON documents (docs/openapi.yaml), as RestStore reads and
// writes them. The client's own copy: the store layer never depends on src/server.
#pragma once

#include "Error.h"
#include "Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sk::rest {

/// RFC 3339 in UTC with milliseconds: "2025-01-31T09:30:00.000Z".
QString formatTime(const QDateTime& time);
/// A UTC time from an RFC 3339 string; a null QDateTime for null, a missing value or a
/// string that is not a time.
QDateTime parseTime(const QJsonValue& value);

App appFromJson(const QJsonObject& object);
ApiKey keyFromJson(const QJsonObject& object);
AuditEntry auditFromJson(const QJsonObject& object);
/// The answer of POST /api/v1/verify; false when `object` is not one.
bool verifyFromJson(const QJsonObject& object, VerifyResult* out);

/// The problem+json members of an error answer: the code for `status`, `detail` as the
/// message (`fallback` when it has none) and `errors` as the fields at fault.
Error errorFromProblem(int status, const QByteArray& body, const QString& fallback);

} // namespace sk::rest
