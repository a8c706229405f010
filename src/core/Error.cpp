#include "Error.h"

#include <QStringList>

namespace sk {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
        return QStringLiteral("invalid");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Stale:
        return QStringLiteral("stale");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::NotAStore:
        return QStringLiteral("not_a_store");
    case ErrorCode::NewerStore:
        return QStringLiteral("newer_store");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

Error::Error(ErrorCode code, QString message, QList<FieldError> fieldErrors)
    : m_code(code)
    , m_message(std::move(message))
    , m_fieldErrors(std::move(fieldErrors))
{
    if (m_message.isEmpty() && !m_fieldErrors.isEmpty())
        m_message = m_fieldErrors.constFirst().message;
}

Error Error::invalid(const QString& field, const QString& message)
{
    return Error(ErrorCode::Invalid, message, {FieldError{field, message}});
}

Error Error::invalid(QList<FieldError> fieldErrors)
{
    return Error(ErrorCode::Invalid, QString(), std::move(fieldErrors));
}

QString Error::field() const
{
    return m_fieldErrors.isEmpty() ? QString() : m_fieldErrors.constFirst().field;
}

QString Error::toString() const
{
    if (m_fieldErrors.isEmpty())
        return m_message;
    QStringList lines;
    for (const FieldError& e : m_fieldErrors)
        lines << QStringLiteral("%1: %2").arg(e.field, e.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace sk
