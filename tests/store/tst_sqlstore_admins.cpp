// SqlStore's server-facing additions: administrators (schema 2, and the upgrade from schema 1)
// and the per-operation actor a server uses to act for several administrators at once.
#include "KeyFormat.h"
#include "Rules.h"
#include "SqlBackend.h"
#include "SqlStore.h"
#include "StoreTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;
using sk::test::await;
using sk::test::describe;

namespace {

SqlStoreOptions optionsFor(const QString& path, const QString& actor = QStringLiteral("owner"))
{
    SqlStoreOptions options;
    options.sqlitePath = path;
    options.actor = actor;
    return options;
}

/// Runs SQL on a store file with a connection of its own (the store must be closed).
bool rawExec(const QString& path, const QStringList& statements, QString* error)
{
    const QString name = QStringLiteral("raw-admins-test");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            if (ok && !q.exec(sql)) {
                ok = false;
                *error = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString adminToken()
{
    return QStringLiteral("ska_") + KeyFormat::generate().mid(KeyFormat::PrefixLength);
}

} // namespace

class TestSqlStoreAdmins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adminsAreFoundByTokenHashOnly();
    void adminNamesAreCheckedAndUnique();
    void schemaOneStoreIsUpgraded();
    void administratorsBeforeExpiryGetAYear();
    void actAsNamesTheActorOfOneOperation();
    void auditDataIsDerivedFromOldDetails();
    void schemaEightStoreKeepsItsKeysPerApp();
    void personalKeysBelongToTheirActor();
};

void TestSqlStoreAdmins::adminsAreFoundByTokenHashOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString token = adminToken();
    {
        SqlStore store(optionsFor(path));
        SK_AWAIT_OK(info, store.open());
        QCOMPARE(info.schemaVersion, SqlBackend::SchemaVersion);
        SK_VERIFY_OK(await(store.createAdmin(QStringLiteral("  Alice  "), KeyFormat::hash(token))));
        SK_AWAIT_OK(name, store.adminForTokenHash(KeyFormat::hash(token)));
        QCOMPARE(name, QStringLiteral("Alice"));

        const Result<QString> unknown =
            await(store.adminForTokenHash(KeyFormat::hash(adminToken())));
        SK_VERIFY_FAILS(unknown, ErrorCode::Unauthorized);
        const Result<QString> empty = await(store.adminForTokenHash(QByteArray()));
        SK_VERIFY_FAILS(empty, ErrorCode::Unauthorized);
    }
    // Reopened: still there.
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_AWAIT_OK(name, store.adminForTokenHash(KeyFormat::hash(token)));
        QCOMPARE(name, QStringLiteral("Alice"));
    }
    // Only the hash was written.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray bytes = sk::test::readAll(path + suffix);
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains(token.mid(4).toUtf8()));
    }
    QVERIFY(sk::test::readAll(path).contains(KeyFormat::hash(token)));
}

void TestSqlStoreAdmins::adminNamesAreCheckedAndUnique()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SqlStore store(optionsFor(dir.filePath(QStringLiteral("store.sqlite"))));
    SK_VERIFY_OK(await(store.open()));
    SK_VERIFY_OK(await(store.createAdmin(QStringLiteral("Alice"), KeyFormat::hash(adminToken()))));

    const Result<Done> again =
        await(store.createAdmin(QStringLiteral("ALICE"), KeyFormat::hash(adminToken())));
    SK_VERIFY_FAILS(again, ErrorCode::Conflict);
    QCOMPARE(again.error().field(), QStringLiteral("name"));

    for (const QString& bad : {QString(), QStringLiteral("   "), QString(101, QLatin1Char('x'))}) {
        const Result<Done> r = await(store.createAdmin(bad, KeyFormat::hash(adminToken())));
        SK_VERIFY_FAILS(r, ErrorCode::Invalid);
        QCOMPARE(r.error().field(), QStringLiteral("name"));
    }
    SK_VERIFY_OK(
        await(store.createAdmin(QString(100, QLatin1Char('y')), KeyFormat::hash(adminToken()))));
}

