// Scopekeeper wire: errors on the wire. An sk::Error's code as an HTTP status and back, and
// the problem+json document (RFC 9457) the server writes and the console reads.
#pragma once

#include "Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sk::wire {

/// The status the server answers an error with (Invalid 422, NotFound 404, Conflict 409,
/// Stale 412, Unauthorized 401, DiskFull 507, a store that cannot be used 503, else 500).
int statusFor(ErrorCode code);
/// The code the console gives an error answer with `status`.
ErrorCode codeFor(int status);

/// What a problem document says.
struct Problem
{
    int status = 0;
    QString title;
    QString detail;
    QList<FieldError> errors;
    QString reason; // why a token was refused (401): unknown, expired, revoked; empty: none
};
QJsonObject problemJson(const Problem& problem);
/// The problem document of an error answer; empty members when `body` is not one.
Problem problemFromJson(int status, const QByteArray& body);

/// The error an answer with `status` and a problem+json `body` is: codeFor(status), `detail`
/// as the message (`fallback` when it has none) and `errors` as the fields at fault.
Error errorFromProblem(int status, const QByteArray& body, const QString& fallback);

} // namespace sk::wire
