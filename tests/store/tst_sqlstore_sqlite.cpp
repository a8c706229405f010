// SqlStore on SQLite: what is particular to a local store file (not part of the contract).
#include "Identity.h"
#include "KeyFormat.h"
#include "Rules.h"
#include "SqlBackend.h"
#include "SqlStore.h"
#include "StoreTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace sk;
using sk::test::await;
using sk::test::describe;

namespace {

/// A connection of the test's own to a database file, beside (never through) the store.
class RawDb
{
public:
    explicit RawDb(const QString& path, bool readOnly = false)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    /// Runs `sql`; the rows it returns go to `rows`.
    bool exec(const QString& sql, const QVariantList& values = {},
              QList<QVariantList>* rows = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        while (rows && q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            *rows << row;
        }
        return true;
    }

    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        QList<QVariantList> rows;
        if (!exec(sql, values, &rows) || rows.isEmpty() || rows.first().isEmpty())
            return {};
        return rows.first().first();
    }

    /// A COUNT(*) query's answer; -1 when the query failed.
    qint64 count(const QString& sql, const QVariantList& values = {})
    {
        const QVariant v = scalar(sql, values);
        return v.isValid() ? v.toLongLong() : -1;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(sk::test::readAll(path), QCryptographicHash::Sha256).toHex();
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

SqlStoreOptions optionsFor(const QString& path)
{
    SqlStoreOptions options;
    options.driver = SqlStoreOptions::Driver::Sqlite;
    options.sqlitePath = path;
    options.actor = QStringLiteral("sqlite-tester");
    return options;
}

/// The store's files as they are: bytes, modification time, and the folder's listing.
struct FileState
{
    QByteArray hash;
    QDateTime modified;
    QStringList folder;
};

FileState stateOf(const QString& path)
{
    return {sha256(path), QFileInfo(path).lastModified().toUTC(),
            filesIn(QFileInfo(path).absolutePath())};
}

/// Sets the file's modification time into the past, so that any write would show.
bool backdate(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return file.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), QTimeZone::utc()),
                            QFileDevice::FileModificationTime);
}

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

} // namespace

#define SK_VERIFY_FILE_UNCHANGED(path, before)                                                     \
    do {                                                                                           \
        const FileState skAfter = stateOf(path);                                                   \
        QCOMPARE(skAfter.hash, (before).hash);                                                     \
        QCOMPARE(skAfter.modified, (before).modified);                                             \
        QCOMPARE(skAfter.folder, (before).folder);                                                 \
    } while (false)

class TestSqlStoreSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionStringsAreShownWithoutPassword_data();
    void connectionStringsAreShownWithoutPassword();
    void operationsBeforeOpenAreUnavailable();
    void reopenKeepsEverything();
    void appsAreListedInIndexOrderWithoutASort();
    void notSqliteFileIsNotAStoreAndUntouched();
    void otherSqliteDatabaseIsNotAStore();
    void foreignMetaTableIsNotAStore();
    void newerStoreIsRefusedUntouched();
    void parentIsAFileIsReadOnly();
    void readOnlyFileIsReadOnly();
    void missingStoreWithoutCreateIsNotFound();
    void demoStoreHasTheBankUseCase();
    void deleteAppRemovesItsKeyRows();
    void walAndForeignKeysAreOn();
    void verifyBatchAnswersAsVerifyDoes();
    void narrowedKeysAreVerifiedAlikeOnEveryPath();
    void verifyHereAnswersAsVerifyDoes();
    void verifyHereSeesChangesOnTheNextCall();
    void verifyHereSeesAnotherProcessesChanges();
    void verifyHereRecordsLastUse();
    void aimmsDemoHasPersonalKeys();
    void appsPagesAreMadeAheadButNeverStale();
};

void TestSqlStoreSqlite::operationsBeforeOpenAreUnavailable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        SqlStore store(optionsFor(path));
        const Result<QList<App>> apps = await(store.listApps());
        SK_VERIFY_FAILS(apps, ErrorCode::Unavailable);
        const Result<App> created = await(
            store.createApp(NewApp{QStringLiteral("Early"), {QStringLiteral("model:deploy")}}));
        SK_VERIFY_FAILS(created, ErrorCode::Unavailable);
        const Result<VerifyResult> verified =
            await(store.verify(KeyFormat::generate(), QStringLiteral("model:deploy")));
        SK_VERIFY_FAILS(verified, ErrorCode::Unavailable);
        const Result<Catalog> catalog = await(store.catalog());
        SK_VERIFY_FAILS(catalog, ErrorCode::Unavailable);
    }
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void TestSqlStoreSqlite::appsAreListedInIndexOrderWithoutASort()
{
    // A page of apps walks the name index from the cursor on. The personal apps' unique index
    // (schema 9) once took over "owner IS NULL", so every page sorted all 10,000 apps again:
    // listing them over a server took 44 ms instead of 35 (docs/benchmarks.md).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_VERIFY_OK(await(
            store.createApp(NewApp{QStringLiteral("Ledger"), {QStringLiteral("model:deploy")}})));
        SK_VERIFY_OK(await(store.createMyKey(NewKey{QStringLiteral("mine"),
                                                    QDateTime::currentDateTimeUtc().addDays(9),
                                                    QStringList{QStringLiteral("model:deploy")}})));
    }
    RawDb raw(path, true);
    QVERIFY2(raw.ok(), qPrintable(raw.error()));
    QList<QVariantList> plan;
    QVERIFY2(raw.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT a.id FROM apps a "
                                     "WHERE a.owner IS NULL AND (a.name_fold > ? OR "
                                     "(a.name_fold = ? AND a.id > ?)) "
                                     "ORDER BY a.name_fold, a.id LIMIT 1001"),
                      {QStringLiteral("l"), QStringLiteral("l"), QString()}, &plan),
             qPrintable(raw.error()));
    QStringList steps;
    for (const QVariantList& row : plan)
        steps << row.constLast().toString();
    QVERIFY2(!steps.join(QLatin1Char('|')).contains(QLatin1String("TEMP B-TREE")),
             qPrintable(steps.join(QLatin1String(" | "))));
    QVERIFY2(!steps.join(QLatin1Char('|')).contains(QLatin1String("apps_owner")),
             qPrintable(steps.join(QLatin1String(" | "))));
}