void TestSqlStoreAdmins::schemaOneStoreIsUpgraded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString appId;
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Ledger"),
                                                {QStringLiteral("model:deploy"),
                                                 QStringLiteral("guardrails:deploy")}}));
        appId = app.id;
        for (const char* name : {"one", "two"}) {
            SK_VERIFY_OK(await(store.createKey(
                appId, NewKey{QString::fromLatin1(name), systemNow().addDays(30)})));
        }
    }
    // A store as schema 1 left it: no admins table, no summary columns on apps, no name
    // skeletons, version 1.
    QString error;
    QVERIFY2(rawExec(path,
                     {QStringLiteral("DROP TABLE admins"),
                      QStringLiteral("ALTER TABLE apps DROP COLUMN key_count"),
                      QStringLiteral("ALTER TABLE apps DROP COLUMN scope_list"),
                      QStringLiteral("DROP INDEX apps_name_skeleton"),
                      QStringLiteral("ALTER TABLE apps DROP COLUMN name_skeleton"),
                      QStringLiteral("ALTER TABLE audit_log DROP COLUMN data"),
                      QStringLiteral("ALTER TABLE audit_log DROP COLUMN chain"),
                      QStringLiteral("DROP INDEX api_keys_by_app"),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN stops_at"),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN scope_list"),
                      QStringLiteral("DROP INDEX apps_owner"),
                      QStringLiteral("ALTER TABLE apps DROP COLUMN owner"),
                      QStringLiteral("DELETE FROM meta WHERE key = 'scoping'"),
                      QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")},
                     &error),
             qPrintable(error));
    {
        SqlStore store(optionsFor(path));
        SK_AWAIT_OK(info, store.open());
        QCOMPARE(info.schemaVersion, SqlBackend::SchemaVersion);
        QVERIFY(!info.created);
        // The three entries from before stay unchained; the chain starts after them, whole.
        SK_AWAIT_OK(chain, store.checkAuditChain());
        QVERIFY(chain.whole());
        QCOMPARE(chain.unchained, 3);
        QCOMPARE(chain.chained, 1);
        SK_AWAIT_OK(app, store.app(appId));
        QCOMPARE(app.name, QStringLiteral("Ledger"));
        // The summary columns are filled in from the tables.
        QCOMPARE(app.keyCount, 2);
        SK_AWAIT_OK(apps, store.listApps());
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).keyCount, 2);
        QCOMPARE(apps.at(0).scopes, QStringList({QStringLiteral("guardrails:deploy"),
                                                 QStringLiteral("model:deploy")}));
        const QString token = adminToken();
        SK_VERIFY_OK(await(store.createAdmin(QStringLiteral("Bob"), KeyFormat::hash(token))));
        SK_AWAIT_OK(name, store.adminForTokenHash(KeyFormat::hash(token)));
        QCOMPARE(name, QStringLiteral("Bob"));
        // The apps the store had are given their skeletons: a look-alike of one is refused.
        if (!Rules::nameSkeleton(QStringLiteral("Ledger")).isEmpty()) {
            const Result<App> lookAlike = await(store.createApp(
                NewApp{QStringLiteral("L\u0435dger"), {QStringLiteral("model:deploy")}}));
            QVERIFY(!lookAlike.ok());
            QCOMPARE(lookAlike.error().code(), ErrorCode::Conflict);
            QVERIFY2(lookAlike.error().fieldErrors().constFirst().message.contains(
                         QLatin1String("Ledger")),
                     qPrintable(lookAlike.error().toString()));
        }
    }
    // The upgrade is recorded: opening again does not upgrade again.
    {
        SqlStore store(optionsFor(path));
        SK_AWAIT_OK(info, store.open());
        QCOMPARE(info.schemaVersion, SqlBackend::SchemaVersion);
    }
}

