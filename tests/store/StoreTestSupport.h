// Scopekeeper store tests: small helpers shared by the contract suite and the
// implementation-specific store tests.
#pragma once

#include "Error.h"
#include "Store.h"
#include "Types.h"
#include "Wait.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>
#include <cstring>
#include <utility>

namespace sk {

// Readable values in QCOMPARE failures (found by argument-dependent lookup).
inline char* toString(ErrorCode code)
{
    return qstrdup(errorCodeName(code).toUtf8().constData());
}

inline char* toString(VerifyCode code)
{
    const QString name = code == VerifyCode::Valid ? QStringLiteral("VALID") : verifyCodeName(code);
    return qstrdup(name.toUtf8().constData());
}

namespace test {

/// "invalid: message [name: …] [scopes: …]", for failure messages.
inline QString describe(const Error& error)
{
    QString text = errorCodeName(error.code()) + QStringLiteral(": ") + error.message();
    for (const FieldError& f : error.fieldErrors())
        text += QStringLiteral(" [%1: %2]").arg(f.field, f.message);
    return text;
}

inline QStringList fieldsOf(const Error& error)
{
    QStringList fields;
    for (const FieldError& f : error.fieldErrors())
        fields << f.field;
    return fields;
}

/// Waits for a store's answer (the event loop keeps running meanwhile).
template <typename T> Result<T> await(QFuture<Result<T>> future)
{
    return waitFor(std::move(future));
}

inline QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("null");
}

/// Times a store reports are "now" when within a minute of the test's idea of now.
inline bool isNear(const QDateTime& actual, const QDateTime& expected, qint64 toleranceMs = 60000)
{
    return actual.isValid() && expected.isValid() && qAbs(actual.msecsTo(expected)) <= toleranceMs;
}

/// `text` as UTF-16LE bytes, the way a UTF-16 database or a Windows log would hold it.
inline QByteArray utf16le(const QString& text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

inline QByteArray readAll(const QString& path, bool* ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

} // namespace test
} // namespace sk

/// Fails the test when a store answer is an error, showing the error. `result` is evaluated
/// once (QVERIFY2 evaluates its message even when the check holds: an operation written as
/// the argument would otherwise run twice).
#define SK_VERIFY_OK(result)                                                                       \
    do {                                                                                           \
        const auto& skChecked = (result);                                                          \
        QVERIFY2(skChecked.ok(),                                                                   \
                 skChecked.ok() ? "" : qPrintable(::sk::test::describe(skChecked.error())));       \
    } while (false)

/// Declares `var`, a const reference to the value of a store answer; fails the test when the
/// answer is an error.
#define SK_AWAIT_OK(var, future)                                                                   \
    const auto var##Result = ::sk::test::await(future);                                            \
    SK_VERIFY_OK(var##Result);                                                                     \
    const auto& var = var##Result.value()

/// Fails the test unless `result` is an error with `expectedCode`.
#define SK_VERIFY_FAILS(result, expectedCode)                                                      \
    do {                                                                                           \
        const auto& skRefused = (result);                                                          \
        QVERIFY2(!skRefused.ok(), "the store accepted what it should have refused");               \
        QCOMPARE(skRefused.error().code(), expectedCode);                                          \
    } while (false)
