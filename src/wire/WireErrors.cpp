#include "WireErrors.h"

#include "WireFields.h"
#include "WireJson.h"

#include <QJsonArray>

namespace sk::wire {

int statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
        return 422;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::Conflict:
        return 409;
    case ErrorCode::Stale:
        return 412;
    case ErrorCode::Unauthorized:
        return 401;
    case ErrorCode::DiskFull:
        return 507; // Insufficient Storage
    case ErrorCode::Storage:
    case ErrorCode::Busy:
    case ErrorCode::ReadOnly:
    case ErrorCode::Unavailable:
    case ErrorCode::Unconfirmed: // a client's word; a store never gives it
        return 503;
    case ErrorCode::NotAStore:
    case ErrorCode::NewerStore:
    case ErrorCode::Internal:
        return 500;
    }
    return 500;
}

ErrorCode codeFor(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 422:
        return ErrorCode::Invalid;
    case 401:
    case 403:
        return ErrorCode::Unauthorized;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    case 412:
    case 428:
        return ErrorCode::Stale;
    case 502:
    case 507:
        return ErrorCode::DiskFull;
    case 503:
    case 504:
        return ErrorCode::Unavailable;
    default:
        return ErrorCode::Internal;
    }
}

QJsonObject problemJson(const Problem& p)
{
    QJsonObject body;
    if (!p.reason.isEmpty())
        body.insert(field::Reason, p.reason);
    body.insert(field::Type, QStringLiteral("about:blank"));
    body.insert(field::Status, p.status);
    body.insert(field::Title, p.title);
    body.insert(field::Detail, p.detail);
    if (!p.errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError& e : p.errors)
            list.append(QJsonObject{{field::Field, e.field}, {field::Message, e.message}});
        body.insert(field::Errors, list);
    }
    return body;
}

Problem problemFromJson(int status, const QByteArray& body)
{
    const QJsonObject o = objectFrom(body).value_or(QJsonObject());
    Problem p;
    p.status = status;
    p.title = o.value(field::Title).toString();
    p.detail = o.value(field::Detail).toString();
    p.reason = o.value(field::Reason).toString();
    for (const QJsonValue& v : o.value(field::Errors).toArray()) {
        const QJsonObject e = v.toObject();
        p.errors << FieldError{e.value(field::Field).toString(),
                               e.value(field::Message).toString()};
    }
    return p;
}

Error errorFromProblem(int status, const QByteArray& body, const QString& fallback)
{
    const Problem p = problemFromJson(status, body);
    return Error(codeFor(status), p.detail.isEmpty() ? fallback : p.detail, p.errors);
}

} // namespace sk::wire