void TestSqlStoreSqlite::reopenKeepsEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const Result<Catalog> aimms = Catalog::builtIn(QStringLiteral("aimms-pro"));
    SK_VERIFY_OK(aimms);

    QList<App> apps;
    QList<ApiKey> keys;
    QList<AuditEntry> audit;
    QString secret;
    {
        SqlStoreOptions options = optionsFor(path);
        options.catalog = aimms.value();
        options.scoping = Scoping::PerApp; // aimms-pro's default is per-key
        SqlStore store(options);
        SK_AWAIT_OK(info, store.open());
        QVERIFY(info.created);
        QCOMPARE(info.scoping, Scoping::PerApp);
        QVERIFY(!info.demo);
        QCOMPARE(info.catalogId, QStringLiteral("aimms-pro"));
        SK_AWAIT_OK(
            app, store.createApp(NewApp{QStringLiteral("Publisher"),
                                        {QStringLiteral("publish-app"), QStringLiteral("tasks")}}));
        SK_AWAIT_OK(key,
                    store.createKey(app.id, NewKey{QStringLiteral("CI"), systemNow().addDays(30)}));
        secret = key.secret;
        SK_AWAIT_OK(v, store.verify(secret, QStringLiteral("tasks")));
        QCOMPARE(v.code, VerifyCode::Valid);
        SK_AWAIT_OK(listed, store.listApps());
        SK_AWAIT_OK(listedKeys, store.listAllKeys());
        SK_AWAIT_OK(log, store.audit());
        apps = listed;
        keys = listedKeys;
        audit = log;
        QVERIFY(keys.first().lastUsedAt.isValid()); // pending; written when the store closes
    }

    // Opened again, with other options: the store keeps its own catalog.
    SqlStoreOptions options = optionsFor(path);
    options.createIfMissing = false;
    options.catalog = Catalog::builtIn(Catalog::defaultId()).value();
    options.demo = true;
    options.scoping = Scoping::PerKey;
    SqlStore store(options);
    SK_AWAIT_OK(info, store.open());
    QVERIFY(!info.created);
    QVERIFY(!info.demo);
    QCOMPARE(info.scoping, Scoping::PerApp); // and its scoping mode
    QCOMPARE(info.catalogId, QStringLiteral("aimms-pro"));
    SK_AWAIT_OK(catalog, store.catalog());
    QCOMPARE(catalog.toJson(), aimms->toJson());

    SK_AWAIT_OK(apps2, store.listApps());
    QCOMPARE(apps2.size(), apps.size());
    QCOMPARE(apps2.first().id, apps.first().id);
    QCOMPARE(apps2.first().name, apps.first().name);
    QCOMPARE(apps2.first().scopes, apps.first().scopes);
    QCOMPARE(apps2.first().createdAt, apps.first().createdAt);
    QCOMPARE(apps2.first().version, apps.first().version);
    QCOMPARE(apps2.first().keyCount, 1);
    SK_AWAIT_OK(keys2, store.listAllKeys());
    QCOMPARE(keys2.size(), 1);
    QCOMPARE(keys2.first().id, keys.first().id);
    QCOMPARE(keys2.first().prefix, keys.first().prefix);
    QCOMPARE(keys2.first().expiresAt, keys.first().expiresAt);
    QCOMPARE(keys2.first().lastUsedAt, keys.first().lastUsedAt); // written on close
    SK_AWAIT_OK(audit2, store.audit());
    QCOMPARE(audit2.size(), audit.size());
    for (qsizetype i = 0; i < audit.size(); ++i) {
        QCOMPARE(audit2.at(i).sequence, audit.at(i).sequence);
        QCOMPARE(audit2.at(i).action, audit.at(i).action);
        QCOMPARE(audit2.at(i).at, audit.at(i).at);
    }

    SK_AWAIT_OK(v, store.verify(secret, QStringLiteral("tasks")));
    QCOMPARE(v.code, VerifyCode::Valid);
    SK_AWAIT_OK(forbidden, store.verify(secret, QStringLiteral("workflow:deploy")));
    QCOMPARE(forbidden.code, VerifyCode::ForbiddenScope);
}

void TestSqlStoreSqlite::notSqliteFileIsNotAStoreAndUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
    }
    QVERIFY(backdate(path));
    const FileState before = stateOf(path);

    {
        SqlStore store(optionsFor(path));
        const Result<StoreInfo> r = await(store.open());
        SK_VERIFY_FAILS(r, ErrorCode::NotAStore);
        QVERIFY(!r.error().message().isEmpty());
        const Result<App> created =
            await(store.createApp(NewApp{QStringLiteral("X"), {QStringLiteral("model:deploy")}}));
        SK_VERIFY_FAILS(created, ErrorCode::Unavailable);
    }
    SK_VERIFY_FILE_UNCHANGED(path, before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("notes.sqlite")});
    QCOMPARE(sk::test::readAll(path), QByteArray("hello"));
}

void TestSqlStoreSqlite::otherSqliteDatabaseIsNotAStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawDb raw(path);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")),
                 qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")),
                 qPrintable(raw.error()));
    }
    QVERIFY(backdate(path));
    const FileState before = stateOf(path);
    QCOMPARE(before.folder, QStringList{QStringLiteral("other.db")});

    {
        SqlStore store(optionsFor(path));
        const Result<StoreInfo> r = await(store.open());
        SK_VERIFY_FAILS(r, ErrorCode::NotAStore);
    }
    SK_VERIFY_FILE_UNCHANGED(path, before);
}