void TestSqlStoreAdmins::administratorsBeforeExpiryGetAYear()
{
    // A server store from before roles and expiry (schema 4): its administrators keep working,
    // as admins, and their tokens now expire a year after the upgrade.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString token = adminToken();
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_VERIFY_OK(await(store.createAdmin(QStringLiteral("ops"), KeyFormat::hash(token))));
    }
    QString error;
    QVERIFY2(rawExec(path,
                     {QStringLiteral("ALTER TABLE admins DROP COLUMN role"),
                      QStringLiteral("ALTER TABLE admins DROP COLUMN expires_at"),
                      QStringLiteral("ALTER TABLE admins DROP COLUMN revoked_at"),
                      QStringLiteral("ALTER TABLE admins DROP COLUMN last_used_at"),
                      QStringLiteral("ALTER TABLE audit_log DROP COLUMN data"),
                      QStringLiteral("ALTER TABLE audit_log DROP COLUMN chain"),
                      QStringLiteral("DROP INDEX api_keys_by_app"),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN stops_at"),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN scope_list"),
                      QStringLiteral("DROP INDEX apps_owner"),
                      QStringLiteral("ALTER TABLE apps DROP COLUMN owner"),
                      QStringLiteral("DELETE FROM meta WHERE key = 'scoping'"),
                      QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'schema_version'")},
                     &error),
             qPrintable(error));
    SqlStore store(optionsFor(path));
    SK_AWAIT_OK(info, store.open());
    QCOMPARE(info.schemaVersion, SqlBackend::SchemaVersion);
    SK_AWAIT_OK(account, store.adminAccountForTokenHash(KeyFormat::hash(token)));
    QCOMPARE(account.name, QStringLiteral("ops"));
    QCOMPARE(account.role, QStringLiteral("admin"));
    QVERIFY(qAbs(account.expiresAt.secsTo(QDateTime::currentDateTimeUtc().addDays(365))) < 600);
    SK_AWAIT_OK(admins, store.listAdmins());
    QCOMPARE(admins.size(), 1);
    QVERIFY(!admins.constFirst().revokedAt.isValid());
}

void TestSqlStoreAdmins::actAsNamesTheActorOfOneOperation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SqlStore store(
        optionsFor(dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("owner")));
    SK_VERIFY_OK(await(store.open()));
    const QStringList scopes = {QStringLiteral("model:deploy")};
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(10);

    // Queued back to back, without waiting: each keeps its own actor.
    auto a = store.createApp(NewApp{QStringLiteral("A"), scopes},
                             SqlStore::ActAs{QStringLiteral("alice")});
    auto b = store.createApp(NewApp{QStringLiteral("B"), scopes});
    auto c = store.createApp(NewApp{QStringLiteral("C"), scopes},
                             SqlStore::ActAs{QStringLiteral("carol")});
    SK_AWAIT_OK(appA, a);
    SK_AWAIT_OK(appB, b);
    SK_AWAIT_OK(appC, c);
    QCOMPARE(appA.createdBy, QStringLiteral("alice"));
    QCOMPARE(appB.createdBy, QStringLiteral("owner"));
    QCOMPARE(appC.createdBy, QStringLiteral("carol"));
    QCOMPARE(store.actor(), QStringLiteral("owner"));

    auto k = store.createKey(appA.id, NewKey{QStringLiteral("K"), later},
                             SqlStore::ActAs{QStringLiteral("bob")});
    SK_AWAIT_OK(key, k);
    QCOMPARE(key.key.createdBy, QStringLiteral("bob"));
    SK_AWAIT_OK(renamed, store.updateApp(appB.id, AppPatch{QStringLiteral("B2"), std::nullopt},
                                         appB.version, SqlStore::ActAs{QStringLiteral("dave")}));
    Q_UNUSED(renamed);
    SK_VERIFY_OK(
        await(store.deleteKey(appA.id, key.key.id, SqlStore::ActAs{QStringLiteral("erin")})));
    SK_VERIFY_OK(await(store.deleteApp(appC.id, SqlStore::ActAs{QStringLiteral("frank")})));
    SK_VERIFY_OK(await(store.createApp(NewApp{QStringLiteral("D"), scopes}, SqlStore::ActAs{})));

    SK_AWAIT_OK(audit, store.audit());
    QStringList actors;
    for (const AuditEntry& e : audit)
        actors.prepend(e.action + QLatin1Char(':') + e.actor);
    QCOMPARE(actors, (QStringList{
                         QStringLiteral("app.create:alice"),
                         QStringLiteral("app.create:owner"),
                         QStringLiteral("app.create:carol"),
                         QStringLiteral("key.create:bob"),
                         QStringLiteral("app.update:dave"),
                         QStringLiteral("key.delete:erin"),
                         QStringLiteral("app.delete:frank"),
                         QStringLiteral("app.create:owner"),
                     }));
}

