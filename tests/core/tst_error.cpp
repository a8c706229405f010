// The one error type every layer reports with, the names clients see for error and verify
// codes, and Result<T>.
#include "Error.h"
#include "Types.h"

#include <QSet>
#include <QTest>

using namespace sk;

Q_DECLARE_METATYPE(sk::ErrorCode)
Q_DECLARE_METATYPE(sk::VerifyCode)

class TestError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidWithOneField();
    void invalidWithSeveralFields();
    void explicitMessageIsKept();
    void errorWithoutFields();
    void defaultErrorIsInternal();
    void errorCodeNames_data();
    void errorCodeNames();
    void errorCodeNamesAreDistinct();
    void verifyCodeNames_data();
    void verifyCodeNames();
    void resultHoldsAValue();
    void resultHoldsAnError();
    void defaultResultIsAnInternalError();
    void resultValueCanBeMovedOut();
};

void TestError::invalidWithOneField()
{
    const Error e = Error::invalid(QStringLiteral("name"), QStringLiteral("App name is empty."));
    QCOMPARE(e.code(), ErrorCode::Invalid);
    QCOMPARE(e.message(), QStringLiteral("App name is empty."));
    QCOMPARE(e.field(), QStringLiteral("name"));
    QCOMPARE(e.fieldErrors().size(), 1);
    QCOMPARE(e.fieldErrors().constFirst(),
             (FieldError{QStringLiteral("name"), QStringLiteral("App name is empty.")}));
    QCOMPARE(e.toString(), QStringLiteral("name: App name is empty."));
}

void TestError::invalidWithSeveralFields()
{
    const Error e = Error::invalid({
        FieldError{QStringLiteral("name"), QStringLiteral("Too long.")},
        FieldError{QStringLiteral("scopes"), QStringLiteral("Choose at least one scope.")},
    });
    QCOMPARE(e.code(), ErrorCode::Invalid);
    // The message is the first field's, for places that show one sentence.
    QCOMPARE(e.message(), QStringLiteral("Too long."));
    QCOMPARE(e.field(), QStringLiteral("name"));
    QCOMPARE(e.fieldErrors().size(), 2);
    QCOMPARE(e.fieldErrors().at(1).field, QStringLiteral("scopes"));
    QCOMPARE(e.toString(), QStringLiteral("name: Too long.\nscopes: Choose at least one scope."));
}

void TestError::explicitMessageIsKept()
{
    const Error e(ErrorCode::Conflict, QStringLiteral("An app named “X” already exists."),
                  {FieldError{QStringLiteral("name"), QStringLiteral("Taken.")}});
    QCOMPARE(e.code(), ErrorCode::Conflict);
    QCOMPARE(e.message(), QStringLiteral("An app named “X” already exists."));
    QCOMPARE(e.field(), QStringLiteral("name"));
    QCOMPARE(e.toString(), QStringLiteral("name: Taken."));

    const Error filled(ErrorCode::Conflict, QString(),
                       {FieldError{QStringLiteral("name"), QStringLiteral("Taken.")}});
    QCOMPARE(filled.message(), QStringLiteral("Taken."));
}

void TestError::errorWithoutFields()
{
    const Error e(ErrorCode::Storage, QStringLiteral("The disk is full."));
    QCOMPARE(e.code(), ErrorCode::Storage);
    QCOMPARE(e.message(), QStringLiteral("The disk is full."));
    QVERIFY(e.field().isEmpty());
    QVERIFY(e.fieldErrors().isEmpty());
    QCOMPARE(e.toString(), QStringLiteral("The disk is full."));
}

void TestError::defaultErrorIsInternal()
{
    const Error e;
    QCOMPARE(e.code(), ErrorCode::Internal);
    QVERIFY(e.field().isEmpty());
    QCOMPARE(errorCodeName(e.code()), QStringLiteral("internal"));
}

