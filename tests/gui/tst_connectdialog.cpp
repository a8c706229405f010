// "Connect to Server", driven like a person would, against a real scopekeeper-server started
// in this process on 127.0.0.1: the URL and token are checked at their fields, a refused
// token is said at the token, an unreachable server at the URL, and the right token opens
// the server's store. For TLS, the real scopekeeper-server program serves HTTPS with a
// certificate from a CA made for the test: refused (and named) until its CA file is chosen.
#include "AdminToken.h"
#include "ApiServer.h"
#include "Catalog.h"
#include "ConnectDialog.h"
#include "ConsoleLauncher.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "RestStore.h"
#include "ServerConnector.h"
#include "ServerProcess.h"
#include "SqlStore.h"
#include "TokenVault.h"
#include "Wait.h"

#include <QAction>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

namespace {

/// A CA, and a certificate for 127.0.0.1 that it issued, made with openssl in `dir`.
struct TestPki
{
    QString caCertificate; // ca.pem: what a person would choose as "CA certificate file"
    QString serverCertificate;
    QString serverKey;
};

QString makePki(const QString& openssl, const QString& dir, TestPki* pki)
{
    const QString config = dir + QStringLiteral("/pki.cnf");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write("[req]\ndistinguished_name = dn\nprompt = no\n"
               "[dn]\nCN = Scopekeeper Test CA\n"
               "[ca]\nbasicConstraints = critical,CA:TRUE\n"
               "keyUsage = critical,keyCertSign,cRLSign\nsubjectKeyIdentifier = hash\n"
               "[server]\nbasicConstraints = critical,CA:FALSE\n"
               "keyUsage = critical,digitalSignature\nextendedKeyUsage = serverAuth\n"
               "subjectAltName = IP:127.0.0.1\nsubjectKeyIdentifier = hash\n"
               "authorityKeyIdentifier = keyid\n");
    file.close();
    pki->caCertificate = dir + QStringLiteral("/ca.pem");
    pki->serverCertificate = dir + QStringLiteral("/server.pem");
    pki->serverKey = dir + QStringLiteral("/server.key");
    const QString caKey = dir + QStringLiteral("/ca.key");
    const QString request = dir + QStringLiteral("/server.csr");
    const QStringList ec = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QList<QStringList> steps = {
        QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                    config, QStringLiteral("-extensions"), QStringLiteral("ca")} +
            ec +
            QStringList{QStringLiteral("-keyout"), caKey, QStringLiteral("-out"),
                        pki->caCertificate, QStringLiteral("-days"), QStringLiteral("2")},
        QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"),
                    config} +
            ec +
            QStringList{QStringLiteral("-keyout"), pki->serverKey, QStringLiteral("-out"), request,
                        QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
        QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                    QStringLiteral("-CA"), pki->caCertificate, QStringLiteral("-CAkey"), caKey,
                    QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-out"),
                    pki->serverCertificate, QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), config, QStringLiteral("-extensions"),
                    QStringLiteral("server")},
    };
    for (const QStringList& arguments : steps) {
        QProcess step;
        step.start(openssl, arguments);
        if (!step.waitForFinished(60000) || step.exitCode() != 0) {
            return QStringLiteral("openssl %1: %2")
                .arg(arguments.join(QLatin1Char(' ')),
                     QString::fromUtf8(step.readAllStandardError()));
        }
    }
    return QString();
}

/// The SHA-256 fingerprint of the first certificate in `path`, as "AB:CD:…".
QString fingerprintOf(const QString& path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
    return certificates.isEmpty() ? QString()
                                  : QString::fromLatin1(certificates.constFirst()
                                                            .digest(QCryptographicHash::Sha256)
                                                            .toHex(':')
                                                            .toUpper());
}