void TestSqlStoreAdmins::auditDataIsDerivedFromOldDetails()
{
    // Every kind of entry, as this version writes it, with its data.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QList<AuditEntry> written;
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        const QStringList scopes = {QStringLiteral("model:deploy"), QStringLiteral("model:export")};
        // An old name that holds "; " and quotes of its own.
        SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Old; “odd” name"), scopes}));
        SK_AWAIT_OK(renamed,
                    store.updateApp(app.id,
                                    AppPatch{QStringLiteral("Ledger"),
                                             QStringList{QStringLiteral("model:deploy"),
                                                         QStringLiteral("guardrails:deploy")}},
                                    app.version));
        SK_AWAIT_OK(
            key, store.createKey(app.id, NewKey{QStringLiteral("one"), systemNow().addDays(30)}));
        SK_AWAIT_OK(
            gone, store.createKey(app.id, NewKey{QStringLiteral("two"), systemNow().addDays(30)}));
        SK_VERIFY_OK(await(store.deleteKey(app.id, gone.key.id)));
        SK_VERIFY_OK(await(store.createAdmin(QStringLiteral("carl"), KeyFormat::hash(adminToken()),
                                             QStringLiteral("auditor"), systemNow().addDays(7))));
        SK_VERIFY_OK(await(store.revokeAdmin(QStringLiteral("carl"))));
        // (SK_VERIFY_OK would evaluate its argument twice: two entries.)
        SK_AWAIT_OK(refused, store.recordRefusedToken(RefusedToken{
                                 QStringLiteral("malformed"), QStringLiteral("10.0.0.7"), {}, 11}));
        Q_UNUSED(refused);
        SK_VERIFY_OK(await(store.deleteApp(renamed.id)));
        SK_AWAIT_OK(log, store.audit());
        written = log;
        Q_UNUSED(key);
    }
    QCOMPARE(written.size(), 9);
    QStringList actions;
    for (const AuditEntry& e : std::as_const(written)) {
        actions.prepend(e.action);
        QVERIFY2(e.action == QLatin1String("key.delete") || !e.data.isEmpty(),
                 qPrintable(e.action));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("app.create"), QStringLiteral("app.update"),
                                   QStringLiteral("key.create"), QStringLiteral("key.create"),
                                   QStringLiteral("key.delete"), QStringLiteral("admin.create"),
                                   QStringLiteral("admin.revoke"), QStringLiteral("token.refused"),
                                   QStringLiteral("app.delete")}));
    const QJsonObject renamedData = written.at(7).data;
    QCOMPARE(renamedData.value(QStringLiteral("renamed")).toObject(),
             QJsonObject({{QStringLiteral("from"), QStringLiteral("Old; “odd” name")},
                          {QStringLiteral("to"), QStringLiteral("Ledger")}}));
    QVERIFY(written.at(6).data.value(QStringLiteral("expires_at")).toString().endsWith(u'Z'));

    // Schema 6: the same entries, chained, without data. The upgrade derives the data from
    // each detail, and the chain, which covers the details, still holds.
    const QString six = dir.filePath(QStringLiteral("six.sqlite"));
    QVERIFY(QFile::copy(path, six));
    QString error;
    QVERIFY2(rawExec(six,
                     {QStringLiteral("ALTER TABLE audit_log DROP COLUMN data"),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN stops_at"),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN scope_list"),
                      QStringLiteral("DROP INDEX apps_owner"),
                      QStringLiteral("ALTER TABLE apps DROP COLUMN owner"),
                      QStringLiteral("DELETE FROM meta WHERE key = 'scoping'"),
                      QStringLiteral("UPDATE meta SET value = '6' WHERE key = 'schema_version'")},
                     &error),
             qPrintable(error));
    {
        SqlStore store(optionsFor(six));
        SK_AWAIT_OK(opened, store.open());
        QCOMPARE(opened.schemaVersion, SqlBackend::SchemaVersion);
        SK_AWAIT_OK(log, store.audit());
        QCOMPARE(log.size(), written.size());
        for (qsizetype i = 0; i < log.size(); ++i) {
            QCOMPARE(log.at(i).detail, written.at(i).detail);
            QCOMPARE(log.at(i).data, written.at(i).data);
        }
        SK_AWAIT_OK(chain, store.checkAuditChain());
        QVERIFY(chain.whole());
        QCOMPARE(chain.chained, written.size());
    }

    // Schema 5: unchained entries, one key's expiry written with "+00:00" as some versions did,
    // and one detail in a form no version wrote.
    const QString five = dir.filePath(QStringLiteral("five.sqlite"));
    QVERIFY(QFile::copy(path, five));
    const qint64 keySeq = written.at(6).sequence;
    const QString legacy = written.at(6).detail.chopped(1) + QStringLiteral("+00:00");
    QVERIFY2(rawExec(five,
                     {QStringLiteral("ALTER TABLE audit_log DROP COLUMN data"),
                      QStringLiteral("ALTER TABLE audit_log DROP COLUMN chain"),
                      QStringLiteral("UPDATE audit_log SET detail = '%1' WHERE seq = %2")
                          .arg(legacy)
                          .arg(keySeq),
                      QStringLiteral("UPDATE audit_log SET detail = 'made by hand' WHERE seq = %1")
                          .arg(written.at(8).sequence),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN stops_at"),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN scope_list"),
                      QStringLiteral("DROP INDEX apps_owner"),
                      QStringLiteral("ALTER TABLE apps DROP COLUMN owner"),
                      QStringLiteral("DELETE FROM meta WHERE key = 'scoping'"),
                      QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'schema_version'")},
                     &error),
             qPrintable(error));
    {
        SqlStore store(optionsFor(five));
        SK_VERIFY_OK(await(store.open()));
        SK_AWAIT_OK(log, store.audit());
        QCOMPARE(log.size(), written.size() + 1);
        // The chain start, with its data.
        QCOMPARE(log.at(0).action, QStringLiteral("audit.chain"));
        QCOMPARE(log.at(0).data, QJsonObject({{QStringLiteral("unchained"), 9}}));
        for (qsizetype i = 0; i < written.size(); ++i) {
            const AuditEntry& upgraded = log.at(i + 1);
            if (upgraded.sequence == keySeq) {
                QCOMPARE(upgraded.detail, legacy);
                QCOMPARE(upgraded.data, written.at(i).data); // in RFC 3339 with Z
            } else if (i == 8) {
                QCOMPARE(upgraded.detail, QStringLiteral("made by hand"));
                QVERIFY(upgraded.data.isEmpty()); // shown by its detail
            } else {
                QCOMPARE(upgraded.data, written.at(i).data);
            }
        }
        SK_AWAIT_OK(chain, store.checkAuditChain());
        QVERIFY(chain.whole());
        QCOMPARE(chain.unchained, 9);
        QCOMPARE(chain.chained, 1);
    }
}