void TestSqlStoreSqlite::foreignMetaTableIsNotAStore()
{
    // "meta" is a common table name: another program's database may well have one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawDb raw(path);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("CREATE TABLE meta (id INTEGER PRIMARY KEY, data BLOB)")),
                 qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO meta (data) VALUES (x'00ff')")),
                 qPrintable(raw.error()));
    }
    QVERIFY(backdate(path));
    const FileState before = stateOf(path);
    {
        SqlStore store(optionsFor(path));
        const Result<StoreInfo> r = await(store.open());
        QVERIFY2(!r.ok(), "a foreign database was opened as a store");
        QVERIFY2(r.error().code() == ErrorCode::NotAStore, qPrintable(describe(r.error())));
    }
    SK_VERIFY_FILE_UNCHANGED(path, before);
}

void TestSqlStoreSqlite::newerStoreIsRefusedUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_VERIFY_OK(await(
            store.createApp(NewApp{QStringLiteral("Ledger"), {QStringLiteral("model:deploy")}})));
    }
    {
        RawDb raw(path);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = "
                                         "'schema_version'")),
                 qPrintable(raw.error()));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = "
                                           "'schema_version'"))
                     .toString(),
                 QStringLiteral("999"));
    }
    QVERIFY(backdate(path));
    const FileState before = stateOf(path);
    QCOMPARE(before.folder, QStringList{QStringLiteral("store.sqlite")});

    {
        SqlStore store(optionsFor(path));
        const Result<StoreInfo> r = await(store.open());
        SK_VERIFY_FAILS(r, ErrorCode::NewerStore);
        QVERIFY2(r.error().message().contains(QStringLiteral("999")),
                 qPrintable(r.error().message()));
        const Result<QList<App>> apps = await(store.listApps());
        SK_VERIFY_FAILS(apps, ErrorCode::Unavailable);
    }
    SK_VERIFY_FILE_UNCHANGED(path, before);
}

void TestSqlStoreSqlite::parentIsAFileIsReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a regular file");
    }
    const QString path = blocker + QStringLiteral("/store.sqlite");
    SqlStore store(optionsFor(path));
    const Result<StoreInfo> r = await(store.open());
    SK_VERIFY_FAILS(r, ErrorCode::ReadOnly);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QVERIFY2(r.error().message().contains(shown), qPrintable(r.error().message()));
    QVERIFY(QFileInfo(blocker).isFile());
    QCOMPARE(sk::test::readAll(blocker), QByteArray("a regular file"));
}

void TestSqlStoreSqlite::readOnlyFileIsReadOnly()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("root can write a read-only file");
#endif
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_VERIFY_OK(await(
            store.createApp(NewApp{QStringLiteral("Ledger"), {QStringLiteral("model:deploy")}})));
    }
    const QFile::Permissions writable = QFile::permissions(path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const FileState before = stateOf(path);
    {
        SqlStore store(optionsFor(path));
        const Result<StoreInfo> r = await(store.open());
        SK_VERIFY_FAILS(r, ErrorCode::ReadOnly);
        QVERIFY2(r.error().message().contains(
                     QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                 qPrintable(r.error().message()));
    }
    SK_VERIFY_FILE_UNCHANGED(path, before);
    QVERIFY(QFile::setPermissions(path, writable));
}

void TestSqlStoreSqlite::missingStoreWithoutCreateIsNotFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/missing.sqlite"));
    SqlStoreOptions options = optionsFor(path);
    options.createIfMissing = false;
    {
        SqlStore store(options);
        const Result<StoreInfo> r = await(store.open());
        SK_VERIFY_FAILS(r, ErrorCode::NotFound);
        QVERIFY2(r.error().message().contains(
                     QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                 qPrintable(r.error().message()));
    }
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestSqlStoreSqlite::demoStoreHasTheBankUseCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        SqlStoreOptions options = optionsFor(path);
        options.demo = true;
        options.actor.clear(); // the local user, as in the console
        SqlStore store(options);
        SK_AWAIT_OK(info, store.open());
        QVERIFY(info.demo);
        SK_VERIFY_OK(await(store.seedDemo()));
    }
    SqlStoreOptions options = optionsFor(path);
    options.createIfMissing = false;
    options.actor.clear();
    SqlStore store(options);
    SK_AWAIT_OK(info, store.open());
    QVERIFY(info.demo);
    QVERIFY(!info.created);

    const QDateTime now = systemNow();
    const QString localUser = osUserName();
    SK_AWAIT_OK(apps, store.listApps());
    QStringList names;
    for (const App& a : apps)
        names << a.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Customer Support"), QStringLiteral("Marketing"),
                                 QStringLiteral("Risk & Compliance")}));

    SK_AWAIT_OK(keys, store.listAllKeys());
    int expired = 0;
    int expiringSoon = 0;
    for (const App& a : apps) {
        QVERIFY2(!a.createdBy.isEmpty() && a.createdBy != localUser, qPrintable(a.createdBy));
        QVERIFY2(a.keyCount >= 1, qPrintable(a.name));
        if (a.name == QStringLiteral("Risk & Compliance")) {
            bool workflows = false;
            bool models = false;
            for (const QString& s : a.scopes) {
                workflows = workflows || s.startsWith(QStringLiteral("workflow:"));
                models = models || s.startsWith(QStringLiteral("model:"));
                QVERIFY2(s.startsWith(QStringLiteral("workflow:")) ||
                             s.startsWith(QStringLiteral("model:")),
                         qPrintable(s));
            }
            QVERIFY(workflows && models);
        } else if (a.name == QStringLiteral("Customer Support")) {
            QCOMPARE(a.scopes, (QStringList{QStringLiteral("guardrails:deploy"),
                                            QStringLiteral("guardrails:undeploy")}));
        }
    }
    for (const ApiKey& k : keys) {
        QVERIFY2(!k.createdBy.isEmpty() && k.createdBy != localUser, qPrintable(k.createdBy));
        QVERIFY2(k.expiresAt <= k.createdAt.addYears(1), qPrintable(k.name));
        QVERIFY2(k.createdAt <= now, qPrintable(k.name));
        if (k.expiresAt < now)
            ++expired;
        else if (k.expiresAt <= now.addMSecs(14 * DayMs))
            ++expiringSoon;
        // A key cannot be older than its app.
        for (const App& a : apps) {
            if (a.id == k.appId) {
                QVERIFY2(k.createdAt >= a.createdAt,
                         qPrintable(QStringLiteral("key “%1” (created %2) is older than its app "
                                                   "“%3” (created %4)")
                                        .arg(k.name, sk::test::iso(k.createdAt), a.name,
                                             sk::test::iso(a.createdAt))));
            }
        }
    }
    QVERIFY2(expired >= 1, "the demo needs an expired key");
    QVERIFY2(expiringSoon >= 1, "the demo needs a key that expires within 14 days");

    // Its history reads newest first, like any store's.
    SK_AWAIT_OK(audit, store.audit());
    QVERIFY(audit.size() >= apps.size() + keys.size());
    for (qsizetype i = 1; i < audit.size(); ++i) {
        QVERIFY2(
            audit.at(i).at <= audit.at(i - 1).at,
            qPrintable(QStringLiteral("audit entry %1 (%2) is newer than the one before it "
                                      "(%3)")
                           .arg(i)
                           .arg(sk::test::iso(audit.at(i).at), sk::test::iso(audit.at(i - 1).at))));
        QVERIFY(audit.at(i).actor != localUser);
    }

    // A new change in the demo store is made by the local user again.
    SK_AWAIT_OK(mine, store.createApp(
                          NewApp{QStringLiteral("Training"), {QStringLiteral("model:deploy")}}));
    QCOMPARE(mine.createdBy, localUser);
    SK_AWAIT_OK(nowAgain, store.listApps());
    QCOMPARE(nowAgain.size(), 4);
}

