// The store contract, continued: personal keys (listMyKeys, createMyKey, deleteMyKey), the
// personal app under them, and the scoping mode a store is created with (issue 16).
#include "StoreContract.h"
#include "StoreTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace sk;
using sk::test::await;

namespace {

constexpr qint64 MinuteMs = 60LL * 1000;

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* id : list)
        out << QString::fromLatin1(id);
    return out;
}

QStringList keyIds(const QList<ApiKey>& keys)
{
    QStringList out;
    for (const ApiKey& k : keys)
        out << k.id;
    return out;
}

} // namespace

#define SK_FIXTURE(...)                                                                            \
    StoreFixture* const fx = newFixture(__VA_ARGS__);                                              \
    QVERIFY2(fx != nullptr, qPrintable(m_fixtureError));                                           \
    Store& store = *fx->store

void StoreContract::personalKeysAreCreatedListedAndDeleted()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(none, store.listMyKeys());
    QVERIFY(none.isEmpty());
    SK_AWAIT_OK(auditBefore, store.audit());
    QSignalSpy keysChanged(&store, &Store::keysChanged);

    SK_AWAIT_OK(laptop, store.createMyKey(NewKey{QStringLiteral("Laptop"), later,
                                                 ids({"workflow:deploy", "model:export"})}));
    QCOMPARE(laptop.key.scopes, std::optional(ids({"model:export", "workflow:deploy"})));
    QCOMPARE(laptop.key.name, QStringLiteral("Laptop"));
    QCOMPARE(laptop.key.createdBy, defaultActor());
    // The personal app is named after its owner.
    QCOMPARE(laptop.key.appName, defaultActor());
    fx->clock.advance(MinuteMs);
    SK_AWAIT_OK(ci, store.createMyKey(NewKey{QStringLiteral("CI"), later,
                                             QStringList{QStringLiteral("guardrails:deploy")}}));
    QCOMPARE(ci.key.appId, laptop.key.appId); // one personal app per actor
    QTRY_VERIFY(keysChanged.size() >= 2);
    QCOMPARE(keysChanged.constLast().at(0).toString(), laptop.key.appId);

    // Newest first, with the scopes each was given.
    SK_AWAIT_OK(mine, store.listMyKeys());
    QCOMPARE(keyIds(mine), QStringList({ci.key.id, laptop.key.id}));
    QCOMPARE(mine.at(0).scopes, std::optional(QStringList{QStringLiteral("guardrails:deploy")}));
    QCOMPARE(mine.at(1).scopes, laptop.key.scopes);
    // Not among the apps; its keys are among all the keys.
    SK_AWAIT_OK(apps, store.listApps());
    QVERIFY(apps.isEmpty());
    SK_AWAIT_OK(page, store.appsPage(AppQuery{}, PageQuery{{}, 10}));
    QVERIFY(page.items.isEmpty());
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 2);
    for (const ApiKey& k : all)
        QCOMPARE(k.appName, defaultActor());
    SK_AWAIT_OK(keysPage, store.keysPage(PageQuery{{}, 1}));
    QCOMPARE(keysPage.items.size(), 1);
    SK_AWAIT_OK(keysPage2, store.keysPage(PageQuery{keysPage.next, 1}));
    QCOMPARE(keysPage2.items.size(), 1);
    QVERIFY(keysPage2.items.first().id != keysPage.items.first().id);

    // Each works for its own scopes only.
    SK_AWAIT_OK(v, store.verify(laptop.secret, QStringLiteral("workflow:deploy")));
    QCOMPARE(v.code, VerifyCode::Valid);
    SK_AWAIT_OK(other, store.verify(laptop.secret, QStringLiteral("guardrails:deploy")));
    QCOMPARE(other.code, VerifyCode::ForbiddenScope);

    // One audit entry per key made, one per key deleted.
    SK_AWAIT_OK(auditMade, store.audit());
    QCOMPARE(auditMade.size(), auditBefore.size() + 2);
    QCOMPARE(auditMade.at(0).action, QStringLiteral("key.create"));
    QCOMPARE(auditMade.at(0).keyId, ci.key.id);
    SK_VERIFY_OK(await(store.deleteMyKey(ci.key.id)));
    SK_AWAIT_OK(auditDeleted, store.audit());
    QCOMPARE(auditDeleted.size(), auditBefore.size() + 3);
    QCOMPARE(auditDeleted.at(0).action, QStringLiteral("key.delete"));
    QCOMPARE(auditDeleted.at(0).keyId, ci.key.id);
    SK_AWAIT_OK(left, store.listMyKeys());
    QCOMPARE(keyIds(left), QStringList{laptop.key.id});
    SK_AWAIT_OK(gone, store.verify(ci.secret, QStringLiteral("guardrails:deploy")));
    QCOMPARE(gone.code, VerifyCode::NotFound);
    SK_VERIFY_FAILS(await(store.deleteMyKey(ci.key.id)), ErrorCode::NotFound);
    SK_VERIFY_FAILS(await(store.deleteMyKey(QStringLiteral("key_nonexistent"))),
                    ErrorCode::NotFound);
}