void TestSqlStoreAdmins::schemaEightStoreKeepsItsKeysPerApp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("eight.sqlite"));
    const Result<Catalog> aimms = Catalog::builtIn(QStringLiteral("aimms-pro"));
    SK_VERIFY_OK(aimms);
    QString secret;
    QString keyId;
    {
        SqlStoreOptions options = optionsFor(path);
        options.catalog = aimms.value();
        options.scoping = Scoping::PerApp;
        SqlStore store(options);
        SK_VERIFY_OK(await(store.open()));
        SK_AWAIT_OK(
            app, store.createApp(NewApp{QStringLiteral("Publisher"),
                                        {QStringLiteral("publish-app"), QStringLiteral("tasks")}}));
        SK_AWAIT_OK(key,
                    store.createKey(app.id, NewKey{QStringLiteral("CI"),
                                                   QDateTime::currentDateTimeUtc().addDays(9)}));
        secret = key.secret;
        keyId = key.key.id;
    }
    // A store as schema 8 left it: no key scopes, no personal apps, no scoping mode; its
    // catalog is aimms-pro, whose default for a new store is per-key.
    QString error;
    QVERIFY2(rawExec(path,
                     {QStringLiteral("ALTER TABLE api_keys DROP COLUMN stops_at"),
                      QStringLiteral("ALTER TABLE api_keys DROP COLUMN scope_list"),
                      QStringLiteral("DROP INDEX apps_owner"),
                      QStringLiteral("ALTER TABLE apps DROP COLUMN owner"),
                      QStringLiteral("DELETE FROM meta WHERE key = 'scoping'"),
                      QStringLiteral("UPDATE meta SET value = '8' WHERE key = 'schema_version'")},
                     &error),
             qPrintable(error));
    SqlStore store(optionsFor(path));
    SK_AWAIT_OK(info, store.open());
    QCOMPARE(info.schemaVersion, SqlBackend::SchemaVersion);
    QCOMPARE(info.scoping, Scoping::PerApp); // as it worked before
    SK_AWAIT_OK(keys, store.listAllKeys());
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().id, keyId);
    QCOMPARE(keys.first().scopes, std::optional<QStringList>()); // inherits its app's
    SK_AWAIT_OK(v, store.verify(secret, QStringLiteral("tasks")));
    QCOMPARE(v.code, VerifyCode::Valid);
    QCOMPARE(v.scopes, (QStringList{QStringLiteral("publish-app"), QStringLiteral("tasks")}));
    // Apps still work, and personal keys now do too.
    SK_VERIFY_OK(await(store.createApp(NewApp{QStringLiteral("More"), {QStringLiteral("user")}})));
    SK_AWAIT_OK(mine, store.createMyKey(NewKey{QStringLiteral("Mine"),
                                               QDateTime::currentDateTimeUtc().addDays(9),
                                               QStringList{QStringLiteral("user")}}));
    QCOMPARE(mine.key.appName, QStringLiteral("owner"));
    SK_AWAIT_OK(apps, store.listApps());
    QCOMPARE(apps.size(), 2);
}