void TestSqlStoreSqlite::deleteAppRemovesItsKeyRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString doomedId;
    QString keptId;
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_AWAIT_OK(doomed, store.createApp(NewApp{QStringLiteral("Doomed"),
                                                   {QStringLiteral("model:deploy")}}));
        SK_AWAIT_OK(kept, store.createApp(
                              NewApp{QStringLiteral("Kept"), {QStringLiteral("model:deploy")}}));
        doomedId = doomed.id;
        keptId = kept.id;
        for (const QString& name : {QStringLiteral("One"), QStringLiteral("Two")}) {
            SK_VERIFY_OK(await(store.createKey(doomedId, NewKey{name, systemNow().addDays(3)})));
            SK_VERIFY_OK(await(store.createKey(keptId, NewKey{name, systemNow().addDays(3)})));
        }
        SK_VERIFY_OK(await(store.deleteApp(doomedId)));
    }
    RawDb raw(path, true);
    QVERIFY2(raw.ok(), qPrintable(raw.error()));
    const QString keyCount = QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE app_id = ?");
    QCOMPARE(raw.count(keyCount, {doomedId}), qint64(0));
    QCOMPARE(raw.count(keyCount, {keptId}), qint64(2));
    QCOMPARE(
        raw.count(QStringLiteral("SELECT COUNT(*) FROM app_scopes WHERE app_id = ?"), {doomedId}),
        qint64(0));
    QCOMPARE(raw.count(QStringLiteral("SELECT COUNT(*) FROM apps WHERE id = ?"), {doomedId}),
             qint64(0));
    QCOMPARE(raw.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE app_id = ? AND "
                                      "action = 'app.delete'"),
                       {doomedId}),
             qint64(1));
}

void TestSqlStoreSqlite::walAndForeignKeysAreOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString appId;
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_AWAIT_OK(app, store.createApp(
                             NewApp{QStringLiteral("Probe"), {QStringLiteral("model:deploy")}}));
        appId = app.id;
        RawDb raw(path);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }
    {
        // The schema declares the references, and they hold.
        RawDb raw(path);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QList<QVariantList> references;
        QVERIFY2(
            raw.exec(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('api_keys')"),
                     {}, &references),
            qPrintable(raw.error()));
        QCOMPARE(references.size(), 1);
        QCOMPARE(references.first().first().toString(), QStringLiteral("apps"));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY2(!raw.exec(QStringLiteral("INSERT INTO api_keys (id, app_id, name, name_fold, "
                                          "prefix, secret_hash, created_by, created_at, "
                                          "expires_at) VALUES ('key_x', 'app_missing', 'x', 'x', "
                                          "'spk_xxxx', 'h', 'me', 0, 1)")),
                 "an orphan key was accepted");
        QList<QVariantList> violations;
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_key_check"), {}, &violations));
        QCOMPARE(violations.size(), 0);
        // A probe that only a connection with foreign keys on cleans up: the store's own.
        QVERIFY2(raw.exec(QStringLiteral("CREATE TABLE fk_probe (app_id TEXT REFERENCES apps(id) "
                                         "ON DELETE CASCADE)")),
                 qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO fk_probe (app_id) VALUES (?)"), {appId}),
                 qPrintable(raw.error()));
    }
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_VERIFY_OK(await(store.deleteApp(appId)));
    }
    RawDb raw(path);
    QVERIFY2(raw.ok(), qPrintable(raw.error()));
    QCOMPARE(raw.count(QStringLiteral("SELECT COUNT(*) FROM fk_probe")), qint64(0));
}

