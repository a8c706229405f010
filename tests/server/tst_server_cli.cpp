// The scopekeeper-server program itself, run as a child process: its command line, admin
// creation, refusing plain HTTP on a network address, HTTPS, and stopping on SIGTERM.
#include "AdminToken.h"
#include "HttpTestClient.h"
#include "KeyFormat.h"
#include "ServerProcess.h"
#include "SqlStore.h"
#include "StoreTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace sk;
using sk::test::HttpResponse;
using sk::test::HttpTestClient;

namespace {

struct Finished
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

Finished runToEnd(const QStringList& arguments, const QString& home, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(sk::test::serverEnvironment(home));
    process.start(QStringLiteral(SCOPEKEEPER_SERVER_PATH), arguments);
    Finished f;
    if (!process.waitForStarted(10000))
        return f;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    f.out = QString::fromUtf8(process.readAllStandardOutput());
    f.err = QString::fromUtf8(process.readAllStandardError());
    return f;
}

QString createAdmin(const QString& database, const QString& name, const QString& home,
                    const QStringList& more = {})
{
    const Finished f =
        runToEnd(more + QStringList{QStringLiteral("--database"), database, QStringLiteral("admin"),
                                    QStringLiteral("create"), name},
                 home);
    return f.exitCode == 0 ? f.out.trimmed() : QString();
}

QStringList filesIn(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
    void refusesNetworkAddressWithoutTls_data();
    void refusesNetworkAddressWithoutTls();
    void insecureHttpAllowsNetworkAddress();
    void trustedProxyAllowsNetworkAddress();
    void adminCreatePrintsTheTokenOnce();
    void defaultStoreIsInTheUsersAppData();
    void storeFilesAndFoldersAreTheOwnersOnly();
    void defaultStoreOfTheServiceIsItsStateDirectory();
    void sigtermStopsCleanlyAndKeepsNoSecret();
    void scopingIsChosenForANewStoreOnly();
    void servesHttpsWithTls();

private:
    QTemporaryDir m_home;
};

void TestServerCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(SCOPEKEEPER_SERVER_PATH)).isExecutable(),
             SCOPEKEEPER_SERVER_PATH);
}