void StoreContract::personalKeysNeedCatalogScopes()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(auditBefore, store.audit());

    const Result<CreatedKey> without =
        await(store.createMyKey(NewKey{QStringLiteral("No scopes"), later}));
    SK_VERIFY_FAILS(without, ErrorCode::Invalid);
    QCOMPARE(without.error().field(), QStringLiteral("scopes"));
    const Result<CreatedKey> empty =
        await(store.createMyKey(NewKey{QStringLiteral("Empty"), later, QStringList{}}));
    SK_VERIFY_FAILS(empty, ErrorCode::Invalid);
    QCOMPARE(empty.error().field(), QStringLiteral("scopes"));
    // A scope of another catalog is named.
    const Result<CreatedKey> foreign = await(store.createMyKey(
        NewKey{QStringLiteral("Foreign"), later, ids({"workflow:deploy", "publish-app"})}));
    SK_VERIFY_FAILS(foreign, ErrorCode::Invalid);
    QCOMPARE(foreign.error().field(), QStringLiteral("scopes"));
    QVERIFY2(foreign.error().fieldErrors().first().message.contains(QStringLiteral("publish-app")),
             qPrintable(foreign.error().fieldErrors().first().message));
    QVERIFY(
        !foreign.error().fieldErrors().first().message.contains(QStringLiteral("workflow:deploy")));
    // At most a year, as for every key.
    const Result<CreatedKey> tooLong = await(store.createMyKey(
        NewKey{QStringLiteral("Too long"), fx->clock.clock()().addYears(1).addDays(1),
               QStringList{QStringLiteral("workflow:deploy")}}));
    SK_VERIFY_FAILS(tooLong, ErrorCode::Invalid);
    QCOMPARE(tooLong.error().field(), QStringLiteral("expires_at"));

    SK_AWAIT_OK(mine, store.listMyKeys());
    QVERIFY(mine.isEmpty());
    SK_AWAIT_OK(all, store.listAllKeys());
    QVERIFY(all.isEmpty());
    SK_AWAIT_OK(auditAfter, store.audit());
    QCOMPARE(auditAfter.size(), auditBefore.size());
}