// ---- verifyHere (scopekeeper-server on SQLite) ----------------------------------------------

namespace {

/// verifyHere()'s answer as a word: "VALID" or the code, or the error.
QString verdictHere(SqlStore& store, const QString& secret, const QString& scope)
{
    const std::optional<Result<VerifyResult>> r = store.verifyHere(secret, scope);
    if (!r)
        return QStringLiteral("(not answered here)");
    if (!r->ok())
        return describe(r->error());
    return r->value().valid ? QStringLiteral("VALID") : verifyCodeName(r->value().code);
}

QString verdictThere(SqlStore& store, const QString& secret, const QString& scope)
{
    const Result<VerifyResult> r = await(store.verify(secret, scope));
    if (!r.ok())
        return describe(r.error());
    return r.value().valid ? QStringLiteral("VALID") : verifyCodeName(r.value().code);
}

} // namespace

void TestSqlStoreSqlite::verifyBatchAnswersAsVerifyDoes()
{
    // The server's batches (one job, on SQLite one read transaction): every answer in order,
    // as verify() gives it, and the valid ones recorded as used.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SqlStore store(optionsFor(dir.filePath(QStringLiteral("store.sqlite"))));
    SK_VERIFY_OK(await(store.open()));
    SK_AWAIT_OK(app, store.createApp(
                         NewApp{QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")}}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("ci"), systemNow().addDays(9)}));
    const QList<std::pair<QString, QString>> batch = {
        {key.secret, QStringLiteral("workflow:deploy")},
        {key.secret, QStringLiteral("model:deploy")},
        {KeyFormat::generate(), QStringLiteral("workflow:deploy")},
        {QStringLiteral("not a key"), QStringLiteral("workflow:deploy")},
    };
    for (const qsizetype size : {qsizetype(1), batch.size()}) {
        const QList<std::pair<QString, QString>> part = batch.first(size);
        SK_AWAIT_OK(answers, store.verifyBatch(part));
        QCOMPARE(answers.size(), part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            SK_VERIFY_OK(answers.at(i));
            const VerifyResult& got = answers.at(i).value();
            const Result<VerifyResult> expected =
                await(store.verify(part.at(i).first, part.at(i).second));
            SK_VERIFY_OK(expected);
            QCOMPARE(got.code, expected.value().code);
            QCOMPARE(got.valid, expected.value().valid);
            QCOMPARE(got.keyId, expected.value().keyId);
            QCOMPARE(got.scopes, expected.value().scopes);
        }
    }
    SK_AWAIT_OK(keys, store.listKeys(app.id));
    QVERIFY(keys.first().lastUsedAt.isValid());
    // A batch after a change sees it.
    SK_VERIFY_OK(await(store.deleteKey(app.id, key.key.id)));
    SK_AWAIT_OK(after, store.verifyBatch(batch.first(2)));
    QCOMPARE(after.at(0).value().code, VerifyCode::NotFound);
    QCOMPARE(after.at(1).value().code, VerifyCode::NotFound);
}

void TestSqlStoreSqlite::narrowedKeysAreVerifiedAlikeOnEveryPath()
{
    // A narrowed key through verify(), verifyBatch() and verifyHere() (the cache, dropped on
    // every commit): its scopes that the app still has, and no others.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SqlStore store(optionsFor(dir.filePath(QStringLiteral("store.sqlite"))));
    SK_VERIFY_OK(await(store.open()));
    const QString deploy = QStringLiteral("workflow:deploy");
    const QString model = QStringLiteral("model:deploy");
    const QString guard = QStringLiteral("guardrails:deploy");
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), {deploy, model}}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("ci"), systemNow().addDays(9),
                                                    QStringList{deploy, model}}));
    const auto verdicts = [&](const QString& scope) {
        const Result<QList<Result<VerifyResult>>> batch =
            await(store.verifyBatch({{key.secret, scope}}));
        const QString batched = !batch.ok() ? describe(batch.error())
                                : batch.value().first().value().valid
                                    ? QStringLiteral("VALID")
                                    : verifyCodeName(batch.value().first().value().code);
        return QStringList{verdictHere(store, key.secret, scope),
                           verdictThere(store, key.secret, scope), batched};
    };
    const QStringList valid(3, QStringLiteral("VALID"));
    const QStringList forbidden(3, verifyCodeName(VerifyCode::ForbiddenScope));
    QCOMPARE(verdicts(deploy), valid);
    QCOMPARE(verdicts(guard), forbidden);
    SK_AWAIT_OK(less, store.setAppScopes(app.id, QStringList{model}, app.version));
    QCOMPARE(verdicts(deploy), forbidden);
    QCOMPARE(verdicts(model), valid);
    SK_VERIFY_OK(await(store.setAppScopes(app.id, QStringList{model, guard}, less.version)));
    QCOMPARE(verdicts(guard), forbidden);
    QCOMPARE(verdicts(model), valid);
    const std::optional<Result<VerifyResult>> here = store.verifyHere(key.secret, model);
    QVERIFY(here && here->ok());
    QCOMPARE(here->value().scopes, QStringList{model});
}