void TestServerCli::versionAndHelp()
{
    const Finished version = runToEnd({QStringLiteral("--version")}, m_home.path());
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(),
             QStringLiteral("scopekeeper-server " SCOPEKEEPER_EXPECTED_VERSION));
    const Finished help = runToEnd({QStringLiteral("--help")}, m_home.path());
    QCOMPARE(help.exitCode, 0);
    for (const char* option : {"--listen", "--database", "--postgres", "--catalog", "--tls-cert",
                               "--tls-key", "--insecure-http", "admin create NAME"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    // Every bound of a connection, with its default.
    for (const char* option :
         {"--max-header-bytes <N>", "(default 16384)", "--max-body-bytes <N>", "(default 65536)",
          "--header-timeout <SECONDS>", "(default 10)", "--body-timeout <SECONDS>", "(default 30)",
          "--idle-timeout <SECONDS>", "(default 60)", "--tls-handshake-timeout <SECONDS>",
          "--max-connections <N>", "(default 4096)", "--threads <N>", "one per core"})
        QVERIFY2(help.out.simplified().contains(QLatin1String(option)),
                 qPrintable(QLatin1String(option) + QLatin1Char('\n') + help.out));
}

void TestServerCli::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("admin"), QStringLiteral("delete"), QStringLiteral("x")}
        << QStringLiteral("admin create NAME");
    QTest::newRow("admin create without a name")
        << QStringList{QStringLiteral("admin"), QStringLiteral("create")}
        << QStringLiteral("admin create NAME");
    QTest::newRow("database and postgres")
        << QStringList{QStringLiteral("--database"), QStringLiteral("x.sqlite"),
                       QStringLiteral("--postgres"), QStringLiteral("dbname=x")}
        << QStringLiteral("--postgres");
    QTest::newRow("certificate without key")
        << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("cert.pem")}
        << QStringLiteral("--tls-key");
    QTest::newRow("listen without port")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")}
        << QStringLiteral("HOST:PORT");
    QTest::newRow("listen on a host name")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("example.org:8080")}
        << QStringLiteral("IP address");
    QTest::newRow("port out of range")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
        << QStringLiteral("70000");
    QTest::newRow("trusted proxy not an address")
        << QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("proxy.example.org")}
        << QStringLiteral("proxy.example.org");
    QTest::newRow("trusted proxy block too wide")
        << QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("10.0.0.0/40")}
        << QStringLiteral("CIDR");
    QTest::newRow("unknown catalog")
        << QStringList{QStringLiteral("--catalog"), QStringLiteral("no-such-catalog")}
        << QStringLiteral("no-such-catalog");
    QTest::newRow("unknown scoping")
        << QStringList{QStringLiteral("--scoping"), QStringLiteral("per-team")}
        << QStringLiteral("--scoping: “per-team”");
    QTest::newRow("body limit not a number")
        << QStringList{QStringLiteral("--max-body-bytes"), QStringLiteral("lots")}
        << QStringLiteral("--max-body-bytes: “lots” is not a whole number");
    QTest::newRow("header limit too small")
        << QStringList{QStringLiteral("--max-header-bytes"), QStringLiteral("10")}
        << QStringLiteral("--max-header-bytes: “10” is not a whole number from 1024");
    QTest::newRow("timeout of zero")
        << QStringList{QStringLiteral("--header-timeout"), QStringLiteral("0")}
        << QStringLiteral("--header-timeout: “0” is not a number of seconds");
    QTest::newRow("negative idle timeout") << QStringList{QStringLiteral("--idle-timeout=-5")}
                                           << QStringLiteral("--idle-timeout: “-5”");
    QTest::newRow("no connections")
        << QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")}
        << QStringLiteral("--max-connections: “0”");
    QTest::newRow("threads not whole")
        << QStringList{QStringLiteral("--threads"), QStringLiteral("1.5")}
        << QStringLiteral("--threads: “1.5” is not a whole number");
    QTest::newRow("missing certificate file")
        << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/cert.pem"),
                       QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/key.pem")}
        << QStringLiteral("cert.pem");
}

void TestServerCli::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir home;
    const Finished f = runToEnd(arguments, home.path());
    QCOMPARE(f.exitCode, 2);
    QVERIFY2(f.err.contains(message), qPrintable(f.err));
    QVERIFY(f.out.isEmpty());
    QVERIFY2(filesIn(home.path()).isEmpty(), "a refused command line wrote files");
}

void TestServerCli::refusesNetworkAddressWithoutTls_data()
{
    QTest::addColumn<QString>("listen");
    QTest::newRow("any IPv4") << QStringLiteral("0.0.0.0:0");
    QTest::newRow("any IPv6") << QStringLiteral("[::]:0");
    QTest::newRow("a network address") << QStringLiteral("192.0.2.10:8080");
}

void TestServerCli::refusesNetworkAddressWithoutTls()
{
    QFETCH(QString, listen);
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("store.sqlite"));
    const Finished f = runToEnd(
        {QStringLiteral("--listen"), listen, QStringLiteral("--database"), database}, home.path());
    QCOMPARE(f.exitCode, 2);
    QVERIFY2(f.err.contains(QLatin1String("without TLS")), qPrintable(f.err));
    QVERIFY2(f.err.contains(QLatin1String("--insecure-http")), qPrintable(f.err));
    QVERIFY2(f.err.contains(QLatin1String("--tls-cert")), qPrintable(f.err));
    QVERIFY2(!QFileInfo::exists(database),
             "the store was opened although the server refused to start");
}

void TestServerCli::insecureHttpAllowsNetworkAddress()
{
#ifndef Q_OS_UNIX
    QSKIP("stopping a child process with SIGTERM is Unix-only");
#endif
    QTemporaryDir home;
    sk::test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                           QStringLiteral("--insecure-http"), QStringLiteral("--database"),
                           home.filePath(QStringLiteral("store.sqlite"))}),
             qPrintable(server.err()));
    HttpTestClient client(server.url());
    QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(server.terminate(), 0);
}

