// scopekeeper-cli as scripts run it: a child process with pipes for its standard streams, on a
// local store file and on a real scopekeeper-server on loopback. Exit codes, the secret alone
// on standard output, JSON that parses, deleting without --yes when standard input is not a
// terminal, fields named in refusals, and no secret in the store file or on standard error.
#include "ServerProcess.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sk;

namespace {

struct Finished
{
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QString err;
};

QJsonDocument parsed(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return document;
}

} // namespace

class TestCliProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void versionAndHelpDocumentEveryCommand();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
    void aMissingStoreFileIsRefusedNotCreated();
    void aServerWithoutATokenIsRefused();
    void speaksTheSystemsLanguage();
    void scriptedWorkflow_data();
    void scriptedWorkflow();
    void refusalsNameTheField_data();
    void refusalsNameTheField();
    void keysListFilters_data();
    void keysRollPrintsTheNewSecretAlone_data();
    void keysRollPrintsTheNewSecretAlone();
    void keysListFilters();

private:
    void addBackends();
    /// Runs scopekeeper-cli on `backend` ("local" or "server") with `arguments`, in the
    /// test's locale or else in `locale` ("de_DE.UTF-8").
    Finished cli(const QString& backend, const QStringList& arguments,
                 const QByteArray& input = QByteArray(), bool withToken = true,
                 const QString& locale = QString());
    /// Every file of the store of `backend` (with its -wal and -shm), read whole.
    QByteArray storeBytes(const QString& backend) const;

    QTemporaryDir m_dir;
    QString m_local;
    QString m_serverDb;
    QString m_token;
    std::unique_ptr<sk::test::ServerProcess> m_server;
};

void TestCliProgram::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(SCOPEKEEPER_CLI_PATH)).isExecutable(), SCOPEKEEPER_CLI_PATH);
    m_local = m_dir.filePath(QStringLiteral("local.sqlite"));
    {
        SqlStoreOptions options;
        options.sqlitePath = m_local;
        SqlStore store(options);
        QVERIFY(waitFor(store.open()).ok());
    }
    m_serverDb = m_dir.filePath(QStringLiteral("server.sqlite"));
    m_server = std::make_unique<sk::test::ServerProcess>(QStringLiteral(SCOPEKEEPER_SERVER_PATH),
                                                         m_dir.path());
    QString error;
    m_token = m_server->run({QStringLiteral("--database"), m_serverDb, QStringLiteral("admin"),
                             QStringLiteral("create"), QStringLiteral("tess")},
                            &error);
    QVERIFY2(m_token.startsWith(QLatin1String("ska_")), qPrintable(error));
    QVERIFY2(m_server->start({QStringLiteral("--database"), m_serverDb, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0")}),
             qPrintable(m_server->err()));
}

void TestCliProgram::cleanupTestCase()
{
    if (m_server)
        QCOMPARE(m_server->terminate(), 0);
}

void TestCliProgram::addBackends()
{
    QTest::addColumn<QString>("backend");
}

Finished TestCliProgram::cli(const QString& backend, const QStringList& arguments,
                             const QByteArray& input, bool withToken, const QString& locale)
{
    QProcessEnvironment env = sk::test::serverEnvironment(m_dir.path());
    if (!locale.isEmpty()) {
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
            env.insert(QString::fromLatin1(name), locale);
    }
    env.remove(QStringLiteral("SCOPEKEEPER_TOKEN"));
    if (withToken && backend == QLatin1String("server"))
        env.insert(QStringLiteral("SCOPEKEEPER_TOKEN"), m_token);
    // No keychain: a session bus that is not there.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QStringList full;
    if (backend == QLatin1String("local"))
        full << QStringLiteral("--database") << m_local;
    else if (backend == QLatin1String("server"))
        full << QStringLiteral("--server") << m_server->url();
    full << arguments;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SCOPEKEEPER_CLI_PATH), full);
    Finished f;
    if (!process.waitForStarted(10000))
        return f;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return f;
    }
    f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    f.out = process.readAllStandardOutput();
    f.err = QString::fromUtf8(process.readAllStandardError());
    return f;
}

