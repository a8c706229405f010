// What an audit entry records, typed: each action's wire name, its data as JSON and back, and
// the one English detail written from it (which the audit chain covers).
#include "AuditDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sk;

Q_DECLARE_METATYPE(sk::audit::Details)

namespace {

QDateTime utc(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestAuditDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireNames();
    void eachAction_data();
    void eachAction();
    void dataMissingOrOfTheWrongTypeIsNotRead();
    void dataAgreesWithItsDetail();
};

void TestAuditDetails::wireNames()
{
    const QStringList names = {QStringLiteral("app.create"),   QStringLiteral("app.update"),
                               QStringLiteral("app.delete"),   QStringLiteral("key.create"),
                               QStringLiteral("key.delete"),   QStringLiteral("admin.create"),
                               QStringLiteral("admin.revoke"), QStringLiteral("token.refused"),
                               QStringLiteral("audit.chain"),  QStringLiteral("key.roll")};
    for (const QString& name : names) {
        QVERIFY(fromWireName(name) != AuditAction::Unknown);
        QCOMPARE(toWireName(fromWireName(name)), name);
    }
    QCOMPARE(fromWireName(QStringLiteral("key.rotate")), AuditAction::Unknown);
    QCOMPARE(fromWireName(QStringLiteral("APP.CREATE")), AuditAction::Unknown);
    QCOMPARE(toWireName(AuditAction::Unknown), QString());
}

void TestAuditDetails::eachAction_data()
{
    QTest::addColumn<audit::Details>("details");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("detail");

    QTest::newRow("app.create") << audit::Details(audit::AppCreated{
                                       {QStringLiteral("a:x"), QStringLiteral("b:y")}})
                                << "app.create" << json(R"({"scopes":["a:x","b:y"]})")
                                << "scopes: a:x, b:y";
    QTest::newRow("app.update renamed and scopes")
        << audit::Details(audit::AppUpdated{
               audit::Rename{QStringLiteral("Old; “odd” name"), QStringLiteral("New")},
               audit::ScopeChange{{QStringLiteral("a:x")}, {QStringLiteral("b:y")}}})
        << "app.update"
        << json(R"({"renamed":{"from":"Old; “odd” name","to":"New"},)"
                R"("scopes":{"added":["a:x"],"removed":["b:y"]}})")
        << QStringLiteral("renamed from “Old; “odd” name”; scopes: +a:x \u2212b:y");
    QTest::newRow("app.update scopes only")
        << audit::Details(audit::AppUpdated{
               std::nullopt,
               audit::ScopeChange{{}, {QStringLiteral("b:y"), QStringLiteral("c:z")}}})
        << "app.update" << json(R"({"scopes":{"added":[],"removed":["b:y","c:z"]}})")
        << QStringLiteral("scopes: \u2212b:y \u2212c:z");
    QTest::newRow("app.delete") << audit::Details(audit::AppDeleted{3}) << "app.delete"
                                << json(R"({"keys_deleted":3})") << "keys deleted with it: 3";
    QTest::newRow("key.create")
        << audit::Details(audit::KeyCreated{QStringLiteral("spk_ab12"), utc(2027, 1, 31, 10)})
        << "key.create" << json(R"({"prefix":"spk_ab12","expires_at":"2027-01-31T10:00:00Z"})")
        << "prefix spk_ab12, expires 2027-01-31T10:00:00Z";
    QTest::newRow("key.create narrowed")
        << audit::Details(
               audit::KeyCreated{QStringLiteral("spk_ab12"), utc(2027, 1, 31, 10),
                                 QStringList{QStringLiteral("a:x"), QStringLiteral("b:y")}})
        << "key.create"
        << json(R"({"prefix":"spk_ab12","expires_at":"2027-01-31T10:00:00Z",)"
                R"("scopes":["a:x","b:y"]})")
        << "prefix spk_ab12, expires 2027-01-31T10:00:00Z, scopes: a:x, b:y";
    QTest::newRow("key.roll")
        << audit::Details(audit::KeyRolled{QStringLiteral("key_old"), QStringLiteral("CI"),
                                           QStringLiteral("spk_ab12"), utc(2027, 1, 2, 10),
                                           QStringLiteral("spk_cd34"), utc(2027, 3, 31, 10),
                                           QStringList{QStringLiteral("a:x")}})
        << "key.roll"
        << json(R"({"old_key_id":"key_old","old_key_name":"CI","old_prefix":"spk_ab12",)"
                R"("stops_at":"2027-01-02T10:00:00Z","prefix":"spk_cd34",)"
                R"("expires_at":"2027-03-31T10:00:00Z","scopes":["a:x"]})")
        << "rolled from “CI” (key_old, prefix spk_ab12), which stops 2027-01-02T10:00:00Z; "
           "prefix spk_cd34, expires 2027-03-31T10:00:00Z, scopes: a:x";
    QTest::newRow("key.delete") << audit::Details(audit::KeyDeleted{}) << "key.delete"
                                << QJsonObject() << "";
    QTest::newRow("admin.create")
        << audit::Details(audit::AdminCreated{QStringLiteral("carl"), QStringLiteral("auditor"),
                                              utc(2027, 1, 2, 10)})
        << "admin.create"
        << json(R"({"administrator":"carl","role":"auditor","expires_at":"2027-01-02T10:00:00Z"})")
        << "administrator “carl”, role auditor, expires 2027-01-02T10:00:00Z";
    QTest::newRow("admin.revoke") << audit::Details(audit::AdminRevoked{QStringLiteral("carl")})
                                  << "admin.revoke" << json(R"({"administrator":"carl"})")
                                  << "administrator “carl”";
    QTest::newRow("token.refused")
        << audit::Details(
               audit::TokenRefused{QStringLiteral("revoked"), QStringLiteral("10.0.0.7"), 19})
        << "token.refused" << json(R"({"reason":"revoked","client":"10.0.0.7","also_refused":19})")
        << "reason revoked, from 10.0.0.7; 19 more refused from there since the last entry";
    QTest::newRow("token.refused alone")
        << audit::Details(
               audit::TokenRefused{QStringLiteral("unknown"), QStringLiteral("127.0.0.11"), 0})
        << "token.refused" << json(R"({"reason":"unknown","client":"127.0.0.11"})")
        << "reason unknown, from 127.0.0.11";
    QTest::newRow("audit.chain") << audit::Details(audit::ChainStarted{42}) << "audit.chain"
                                 << json(R"({"unchained":42})")
                                 << "earlier entries not chained: 42";
}

void TestAuditDetails::eachAction()
{
    QFETCH(audit::Details, details);
    QFETCH(QString, action);
    QFETCH(QJsonObject, data);
    QFETCH(QString, detail);
    QCOMPARE(toWireName(audit::actionOf(details)), action);
    QCOMPARE(audit::toJson(details), data);
    QCOMPARE(audit::prose(details), detail);
    const std::optional<audit::Details> back = audit::fromJson(fromWireName(action), data);
    QVERIFY(back);
    QCOMPARE(audit::toJson(*back), data);
    QCOMPARE(audit::prose(*back), detail);

    AuditEntry entry;
    entry.action = action;
    entry.appName = QStringLiteral("New");
    entry.detail = detail;
    entry.data = data;
    QVERIFY(audit::dataAgrees(entry));
}

void TestAuditDetails::dataMissingOrOfTheWrongTypeIsNotRead()
{
    QVERIFY(!audit::fromJson(AuditAction::AppCreate, QJsonObject()));
    QVERIFY(!audit::fromJson(AuditAction::AppCreate, json(R"({"scopes":"a:x"})")));
    QVERIFY(!audit::fromJson(AuditAction::AppCreate, json(R"({"scopes":[1]})")));
    QVERIFY(!audit::fromJson(AuditAction::AppDelete, json(R"({"keys_deleted":-1})")));
    QVERIFY(!audit::fromJson(AuditAction::AppDelete, json(R"({"keys_deleted":1.5})")));
    QVERIFY(!audit::fromJson(AuditAction::KeyCreate,
                             json(R"({"prefix":"spk_ab12","expires_at":"soon"})")));
    QVERIFY(!audit::fromJson(AuditAction::AppUpdate, json(R"({"renamed":{"from":"A"}})")));
    QVERIFY(!audit::fromJson(AuditAction::Unknown, json(R"({"scopes":[]})")));
    // Members it does not know (a newer server's) are passed over.
    QVERIFY(audit::fromJson(AuditAction::AppCreate, json(R"({"scopes":[],"why":"demo"})")));
    // An entry without data has no details; its detail is all there is.
    AuditEntry bare;
    bare.action = QStringLiteral("app.create");
    bare.detail = QStringLiteral("scopes: a:x");
    QVERIFY(!audit::detailsOf(bare));
}

void TestAuditDetails::dataAgreesWithItsDetail()
{
    AuditEntry entry;
    entry.action = QStringLiteral("key.create");
    entry.data = json(R"({"prefix":"spk_ab12","expires_at":"2027-01-31T10:00:00Z"})");
    entry.detail = QStringLiteral("prefix spk_ab12, expires 2027-01-31T10:00:00Z");
    QVERIFY(audit::dataAgrees(entry));
    // Some earlier versions wrote a key's expiry with "+00:00": the same time.
    entry.detail = QStringLiteral("prefix spk_ab12, expires 2027-01-31T10:00:00+00:00");
    QVERIFY(audit::dataAgrees(entry));
    entry.detail = QStringLiteral("prefix spk_ab12, expires 2027-02-28T10:00:00Z");
    QVERIFY(!audit::dataAgrees(entry));
    entry.detail = QStringLiteral("prefix spk_ab12, expires 2027-01-31T10:00:00Z");
    entry.data[QStringLiteral("prefix")] = QStringLiteral("spk_zz99");
    QVERIFY(!audit::dataAgrees(entry));
    entry.data[QStringLiteral("prefix")] = 12;
    QVERIFY(!audit::dataAgrees(entry));
    entry.data = QJsonObject();
    QVERIFY(audit::dataAgrees(entry)); // nothing to hold against the detail

    // A rename names the entry's app as its new name.
    AuditEntry renamed;
    renamed.action = QStringLiteral("app.update");
    renamed.appName = QStringLiteral("New");
    renamed.detail = QStringLiteral("renamed from “Old”");
    renamed.data = json(R"({"renamed":{"from":"Old","to":"New"}})");
    QVERIFY(audit::dataAgrees(renamed));
    renamed.data = json(R"({"renamed":{"from":"Old","to":"Other"}})");
    QVERIFY(!audit::dataAgrees(renamed));

    // An action this version does not know: its data cannot be judged.
    AuditEntry unknown;
    unknown.action = QStringLiteral("key.rotate");
    unknown.detail = QStringLiteral("rotated by policy");
    unknown.data = json(R"({"policy":"90d"})");
    QVERIFY(audit::dataAgrees(unknown));
}

QTEST_GUILESS_MAIN(TestAuditDetails)
#include "tst_auditdetails.moc"