void StoreContract::personalAppIsNotAnApp()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(mine, store.createMyKey(NewKey{QStringLiteral("Mine"), later,
                                               QStringList{QStringLiteral("model:deploy")}}));
    const QString personal = mine.key.appId;

    // To the app operations it does not exist: no one renames, narrows or deletes it.
    SK_VERIFY_FAILS(await(store.app(personal)), ErrorCode::NotFound);
    SK_VERIFY_FAILS(
        await(store.updateApp(
            personal,
            AppPatch{QStringLiteral("Renamed"), QStringList{QStringLiteral("model:deploy")}}, 1)),
        ErrorCode::NotFound);
    SK_VERIFY_FAILS(await(store.deleteApp(personal)), ErrorCode::NotFound);
    SK_VERIFY_FAILS(await(store.createKey(personal, NewKey{QStringLiteral("Other"), later})),
                    ErrorCode::NotFound);

    // Its name takes nothing from the apps: an app may be named like its owner.
    SK_AWAIT_OK(app, store.createApp(NewApp{defaultActor(), ids({"model:deploy"})}));
    SK_AWAIT_OK(apps, store.listApps());
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().id, app.id);
    SK_AWAIT_OK(mineAgain, store.listMyKeys());
    QCOMPARE(keyIds(mineAgain), QStringList{mine.key.id});
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(keyIds(all), QStringList{mine.key.id});
    SK_AWAIT_OK(v, store.verify(mine.secret, QStringLiteral("model:deploy")));
    QCOMPARE(v.code, VerifyCode::Valid);
}

void StoreContract::perKeyStoreHasNoApps()
{
    SK_FIXTURE(QStringLiteral("aimms-pro"), defaultActor(), Scoping::PerKey);
    SK_AWAIT_OK(auditBefore, store.audit());
    const Result<App> app =
        await(store.createApp(NewApp{QStringLiteral("Publisher"), ids({"publish-app"})}));
    SK_VERIFY_FAILS(app, ErrorCode::Invalid);
    QVERIFY(!app.error().message().isEmpty());
    SK_AWAIT_OK(apps, store.listApps());
    QVERIFY(apps.isEmpty());
    SK_AWAIT_OK(auditAfter, store.audit());
    QCOMPARE(auditAfter.size(), auditBefore.size());

    // Personal keys are what it has.
    SK_AWAIT_OK(
        key, store.createMyKey(NewKey{QStringLiteral("Publishing"), fx->clock.clock()().addDays(30),
                                      ids({"publish-app", "tasks"})}));
    SK_VERIFY_FAILS(await(store.createKey(key.key.appId, NewKey{QStringLiteral("Other"),
                                                                fx->clock.clock()().addDays(30)})),
                    ErrorCode::Invalid);
    SK_AWAIT_OK(v, store.verify(key.secret, QStringLiteral("tasks")));
    QCOMPARE(v.code, VerifyCode::Valid);
    SK_AWAIT_OK(forbidden, store.verify(key.secret, QStringLiteral("user")));
    QCOMPARE(forbidden.code, VerifyCode::ForbiddenScope);
}

void StoreContract::scopingModeIsKeptOnReopen()
{
    {
        SK_FIXTURE();
        QVERIFY(fx->reopen);
        SK_VERIFY_OK(await(store.createMyKey(NewKey{
            QStringLiteral("Kept"), fx->clock.clock()().addDays(30), ids({"model:deploy"})})));
        const Result<StoreInfo> info = fx->reopen();
        SK_VERIFY_OK(info);
        QCOMPARE(info->scoping, Scoping::PerApp);
        SK_AWAIT_OK(mine, fx->store->listMyKeys());
        QCOMPARE(mine.size(), 1);
    }
    {
        // Opened again with the default catalog (whose default mode is per-app): still
        // per-key, and still aimms-pro.
        SK_FIXTURE(QStringLiteral("aimms-pro"), defaultActor(), Scoping::PerKey);
        Q_UNUSED(store) // replaced by reopen()
        const Result<StoreInfo> info = fx->reopen();
        SK_VERIFY_OK(info);
        QCOMPARE(info->scoping, Scoping::PerKey);
        QCOMPARE(info->catalogId, QStringLiteral("aimms-pro"));
        SK_VERIFY_FAILS(
            await(fx->store->createApp(NewApp{QStringLiteral("App"), ids({"publish-app"})})),
            ErrorCode::Invalid);
    }
}
