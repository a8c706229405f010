// The `scopekeeper` program as a person starts it: command line, first run, bad store files.
#include "SqlStore.h"
#include "Wait.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace sk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestConsoleCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionPrintsTheProjectVersion();
    void helpListsEveryOption();
    void versionAndHelpNeedNoDisplay();
    void caFileIsForAServer();
    void unknownOptionFailsWithAHint();
    void firstRunCreatesALocalStoreInAppData();
    void secondRunOpensTheLastUsedStore();
    void databaseCreatesAndOpensThatFile();
    void demoStartsAFreshBankStore();
    void demoRefusesToOverwriteAFile();
    void demoAimmsStartsAPerKeyStoreOfPersonalKeys();
    void scopingChoosesTheModeOfANewStoreOnly();
    void catalogChoosesTheCatalogOfANewStore();
    void badCatalogFileNamesTheBadEntry();
    void unknownCatalogListsTheBuiltInOnes();
    void fileThatIsNotAStoreIsRefusedAndUnchanged();
    void storeFromANewerVersionIsRefusedAndUnchanged();
    void unwritableLocationIsRefused();

private:
    Run run(const QStringList& arguments, const QProcessEnvironment& extra = {},
            const QStringList& unset = {});
    QString dataDir() const { return m_home->filePath(QStringLiteral("data/scopekeeper")); }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestConsoleCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Run TestConsoleCli::run(const QStringList& arguments, const QProcessEnvironment& extra,
                        const QStringList& unset)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->path());
    env.insert(QStringLiteral("USER"), QStringLiteral("cli-tester"));
    env.insert(extra);
    for (const QString& name : unset)
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SCOPEKEEPER_CONSOLE_PATH), arguments);
    Run r;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("did not start or finish in time");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestConsoleCli::versionPrintsTheProjectVersion()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("scopekeeper " SCOPEKEEPER_EXPECTED_VERSION));
}

void TestConsoleCli::versionAndHelpNeedNoDisplay()
{
#ifndef Q_OS_LINUX
    QSKIP("A display is a matter of X11 and Wayland");
#endif
    // As over ssh: no display to reach, and Qt's usual platform plugin, which would abort for
    // want of one if the console made a window.
    QProcessEnvironment noDisplay;
    noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const QStringList unset{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")};
    const Run version = run({QStringLiteral("--version")}, noDisplay, unset);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("scopekeeper " SCOPEKEEPER_EXPECTED_VERSION));
    const Run help = run({QStringLiteral("--help")}, noDisplay, unset);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--database")), qPrintable(help.out));
    // Without --help or --version it does need the display, and says so.
    const Run window = run({QStringLiteral("--demo")}, noDisplay, unset);
    QVERIFY(window.exitCode != 0);
}

void TestConsoleCli::helpListsEveryOption()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* option : {"--database", "--demo", "--server", "--ca-file", "--catalog",
                               "--scoping", "--version", "--help", "--exit-after-load"}) {
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }
}