/// Lines of the server's access log (its standard error) that record a request.
QStringList requestLines(const QString& log)
{
    QStringList lines;
    for (const QString& line : log.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String(" /healthz ")) || line.contains(QLatin1String(" /api/")))
            lines << line;
    }
    return lines;
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenIsNeverShown();
    void httpsIsRequiredExceptOnLoopback();
    void emptyFieldsAreSaidAtTheField();
    void refusedTokenIsSaidAtTheToken();
    void unreachableServerIsSaidAtTheUrl();
    void rightTokenOpensTheServersStore();
    void keychainUnavailableTurnsRememberOff();
    void serverOptionAsksForTheTokenAndShowsTheServer();
    void cancellingWithNothingOpenIsCancelled();
    void fileMenuConnectsFromALocalStore();
    void refusedStoredTokenIsAskedForAgain();
    void serverCertificateIsShownAndTrustedWithItsCaFile();
    void connectorSaysWhereEachProblemIs();
    void storedTokenWithUnusableCaFileIsKeptAtTheStart();

private:
    static void clickConnect(ConnectDialog& dialog);
    QString serverUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<ApiServer> m_server;
    QString m_token;
};

void TestConnectDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    SqlStoreOptions options;
    options.driver = SqlStoreOptions::Driver::Sqlite;
    options.sqlitePath = m_dir.filePath(QStringLiteral("server.sqlite"));
    options.createIfMissing = true;
    options.catalog = Catalog::builtIn(Catalog::defaultId()).value();
    options.actor = QStringLiteral("scopekeeper-server");
    m_store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> opened = waitFor(m_store->open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    m_token = AdminToken::generate();
    QVERIFY(waitFor(m_store->createAdmin(QStringLiteral("alice"), AdminToken::hash(m_token))).ok());
    m_server = std::make_unique<ApiServer>(*m_store);
    QString error;
    QVERIFY2(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, nullptr, &error),
             qPrintable(error));
}

void TestConnectDialog::cleanupTestCase()
{
    m_server.reset();
    m_store.reset();
}

void TestConnectDialog::clickConnect(ConnectDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton* connectButton = buttons->button(QDialogButtonBox::Ok);
    QCOMPARE(connectButton->text(), ConnectDialog::tr("Connect"));
    QTest::mouseClick(connectButton, Qt::LeftButton);
}

void TestConnectDialog::tokenIsNeverShown()
{
    ConnectDialog dialog;
    auto* token = dialog.findChild<QLineEdit*>(QStringLiteral("tokenLineEdit"));
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
    QVERIFY(remember);
    QVERIFY(remember->isChecked());
    QVERIFY(dialog.rememberToken());
}

void TestConnectDialog::httpsIsRequiredExceptOnLoopback()
{
    ConnectDialog dialog;
    dialog.show();
    dialog.setUrl(QStringLiteral("http://keys.example.com:8080"));
    dialog.setToken(m_token);
    clickConnect(dialog);
    QVERIFY(!dialog.urlError().isEmpty());
    QVERIFY(dialog.tokenError().isEmpty());
    QVERIFY(!dialog.isConnecting()); // nothing was sent
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    dialog.setUrl(QStringLiteral("ftp://keys.example.com"));
    clickConnect(dialog);
    QVERIFY(!dialog.urlError().isEmpty());
    QVERIFY(!dialog.isConnecting());
}

void TestConnectDialog::emptyFieldsAreSaidAtTheField()
{
    ConnectDialog dialog;
    dialog.show();
    clickConnect(dialog);
    QVERIFY(!dialog.urlError().isEmpty());
    QVERIFY(!dialog.tokenError().isEmpty());
    QVERIFY(dialog.isVisible());

    dialog.setUrl(serverUrl());
    clickConnect(dialog);
    QVERIFY(dialog.urlError().isEmpty());
    QVERIFY(!dialog.tokenError().isEmpty());
    QVERIFY(!dialog.isConnecting());
}

void TestConnectDialog::refusedTokenIsSaidAtTheToken()
{
    ConnectDialog dialog;
    dialog.show();
    dialog.setUrl(serverUrl());
    dialog.setToken(AdminToken::generate());
    clickConnect(dialog);
    QTRY_VERIFY(!dialog.tokenError().isEmpty());
    QVERIFY(dialog.urlError().isEmpty());
    QVERIFY(!dialog.isConnecting());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeStore());
}