void TestServerCli::trustedProxyAllowsNetworkAddress()
{
#ifndef Q_OS_UNIX
    QSKIP("stopping a child process with SIGTERM is Unix-only");
#endif
    // Plain HTTP on every address, behind a proxy that encrypts: no --insecure-http needed.
    // What comes from elsewhere over plain HTTP is refused request by request (behind_nginx.py).
    QTemporaryDir home;
    sk::test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QVERIFY2(
        server.start({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                      QStringLiteral("--trusted-proxy"), QStringLiteral("10.0.0.0/8"),
                      QStringLiteral("--database"), home.filePath(QStringLiteral("store.sqlite"))}),
        qPrintable(server.err()));
    HttpTestClient client(server.url());
    QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(server.terminate(), 0);
}

void TestServerCli::adminCreatePrintsTheTokenOnce()
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("store.sqlite"));
    const Finished created =
        runToEnd({QStringLiteral("--database"), database, QStringLiteral("admin"),
                  QStringLiteral("create"), QStringLiteral("Alice Admin")},
                 home.path());
    QCOMPARE(created.exitCode, 0);
    const QString token = created.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^ska_[0-9A-Za-z]{49}$")).match(token).hasMatch(),
             qPrintable(token));
    QVERIFY(AdminToken::isWellFormed(token));
    QCOMPARE(created.out.count(QLatin1Char('\n')), 1); // the token, and nothing else
    QVERIFY2(created.err.contains(QLatin1String("Alice Admin")), qPrintable(created.err));
    QVERIFY(!created.err.contains(token));

    // The same name again: refused, and no token.
    const Finished again =
        runToEnd({QStringLiteral("--database"), database, QStringLiteral("admin"),
                  QStringLiteral("create"), QStringLiteral("alice admin")},
                 home.path());
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.out.isEmpty());
    QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
    const Finished empty =
        runToEnd({QStringLiteral("--database"), database, QStringLiteral("admin"),
                  QStringLiteral("create"), QStringLiteral("  ")},
                 home.path());
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.out.isEmpty());

    // Only its hash is stored.
    for (const QString& path : filesIn(home.path())) {
        const QByteArray bytes = sk::test::readAll(path);
        QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(path));
        QVERIFY2(!bytes.contains(token.mid(4).toUtf8()), qPrintable(path));
    }
    QVERIFY(sk::test::readAll(database).contains(AdminToken::hash(token)));

    // And it works.
    sk::test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"), database}),
             qPrintable(server.err()));
    HttpTestClient client(server.url());
    client.setToken(token);
    const HttpResponse created201 = client.post(
        QStringLiteral("/api/v1/apps"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Payments")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("model:deploy")}}});
    QCOMPARE(created201.status, 201);
    QCOMPARE(created201.json().value(QStringLiteral("created_by")).toString(),
             QStringLiteral("Alice Admin"));
}

void TestServerCli::sigtermStopsCleanlyAndKeepsNoSecret()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGTERM is Unix-only");
#endif
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("store.sqlite"));
    // The store is made here, with its catalog (and apps, which aimms-pro has not by default).
    const QString token = createAdmin(database, QStringLiteral("ops"), home.path(),
                                      {QStringLiteral("--catalog"), QStringLiteral("aimms-pro"),
                                       QStringLiteral("--scoping"), QStringLiteral("per-app")});
    QVERIFY(!token.isEmpty());
    sk::test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"), database, QStringLiteral("--catalog"),
                           QStringLiteral("aimms-pro")}),
             qPrintable(server.err()));
    HttpTestClient client(server.url());
    client.setToken(token);
    const HttpResponse app =
        client.post(QStringLiteral("/api/v1/apps"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("MarkerApp")},
                                {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks")}}});
    QVERIFY2(app.status == 201, app.describe().constData());
    const QString appId = app.json().value(QStringLiteral("id")).toString();
    const HttpResponse key = client.post(
        QStringLiteral("/api/v1/apps/%1/keys").arg(appId),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Bot")},
                    {QStringLiteral("expires_at"),
                     QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate)}});
    QVERIFY2(key.status == 201, key.describe().constData());
    const QString secret = key.json().value(QStringLiteral("secret")).toString();
    QVERIFY(KeyFormat::isWellFormed(secret));
    HttpTestClient service(server.url());
    const HttpResponse verified =
        service.post(QStringLiteral("/api/v1/verify"),
                     QJsonObject{{QStringLiteral("key"), secret},
                                 {QStringLiteral("scope"), QStringLiteral("tasks")}});
    QCOMPARE(verified.json().value(QStringLiteral("valid")).toBool(), true);
    // The use is batched: not yet on disk.

    QCOMPARE(server.terminate(), 0);
    QVERIFY2(server.err().contains(QLatin1String("stopped")), qPrintable(server.err()));

    // The last use was written on the way out.
    {
        SqlStoreOptions options;
        options.sqlitePath = database;
        options.createIfMissing = false;
        SqlStore store(options);
        SK_AWAIT_OK(info, store.open());
        QCOMPARE(info.catalogId, QStringLiteral("aimms-pro"));
        SK_AWAIT_OK(keys, store.listKeys(appId));
        QCOMPARE(keys.size(), 1);
        QVERIFY2(keys.first().lastUsedAt.isValid(),
                 "the batched last use was not flushed on SIGTERM");
        QCOMPARE(keys.first().createdBy, QStringLiteral("ops"));
    }

    // No key and no token anywhere: not in the store's files, not in the log.
    QStringList forms;
    for (const QString& s : {secret, token})
        forms << s << s.mid(4) << s.mid(4, KeyFormat::RandomLength);
    bool marker = false;
    for (const QString& path : filesIn(home.path())) {
        const QByteArray bytes = sk::test::readAll(path);
        marker = marker || bytes.contains("MarkerApp");
        for (const QString& form : forms) {
            QVERIFY2(!bytes.contains(form.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(sk::test::utf16le(form)), qPrintable(path));
        }
    }
    QVERIFY(marker);
    QVERIFY(server.err().contains(QLatin1String("POST /api/v1/verify 200")));
    for (const QString& form : forms)
        QVERIFY2(!server.err().contains(form) && !server.out().contains(form),
                 qPrintable(server.err()));
}

