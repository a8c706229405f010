// Scopekeeper server: the REST API's JSON (see docs/openapi.yaml). One place that turns
// domain values into the API's documents and parses what clients send.
#pragma once

#include "Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace sk::api {

/// RFC 3339 in UTC with milliseconds: "2025-01-31T09:30:00.000Z".
QString rfc3339(const QDateTime& time);
/// A time, or null when there is none (a key never used).
QJsonValue timeValue(const QDateTime& time);
/// An RFC 3339 date-time with a "Z" or a numeric offset; nothing when it is not one.
std::optional<QDateTime> parseRfc3339(const QString& text);

QJsonObject appJson(const App& app);
QJsonObject keyJson(const ApiKey& key);
QJsonObject auditJson(const AuditEntry& entry);
QJsonObject verifyJson(const VerifyResult& result);
/// verifyJson(result) as compact JSON text, the same bytes QJsonDocument would write, written
/// directly (no QJsonObject): the answer of every POST /api/v1/verify.
QByteArray verifyJsonText(const VerifyResult& result);
/// `text` as a JSON string, quotes included, escaped as QJsonDocument escapes it.
void appendJsonString(QByteArray* out, QStringView text);

/// Whether a request body is JSON text as it came: "application/json", with parameters
/// ("; charset=utf-8") and in any case. Any other media type, or none, is not.
bool isJsonMediaType(const QByteArray& contentType);
/// Why `body` is not Unicode text that JSON may carry, or nothing: bytes that are not UTF-8,
/// or a \uXXXX escape of a lone surrogate (a high one not followed by a low one, or a low one
/// alone), which a JSON parser would otherwise turn silently into another character.
std::optional<QString> unicodeProblem(const QByteArray& body);

/// The ETag of an app: its version, quoted ("\"7\"").
QByteArray etag(const App& app);

/// The versions an If-Match header names; `any` for "*". If-Match compares strongly: a weak
/// tag names none, nor does any tag other than one etag() writes ("\"7\"", not "\"07\"").
struct IfMatch
{
    bool any = false;
    QList<qint64> versions;
};
IfMatch parseIfMatch(const QByteArray& header);

/// The apps list's page position, opaque to clients: where the last page ended.
struct AppCursor
{
    QString nameFold;
    QString id;
};
QString encodeCursor(const AppCursor& cursor);
std::optional<AppCursor> decodeCursor(const QString& text);

} // namespace sk::api