void TestConnectDialog::unreachableServerIsSaidAtTheUrl()
{
    // A loopback port nobody listens on: bound and released again.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        port = probe.serverPort();
    }
    ConnectDialog dialog;
    dialog.show();
    dialog.setUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    dialog.setToken(m_token);
    clickConnect(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.urlError().isEmpty(), 30000);
    QVERIFY(dialog.tokenError().isEmpty());
    QVERIFY(dialog.isVisible());
}

void TestConnectDialog::rightTokenOpensTheServersStore()
{
    ConnectDialog dialog;
    dialog.show();
    dialog.setUrl(serverUrl() + QStringLiteral("/"));
    dialog.setToken(QStringLiteral("  ") + m_token + QStringLiteral(" "));
    clickConnect(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.urlError().isEmpty());
    QVERIFY(dialog.tokenError().isEmpty());
    QCOMPARE(dialog.token(), m_token);
    QCOMPARE(dialog.storeInfo().catalogId, Catalog::defaultId());

    std::unique_ptr<Store> store = dialog.takeStore();
    QVERIFY(store);
    const Result<QList<App>> apps = waitFor(store->listApps());
    QVERIFY2(apps.ok(), qPrintable(apps.ok() ? QString() : apps.error().message()));
}

void TestConnectDialog::keychainUnavailableTurnsRememberOff()
{
    ConnectDialog dialog;
    dialog.setKeychainUnavailable(QStringLiteral("No keychain here."));
    QVERIFY(!dialog.rememberToken());
    auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
    QVERIFY(!remember->isEnabled());
}

void TestConnectDialog::serverOptionAsksForTheTokenAndShowsTheServer()
{
    ConsoleOptions options;
    options.server = serverUrl();
    const QUrl url(serverUrl());
    {
        ConsoleLauncher launcher(options);
        // Start from no stored token (with a keychain) or no keychain at all.
        std::optional<TokenVault::Outcome> removed;
        launcher.tokenVault()->remove(url, [&](const TokenVault::Outcome& o) { removed = o; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        const bool keychain = removed->ok();
        if (qEnvironmentVariableIsSet("SCOPEKEEPER_REQUIRE_KEYCHAIN"))
            QVERIFY2(keychain, qPrintable(removed->message));

        launcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(launcher.connectDialog(), 30000);
        ConnectDialog* dialog = launcher.connectDialog();
        QCOMPARE(dialog->url(), url);
        QCOMPARE(dialog->rememberToken(), keychain);
        dialog->setToken(m_token);
        clickConnect(*dialog);
        QTRY_VERIFY(launcher.window());
        QVERIFY(launcher.window()->isVisible());
        auto* label = launcher.window()->findChild<QLabel*>(QStringLiteral("storeLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), MainWindow::tr("Server: %1").arg(url.toDisplayString()));
        QCOMPARE(launcher.store()->location(), url.toDisplayString());
        QTRY_VERIFY(!launcher.connectDialog());
        if (!keychain)
            return; // nothing more to see without a keychain

        // The token was remembered…
        std::optional<TokenVault::Outcome> stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                stored.reset();
                launcher.tokenVault()->read(url, [&](const TokenVault::Outcome& o) { stored = o; });
                return QTest::qWaitFor([&] { return stored.has_value(); }, 10000) && stored->ok();
            }(),
            30000);
        QCOMPARE(stored->token, m_token);
    }
    {
        // …so the next --server opens at once, without asking.
        ConsoleLauncher launcher(options);
        QSignalSpy started(&launcher, &ConsoleLauncher::started);
        launcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
        QVERIFY(!launcher.connectDialog());

        // Sign out: the token is deleted from the keychain.
        launcher.signOut();
        std::optional<TokenVault::Outcome> read;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                read.reset();
                launcher.tokenVault()->read(url, [&](const TokenVault::Outcome& o) { read = o; });
                return QTest::qWaitFor([&] { return read.has_value(); }, 10000) &&
                       read->status == TokenVault::Status::NotFound;
            }(),
            30000);
    }
}

