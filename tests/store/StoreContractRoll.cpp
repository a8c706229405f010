// The store contract, continued: rolling a key (Store::rollKey, issue 13).
#include "Fields.h"
#include "StoreContract.h"
#include "StoreTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace sk;
using sk::test::await;

namespace {

constexpr qint64 HourMs = 3600LL * 1000;
constexpr qint64 DaySeconds = 24LL * 3600;
const QString DeployScope = QStringLiteral("workflow:deploy");

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* id : list)
        out << QString::fromLatin1(id);
    return out;
}

} // namespace

#define SK_FIXTURE(...)                                                                            \
    StoreFixture* const fx = newFixture(__VA_ARGS__);                                              \
    QVERIFY2(fx != nullptr, qPrintable(m_fixtureError));                                           \
    Store& store = *fx->store

void StoreContract::rollAnswersBothKeysAndStopsTheOldOneLater()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(old, store.createKey(app.id, NewKey{QStringLiteral("CI"), now.addDays(60)}));
    SK_AWAIT_OK(auditBefore, store.audit());

    const QDateTime before = fx->clock.clock()();
    SK_AWAIT_OK(rolled, store.rollKey(app.id, old.key.id,
                                      RollKey{std::nullopt, now.addDays(90), DaySeconds}));
    const QDateTime after = fx->clock.clock()();
    // The new key: its secret (once), the default name, the old one's app and scopes.
    QVERIFY(!rolled.newKey.secret.isEmpty());
    QVERIFY(rolled.newKey.secret != old.secret);
    QVERIFY(rolled.newKey.key.id != old.key.id);
    QCOMPARE(rolled.newKey.key.appId, app.id);
    QCOMPARE(rolled.newKey.key.name,
             QStringLiteral("CI (rolled %1)").arg(before.toUTC().date().toString(Qt::ISODate)));
    QVERIFY(!rolled.newKey.key.scopes);
    QVERIFY(!rolled.newKey.key.stopsAt.isValid());
    // The old key: as it was, and when it stops.
    QCOMPARE(rolled.oldKey.id, old.key.id);
    QCOMPARE(rolled.oldKey.name, QStringLiteral("CI"));
    QVERIFY(rolled.oldKey.stopsAt >= before.addSecs(DaySeconds).addMSecs(-1));
    QVERIFY(rolled.oldKey.stopsAt <= after.addSecs(DaySeconds).addMSecs(1));

    // Listed so, in the app's keys and in every key.
    SK_AWAIT_OK(keys, store.listKeys(app.id));
    QCOMPARE(keys.size(), 2);
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 2);
    for (const QList<ApiKey>& list : {keys, all}) {
        for (const ApiKey& k : list) {
            if (k.id == old.key.id)
                QCOMPARE(k.stopsAt, rolled.oldKey.stopsAt);
            else
                QVERIFY(!k.stopsAt.isValid());
        }
    }
    SK_AWAIT_OK(counted, store.app(app.id));
    QCOMPARE(counted.keyCount, 2);

    // One audit entry names both keys.
    SK_AWAIT_OK(auditAfter, store.audit());
    QCOMPARE(auditAfter.size(), auditBefore.size() + 1);
    const AuditEntry& entry = auditAfter.constFirst();
    QCOMPARE(entry.action, QStringLiteral("key.roll"));
    QCOMPARE(entry.keyId, rolled.newKey.key.id);
    QCOMPARE(entry.keyName, rolled.newKey.key.name);
    QVERIFY2(entry.detail.contains(old.key.id) && entry.detail.contains(QStringLiteral("“CI”")),
             qPrintable(entry.detail));
    QCOMPARE(entry.data.value(QStringLiteral("old_key_id")).toString(), old.key.id);

    // Both keys work during the grace; the old one is EXPIRED once it has passed.
    SK_AWAIT_OK(oldNow, store.verify(old.secret, DeployScope));
    QCOMPARE(oldNow.code, VerifyCode::Valid);
    SK_AWAIT_OK(newNow, store.verify(rolled.newKey.secret, DeployScope));
    QCOMPARE(newNow.code, VerifyCode::Valid);
    if (!fx->clockControllable)
        return;
    fx->clock.advance(DaySeconds * 1000 - HourMs);
    SK_AWAIT_OK(oldSoon, store.verify(old.secret, DeployScope));
    QCOMPARE(oldSoon.code, VerifyCode::Valid);
    fx->clock.advance(HourMs + 1000);
    SK_AWAIT_OK(oldLater, store.verify(old.secret, DeployScope));
    QVERIFY(!oldLater.valid);
    QCOMPARE(oldLater.code, VerifyCode::Expired);
    SK_AWAIT_OK(newLater, store.verify(rolled.newKey.secret, DeployScope));
    QCOMPARE(newLater.code, VerifyCode::Valid);
}

void StoreContract::rollWithNoGraceStopsTheOldKeyAtOnce()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(old, store.createKey(app.id, NewKey{QStringLiteral("CI"), now.addDays(60)}));
    SK_AWAIT_OK(rolled, store.rollKey(app.id, old.key.id,
                                      RollKey{QStringLiteral("  CI 2027  "), now.addDays(90), 0}));
    QCOMPARE(rolled.newKey.key.name, QStringLiteral("CI 2027")); // normalized like any name
    QVERIFY(rolled.oldKey.stopsAt <= fx->clock.clock()());
    SK_AWAIT_OK(oldNow, store.verify(old.secret, DeployScope));
    QCOMPARE(oldNow.code, VerifyCode::Expired);
    SK_AWAIT_OK(newNow, store.verify(rolled.newKey.secret, DeployScope));
    QCOMPARE(newNow.code, VerifyCode::Valid);
}