void TestSqlStoreSqlite::verifyHereAnswersAsVerifyDoes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ShiftableClock clock;
    SqlStoreOptions options = optionsFor(dir.filePath(QStringLiteral("store.sqlite")));
    options.clock = clock.clock();
    SqlStore store(options);
    SK_VERIFY_OK(await(store.open()));
    SK_AWAIT_OK(app, store.createApp(NewApp{
                         QStringLiteral("Payments"),
                         {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy")}}));
    SK_AWAIT_OK(soon, store.createKey(
                          app.id, NewKey{QStringLiteral("soon"), clock.clock()().addSecs(3600)}));
    SK_AWAIT_OK(later, store.createKey(
                           app.id, NewKey{QStringLiteral("later"), clock.clock()().addDays(30)}));
    const QString unknown = KeyFormat::generate();
    QString mistyped = later.secret;
    mistyped[10] = mistyped[10] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    const QList<std::pair<QString, QString>> cases = {
        {later.secret, QStringLiteral("workflow:deploy")},
        {later.secret, QStringLiteral("guardrails:deploy")},
        {later.secret, QStringLiteral("no-such-scope")},
        {soon.secret, QStringLiteral("model:deploy")},
        {unknown, QStringLiteral("model:deploy")},
        {mistyped, QStringLiteral("model:deploy")},
        {QStringLiteral("spk_short"), QStringLiteral("model:deploy")},
    };
    for (int round = 0; round < 2; ++round) { // the second round comes from memory
        for (const auto& [secret, scope] : cases)
            QCOMPARE(verdictHere(store, secret, scope), verdictThere(store, secret, scope));
    }
    // The details of a valid answer are the same too.
    const Result<VerifyResult> there =
        await(store.verify(later.secret, QStringLiteral("model:deploy")));
    const std::optional<Result<VerifyResult>> here =
        store.verifyHere(later.secret, QStringLiteral("model:deploy"));
    QVERIFY(here && here->ok() && there.ok());
    QCOMPARE(here->value().keyId, there.value().keyId);
    QCOMPARE(here->value().keyName, there.value().keyName);
    QCOMPARE(here->value().appId, there.value().appId);
    QCOMPARE(here->value().appName, there.value().appName);
    QCOMPARE(here->value().scopes, there.value().scopes);
    // Expiry follows the store's clock, for remembered keys too.
    QCOMPARE(verdictHere(store, soon.secret, QStringLiteral("model:deploy")),
             QStringLiteral("VALID"));
    clock.advance(2 * 3600 * 1000);
    QCOMPARE(verdictHere(store, soon.secret, QStringLiteral("model:deploy")),
             QStringLiteral("EXPIRED"));
    QCOMPARE(verdictThere(store, soon.secret, QStringLiteral("model:deploy")),
             QStringLiteral("EXPIRED"));
}

void TestSqlStoreSqlite::verifyHereSeesChangesOnTheNextCall()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SqlStore store(optionsFor(dir.filePath(QStringLiteral("store.sqlite"))));
    SK_VERIFY_OK(await(store.open()));
    SK_AWAIT_OK(app, store.createApp(
                         NewApp{QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")}}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("ci"), systemNow().addDays(9)}));
    const QString deploy = QStringLiteral("workflow:deploy");
    const QString model = QStringLiteral("model:deploy");
    // Remembered, answered from memory…
    QCOMPARE(verdictHere(store, key.secret, deploy), QStringLiteral("VALID"));
    QCOMPARE(verdictHere(store, key.secret, model), QStringLiteral("FORBIDDEN_SCOPE"));
    // …until the app's scopes change: the very next call sees it.
    SK_AWAIT_OK(changed, store.setAppScopes(app.id, {model}, app.version));
    QCOMPARE(verdictHere(store, key.secret, deploy), QStringLiteral("FORBIDDEN_SCOPE"));
    QCOMPARE(verdictHere(store, key.secret, model), QStringLiteral("VALID"));
    // A key created after its secret was asked about is found at once.
    SK_AWAIT_OK(second,
                store.createKey(app.id, NewKey{QStringLiteral("second"), systemNow().addDays(9)}));
    QCOMPARE(verdictHere(store, second.secret, model), QStringLiteral("VALID"));
    // A deleted key stops working at once.
    SK_VERIFY_OK(await(store.deleteKey(app.id, key.key.id)));
    QCOMPARE(verdictHere(store, key.secret, model), QStringLiteral("NOT_FOUND"));
    QCOMPARE(verdictHere(store, second.secret, model), QStringLiteral("VALID"));
    // So does every key of a deleted app.
    SK_VERIFY_OK(await(store.deleteApp(app.id)));
    QCOMPARE(verdictHere(store, second.secret, model), QStringLiteral("NOT_FOUND"));
    Q_UNUSED(changed);
}

void TestSqlStoreSqlite::verifyHereSeesAnotherProcessesChanges()
{
    // Another program on the same file (another server, a console, a raw connection): its
    // commits are seen by the very next call, though this store made none of them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    SqlStore server(optionsFor(path));
    SK_VERIFY_OK(await(server.open()));
    SqlStoreOptions otherOptions = optionsFor(path);
    otherOptions.createIfMissing = false;
    SqlStore other(otherOptions);
    SK_VERIFY_OK(await(other.open()));
    SK_AWAIT_OK(app, other.createApp(
                         NewApp{QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")}}));
    SK_AWAIT_OK(key, other.createKey(app.id, NewKey{QStringLiteral("ci"), systemNow().addDays(9)}));
    const QString deploy = QStringLiteral("workflow:deploy");
    QCOMPARE(verdictHere(server, key.secret, deploy), QStringLiteral("VALID"));
    QCOMPARE(verdictHere(server, key.secret, deploy), QStringLiteral("VALID"));
    SK_AWAIT_OK(changed, other.setAppScopes(app.id, {QStringLiteral("model:deploy")}, app.version));
    QCOMPARE(verdictHere(server, key.secret, deploy), QStringLiteral("FORBIDDEN_SCOPE"));
    {
        RawDb raw(path);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QVERIFY2(raw.exec(QStringLiteral("DELETE FROM api_keys WHERE id = ?"), {key.key.id}),
                 qPrintable(raw.error()));
    }
    QCOMPARE(verdictHere(server, key.secret, QStringLiteral("model:deploy")),
             QStringLiteral("NOT_FOUND"));

    // Another process (the sqlite3 program): the log is checkpointed and emptied, then a
    // change is committed into the fresh log. Seen at once too.
    SK_AWAIT_OK(second,
                other.createKey(app.id, NewKey{QStringLiteral("ci 2"), systemNow().addDays(9)}));
    QCOMPARE(verdictHere(server, second.secret, QStringLiteral("model:deploy")),
             QStringLiteral("VALID"));
    QCOMPARE(verdictHere(server, second.secret, QStringLiteral("model:deploy")),
             QStringLiteral("VALID"));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path, QStringLiteral("PRAGMA busy_timeout = 5000; "
                                       "PRAGMA wal_checkpoint(TRUNCATE); "
                                       "UPDATE apps SET scope_list = 'workflow:deploy' "
                                       "WHERE id = '%1';")
                            .arg(app.id)});
    QVERIFY2(sqlite.waitForFinished(30000), "sqlite3 (the program) did not run");
    QVERIFY2(sqlite.exitStatus() == QProcess::NormalExit && sqlite.exitCode() == 0,
             sqlite.readAllStandardError().constData());
    QCOMPARE(verdictHere(server, second.secret, QStringLiteral("model:deploy")),
             QStringLiteral("FORBIDDEN_SCOPE"));
    QCOMPARE(verdictHere(server, second.secret, QStringLiteral("workflow:deploy")),
             QStringLiteral("VALID"));
    Q_UNUSED(changed);
}

void TestSqlStoreSqlite::verifyHereRecordsLastUse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString appId;
    QString usedId;
    {
        SqlStore store(optionsFor(path));
        SK_VERIFY_OK(await(store.open()));
        SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"),
                                                {QStringLiteral("workflow:deploy")}}));
        SK_AWAIT_OK(
            used, store.createKey(app.id, NewKey{QStringLiteral("used"), systemNow().addDays(9)}));
        SK_AWAIT_OK(unused, store.createKey(
                                app.id, NewKey{QStringLiteral("unused"), systemNow().addDays(9)}));
        appId = app.id;
        usedId = used.key.id;
        QCOMPARE(verdictHere(store, used.secret, QStringLiteral("workflow:deploy")),
                 QStringLiteral("VALID"));
        QCOMPARE(verdictHere(store, unused.secret, QStringLiteral("model:deploy")),
                 QStringLiteral("FORBIDDEN_SCOPE"));
        // Shown by the key listings at once, as verify()'s are…
        SK_AWAIT_OK(keys, store.listKeys(app.id));
        for (const ApiKey& k : keys)
            QCOMPARE(k.lastUsedAt.isValid(), k.id == used.key.id);
        // …and written by flushUsage().
        SK_VERIFY_OK(await(store.flushUsage()));
        RawDb raw(path, true);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QCOMPARE(raw.count(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE last_used_at IS "
                                          "NOT NULL")),
                 qint64(1));
        QCOMPARE(verdictHere(store, used.secret, QStringLiteral("workflow:deploy")),
                 QStringLiteral("VALID"));
    }
    // Gathered after the flush: written when the store is closed.
    SqlStore reopened(optionsFor(path));
    SK_VERIFY_OK(await(reopened.open()));
    SK_AWAIT_OK(keys, reopened.listKeys(appId));
    for (const ApiKey& k : keys)
        QCOMPARE(k.lastUsedAt.isValid(), k.id == usedId);
}

void TestSqlStoreSqlite::connectionStringsAreShownWithoutPassword_data()
{
    QTest::addColumn<QString>("connInfo");
    QTest::addColumn<QString>("shown");
    QTest::newRow("keywords") << QStringLiteral("host=db dbname=keys password=s3cret user=ops")
                              << QStringLiteral("host=db dbname=keys password=*** user=ops");
    QTest::newRow("spaces around =") << QStringLiteral("host = db password = s3cret")
                                     << QStringLiteral("host = db password = ***");
    QTest::newRow("quoted, with an escaped quote and a space")
        << QStringLiteral("password='s3 \\'cret' host=db")
        << QStringLiteral("password=*** host=db");
    QTest::newRow("capitals") << QStringLiteral("PASSWORD=s3cret")
                              << QStringLiteral("PASSWORD=***");
    QTest::newRow("no password") << QStringLiteral("host=db dbname=keys")
                                 << QStringLiteral("host=db dbname=keys");
    QTest::newRow("URI, in the user info") << QStringLiteral("postgresql://ops:s3cret@db:5432/keys")
                                           << QStringLiteral("postgresql://ops:***@db:5432/keys");
    QTest::newRow("URI, in the query")
        << QStringLiteral("postgres://db/keys?user=ops&password=s3cret")
        << QStringLiteral("postgres://db/keys?user=ops&password=***");
}

void TestSqlStoreSqlite::connectionStringsAreShownWithoutPassword()
{
    QFETCH(QString, connInfo);
    QFETCH(QString, shown);
    const QString redacted = SqlBackend::withoutPassword(connInfo);
    QCOMPARE(redacted, shown);
    QVERIFY(!redacted.contains(QLatin1String("s3")));
}

void TestSqlStoreSqlite::aimmsDemoHasPersonalKeys()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SqlStoreOptions options = optionsFor(dir.filePath(QStringLiteral("aimms-demo.sqlite")));
    options.demo = true;
    options.demoVariant = SqlStoreOptions::DemoVariant::Aimms;
    SqlStore store(options);
    SK_AWAIT_OK(info, store.open());
    QVERIFY(info.demo);
    QCOMPARE(info.catalogId, QStringLiteral("aimms-pro"));
    QCOMPARE(info.scoping, Scoping::PerKey);
    SK_VERIFY_OK(await(store.seedDemo()));

    SK_AWAIT_OK(apps, store.listApps());
    QVERIFY(apps.isEmpty());
    SK_AWAIT_OK(keys, store.listMyKeys());
    QVERIFY2(keys.size() >= 4, qPrintable(QString::number(keys.size())));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> scopeSets;
    int soon = 0;
    int expired = 0;
    int used = 0;
    for (const ApiKey& k : keys) {
        QVERIFY(k.scopes && !k.scopes->isEmpty()); // every key names its scopes
        QCOMPARE(k.createdBy, QStringLiteral("sqlite-tester"));
        QVERIFY(k.createdAt < now.addDays(-1)); // a history, not all made today
        QVERIFY(k.expiresAt <= k.createdAt.addYears(1));
        scopeSets.insert(k.scopes->join(QLatin1Char(',')));
        if (k.expiresAt < now)
            ++expired;
        else if (k.expiresAt < now.addDays(Rules::ExpiresSoonDays))
            ++soon;
        if (k.lastUsedAt.isValid())
            ++used;
    }
    QCOMPARE(scopeSets.size(), keys.size()); // each with scopes of its own
    QVERIFY(soon >= 1);
    QVERIFY(expired >= 1);
    QVERIFY(used >= 1);
    // One audit entry per key, in the order they were made.
    SK_AWAIT_OK(log, store.audit());
    QCOMPARE(log.size(), keys.size());
    for (qsizetype i = 1; i < log.size(); ++i)
        QVERIFY(log.at(i).at <= log.at(i - 1).at);
}