void TestConnectDialog::cancellingWithNothingOpenIsCancelled()
{
    ConsoleOptions options;
    options.server = serverUrl();
    ConsoleLauncher launcher(options);
    QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
    QSignalSpy cancelled(&launcher, &ConsoleLauncher::cancelled);
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.connectDialog(), 30000);
    launcher.connectDialog()->reject();
    // Not a failure to show in a message box: the person chose it. The program exits 1 and
    // names the server (tests/e2e: server_cancel, through the real program).
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(cancelled.constFirst().constFirst().toString().contains(serverUrl()));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!launcher.window());

    // http to a host that is not loopback is refused before anything is asked.
    options.server = QStringLiteral("http://keys.example.com");
    ConsoleLauncher refused(options);
    QSignalSpy refusedFailed(&refused, &ConsoleLauncher::failed);
    refused.start();
    QCOMPARE(refusedFailed.count(), 1);
    QVERIFY(!refused.connectDialog());
}

void TestConnectDialog::fileMenuConnectsFromALocalStore()
{
    ConsoleOptions options;
    options.database = m_dir.filePath(QStringLiteral("local.sqlite"));
    ConsoleLauncher launcher(options);
    QSignalSpy started(&launcher, &ConsoleLauncher::started);
    launcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    MainWindow* local = launcher.window();
    QVERIFY(local);
    auto* signOut = local->findChild<QAction*>(QStringLiteral("signOutAction"));
    QVERIFY(signOut);
    QVERIFY(!signOut->isEnabled()); // nothing to sign out of on a local store

    auto* connectAction = local->findChild<QAction*>(QStringLiteral("connectToServerAction"));
    QVERIFY(connectAction);
    connectAction->trigger();
    QVERIFY(launcher.connectDialog());
    ConnectDialog* dialog = launcher.connectDialog();
    QCOMPARE(dialog->parentWidget(), local);
    dialog->setUrl(serverUrl());
    dialog->setToken(m_token);
    clickConnect(*dialog);
    // The local store's window, and the dialog with it, make way for the server's.
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 30000);
    QVERIFY(launcher.window());
    auto* label = launcher.window()->findChild<QLabel*>(QStringLiteral("storeLabel"));
    QCOMPARE(label->text(), MainWindow::tr("Server: %1").arg(QUrl(serverUrl()).toDisplayString()));
    // The server said whose token it is (GET /api/v1/me): the status bar names them.
    QCOMPARE(launcher.store()->actor(), QStringLiteral("alice"));
    auto* actor = launcher.window()->findChild<QLabel*>(QStringLiteral("actorLabel"));
    QVERIFY(actor);
    QVERIFY(actor->isVisible());
    QCOMPARE(actor->text(), MainWindow::tr("Signed in as %1").arg(QStringLiteral("alice")));
    QVERIFY(launcher.window()->findChild<QAction*>(QStringLiteral("signOutAction"))->isEnabled());
    QVERIFY(!launcher.connectDialog());

    // Sign out: the server refuses the console from then on, and the window says why.
    std::optional<TokenVault::Outcome> written;
    launcher.tokenVault()->remove(QUrl(serverUrl()),
                                  [&](const TokenVault::Outcome& o) { written = o; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    launcher.window()->findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
    auto* rest = qobject_cast<RestStore*>(launcher.store());
    QVERIFY(rest);
    QVERIFY(!rest->hasToken());
}

void TestConnectDialog::refusedStoredTokenIsAskedForAgain()
{
    ConsoleOptions options;
    options.server = serverUrl();
    ConsoleLauncher launcher(options);
    std::optional<TokenVault::Outcome> written;
    launcher.tokenVault()->write(QUrl(serverUrl()), AdminToken::generate(),
                                 [&](const TokenVault::Outcome& o) { written = o; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    if (written->status == TokenVault::Status::Unavailable &&
        !qEnvironmentVariableIsSet("SCOPEKEEPER_REQUIRE_KEYCHAIN"))
        QSKIP("needs a keychain (scripts/test runs one)");
    QVERIFY2(written->ok(), qPrintable(written->message));

    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.connectDialog(), 30000);
    QVERIFY(!launcher.connectDialog()->tokenError().isEmpty());
    QVERIFY(launcher.connectDialog()->urlError().isEmpty());
    QVERIFY(!launcher.window());

    std::optional<TokenVault::Outcome> removed;
    launcher.tokenVault()->remove(QUrl(serverUrl()),
                                  [&](const TokenVault::Outcome& o) { removed = o; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
    QVERIFY(removed->ok());
}

void TestConnectDialog::serverCertificateIsShownAndTrustedWithItsCaFile()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP(qPrintable(QStringLiteral("TLS is not available to Qt here (no TLS backend; "
                                        "OpenSSL 3 was looked for: %1)")
                             .arg(QSslSocket::sslLibraryBuildVersionString())));
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl makes the test CA; scripts/deps.sh installs it");
    QTemporaryDir home;
    TestPki pki;
    const QString made = makePki(openssl, home.path(), &pki);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString fingerprint = fingerprintOf(pki.serverCertificate);
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);

    // The real scopekeeper-server, serving HTTPS with the certificate the CA issued.
    const QString database = home.filePath(QStringLiteral("tls.sqlite"));
    sk::test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QString error;
    const QString token =
        server.run({QStringLiteral("--database"), database, QStringLiteral("admin"),
                    QStringLiteral("create"), QStringLiteral("carol")},
                   &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"), database, QStringLiteral("--tls-cert"),
                           pki.serverCertificate, QStringLiteral("--tls-key"), pki.serverKey}),
             qPrintable(server.err()));
    const QString url = server.url();
    QVERIFY2(url.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(url));

    {
        // Without the CA file: refused, and the URL field says which certificate and how to
        // trust it. Nothing is connected, and not a single request reached the server.
        ConnectDialog dialog;
        dialog.show();
        dialog.setUrl(url);
        dialog.setToken(token);
        QCOMPARE(dialog.caCertificateFile(), QString()); // nothing remembered yet
        clickConnect(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.urlError().isEmpty(), 30000);
        const QString shown = dialog.urlError();
        QVERIFY2(shown.contains(fingerprint), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("“127.0.0.1”")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Scopekeeper Test CA")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("CA certificate file")), qPrintable(shown));
        QVERIFY(dialog.tokenError().isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeStore());
        // A request of the test's own, sent after the refused one, is the first the server
        // logs.
        QNetworkAccessManager manager;
        QNetworkReply* healthz =
            manager.get(QNetworkRequest(QUrl(url + QStringLiteral("/healthz"))));
        healthz->ignoreSslErrors();
        QSignalSpy answered(healthz, &QNetworkReply::finished);
        QVERIFY(healthz->isFinished() || answered.wait(30000));
        QCOMPARE(healthz->error(), QNetworkReply::NoError);
        QTRY_VERIFY_WITH_TIMEOUT(!requestLines(server.err()).isEmpty(), 10000);
        const QStringList logged = requestLines(server.err());
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.constFirst().contains(QLatin1String(" /healthz ")),
                 qPrintable(logged.constFirst()));

        // A CA file that is not there is said at its field, before anything is sent.
        dialog.setCaCertificateFile(home.filePath(QStringLiteral("missing.pem")));
        clickConnect(dialog);
        QVERIFY(!dialog.caFileError().isEmpty());
        QVERIFY(!dialog.isConnecting());

        // Browse… offers a file dialog, and the file chosen fills in the field.
        auto* browse = dialog.findChild<QPushButton*>(QStringLiteral("caFileBrowseButton"));
        QVERIFY(browse);
        QTest::mouseClick(browse, Qt::LeftButton);
        auto* chooser = dialog.findChild<QFileDialog*>(QStringLiteral("caFileDialog"));
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        chooser->selectFile(pki.caCertificate);
        QMetaObject::invokeMethod(chooser, "accept"); // as its Open button does
        QCOMPARE(dialog.caCertificateFile(), QDir::toNativeSeparators(pki.caCertificate));
        QVERIFY(dialog.caFileError().isEmpty());

        // With the CA file: connected, as the administrator the token belongs to.
        clickConnect(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QVERIFY(dialog.urlError().isEmpty());
        std::unique_ptr<Store> store = dialog.takeStore();
        QVERIFY(store);
        QCOMPARE(store->actor(), QStringLiteral("carol"));
        const Result<QList<App>> apps = waitFor(store->listApps());
        QVERIFY2(apps.ok(), qPrintable(apps.ok() ? QString() : apps.error().message()));
        QVERIFY(requestLines(server.err()).size() > logged.size());
    }

    // The console's way in: --server URL --ca-file FILE. The CA file is remembered for that
    // URL (a path, never the token), and --server alone uses it again.
    ConsoleOptions options;
    options.server = url;
    options.caFile = pki.caCertificate;
    const QUrl address(url);
    {
        ConsoleLauncher launcher(options);
        std::optional<TokenVault::Outcome> removed;
        launcher.tokenVault()->remove(address, [&](const TokenVault::Outcome& o) { removed = o; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        launcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(launcher.connectDialog(), 30000);
        ConnectDialog* dialog = launcher.connectDialog();
        QCOMPARE(dialog->caCertificateFile(), pki.caCertificate);
        dialog->setToken(token);
        clickConnect(*dialog);
        QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), 30000);
        QCOMPARE(launcher.store()->actor(), QStringLiteral("carol"));
        QCOMPARE(Preferences().caCertificateFile(address), pki.caCertificate);
        QCOMPARE(Preferences().caCertificateFile(QUrl(url + QStringLiteral("/"))),
                 pki.caCertificate);
        QTRY_VERIFY(!launcher.connectDialog());
        launcher.signOut(); // the token, if the keychain kept it, goes again
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::optional<TokenVault::Outcome> read;
                launcher.tokenVault()->read(address,
                                            [&](const TokenVault::Outcome& o) { read = o; });
                return QTest::qWaitFor([&] { return read.has_value(); }, 10000) && !read->ok();
            }(),
            30000);
    }
    const QString settings = QSettings(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("scopekeeper"), QStringLiteral("scopekeeper"))
                                 .fileName();
    QFile written(settings);
    QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(settings));
    const QByteArray contents = written.readAll();
    QVERIFY(contents.contains(QFileInfo(pki.caCertificate).fileName().toUtf8()));
    QVERIFY(!contents.contains(token.toUtf8()) && !contents.contains(token.mid(4, 20).toUtf8()));

    options.caFile.clear();
    {
        ConsoleLauncher launcher(options);
        launcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(launcher.connectDialog(), 30000);
        QCOMPARE(launcher.connectDialog()->caCertificateFile(), pki.caCertificate);
        launcher.connectDialog()->setToken(token);
        clickConnect(*launcher.connectDialog());
        QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), 30000);
        QVERIFY(launcher.window()->isVisible());
        launcher.signOut();
    }

    // A token in the keychain for a server whose certificate is not trusted (any more): the
    // console does not connect, and asks at the URL, with the token kept in its field.
    Preferences().setCaCertificateFile(address, QString());
    {
        ConsoleLauncher launcher(options);
        std::optional<TokenVault::Outcome> written;
        launcher.tokenVault()->write(address, token,
                                     [&](const TokenVault::Outcome& o) { written = o; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        if (written->ok()) {
            launcher.start();
            QTRY_VERIFY_WITH_TIMEOUT(launcher.connectDialog(), 30000);
            ConnectDialog* dialog = launcher.connectDialog();
            QVERIFY2(dialog->urlError().contains(fingerprint), qPrintable(dialog->urlError()));
            QVERIFY(dialog->tokenError().isEmpty());
            QCOMPARE(dialog->token(), token);
            QVERIFY(!launcher.window());
            dialog->setCaCertificateFile(pki.caCertificate);
            clickConnect(*dialog);
            QTRY_VERIFY_WITH_TIMEOUT(launcher.window(), 30000);
            launcher.signOut();
        } else if (qEnvironmentVariableIsSet("SCOPEKEEPER_REQUIRE_KEYCHAIN")) {
            QFAIL(qPrintable(written->message));
        }
    }
    QCOMPARE(server.terminate(), 0);
}

void TestConnectDialog::connectorSaysWhereEachProblemIs()
{
    // What "Connect to Server" and --server both rely on.
    const auto connect = [](const QUrl& url, const QString& token, const QString& caFile) {
        ServerConnector connector;
        std::optional<ServerConnector::Outcome> outcome;
        connector.connectTo(url, token, caFile,
                            [&](ServerConnector::Outcome o) { outcome = std::move(o); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return ServerConnector::Outcome();
        return std::move(*outcome);
    };
    const QUrl url(serverUrl());

    ServerConnector::Outcome refused = connect(url, AdminToken::generate(), QString());
    QVERIFY(!refused.connected());
    QVERIFY(refused.problem);
    QCOMPARE(refused.problem->field, ServerConnector::Field::Token);
    QVERIFY(!refused.problem->message.isEmpty());

    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        port = probe.serverPort();
    }
    ServerConnector::Outcome unreachable =
        connect(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_token, QString());
    QVERIFY(!unreachable.connected());
    QVERIFY(unreachable.problem);
    QCOMPARE(unreachable.problem->field, ServerConnector::Field::Url);
    QVERIFY(!unreachable.problem->certificateRefused);

    const QString notPem = m_dir.filePath(QStringLiteral("not-a-ca.pem"));
    {
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
    }
    ServerConnector::Outcome badCaFile = connect(url, m_token, notPem);
    QVERIFY(!badCaFile.connected());
    QVERIFY(badCaFile.problem);
    QCOMPARE(badCaFile.problem->field, ServerConnector::Field::CaFile);
    QVERIFY2(badCaFile.problem->message.contains(QStringLiteral("not-a-ca.pem")),
             qPrintable(badCaFile.problem->message));
    QCOMPARE(Preferences().caCertificateFile(url), QString()); // not remembered

    ServerConnector::Outcome connected = connect(url, m_token, QString());
    QVERIFY(connected.connected());
    QVERIFY(!connected.problem);
    QCOMPARE(connected.store->actor(), QStringLiteral("alice"));
    QVERIFY(connected.store->isRemote());
    QCOMPARE(connected.info.catalogId, Catalog::defaultId());
}

void TestConnectDialog::storedTokenWithUnusableCaFileIsKeptAtTheStart()
{
    const QString notPem = m_dir.filePath(QStringLiteral("unusable-ca.pem"));
    {
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate either\n");
    }
    ConsoleOptions options;
    options.server = serverUrl();
    options.caFile = notPem;
    ConsoleLauncher launcher(options);
    std::optional<TokenVault::Outcome> written;
    launcher.tokenVault()->write(QUrl(serverUrl()), m_token,
                                 [&](const TokenVault::Outcome& o) { written = o; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    if (written->status == TokenVault::Status::Unavailable &&
        !qEnvironmentVariableIsSet("SCOPEKEEPER_REQUIRE_KEYCHAIN"))
        QSKIP("needs a keychain (scripts/test runs one)");
    QVERIFY2(written->ok(), qPrintable(written->message));

    // The first start: the CA file is named at its field, the stored token kept (masked) for
    // Connect once another file is chosen.
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.connectDialog(), 30000);
    ConnectDialog* dialog = launcher.connectDialog();
    QVERIFY2(dialog->caFileError().contains(QStringLiteral("unusable-ca.pem")),
             qPrintable(dialog->caFileError()));
    QVERIFY(dialog->urlError().isEmpty());
    QVERIFY(dialog->tokenError().isEmpty());
    QCOMPARE(dialog->token(), m_token);
    QVERIFY(!launcher.window());

    std::optional<TokenVault::Outcome> removed;
    launcher.tokenVault()->remove(QUrl(serverUrl()),
                                  [&](const TokenVault::Outcome& o) { removed = o; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
    QVERIFY(removed->ok());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
