// "Connect to Server", driven like a person would, against a real scopekeeper-server started
// in this process on 127.0.0.1: the URL and token are checked at their fields, a refused
// token is said at the token, an unreachable server at the URL, and the right token opens
// the server's store.
#include "AdminToken.h"
#include "ApiServer.h"
#include "Catalog.h"
#include "ConnectDialog.h"
#include "ConsoleLauncher.h"
#include "MainWindow.h"
#include "RestStore.h"
#include "SqlStore.h"
#include "TokenVault.h"
#include "Wait.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

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
    void cancellingWithNothingOpenFails();
    void fileMenuConnectsFromALocalStore();
    void refusedStoredTokenIsAskedForAgain();

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

    std::unique_ptr<RestStore> store = dialog.takeStore();
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

void TestConnectDialog::cancellingWithNothingOpenFails()
{
    ConsoleOptions options;
    options.server = serverUrl();
    ConsoleLauncher launcher(options);
    QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
    launcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(launcher.connectDialog(), 30000);
    launcher.connectDialog()->reject();
    QCOMPARE(failed.count(), 1);
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

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