void TestServerCli::scopingIsChosenForANewStoreOnly()
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("store.sqlite"));
    // A new store with the default catalog, made per-key.
    const QString token = createAdmin(database, QStringLiteral("ops"), home.path(),
                                      {QStringLiteral("--scoping"), QStringLiteral("per-key")});
    QVERIFY(!token.isEmpty());
    // Its mode is its own: another one is refused, and the store is not changed.
    const QByteArray before = [&] {
        QFile f(database);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Finished refused =
        runToEnd({QStringLiteral("--database"), database, QStringLiteral("--scoping"),
                  QStringLiteral("per-app"), QStringLiteral("admin"), QStringLiteral("list")},
                 home.path());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("per-key")) &&
                 refused.err.contains(QStringLiteral("--scoping per-app")),
             qPrintable(refused.err));
    {
        QFile f(database);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
    // Served, it says so, and its apps are refused; personal keys are not.
    sk::test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"), database, QStringLiteral("--scoping"),
                           QStringLiteral("per-key")}),
             qPrintable(server.err()));
    HttpTestClient client(server.url());
    client.setToken(token);
    const HttpResponse scopes = client.get(QStringLiteral("/api/v1/scopes"));
    QCOMPARE(scopes.status, 200);
    QCOMPARE(scopes.json().value(QStringLiteral("scoping")).toString(), QStringLiteral("per-key"));
    QCOMPARE(scopes.json().value(QStringLiteral("id")).toString(),
             QStringLiteral("ai-for-process"));
    const HttpResponse app = client.post(
        QStringLiteral("/api/v1/apps"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("App")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("workflow:deploy")}}});
    QCOMPARE(app.status, 422);
    const HttpResponse mine = client.post(
        QStringLiteral("/api/v1/me/keys"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine")},
                    {QStringLiteral("expires_at"),
                     QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate)},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("workflow:deploy")}}});
    QVERIFY2(mine.status == 201, mine.describe().constData());
}