QByteArray TestCliProgram::storeBytes(const QString& backend) const
{
    const QString base = backend == QLatin1String("local") ? m_local : m_serverDb;
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(base + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestCliProgram::versionAndHelpDocumentEveryCommand()
{
    const Finished version = cli(QString(), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("scopekeeper-cli " SCOPEKEEPER_EXPECTED_VERSION));
    const Finished help = cli(QString(), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* text : {"apps list",
                             "apps show NAME",
                             "apps create NAME --scope ID",
                             "apps rename NAME NEW",
                             "apps set-scopes NAME",
                             "apps delete NAME",
                             "keys list",
                             "--expiring-within",
                             "--unused-for",
                             "keys create --app NAME --name NAME",
                             "--expires-in",
                             "keys delete --app NAME --key NAME",
                             "keys roll --app NAME --key NAME [--grace DURATION]",
                             "--grace",
                             "export --format csv|json",
                             "audit [--limit N]",
                             "verify --scope ID",
                             "--database",
                             "--server",
                             "--ca-file",
                             "--output",
                             "--yes",
                             "SCOPEKEEPER_TOKEN"})
        QVERIFY2(help.out.contains(text), text);
}

void TestCliProgram::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("--database");
    const QString file = QStringLiteral("x.sqlite");
    QTest::newRow("no command") << QStringList{db, file};
    QTest::newRow("unknown command") << QStringList{db, file, QStringLiteral("frobnicate")};
    QTest::newRow("no store") << QStringList{QStringLiteral("apps"), QStringLiteral("list")};
    QTest::newRow("two stores") << QStringList{db,
                                               file,
                                               QStringLiteral("--server"),
                                               QStringLiteral("http://127.0.0.1:1"),
                                               QStringLiteral("apps"),
                                               QStringLiteral("list")};
    QTest::newRow("plain http off loopback")
        << QStringList{QStringLiteral("--server"), QStringLiteral("http://example.com"),
                       QStringLiteral("apps"), QStringLiteral("list")};
    QTest::newRow("option of another command") << QStringList{db,
                                                              file,
                                                              QStringLiteral("apps"),
                                                              QStringLiteral("list"),
                                                              QStringLiteral("--scope"),
                                                              QStringLiteral("a:b")};
    QTest::newRow("missing name") << QStringList{db, file, QStringLiteral("apps"),
                                                 QStringLiteral("show")};
    QTest::newRow("output xml") << QStringList{db,
                                               file,
                                               QStringLiteral("--output"),
                                               QStringLiteral("xml"),
                                               QStringLiteral("apps"),
                                               QStringLiteral("list")};
    QTest::newRow("keys create without name") << QStringList{db,
                                                             file,
                                                             QStringLiteral("keys"),
                                                             QStringLiteral("create"),
                                                             QStringLiteral("--app"),
                                                             QStringLiteral("A")};
    QTest::newRow("days not a number") << QStringList{db,
                                                      file,
                                                      QStringLiteral("keys"),
                                                      QStringLiteral("list"),
                                                      QStringLiteral("--unused-for"),
                                                      QStringLiteral("soon")};
    QTest::newRow("limit 0") << QStringList{db, file, QStringLiteral("audit"),
                                            QStringLiteral("--limit"), QStringLiteral("0")};
    QTest::newRow("export without format") << QStringList{db, file, QStringLiteral("export")};
    QTest::newRow("export --output json") << QStringList{db,
                                                         file,
                                                         QStringLiteral("export"),
                                                         QStringLiteral("--format"),
                                                         QStringLiteral("json"),
                                                         QStringLiteral("--output"),
                                                         QStringLiteral("json")};
    QTest::newRow("ca-file without server") << QStringList{db,
                                                           file,
                                                           QStringLiteral("--ca-file"),
                                                           QStringLiteral("ca.pem"),
                                                           QStringLiteral("apps"),
                                                           QStringLiteral("list")};
    QTest::newRow("verify without scope") << QStringList{db, file, QStringLiteral("verify")};
    for (const char* grace : {"soon", "1w", "-1h", "1.5h", ""}) {
        QTest::addRow("keys roll --grace '%s'", grace) << QStringList{db,
                                                                      file,
                                                                      QStringLiteral("keys"),
                                                                      QStringLiteral("roll"),
                                                                      QStringLiteral("--app"),
                                                                      QStringLiteral("A"),
                                                                      QStringLiteral("--key"),
                                                                      QStringLiteral("k"),
                                                                      QStringLiteral("--grace"),
                                                                      QString::fromLatin1(grace)};
    }
    QTest::newRow("keys roll without key") << QStringList{db,
                                                          file,
                                                          QStringLiteral("keys"),
                                                          QStringLiteral("roll"),
                                                          QStringLiteral("--app"),
                                                          QStringLiteral("A")};
}

void TestCliProgram::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    const Finished f = cli(QStringLiteral("none"), arguments);
    QCOMPARE(f.exitCode, 2);
    QVERIFY(f.out.isEmpty());
    QVERIFY2(f.err.contains(QLatin1String("--help")), qPrintable(f.err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("x.sqlite")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("json")));
}