void TestSqlStoreAdmins::personalKeysBelongToTheirActor()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SqlStore store(optionsFor(dir.filePath(QStringLiteral("two.sqlite"))));
    SK_VERIFY_OK(await(store.open()));
    const SqlStore::ActAs alice{QStringLiteral("alice")};
    const SqlStore::ActAs bob{QStringLiteral("bob")};
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(9);
    SK_AWAIT_OK(a, store.createMyKey(NewKey{QStringLiteral("Same name"), later,
                                            QStringList{QStringLiteral("model:deploy")}},
                                     alice));
    // Each has a personal app of their own: the same key name is no clash.
    SK_AWAIT_OK(b, store.createMyKey(NewKey{QStringLiteral("Same name"), later,
                                            QStringList{QStringLiteral("model:export")}},
                                     bob));
    QVERIFY(a.key.appId != b.key.appId);
    QCOMPARE(a.key.appName, QStringLiteral("alice"));
    QCOMPARE(b.key.appName, QStringLiteral("bob"));
    SK_AWAIT_OK(alices, store.listMyKeys(alice));
    QCOMPARE(alices.size(), 1);
    QCOMPARE(alices.first().id, a.key.id);
    SK_AWAIT_OK(owners, store.listMyKeys());
    QVERIFY(owners.isEmpty());
    // Bob cannot delete Alice's key; it is as absent to him as one that never was.
    SK_AWAIT_OK(auditBefore, store.audit());
    SK_VERIFY_FAILS(await(store.deleteMyKey(a.key.id, bob)), ErrorCode::NotFound);
    SK_AWAIT_OK(auditAfter, store.audit());
    QCOMPARE(auditAfter.size(), auditBefore.size());
    SK_AWAIT_OK(v, store.verify(a.secret, QStringLiteral("model:deploy")));
    QCOMPARE(v.code, VerifyCode::Valid);
    SK_VERIFY_OK(await(store.deleteMyKey(a.key.id, alice)));
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().id, b.key.id);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestSqlStoreAdmins test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sqlstore_admins.moc"