void TestServerCli::servesHttpsWithTls()
{
#if !QT_CONFIG(ssl)
    QSKIP("this Qt has no TLS");
#else
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is needed to make a test certificate");
    QTemporaryDir home;
    const QString cert = home.filePath(QStringLiteral("cert.pem"));
    const QString key = home.filePath(QStringLiteral("key.pem"));
    QProcess make;
    make.start(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);

    // With TLS, a network address is allowed.
    sk::test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QVERIFY2(
        server.start({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                      QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                      QStringLiteral("--database"), home.filePath(QStringLiteral("store.sqlite"))}),
        qPrintable(server.err()));
    QVERIFY(server.url().startsWith(QLatin1String("https://")));
    HttpTestClient client(server.url());
    client.setCaCertificates(QSslCertificate::fromPath(cert));
    const HttpResponse health = client.get(QStringLiteral("/healthz"));
    QVERIFY2(health.status == 200, health.describe().constData());
    // Without trusting the certificate, the client refuses the connection.
    HttpTestClient untrusting(server.url());
    QCOMPARE(untrusting.get(QStringLiteral("/healthz")).status, 0);
    // Plain HTTP to the HTTPS port gets no HTTP answer.
    HttpTestClient plain(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    QVERIFY(plain.get(QStringLiteral("/healthz")).status != 200);
    QCOMPARE(server.terminate(), 0);
#endif
}

void TestServerCli::storeFilesAndFoldersAreTheOwnersOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("File modes are POSIX's");
#else
    // With the usual umask (022), every local user could read a file made with the default
    // mode: the audit log, the apps' names. The store is made for its owner only.
    const mode_t previous = ::umask(022);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString store = home.filePath(QStringLiteral("var/lib/keys/server.sqlite"));
    sk::test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"), store}),
             qPrintable(server.err()));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& folder :
         {QStringLiteral("var"), QStringLiteral("var/lib"), QStringLiteral("var/lib/keys")}) {
        const QFileInfo info(home.filePath(folder));
        QVERIFY2(info.isDir(), qPrintable(folder));
        QVERIFY2(!(info.permissions() & others), qPrintable(folder));
    }
    QStringList files;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo info(store + suffix);
        if (!info.exists())
            continue;
        files << info.fileName();
        QVERIFY2(!(info.permissions() & others), qPrintable(info.fileName()));
        QVERIFY(info.permissions() & QFileDevice::ReadOwner);
        QVERIFY(info.permissions() & QFileDevice::WriteOwner);
    }
    QVERIFY2(files.contains(QStringLiteral("server.sqlite")), qPrintable(files.join(u' ')));
#endif
}

void TestServerCli::defaultStoreIsInTheUsersAppData()
{
#ifndef Q_OS_LINUX
    QSKIP("The app-data folder follows XDG_DATA_HOME on Linux only");
#endif
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const Finished created = runToEnd(
        {QStringLiteral("admin"), QStringLiteral("create"), QStringLiteral("alice")}, home.path());
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(
        QFileInfo::exists(home.filePath(QStringLiteral("data/scopekeeper-server/server.sqlite"))),
        qPrintable(created.err));
}

void TestServerCli::defaultStoreOfTheServiceIsItsStateDirectory()
{
    // What systemd gives the packaged unit (StateDirectory=scopekeeper): the store goes there,
    // not into the service user's home, so "admin create" run the same way finds it.
    QTemporaryDir home;
    QTemporaryDir state;
    QVERIFY(home.isValid() && state.isValid());
    QProcess process;
    QProcessEnvironment env = sk::test::serverEnvironment(home.path());
    env.insert(QStringLiteral("STATE_DIRECTORY"), state.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SCOPEKEEPER_SERVER_PATH),
                  {QStringLiteral("admin"), QStringLiteral("create"), QStringLiteral("alice")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(QFileInfo::exists(state.filePath(QStringLiteral("server.sqlite"))),
             process.readAllStandardError().constData());
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/scopekeeper-server"))));

    // --help names it as the default.
    process.start(QStringLiteral(SCOPEKEEPER_SERVER_PATH), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(
        QString::fromUtf8(process.readAllStandardOutput())
            .contains(QDir::toNativeSeparators(state.filePath(QStringLiteral("server.sqlite")))));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestServerCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server_cli.moc"