void TestCliProgram::aMissingStoreFileIsRefusedNotCreated()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing/none.sqlite"));
    const Finished f =
        cli(QStringLiteral("none"), {QStringLiteral("--database"), missing, QStringLiteral("apps"),
                                     QStringLiteral("list")});
    QCOMPARE(f.exitCode, 1);
    QVERIFY2(f.err.contains(QLatin1String("--database")) && f.err.contains(missing),
             qPrintable(f.err));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
}

void TestCliProgram::speaksTheSystemsLanguage()
{
    // The translations are the console's (src/i18n): a German system gets German messages.
    const QString missing = m_dir.filePath(QStringLiteral("missing/none.sqlite"));
    const QStringList arguments = {QStringLiteral("--database"), missing, QStringLiteral("apps"),
                                   QStringLiteral("list")};
    const Finished german =
        cli(QStringLiteral("none"), arguments, {}, true, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(german.exitCode, 1);
    QVERIFY2(german.err.contains(QStringLiteral("gibt es keinen Speicher")),
             qPrintable(german.err));
    const Finished english =
        cli(QStringLiteral("none"), arguments, {}, true, QStringLiteral("en_US.UTF-8"));
    QVERIFY2(english.err.contains(QStringLiteral("there is no store")), qPrintable(english.err));
}

void TestCliProgram::aServerWithoutATokenIsRefused()
{
    const Finished f = cli(QStringLiteral("server"),
                           {QStringLiteral("apps"), QStringLiteral("list")}, QByteArray(), false);
    QCOMPARE(f.exitCode, 1);
    QVERIFY2(f.err.contains(QLatin1String("SCOPEKEEPER_TOKEN")), qPrintable(f.err));
    QVERIFY(f.out.isEmpty());
}

void TestCliProgram::scriptedWorkflow_data()
{
    addBackends();
    QTest::newRow("local") << QStringLiteral("local");
    QTest::newRow("server") << QStringLiteral("server");
}

void TestCliProgram::scriptedWorkflow()
{
    QFETCH(QString, backend);
    const QString app = QStringLiteral("Payments ") + backend;
    const QString json = QStringLiteral("--output=json");

    Finished f = cli(backend, {json, QStringLiteral("apps"), QStringLiteral("create"), app,
                               QStringLiteral("--scope"), QStringLiteral("workflow:deploy"),
                               QStringLiteral("--scope"), QStringLiteral("workflow:import")});
    QCOMPARE(f.exitCode, 0);
    QCOMPARE(parsed(f.out).object().value(QStringLiteral("name")).toString(), app);

    f = cli(backend, {json, QStringLiteral("apps"), QStringLiteral("list")});
    QCOMPARE(f.exitCode, 0);
    bool listed = false;
    for (const QJsonValue& a : parsed(f.out).array())
        listed = listed || a.toObject().value(QStringLiteral("name")).toString() == app;
    QVERIFY(listed);

    // The secret, alone on standard output, on one line.
    f = cli(backend, {QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--app"),
                      app, QStringLiteral("--name"), QStringLiteral("ci")});
    QCOMPARE(f.exitCode, 0);
    QVERIFY(f.out.endsWith('\n'));
    QCOMPARE(f.out.count('\n'), 1);
    const QByteArray secret = f.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^spk_[0-9A-Za-z_]+$"))
                 .match(QString::fromLatin1(secret))
                 .hasMatch(),
             secret.constData());
    QVERIFY(!f.err.contains(QString::fromLatin1(secret)));
    QVERIFY2(f.err.contains(QLatin1String("ci")), qPrintable(f.err));

    // verify reads the key from standard input; 0 when it may, 1 when it may not.
    f = cli(backend,
            {json, QStringLiteral("verify"), QStringLiteral("--scope"),
             QStringLiteral("workflow:deploy")},
            secret + '\n');
    QCOMPARE(f.exitCode, 0);
    QCOMPARE(parsed(f.out).object().value(QStringLiteral("valid")).toBool(), true);
    QVERIFY(!f.out.contains(secret) && !f.err.contains(QString::fromLatin1(secret)));
    f = cli(
        backend,
        {QStringLiteral("verify"), QStringLiteral("--scope"), QStringLiteral("workflow:export")},
        secret);
    QCOMPARE(f.exitCode, 1);
    QVERIFY2(f.out.contains("FORBIDDEN_SCOPE"), f.out.constData());

    f = cli(backend,
            {json, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--app"), app});
    QCOMPARE(f.exitCode, 0);
    const QJsonArray keys = parsed(f.out).array();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("ci"));
    QCOMPARE(keys[0].toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));

    f = cli(backend, {QStringLiteral("apps"), QStringLiteral("show"), app});
    QCOMPARE(f.exitCode, 0);
    QVERIFY(f.out.contains("workflow:deploy") && f.out.contains(" ci "));

    // The inventory, both ways, with the key and never its secret.
    f = cli(backend, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(f.exitCode, 0);
    QVERIFY(f.out.startsWith("app,scopes,key,prefix,created_by,created_at,expires_at,stops_at,"
                             "last_used_at,status\r\n"));
    QVERIFY(
        f.out.contains((app + QStringLiteral(",workflow:deploy workflow:import,ci,")).toUtf8()));
    QVERIFY(!f.out.contains(secret));
    const QString file = m_dir.filePath(backend + QStringLiteral("-inventory.json"));
    f = cli(backend, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--output"), file});
    QCOMPARE(f.exitCode, 0);
    QVERIFY(f.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray inventory = written.readAll();
    QVERIFY(!inventory.contains(secret));
    QVERIFY(!parsed(inventory).object().value(QStringLiteral("rows")).toArray().isEmpty());

    f = cli(backend,
            {json, QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(f.exitCode, 0);
    const QJsonArray audit = parsed(f.out).array();
    QVERIFY(!audit.isEmpty() && audit.size() <= 5);

    f = cli(backend,
            {QStringLiteral("apps"), QStringLiteral("rename"), app, app + QStringLiteral(" 2")});
    QCOMPARE(f.exitCode, 0);
    f = cli(backend,
            {QStringLiteral("apps"), QStringLiteral("set-scopes"), app + QStringLiteral(" 2"),
             QStringLiteral("--scope"), QStringLiteral("workflow:export")});
    QCOMPARE(f.exitCode, 0);
    f = cli(
        backend,
        {QStringLiteral("verify"), QStringLiteral("--scope"), QStringLiteral("workflow:export")},
        secret);
    QCOMPARE(f.exitCode, 0); // the key follows its app's scopes at once

    // Deleting without --yes: standard input is not a terminal, so nothing is asked.
    f = cli(backend, {QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("--app"),
                      app + QStringLiteral(" 2"), QStringLiteral("--key"), QStringLiteral("ci")});
    QCOMPARE(f.exitCode, 0);
    QVERIFY(!f.err.contains(QLatin1String("[y/N]")));
    f = cli(
        backend,
        {QStringLiteral("verify"), QStringLiteral("--scope"), QStringLiteral("workflow:export")},
        secret);
    QCOMPARE(f.exitCode, 1);
    QVERIFY2(f.out.contains("NOT_FOUND"), f.out.constData());
    f = cli(backend,
            {QStringLiteral("apps"), QStringLiteral("delete"), app + QStringLiteral(" 2")});
    QCOMPARE(f.exitCode, 0);
    f = cli(backend, {QStringLiteral("apps"), QStringLiteral("show"), app + QStringLiteral(" 2")});
    QCOMPARE(f.exitCode, 1);

    // The secret was never written to the store.
    QVERIFY(!storeBytes(backend).isEmpty());
    QVERIFY(!storeBytes(backend).contains(secret));
}

void TestCliProgram::refusalsNameTheField_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    for (const QString& backend : {QStringLiteral("local"), QStringLiteral("server")}) {
        QTest::addRow("%s: unknown scope", qPrintable(backend))
            << backend
            << QStringList{QStringLiteral("apps"), QStringLiteral("create"),
                           QStringLiteral("Bad scopes"), QStringLiteral("--scope"),
                           QStringLiteral("no:such-scope")}
            << QStringLiteral("scopes");
        QTest::addRow("%s: no scope", qPrintable(backend))
            << backend
            << QStringList{QStringLiteral("apps"), QStringLiteral("create"),
                           QStringLiteral("No scopes")}
            << QStringLiteral("scopes");
        QTest::addRow("%s: unknown app", qPrintable(backend))
            << backend << QStringList{QStringLiteral("keys"),   QStringLiteral("create"),
                                      QStringLiteral("--app"),  QStringLiteral("Nobody"),
                                      QStringLiteral("--name"), QStringLiteral("k")}
            << QStringLiteral("app");
    }
}

void TestCliProgram::refusalsNameTheField()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    const Finished f = cli(backend, arguments);
    QCOMPARE(f.exitCode, 1);
    QVERIFY(f.out.isEmpty());
    QVERIFY2(f.err.contains(field + QStringLiteral(": ")), qPrintable(f.err));
}

void TestCliProgram::keysRollPrintsTheNewSecretAlone_data()
{
    addBackends();
    QTest::newRow("local") << QStringLiteral("local");
    QTest::newRow("server") << QStringLiteral("server");
}

void TestCliProgram::keysRollPrintsTheNewSecretAlone()
{
    QFETCH(QString, backend);
    const QString app = QStringLiteral("Rolling ") + backend;
    const QString json = QStringLiteral("--output=json");
    Finished f = cli(backend, {QStringLiteral("apps"), QStringLiteral("create"), app,
                               QStringLiteral("--scope"), QStringLiteral("workflow:deploy")});
    QCOMPARE(f.exitCode, 0);
    f = cli(backend, {QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--app"),
                      app, QStringLiteral("--name"), QStringLiteral("deployer")});
    QCOMPARE(f.exitCode, 0);
    const QByteArray oldSecret = f.out.trimmed();

    const QStringList roll = {QStringLiteral("keys"),  QStringLiteral("roll"),
                              QStringLiteral("--app"), app,
                              QStringLiteral("--key"), QStringLiteral("deployer")};
    f = cli(backend, roll + QStringList{QStringLiteral("--grace"), QStringLiteral("1h"),
                                        QStringLiteral("--name"), QStringLiteral("deployer 2")});
    QVERIFY2(f.exitCode == 0, qPrintable(f.err));
    QVERIFY(f.out.endsWith('\n'));
    QCOMPARE(f.out.count('\n'), 1);
    const QByteArray newSecret = f.out.trimmed();
    QVERIFY(newSecret.startsWith("spk_") && newSecret != oldSecret);
    QVERIFY(!f.err.contains(QString::fromLatin1(newSecret)));
    QVERIFY2(f.err.contains(QLatin1String("deployer 2")), qPrintable(f.err));

    // Both keys work for the hour; the old one is listed as rolling.
    for (const QByteArray& secret : {oldSecret, newSecret}) {
        f = cli(backend,
                {QStringLiteral("verify"), QStringLiteral("--scope"),
                 QStringLiteral("workflow:deploy")},
                secret + '\n');
        QCOMPARE(f.exitCode, 0);
    }
    f = cli(backend,
            {json, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--app"), app});
    QCOMPARE(f.exitCode, 0);
    QStringList statuses;
    for (const QJsonValue& k : parsed(f.out).array()) {
        statuses << k.toObject().value(QStringLiteral("name")).toString() + QLatin1Char('=') +
                        k.toObject().value(QStringLiteral("status")).toString();
    }
    statuses.sort();
    QCOMPARE(statuses, QStringList({QStringLiteral("deployer 2=active"),
                                    QStringLiteral("deployer=rolling")}));

    // Rolled again: refused, naming the field (exit 1, nothing on standard output).
    f = cli(backend, roll);
    QCOMPARE(f.exitCode, 1);
    QVERIFY(f.out.isEmpty());
    QVERIFY2(f.err.contains(QLatin1String("stops_at")), qPrintable(f.err));

    // --grace 0 stops the old key at once (the default name then).
    f = cli(backend, {QStringLiteral("keys"), QStringLiteral("roll"), QStringLiteral("--app"), app,
                      QStringLiteral("--key"), QStringLiteral("deployer 2"),
                      QStringLiteral("--grace"), QStringLiteral("0")});
    QVERIFY2(f.exitCode == 0, qPrintable(f.err));
    f = cli(backend,
            {json, QStringLiteral("verify"), QStringLiteral("--scope"),
             QStringLiteral("workflow:deploy")},
            newSecret + '\n');
    QCOMPARE(f.exitCode, 1);
    QVERIFY2(f.out.contains("EXPIRED"), f.out.constData());
}

void TestCliProgram::keysListFilters_data()
{
    scriptedWorkflow_data();
}

void TestCliProgram::keysListFilters()
{
    QFETCH(QString, backend);
    const QString app = QStringLiteral("Filters ") + backend;
    QCOMPARE(cli(backend, {QStringLiteral("apps"), QStringLiteral("create"), app,
                           QStringLiteral("--scope"), QStringLiteral("workflow:deploy")})
                 .exitCode,
             0);
    for (const auto& [name, days] : {std::pair{"soon", "5"}, {"later", "200"}}) {
        QCOMPARE(
            cli(backend, {QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--app"),
                          app, QStringLiteral("--name"), QLatin1String(name),
                          QStringLiteral("--expires-in"), QLatin1String(days)})
                .exitCode,
            0);
    }
    const Finished tooLong =
        cli(backend, {QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--app"),
                      app, QStringLiteral("--name"), QStringLiteral("x"),
                      QStringLiteral("--expires-in"), QStringLiteral("400")});
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains(QLatin1String("expires_at: ")), qPrintable(tooLong.err));

    const auto names = [&](const QStringList& filter) {
        const Finished f =
            cli(backend, QStringList{QStringLiteral("--output"), QStringLiteral("json"),
                                     QStringLiteral("keys"), QStringLiteral("list"),
                                     QStringLiteral("--app"), app} +
                             filter);
        QStringList out;
        for (const QJsonValue& k : parsed(f.out).array())
            out << k.toObject().value(QStringLiteral("name")).toString();
        return out;
    };
    QCOMPARE(names({}), (QStringList{QStringLiteral("soon"), QStringLiteral("later")}));
    QCOMPARE(names({QStringLiteral("--expiring-within"), QStringLiteral("10")}),
             QStringList{QStringLiteral("soon")});
    // Just made, never used: not unused for a day yet, but unused "for 0 days".
    QCOMPARE(names({QStringLiteral("--unused-for"), QStringLiteral("1")}), QStringList());
    QCOMPARE(names({QStringLiteral("--unused-for"), QStringLiteral("0")}).size(), 2);
}

QTEST_GUILESS_MAIN(TestCliProgram)
#include "tst_cli_program.moc"
