// Scopekeeper server: the answers ApiServer gives: JSON, problem+json (RFC 9457), the
// problem an sk::Error is, and the request's body and query as the routes read them.
#include "ApiCall.h"
#include "WireCursor.h"
#include "WireErrors.h"
#include "WireFields.h"
#include "WireJson.h"

#include <QJsonDocument>

namespace sk {

HttpReply ApiServer::json(int status, const QJsonObject& body, HttpHeaders headers) const
{
    headers.prepend(qMakePair(QByteArrayLiteral("Content-Type"), JsonType));
    return HttpReply{status, headers, wire::compact(body)};
}

QString ApiServer::titleFor(int status) const
{
    switch (status) {
    case 400:
        return tr("Bad request");
    case 401:
        return tr("Unauthorized");
    case 403:
        return tr("Forbidden");
    case 404:
        return tr("Not found");
    case 405:
        return tr("Method not allowed");
    case 409:
        return tr("Conflict");
    case 412:
        return tr("Precondition failed");
    case 413:
        return tr("Content too large");
    case 415:
        return tr("Unsupported media type");
    case 422:
        return tr("Unprocessable content");
    case 428:
        return tr("Precondition required");
    case 429:
        return tr("Too many requests");
    case 503:
        return tr("Service unavailable");
    case 507:
        return tr("Insufficient storage");
    default:
        return tr("Internal server error");
    }
}

HttpReply ApiServer::problem(int status, const QString& detail, const QList<FieldError>& errors,
                             HttpHeaders headers, const QString& reason) const
{
    const QJsonObject body =
        wire::problemJson(wire::Problem{status, titleFor(status), detail, errors, reason});
    headers.prepend(qMakePair(QByteArrayLiteral("Content-Type"), ProblemType));
    return HttpReply{status, headers, wire::compact(body)};
}

HttpReply ApiServer::errorReply(const CallPtr& call, const Error& error) const
{
    const int status = wire::statusFor(error.code());
    if (status >= 500) {
        // The cause is for the operator's log, not for the client.
        log(QStringLiteral("error: %1 %2: %3")
                .arg(QString::fromLatin1(call->request.method), loggablePath(call->request.path),
                     error.toString()));
        // What the client can do about it: wait (busy), tell the operator (disk full).
        if (error.code() == ErrorCode::DiskFull) {
            return problem(status, tr("The disk that holds the server's store is full, so "
                                      "nothing was changed. Tell whoever runs the server."));
        }
        if (error.code() == ErrorCode::Busy) {
            return problem(status,
                           tr("The store is locked by another program, so nothing was changed. "
                              "Try again in a few seconds."),
                           {}, {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
        }
        if (error.code() == ErrorCode::Unavailable) {
            // PostgreSQL down or restarting: the store reconnects by itself once it is back.
            return problem(status,
                           tr("The server cannot reach its database right now. Try again in a "
                              "few seconds."),
                           {}, {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
        }
        return problem(status, status == 503
                                   ? tr("The store cannot be used right now; try again later.")
                                   : tr("The server failed; its log says why."));
    }
    const QList<FieldError> fields = error.fieldErrors();
    QString detail = error.message();
    if (detail.isEmpty() && !fields.isEmpty())
        detail = fields.first().message;
    // Only validation problems list fields; "not found" names no field to fix.
    const bool listFields =
        error.code() == ErrorCode::Invalid || error.code() == ErrorCode::Conflict;
    return problem(status, detail, listFields ? fields : QList<FieldError>{});
}

std::optional<QJsonObject> ApiServer::bodyObject(const CallPtr& call, const QStringList& allowed)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(call->request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        answer(call, problem(400, call->request.body.trimmed().isEmpty()
                                      ? tr("The request needs a JSON object as its body.")
                                      : tr("The body is not valid JSON: %1 (at byte %2).")
                                            .arg(error.errorString())
                                            .arg(error.offset)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        answer(call, problem(400, tr("The body must be a JSON object.")));
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    QList<FieldError> unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            unknown << FieldError{it.key(), tr("This field is not part of the request.")};
    }
    if (!unknown.isEmpty()) {
        answer(call, problem(400,
                             tr("The body has fields this request does not take; it takes %1.")
                                 .arg(allowed.join(QStringLiteral(", "))),
                             unknown));
        return std::nullopt;
    }
    return object;
}

bool ApiServer::refuseWrongTypes(const CallPtr& call, const QStringList& wrongTypes)
{
    if (wrongTypes.isEmpty())
        return false;
    QList<FieldError> errors;
    for (const QString& f : wrongTypes) {
        QString message;
        if (f == wire::field::Scopes)
            message = tr("scopes must be an array of scope ids (strings).");
        else if (f == wire::field::ExpiresAt)
            message = tr("expires_at must be an RFC 3339 date-time with a time zone, such as "
                         "“2030-01-31T00:00:00Z”.");
        else
            message = tr("%1 must be a string.").arg(f);
        errors << FieldError{f, message};
    }
    answer(call, problem(400, errors.first().message, errors));
    return true;
}

bool ApiServer::queryLimit(const CallPtr& call, int fallback, int max, int* out,
                           HttpReply* problemOut) const
{
    const QString name = wire::param::Limit;
    if (!call->request.query.hasQueryItem(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int limit = call->request.query.queryItemValue(name, QUrl::FullyDecoded).toInt(&ok);
    if (!ok || limit < 1 || limit > max) {
        const QString message = tr("limit must be a whole number from 1 to %1.").arg(max);
        *problemOut = problem(400, message, {FieldError{name, message}});
        return false;
    }
    *out = limit;
    return true;
}

bool ApiServer::queryPage(const CallPtr& call, int fallback, PageQuery* out,
                          HttpReply* problemOut) const
{
    if (!queryLimit(call, fallback, MaxPageSize, &out->limit, problemOut))
        return false;
    const QString name = wire::param::Cursor;
    if (!call->request.query.hasQueryItem(name))
        return true;
    const std::optional<QString> after =
        wire::decodeCursor(call->request.query.queryItemValue(name, QUrl::FullyDecoded));
    if (!after) {
        const QString message = tr("cursor must be a next_cursor value from an earlier page.");
        *problemOut = problem(400, message, {FieldError{name, message}});
        return false;
    }
    out->after = *after;
    return true;
}

} // namespace sk