void StoreContract::rollGraceIsCappedAtTheOldKeysExpiry()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(old, store.createKey(app.id, NewKey{QStringLiteral("CI"), now.addMSecs(HourMs)}));
    SK_AWAIT_OK(rolled, store.rollKey(app.id, old.key.id,
                                      RollKey{std::nullopt, now.addDays(90), 7 * DaySeconds}));
    QCOMPARE(rolled.oldKey.stopsAt, old.key.expiresAt);
}

void StoreContract::rollRefusesExpiredAndRollingKeysAndBadGrace()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("CI"), now.addDays(60)}));
    SK_AWAIT_OK(auditBefore, store.audit());
    const auto refused = [&](const RollKey& roll, const QString& keyId, ErrorCode code,
                             const QString& field) {
        const Result<RolledKey> r = await(store.rollKey(app.id, keyId, roll));
        QVERIFY2(!r.ok(), "the store rolled what it should have refused");
        QCOMPARE(r.error().code(), code);
        if (code == ErrorCode::Invalid) // a 404 names no field over the wire
            QCOMPARE(r.error().field(), field);
    };
    const QDateTime later = now.addDays(90);
    refused(RollKey{std::nullopt, later, -1}, key.key.id, ErrorCode::Invalid, fields::GraceSeconds);
    refused(RollKey{std::nullopt, later, 30 * DaySeconds + 1}, key.key.id, ErrorCode::Invalid,
            fields::GraceSeconds);
    refused(RollKey{std::nullopt, now.addYears(2), 0}, key.key.id, ErrorCode::Invalid,
            fields::ExpiresAt);
    refused(RollKey{std::nullopt, later, 0}, QStringLiteral("key_nosuchkey"), ErrorCode::NotFound,
            fields::KeyId);
    // Nothing was changed or recorded.
    SK_AWAIT_OK(auditRefused, store.audit());
    QCOMPARE(auditRefused.size(), auditBefore.size());
    SK_AWAIT_OK(keysRefused, store.listKeys(app.id));
    QCOMPARE(keysRefused.size(), 1);
    QVERIFY(!keysRefused.constFirst().stopsAt.isValid());

    // A key being rolled is not rolled again, even after it has stopped.
    SK_AWAIT_OK(rolled, store.rollKey(app.id, key.key.id, RollKey{std::nullopt, later, 3600}));
    refused(RollKey{std::nullopt, later, 0}, key.key.id, ErrorCode::Invalid, fields::StopsAt);
    SK_AWAIT_OK(keys, store.listKeys(app.id));
    QCOMPARE(keys.size(), 2);
    // 30 days exactly is allowed; the new key may be rolled in turn.
    SK_AWAIT_OK(again, store.rollKey(app.id, rolled.newKey.key.id,
                                     RollKey{QStringLiteral("Third"), later, 30 * DaySeconds}));
    QCOMPARE(again.oldKey.id, rolled.newKey.key.id);

    if (!fx->clockControllable)
        return;
    // An expired key is refused, naming its expiry.
    SK_AWAIT_OK(shortLived,
                store.createKey(app.id, NewKey{QStringLiteral("Short"), now.addMSecs(HourMs)}));
    fx->clock.advance(2 * HourMs);
    refused(RollKey{std::nullopt, later, 0}, shortLived.key.id, ErrorCode::Invalid,
            fields::ExpiresAt);
}

void StoreContract::rolledKeyKeepsItsNarrowedScopes()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"),
                                            ids({"workflow:deploy", "model:deploy"})}));
    SK_AWAIT_OK(narrow, store.createKey(app.id, NewKey{QStringLiteral("Narrow"), now.addDays(60),
                                                       ids({"model:deploy"})}));
    SK_AWAIT_OK(rolled,
                store.rollKey(app.id, narrow.key.id, RollKey{std::nullopt, now.addDays(90), 3600}));
    QCOMPARE(rolled.newKey.key.scopes, std::optional(ids({"model:deploy"})));
    SK_AWAIT_OK(allowed, store.verify(rolled.newKey.secret, QStringLiteral("model:deploy")));
    QCOMPARE(allowed.code, VerifyCode::Valid);
    SK_AWAIT_OK(forbidden, store.verify(rolled.newKey.secret, DeployScope));
    QCOMPARE(forbidden.code, VerifyCode::ForbiddenScope);
    SK_AWAIT_OK(audit, store.audit());
    QCOMPARE(audit.constFirst().data.value(QStringLiteral("scopes")).toArray().size(), 1);
}

void StoreContract::personalKeysCanBeRolled()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(mine, store.createMyKey(NewKey{QStringLiteral("Laptop"), now.addDays(60),
                                               ids({"model:export"})}));
    SK_AWAIT_OK(rolled, store.rollKey(mine.key.appId, mine.key.id,
                                      RollKey{std::nullopt, now.addDays(90), 0}));
    QCOMPARE(rolled.newKey.key.appId, mine.key.appId);
    QCOMPARE(rolled.newKey.key.scopes, std::optional(ids({"model:export"})));
    SK_AWAIT_OK(listed, store.listMyKeys());
    QCOMPARE(listed.size(), 2);
    SK_AWAIT_OK(old, store.verify(mine.secret, QStringLiteral("model:export")));
    QCOMPARE(old.code, VerifyCode::Expired);
}