void TestSqlStoreSqlite::appsPagesAreMadeAheadButNeverStale()
{
    // scopekeeper-server: while a client reads one page of the apps, the next one is made;
    // it is answered as made only when nothing was committed since, by anyone.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    SqlStore store(optionsFor(path));
    SK_VERIFY_OK(await(store.open()));
    for (const char* name : {"A1", "A3", "A5", "A7", "A9"})
        SK_VERIFY_OK(await(
            store.createApp(NewApp{QString::fromLatin1(name), {QStringLiteral("model:deploy")}})));
    const auto names = [](const Page<App>& page) {
        QStringList out;
        for (const App& a : page.items)
            out << a.name;
        return out;
    };
    const auto answeredAhead = [&store] { return await(store.appsPagesAnsweredAhead()).value(); };

    // Nothing changes: every page after the first comes as made ahead.
    SK_AWAIT_OK(p1, store.appsPage(AppQuery(), PageQuery{{}, 2}));
    SK_AWAIT_OK(p2, store.appsPage(AppQuery(), PageQuery{p1.next, 2}));
    SK_AWAIT_OK(p3, store.appsPage(AppQuery(), PageQuery{p2.next, 2}));
    QCOMPARE(names(p1) + names(p2) + names(p3),
             QStringList({QStringLiteral("A1"), QStringLiteral("A3"), QStringLiteral("A5"),
                          QStringLiteral("A7"), QStringLiteral("A9")}));
    QVERIFY(p3.next.isEmpty());
    QCOMPARE(answeredAhead(), 2);

    // A change through this store between two pages: the next page shows it.
    SK_AWAIT_OK(q1, store.appsPage(AppQuery(), PageQuery{{}, 2}));
    SK_VERIFY_OK(
        await(store.createApp(NewApp{QStringLiteral("A4"), {QStringLiteral("model:deploy")}})));
    SK_AWAIT_OK(q2, store.appsPage(AppQuery(), PageQuery{q1.next, 2}));
    QCOMPARE(names(q2), QStringList({QStringLiteral("A4"), QStringLiteral("A5")}));
    QCOMPARE(answeredAhead(), 2);

    // Another connection, as another server on the same file would be.
    SK_AWAIT_OK(r1, store.appsPage(AppQuery(), PageQuery{{}, 2}));
    SK_AWAIT_OK(r2, store.appsPage(AppQuery(), PageQuery{r1.next, 2}));
    QCOMPARE(answeredAhead(), 3); // nothing had changed
    {
        SqlStore other(optionsFor(path));
        SK_VERIFY_OK(await(other.open()));
        SK_VERIFY_OK(
            await(other.createApp(NewApp{QStringLiteral("A6"), {QStringLiteral("model:deploy")}})));
    }
    SK_AWAIT_OK(r3, store.appsPage(AppQuery(), PageQuery{r2.next, 2}));
    QCOMPARE(names(r3), QStringList({QStringLiteral("A6"), QStringLiteral("A7")}));

    // Another process (the sqlite3 program), renaming an app of the page made ahead.
    SK_AWAIT_OK(s1, store.appsPage(AppQuery(), PageQuery{{}, 3}));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path, QStringLiteral("PRAGMA busy_timeout = 5000; "
                                       "UPDATE apps SET key_count = 42 WHERE name = 'A6';")});
    QVERIFY2(sqlite.waitForFinished(30000), "sqlite3 (the program) did not run");
    QVERIFY2(sqlite.exitStatus() == QProcess::NormalExit && sqlite.exitCode() == 0,
             sqlite.readAllStandardError().constData());
    SK_AWAIT_OK(s2, store.appsPage(AppQuery(), PageQuery{s1.next, 3}));
    QCOMPARE(names(s2),
             QStringList({QStringLiteral("A5"), QStringLiteral("A6"), QStringLiteral("A7")}));
    QCOMPARE(s2.items.at(1).keyCount, 42);

    // Another search or page size is not the page made ahead.
    SK_AWAIT_OK(t1, store.appsPage(AppQuery(), PageQuery{{}, 2}));
    SK_AWAIT_OK(t2, store.appsPage(AppQuery(), PageQuery{t1.next, 3}));
    QCOMPARE(names(t2),
             QStringList({QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("A6")}));
    AppQuery search;
    search.text = QStringLiteral("A7");
    SK_AWAIT_OK(u1, store.appsPage(search, PageQuery{{}, 1}));
    QCOMPARE(names(u1), QStringList({QStringLiteral("A7")}));
}

QTEST_GUILESS_MAIN(TestSqlStoreSqlite)
#include "tst_sqlstore_sqlite.moc"
