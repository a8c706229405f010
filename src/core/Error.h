// Scopekeeper core: one error type for every layer.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <utility>
#include <variant>

namespace sk {

enum class ErrorCode
{
    Invalid,      // input breaks a rule; fieldErrors() says which field and why
    NotFound,     // the app or key does not exist (any more)
    Conflict,     // a unique name is taken
    Stale,        // an update was based on an outdated version
    Storage,      // the database failed (I/O, corruption, …)
    DiskFull,     // the disk that holds the store is full
    Busy,         // another program holds the store locked; try again shortly
    NotAStore,    // the file is not a Scopekeeper store
    NewerStore,   // the store was written by a newer Scopekeeper
    ReadOnly,     // the store cannot be written
    Unavailable,  // the store is not open, or a server cannot be reached
    Unauthorized, // the credentials were refused
    Unconfirmed,  // a change was sent, but its answer was lost: it may or may not have happened
    Internal,     // a bug: should never be seen
};

/// The name a REST client or a log uses for an error code ("invalid", "not_found", …).
QString errorCodeName(ErrorCode code);

struct FieldError
{
    QString field;   // "name", "scopes", "expires_at", …
    QString message; // a sentence for a person, already translated
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QList<FieldError> fieldErrors = {});

    static Error invalid(const QString& field, const QString& message);
    static Error invalid(QList<FieldError> fieldErrors);

    ErrorCode code() const { return m_code; }
    /// A sentence for a person. For a validation error, the first field's message.
    QString message() const { return m_message; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    /// The first field at fault, or an empty string.
    QString field() const;
    /// "field: message" lines, for logs and command lines.
    QString toString() const;

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
    QList<FieldError> m_fieldErrors;
};

/// The empty value of an operation that returns nothing but can fail.
struct Done
{
};

/// A value or an error. Every store operation answers with one.
template <typename T> class [[nodiscard]] Result
{
public:
    Result()
        : m_state(Error(ErrorCode::Internal, QStringLiteral("No result was produced.")))
    {
    }
    Result(T value)
        : m_state(std::in_place_index<1>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<0>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 1; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<1>(m_state); }
    T& value() & { return std::get<1>(m_state); }
    T&& value() && { return std::get<1>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    /// The error; only meaningful when !ok().
    Error error() const { return ok() ? Error() : std::get<0>(m_state); }

private:
    std::variant<Error, T> m_state;
};

} // namespace sk

Q_DECLARE_METATYPE(sk::Error)