void TestError::errorCodeNames_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("Invalid") << ErrorCode::Invalid << QStringLiteral("invalid");
    QTest::newRow("NotFound") << ErrorCode::NotFound << QStringLiteral("not_found");
    QTest::newRow("Conflict") << ErrorCode::Conflict << QStringLiteral("conflict");
    QTest::newRow("Stale") << ErrorCode::Stale << QStringLiteral("stale");
    QTest::newRow("Storage") << ErrorCode::Storage << QStringLiteral("storage");
    QTest::newRow("NotAStore") << ErrorCode::NotAStore << QStringLiteral("not_a_store");
    QTest::newRow("NewerStore") << ErrorCode::NewerStore << QStringLiteral("newer_store");
    QTest::newRow("ReadOnly") << ErrorCode::ReadOnly << QStringLiteral("read_only");
    QTest::newRow("Unavailable") << ErrorCode::Unavailable << QStringLiteral("unavailable");
    QTest::newRow("Unauthorized") << ErrorCode::Unauthorized << QStringLiteral("unauthorized");
    QTest::newRow("Unconfirmed") << ErrorCode::Unconfirmed << QStringLiteral("unconfirmed");
    QTest::newRow("Internal") << ErrorCode::Internal << QStringLiteral("internal");
}

void TestError::errorCodeNames()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QCOMPARE(errorCodeName(code), name);
}

void TestError::errorCodeNamesAreDistinct()
{
    QSet<QString> names;
    for (int c = int(ErrorCode::Invalid); c <= int(ErrorCode::Internal); ++c)
        names.insert(errorCodeName(ErrorCode(c)));
    QCOMPARE(names.size(), int(ErrorCode::Internal) + 1);
}

void TestError::verifyCodeNames_data()
{
    QTest::addColumn<VerifyCode>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("Valid") << VerifyCode::Valid << QString();
    QTest::newRow("Malformed") << VerifyCode::Malformed << QStringLiteral("MALFORMED");
    QTest::newRow("NotFound") << VerifyCode::NotFound << QStringLiteral("NOT_FOUND");
    QTest::newRow("Expired") << VerifyCode::Expired << QStringLiteral("EXPIRED");
    QTest::newRow("ForbiddenScope")
        << VerifyCode::ForbiddenScope << QStringLiteral("FORBIDDEN_SCOPE");
}

void TestError::verifyCodeNames()
{
    // These strings are the verify API's contract with every calling service.
    QFETCH(VerifyCode, code);
    QFETCH(QString, name);
    QCOMPARE(verifyCodeName(code), name);
}

void TestError::resultHoldsAValue()
{
    Result<int> r = 42;
    QVERIFY(r.ok());
    QVERIFY(bool(r));
    QCOMPARE(r.value(), 42);
    QCOMPARE(*r, 42);
    r.value() = 43;
    QCOMPARE(r.value(), 43);

    const Result<FieldError> f = FieldError{QStringLiteral("name"), QStringLiteral("m")};
    QVERIFY(f.ok());
    QCOMPARE(f->field, QStringLiteral("name"));

    const Result<Done> done = Done{};
    QVERIFY(done.ok());
}

void TestError::resultHoldsAnError()
{
    const Result<int> r = Error::invalid(QStringLiteral("expires_at"), QStringLiteral("Past."));
    QVERIFY(!r.ok());
    QVERIFY(!bool(r));
    QCOMPARE(r.error().code(), ErrorCode::Invalid);
    QCOMPARE(r.error().field(), QStringLiteral("expires_at"));
    QCOMPARE(r.error().message(), QStringLiteral("Past."));

    const Result<Done> failed = Error(ErrorCode::NotFound, QStringLiteral("Gone."));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code(), ErrorCode::NotFound);

    // A Result that holds a string is not confused with one that holds an error.
    const Result<QString> s = QStringLiteral("Gone.");
    QVERIFY(s.ok());
    QCOMPARE(s.value(), QStringLiteral("Gone."));
}

void TestError::defaultResultIsAnInternalError()
{
    const Result<int> r;
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::Internal);
    QVERIFY(!r.error().message().isEmpty());
}

void TestError::resultValueCanBeMovedOut()
{
    Result<QStringList> r = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    const QStringList moved = std::move(r).value();
    QCOMPARE(moved, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