void TestConsoleCli::caFileIsForAServer()
{
    const Run r = run({QStringLiteral("--ca-file"), QStringLiteral("ca.pem")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--server")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(dataDir() + QStringLiteral("/scopekeeper.sqlite")));
}

void TestConsoleCli::unknownOptionFailsWithAHint()
{
    const Run r = run({QStringLiteral("--databse"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("databse")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--help")));
}

void TestConsoleCli::firstRunCreatesALocalStoreInAppData()
{
    const Run r = run({QStringLiteral("--exit-after-load")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("loaded 0 apps"));
    const QString store = dataDir() + QStringLiteral("/scopekeeper.sqlite");
    QVERIFY2(QFileInfo::exists(store), qPrintable(store));

    // It is a real store, with the default catalog.
    SqlStoreOptions options;
    options.sqlitePath = store;
    options.createIfMissing = false;
    SqlStore opened(options);
    const Result<StoreInfo> info = waitFor(opened.open());
    QVERIFY2(info.ok(), qPrintable(info.error().toString()));
    QCOMPARE(info->catalogId, QStringLiteral("ai-for-process"));
    QVERIFY(!info->demo);
}

void TestConsoleCli::secondRunOpensTheLastUsedStore()
{
    const QString file = m_home->filePath(QStringLiteral("work/team.sqlite"));
    QCOMPARE(
        run({QStringLiteral("--database"), file, QStringLiteral("--exit-after-load")}).exitCode, 0);
    {
        SqlStoreOptions options;
        options.sqlitePath = file;
        SqlStore store(options);
        QVERIFY(waitFor(store.open()).ok());
        QVERIFY(waitFor(store.createApp(
                            NewApp{QStringLiteral("Payments"), {QStringLiteral("model:deploy")}}))
                    .ok());
    }
    const Run r = run({QStringLiteral("--exit-after-load")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("loaded 1 apps"));
    QVERIFY(!QFileInfo::exists(dataDir() + QStringLiteral("/scopekeeper.sqlite")));
}

void TestConsoleCli::databaseCreatesAndOpensThatFile()
{
#ifdef Q_OS_UNIX
    const mode_t previous = ::umask(022); // the usual one: others could read what is made
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
#endif
    const QString file = m_home->filePath(QStringLiteral("new/folder/store.sqlite"));
    const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--exit-after-load")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(file));
#ifdef Q_OS_UNIX
    // The store and the folders made for it are the owner's only (0600, 0700).
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& path : {m_home->filePath(QStringLiteral("new")),
                                m_home->filePath(QStringLiteral("new/folder")), file})
        QVERIFY2(!(QFileInfo(path).permissions() & others), qPrintable(path));
#endif
}

void TestConsoleCli::demoStartsAFreshBankStore()
{
    Run r = run({QStringLiteral("--demo"), QStringLiteral("--exit-after-load")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("loaded 3 apps"));

    // A change to the demo store is gone at the next --demo: it starts afresh.
    const QString demo = dataDir() + QStringLiteral("/demo/demo-store.sqlite");
    {
        SqlStoreOptions options;
        options.sqlitePath = demo;
        options.createIfMissing = false;
        SqlStore store(options);
        const Result<StoreInfo> info = waitFor(store.open());
        QVERIFY(info.ok());
        QVERIFY(info->demo);
        const QList<App> apps = waitFor(store.listApps()).value();
        QStringList names;
        for (const App& a : apps)
            names << a.name;
        QCOMPARE(names,
                 QStringList({QStringLiteral("Customer Support"), QStringLiteral("Marketing"),
                              QStringLiteral("Risk & Compliance")}));
        QVERIFY(waitFor(store.createApp(NewApp{QStringLiteral("Added in class"),
                                               {QStringLiteral("model:deploy")}}))
                    .ok());
    }
    r = run({QStringLiteral("--demo"), QStringLiteral("--exit-after-load")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("loaded 3 apps"));
}

void TestConsoleCli::demoAimmsStartsAPerKeyStoreOfPersonalKeys()
{
    const QString file = m_home->filePath(QStringLiteral("aimms.sqlite"));
    const Run r = run({QStringLiteral("--demo"), QStringLiteral("aimms"),
                       QStringLiteral("--database"), file, QStringLiteral("--exit-after-load")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("loaded 0 apps")); // no apps: personal keys only
    SqlStoreOptions options;
    options.sqlitePath = file;
    options.createIfMissing = false;
    options.actor = QStringLiteral("cli-tester"); // the console's local user (run())
    SqlStore store(options);
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY(info.ok());
    QVERIFY(info->demo);
    QCOMPARE(info->catalogId, QStringLiteral("aimms-pro"));
    QCOMPARE(info->scoping, Scoping::PerKey);
    // The local user's keys, of different scopes.
    const QList<ApiKey> keys = waitFor(store.listMyKeys()).value();
    QVERIFY(keys.size() >= 2);
    QSet<QStringList> scopes;
    for (const ApiKey& key : keys)
        scopes.insert(key.scopes.value());
    QVERIFY(scopes.size() >= 2);
}

void TestConsoleCli::scopingChoosesTheModeOfANewStoreOnly()
{
    const QString file = m_home->filePath(QStringLiteral("perkey.sqlite"));
    Run r = run({QStringLiteral("--database"), file, QStringLiteral("--scoping"),
                 QStringLiteral("per-key"), QStringLiteral("--exit-after-load")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto scopingOf = [&file] {
        SqlStoreOptions options;
        options.sqlitePath = file;
        options.createIfMissing = false;
        SqlStore store(options);
        const Result<StoreInfo> info = waitFor(store.open());
        return info.ok() ? info->scoping : Scoping::PerApp;
    };
    QCOMPARE(scopingOf(), Scoping::PerKey);
    // An existing store keeps its mode, and the console says so.
    r = run({QStringLiteral("--database"), file, QStringLiteral("--scoping"),
             QStringLiteral("per-app"), QStringLiteral("--exit-after-load")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--scoping applies only to a new store")),
             qPrintable(r.err));
    QCOMPARE(scopingOf(), Scoping::PerKey);
    r = run({QStringLiteral("--scoping"), QStringLiteral("sideways")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("per-key")), qPrintable(r.err));
}

void TestConsoleCli::demoRefusesToOverwriteAFile()
{
    const QString file = m_home->filePath(QStringLiteral("precious.sqlite"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious data");
    }
    const QByteArray before = fileHash(file);
    const Run r = run({QStringLiteral("--demo"), QStringLiteral("--database"), file,
                       QStringLiteral("--exit-after-load")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(fileHash(file), before);
}

void TestConsoleCli::catalogChoosesTheCatalogOfANewStore()
{
    const QString file = m_home->filePath(QStringLiteral("aimms.sqlite"));
    const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--catalog"),
                       QStringLiteral("aimms-pro"), QStringLiteral("--exit-after-load")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    SqlStoreOptions options;
    options.sqlitePath = file;
    SqlStore store(options);
    QCOMPARE(waitFor(store.open())->catalogId, QStringLiteral("aimms-pro"));
    const Result<Catalog> catalog = waitFor(store.catalog());
    QVERIFY(catalog->contains(QStringLiteral("publish-app")));

    // Asking for another catalog on an existing store changes nothing, and says so.
    const Run again = run({QStringLiteral("--database"), file, QStringLiteral("--catalog"),
                           QStringLiteral("ai-for-process"), QStringLiteral("--exit-after-load")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QStringLiteral("only to a new store")), qPrintable(again.err));
}

void TestConsoleCli::badCatalogFileNamesTheBadEntry()
{
    const QString catalogFile = m_home->filePath(QStringLiteral("bank-catalog.json"));
    {
        QFile f(catalogFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id": "bank", "groups": [{"id": "g", "name": "G"}],
                   "scopes": [{"id": "ok", "name": "OK", "group": "g"},
                              {"id": "Bad Id", "name": "Bad", "group": "g"}]})");
    }
    const QString file = m_home->filePath(QStringLiteral("custom.sqlite"));
    const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--catalog"), catalogFile,
                       QStringLiteral("--exit-after-load")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("scopes[1].id")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("bank-catalog.json")));
    QVERIFY(!QFileInfo::exists(file));
}

void TestConsoleCli::unknownCatalogListsTheBuiltInOnes()
{
    const QString file = m_home->filePath(QStringLiteral("custom.sqlite"));
    const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--catalog"),
                       QStringLiteral("bank"), QStringLiteral("--exit-after-load")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--catalog")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("“bank”")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("ai-for-process, aimms-pro")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(file));
}

void TestConsoleCli::fileThatIsNotAStoreIsRefusedAndUnchanged()
{
    const QString file = m_home->filePath(QStringLiteral("notes.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list\n");
    }
    const QByteArray before = fileHash(file);
    const QDateTime modified = QFileInfo(file).lastModified();
    const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--exit-after-load")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a Scopekeeper store")), qPrintable(r.err));
    QCOMPARE(fileHash(file), before);
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
}

void TestConsoleCli::storeFromANewerVersionIsRefusedAndUnchanged()
{
    const QString file = m_home->filePath(QStringLiteral("future.sqlite"));
    {
        SqlStoreOptions options;
        options.sqlitePath = file;
        SqlStore store(options);
        QVERIFY(waitFor(store.open()).ok());
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = fileHash(file);
    const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--exit-after-load")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("newer version")), qPrintable(r.err));
    QCOMPARE(fileHash(file), before);
}

void TestConsoleCli::unwritableLocationIsRefused()
{
    const QString blocker = m_home->filePath(QStringLiteral("a-file"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString file = blocker + QStringLiteral("/store.sqlite");
    const Run r = run({QStringLiteral("--database"), file, QStringLiteral("--exit-after-load")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("store.sqlite")));
}

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_console_cli.moc"
