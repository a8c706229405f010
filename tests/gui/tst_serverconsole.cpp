// The console on a server store, as an administrator meets it: a real scopekeeper-server
// (ApiServer over a SQLite store) in this process on 127.0.0.1, stopped, slowed down or made
// to refuse the token while the window is open. The message bar says which of these it is and
// offers what helps (Retry, or Connect… for a refused token); a stale edit still offers Reload.
// The automatic refresh follows the server's changes, and stops asking with a refused token.
// Sign Out deletes the token from the keychain, empties the window and says how to come back.
#include "ActivityPage.h"
#include "AdminToken.h"
#include "ApiServer.h"
#include "AppDialog.h"
#include "AppListModel.h"
#include "AppsPage.h"
#include "AuditLogModel.h"
#include "ConnectDialog.h"
#include "ConsoleLauncher.h"
#include "KeyListModel.h"
#include "KeysPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RestStore.h"
#include "SqlStore.h"
#include "TokenVault.h"
#include "Wait.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

class TestServerConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unreachableServerIsSaidAndRetryRecovers();
    void slowServerIsSaidAsATimeout();
    void refusedTokenIsSaidAndOffersToConnect();
    void staleEditStillOffersReload();
    void autoRefreshFollowsTheServer();
    void signOutDeletesTheTokenAndEmptiesTheWindow();
    void auditorReadsEverythingAndChangesNothing();
    void tokenExpiringWithinTwoWeeksIsWarned();
    void revokedOrExpiredTokenIsSaidAtConnect();

private:
    bool startServer(quint16 port = 0);
    void stopServer();
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    App addApp(const QString& name);
    /// A console connected to the server through Connect to Server, with `token`; kept in the
    /// keychain (when there is one) only if `remember`.
    std::unique_ptr<ConsoleLauncher> connectConsole(const QString& token, bool remember = false);
    /// Deletes an administrator on the server, as if their token had been revoked.
    void revoke(const QString& admin);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<ApiServer> m_api;
    QStringList m_log;
    quint16 m_port = 0;
    QString m_token;        // alice's
    ShiftableClock m_clock; // the server's "now"
};

namespace {

struct Bar
{
    QWidget* frame = nullptr;
    QLabel* label = nullptr;
    QPushButton* retry = nullptr;
    QPushButton* connect = nullptr;

    explicit Bar(QWidget* window)
        : frame(window->findChild<QWidget*>(QStringLiteral("messageBarFrame")))
        , label(window->findChild<QLabel*>(QStringLiteral("messageBarLabel")))
        , retry(window->findChild<QPushButton*>(QStringLiteral("retryButton")))
        , connect(window->findChild<QPushButton*>(QStringLiteral("connectButton")))
    {
    }
    bool valid() const { return frame && label && retry && connect; }
    QString text() const { return frame->isVisible() ? label->text() : QString(); }
};

/// Sends a request of the test's own (GET /healthz) and waits for its answer: the server
/// answers and logs it after whatever the console sent before it.
bool probe(const QString& url)
{
    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.get(QNetworkRequest(QUrl(url + QStringLiteral("/healthz"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return (reply->isFinished() || finished.wait(10000)) &&
           reply->error() == QNetworkReply::NoError;
}

/// Reloads the window's page on screen, as F5 does, and waits until the answer is shown: what
/// a key pressed before it would have opened is open by then.
bool reloadAndWait(MainWindow* window, QAbstractItemModel* pageModel, const char* loadedSignal)
{
    QSignalSpy loaded(pageModel, loadedSignal);
    window->findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
    return loaded.wait(10000);
}

} // namespace

void TestServerConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
              QStringLiteral("scopekeeper"))
        .clear();
}

void TestServerConsole::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("server.sqlite"));
    options.actor = QStringLiteral("scopekeeper-server");
    m_clock.setOffset(0);
    options.clock = m_clock.clock();
    m_store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> opened = waitFor(m_store->open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    m_token = AdminToken::generate();
    QVERIFY(waitFor(m_store->createAdmin(QStringLiteral("alice"), AdminToken::hash(m_token))).ok());
    m_port = 0;
    QVERIFY(startServer());
}

void TestServerConsole::cleanup()
{
    MessageBox::setNextAnswer(MessageBox::NoAnswer);
    MessageBox::takeQuestionCount();
    m_api.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestServerConsole::startServer(quint16 port)
{
    m_api = std::make_unique<ApiServer>(*m_store);
    m_api->setLogSink([this](const QString& line) { m_log << line; });
    QString error;
    if (!m_api->listen(QHostAddress(QHostAddress::LocalHost), port, nullptr, &error)) {
        qWarning("listen: %s", qPrintable(error));
        return false;
    }
    m_port = m_api->port();
    return true;
}

void TestServerConsole::stopServer()
{
    m_api.reset();
}

App TestServerConsole::addApp(const QString& name)
{
    const Result<App> app =
        waitFor(m_store->createApp(NewApp{name, {QStringLiteral("model:deploy")}}));
    if (!app.ok())
        qFatal("createApp: %s", qPrintable(app.error().toString()));
    return app.value();
}

std::unique_ptr<ConsoleLauncher> TestServerConsole::connectConsole(const QString& token,
                                                                   bool remember)
{
    ConsoleOptions options;
    options.server = url();
    auto launcher = std::make_unique<ConsoleLauncher>(options);
    launcher->start();
    if (!QTest::qWaitFor([&] { return launcher->connectDialog() || launcher->window(); }, 30000))
        return nullptr;
    if (ConnectDialog* dialog = launcher->connectDialog()) {
        // Into the keychain only when asked: every test starts from nothing stored.
        if (!remember)
            dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(false);
        dialog->setToken(token);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }
    if (!QTest::qWaitFor([&] { return launcher->window() && !launcher->connectDialog(); }, 30000))
        return nullptr;
    if (!QTest::qWaitFor([&] { return launcher->window()->appListModel()->hasLoaded(); }, 30000))
        return nullptr;
    return launcher;
}

void TestServerConsole::revoke(const QString& admin)
{
    const QString connection = QStringLiteral("revoke");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_dir->filePath(QStringLiteral("server.sqlite")));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("DELETE FROM admins WHERE name = ?")));
        q.addBindValue(admin);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestServerConsole::unreachableServerIsSaidAndRetryRecovers()
{
    addApp(QStringLiteral("Payments"));
    RestStore store(QUrl(url()), m_token);
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY(info.ok());
    MainWindow window(&store, info.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Bar bar(&window);
    QVERIFY(bar.valid());
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
    QCOMPARE(bar.text(), QString());

    // The server goes away: F5 says it cannot be reached, and offers Retry (not Connect…).
    stopServer();
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!bar.text().isEmpty(), 30000);
    QVERIFY2(bar.text().startsWith(QStringLiteral("Cannot reach the server at %1").arg(url())),
             qPrintable(bar.text()));
    QVERIFY(bar.retry->isVisible());
    QVERIFY(!bar.connect->isVisible());
    QCOMPARE(window.appListModel()->rowCount(), 1); // what was shown stays

    // Retry while it is still away: the bar says so again.
    QTest::mouseClick(bar.retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar.text().startsWith(QStringLiteral("Cannot reach")), 30000);

    // Back (on the same port), with a change made meanwhile: Retry shows it, and the bar goes.
    QVERIFY(startServer(m_port));
    addApp(QStringLiteral("Ledger"));
    QTest::mouseClick(bar.retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.appListModel()->rowCount(), 2, 30000);
    QVERIFY(!bar.frame->isVisible());
}

void TestServerConsole::slowServerIsSaidAsATimeout()
{
    RestStore store(QUrl(url()), m_token);
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY(info.ok());
    MainWindow window(&store, info.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Bar bar(&window);
    QTRY_VERIFY(window.appListModel()->hasLoaded());

    // Something on the server's port that accepts connections and never answers.
    stopServer();
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QHostAddress::LocalHost), m_port));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held << socket;
    });
    store.setTimeoutMs(300);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!bar.text().isEmpty(), 30000);
    QVERIFY2(bar.text().contains(QStringLiteral("did not answer within 0.3 seconds")),
             qPrintable(bar.text()));
    QVERIFY(bar.retry->isVisible());
    QVERIFY(!bar.connect->isVisible());
    QVERIFY(!held.isEmpty());
}

void TestServerConsole::refusedTokenIsSaidAndOffersToConnect()
{
    addApp(QStringLiteral("Payments"));
    std::unique_ptr<ConsoleLauncher> launcher = connectConsole(m_token);
    QVERIFY(launcher);
    MainWindow* window = launcher->window();
    QCOMPARE(window->appListModel()->rowCount(), 1);
    QVERIFY(QTest::qWaitForWindowActive(window));
    Bar bar(window);

    // alice's token is revoked on the server: the next request is refused, and the bar says
    // so, offering to connect again instead of a Retry that cannot help.
    revoke(QStringLiteral("alice"));
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!bar.text().isEmpty(), 30000);
    QVERIFY2(bar.text().contains(QStringLiteral("refused the administrator token")),
             qPrintable(bar.text()));
    QVERIFY2(bar.text().contains(url()), qPrintable(bar.text()));
    QVERIFY(bar.connect->isVisible());
    QVERIFY(!bar.retry->isVisible());
    QVERIFY(m_log.last().contains(QLatin1String(" 401 ")));

    // Connect… opens Connect to Server for this server; a valid token gets the window back.
    QTest::mouseClick(bar.connect, Qt::LeftButton);
    QVERIFY(launcher->connectDialog());
    ConnectDialog* dialog = launcher->connectDialog();
    QCOMPARE(dialog->url(), QUrl(url()));
    const QString bobToken = AdminToken::generate();
    QVERIFY(waitFor(m_store->createAdmin(QStringLiteral("bob"), AdminToken::hash(bobToken))).ok());
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(false);
    dialog->setToken(bobToken);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(launcher->window() != window && launcher->window(), 30000);
    QCOMPARE(launcher->store()->actor(), QStringLiteral("bob"));
    QTRY_COMPARE_WITH_TIMEOUT(launcher->window()->appListModel()->rowCount(), 1, 30000);
    QCOMPARE(Bar(launcher->window()).text(), QString());
}

void TestServerConsole::staleEditStillOffersReload()
{
    const App app = addApp(QStringLiteral("Marketing"));
    RestStore store(QUrl(url()), m_token);
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY(info.ok());
    MainWindow window(&store, info.value());
    window.show();
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
    window.findChild<QTableView*>(QStringLiteral("appsTableView"))->selectRow(0);
    window.appsPage()->editCurrentApp();
    QTRY_VERIFY(window.findChild<AppDialog*>());
    AppDialog* dialog = window.findChild<AppDialog*>();

    // Someone else renames it on the server meanwhile (412 for this console's If-Match).
    QVERIFY(waitFor(m_store->renameApp(app.id, QStringLiteral("Marketing EU"), app.version)).ok());
    dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"))
        ->setText(QStringLiteral("Mine"));
    MessageBox::setNextAnswer(MessageBox::Accept); // reload
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"))->text(),
        QStringLiteral("Marketing EU"), 30000);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("changed by someone else")));
    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QLatin1String(" 412 ")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(Bar(&window).text(), QString()); // not a problem with the server
    QCOMPARE(waitFor(m_store->app(app.id)).value().name, QStringLiteral("Marketing EU"));
    dialog->reject();
}

void TestServerConsole::autoRefreshFollowsTheServer()
{
    const App payments = addApp(QStringLiteral("Payments"));
    RestStore store(QUrl(url()), m_token);
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY(info.ok());
    MainWindow window(&store, info.value());
    window.show();
    Bar bar(&window);
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
    window.setAutoRefreshInterval(100);

    // Changes made by another administrator on the server appear without F5…
    addApp(QStringLiteral("Ledger"));
    QTRY_COMPARE_WITH_TIMEOUT(window.appListModel()->rowCount(), 2, 10000);
    // …on the page on screen.
    window.showPage(MainWindow::KeysPageIndex);
    QTRY_VERIFY(window.keysPage()->model()->hasLoaded());
    QCOMPARE(window.keysPage()->model()->rowCount(), 0);
    QVERIFY(waitFor(m_store->createKey(payments.id,
                                       NewKey{QStringLiteral("Checkout"),
                                              QDateTime::currentDateTimeUtc().addDays(30)}))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(window.keysPage()->model()->rowCount(), 1, 10000);

    // The server goes away: the bar says so; it comes back: the bar goes by itself.
    window.showPage(MainWindow::AppsPageIndex);
    stopServer();
    QTRY_VERIFY_WITH_TIMEOUT(bar.text().startsWith(QStringLiteral("Cannot reach")), 30000);
    QVERIFY(startServer(m_port));
    addApp(QStringLiteral("Marketing"));
    QTRY_COMPARE_WITH_TIMEOUT(window.appListModel()->rowCount(), 3, 30000);
    QTRY_VERIFY(!bar.frame->isVisible());

    // A refused token is not sent again and again: the bar offers to connect instead.
    revoke(QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(bar.text().contains(QStringLiteral("refused the administrator token")),
                             30000);
    QTRY_VERIFY(!window.appListModel()->isLoading());
    const qsizetype requests = m_log.size();
    // A fixed wait: the test is about time passing, six ticks of the automatic refresh that
    // must not send the refused token again (and so leave nothing to wait for).
    QTest::qWait(600);
    QVERIFY(probe(url()));
    QCOMPARE(m_log.size(), requests + 1); // the probe's, and nothing of the console's
    QVERIFY2(m_log.last().contains(QLatin1String(" /healthz ")), qPrintable(m_log.last()));
    QVERIFY(bar.connect->isVisible());
}

void TestServerConsole::signOutDeletesTheTokenAndEmptiesTheWindow()
{
    const App app = addApp(QStringLiteral("Payments"));
    QVERIFY(waitFor(m_store->createKey(app.id, NewKey{QStringLiteral("Checkout"),
                                                      QDateTime::currentDateTimeUtc().addDays(30)}))
                .ok());
    std::unique_ptr<ConsoleLauncher> launcher = connectConsole(m_token, /*remember=*/true);
    QVERIFY(launcher);
    const QUrl server(url());
    // Whether there is a keychain here: the token is in it now, or there is none.
    std::optional<TokenVault::Outcome> stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            stored.reset();
            launcher->tokenVault()->read(server, [&](const TokenVault::Outcome& o) { stored = o; });
            return QTest::qWaitFor([&] { return stored.has_value(); }, 10000) &&
                   stored->status != TokenVault::Status::NotFound;
        }(),
        30000);
    const bool keychain = stored->ok();
    if (qEnvironmentVariableIsSet("SCOPEKEEPER_REQUIRE_KEYCHAIN"))
        QVERIFY2(keychain, qPrintable(stored->message));
    if (keychain)
        QCOMPARE(stored->token, m_token);

    MainWindow* window = launcher->window();
    window->showPage(MainWindow::KeysPageIndex);
    QTRY_COMPARE(window->keysPage()->model()->rowCount(), 1);
    window->showPage(MainWindow::ActivityPageIndex);
    QTRY_VERIFY(window->activityPage()->model()->rowCount() >= 2);
    window->showPage(MainWindow::AppsPageIndex);
    QCOMPARE(window->appListModel()->rowCount(), 1);
    window->setAutoRefreshInterval(50);

    window->findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
    // At once: nothing of the server is shown any more, and the window says how to come back.
    QCOMPARE(launcher->window(), window); // the window stays, on the server's address
    QCOMPARE(window->appListModel()->rowCount(), 0);
    QCOMPARE(window->keysPage()->model()->rowCount(), 0);
    QCOMPARE(window->activityPage()->model()->rowCount(), 0);
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("pagesStackedWidget"))->isEnabled());
    Bar bar(window);
    QVERIFY2(bar.text().startsWith(QStringLiteral("Signed out of %1").arg(url())),
             qPrintable(bar.text()));
    QVERIFY2(bar.text().contains(QStringLiteral("Connect…")), qPrintable(bar.text()));
    QVERIFY(bar.connect->isVisible());
    QVERIFY(!bar.retry->isVisible());
    for (const char* action : {"signOutAction", "refreshAction", "newAppAction"})
        QVERIFY2(!window->findChild<QAction*>(QLatin1String(action))->isEnabled(), action);
    QVERIFY(window->findChild<QAction*>(QStringLiteral("connectToServerAction"))->isEnabled());
    auto* storeLabel = window->findChild<QLabel*>(QStringLiteral("storeLabel"));
    QCOMPARE(storeLabel->text(), MainWindow::tr("Server: %1 (signed out)").arg(url()));
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("actorLabel"))->isVisible());

    // The token is gone from the keychain, and the bar says what the keychain did.
    std::optional<TokenVault::Outcome> after;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            after.reset();
            launcher->tokenVault()->read(server, [&](const TokenVault::Outcome& o) { after = o; });
            return QTest::qWaitFor([&] { return after.has_value(); }, 10000) && !after->ok();
        }(),
        30000);
    if (keychain) {
        QCOMPARE(after->status, TokenVault::Status::NotFound);
        QTRY_VERIFY2(bar.text().contains(QStringLiteral("deleted from the keychain")),
                     qPrintable(bar.text()));
    } else {
        QTRY_VERIFY2(bar.text().contains(QStringLiteral("no token was kept")),
                     qPrintable(bar.text()));
    }

    // Nothing more is asked of the server: not by the automatic refresh (stopped), F5 or
    // other pages. A request of the test's own, sent after them, is the only one logged.
    QCOMPARE(window->autoRefreshInterval(), 0);
    const qsizetype requests = m_log.size();
    window->findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
    for (MainWindow::Page page :
         {MainWindow::KeysPageIndex, MainWindow::ActivityPageIndex, MainWindow::AppsPageIndex})
        window->showPage(page);
    QVERIFY(probe(url()));
    QCOMPARE(m_log.size(), requests + 1);
    QVERIFY2(m_log.last().contains(QLatin1String(" /healthz ")), qPrintable(m_log.last()));
    QCOMPARE(window->appListModel()->rowCount(), 0);
    QVERIFY(bar.text().startsWith(QStringLiteral("Signed out of")));

    // Connect… asks for a token for this server, and the server's window comes back.
    QTest::mouseClick(bar.connect, Qt::LeftButton);
    QVERIFY(launcher->connectDialog());
    ConnectDialog* dialog = launcher->connectDialog();
    QCOMPARE(dialog->url(), server);
    QVERIFY(dialog->token().isEmpty());
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(false);
    dialog->setToken(m_token);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(launcher->window() && launcher->window() != window, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(launcher->window()->appListModel()->rowCount(), 1, 30000);
    QVERIFY(!launcher->window()->isSignedOut());
    QCOMPARE(Bar(launcher->window()).text(), QString());
}

void TestServerConsole::auditorReadsEverythingAndChangesNothing()
{
    const App app = addApp(QStringLiteral("Payments"));
    QVERIFY(waitFor(m_store->createKey(app.id, NewKey{QStringLiteral("ci"),
                                                      QDateTime::currentDateTimeUtc().addDays(9)}))
                .ok());
    const QString auditor = AdminToken::generate();
    QVERIFY(waitFor(m_store->createAdmin(QStringLiteral("audrey"), AdminToken::hash(auditor),
                                         QStringLiteral("auditor"),
                                         QDateTime::currentDateTimeUtc().addDays(90)))
                .ok());
    std::unique_ptr<ConsoleLauncher> launcher = connectConsole(auditor);
    QVERIFY(launcher);
    MainWindow* window = launcher->window();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto saysWhy = [](const QString& toolTip) {
        return toolTip.contains(QStringLiteral("audrey")) &&
               toolTip.contains(QStringLiteral("auditor"));
    };

    // The status bar says it once for all.
    auto* readOnly = window->findChild<QLabel*>(QStringLiteral("readOnlyLabel"));
    QVERIFY(readOnly && readOnly->isVisible());
    QCOMPARE(readOnly->text(), QStringLiteral("Read-only"));
    QVERIFY(saysWhy(readOnly->toolTip()));

    // Apps: everything that changes is disabled, saying why; the apps can still be read.
    AppsPage* apps = window->appsPage();
    auto* view = apps->findChild<QTableView*>(QStringLiteral("appsTableView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    for (const char* name : {"createAppButton", "deleteAppButton"}) {
        auto* button = apps->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(saysWhy(button->toolTip()), qPrintable(button->toolTip()));
    }
    QAction* newApp = window->findChild<QAction*>(QStringLiteral("newAppAction"));
    QVERIFY(!newApp->isEnabled());
    QVERIFY(saysWhy(newApp->toolTip()));
    auto* view_ = apps->findChild<QPushButton*>(QStringLiteral("editAppButton"));
    QVERIFY(view_->isEnabled());
    QCOMPARE(view_->text(), QStringLiteral("View app"));
    // Del and Ctrl+N do nothing: no confirmation, no dialog.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(reloadAndWait(window, window->appListModel(), SIGNAL(loaded())));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(waitFor(m_store->listApps()).value().size(), 1);

    // Opening the app shows it, with nothing to change or save.
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(window->findChild<AppDialog*>());
    auto* dialog = window->findChild<AppDialog*>();
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"))->isReadOnly());
    QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("scopePicker"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isVisible());
    auto* createKey = dialog->findChild<QPushButton*>(QStringLiteral("createKeyButton"));
    QVERIFY(!createKey->isEnabled());
    QVERIFY(saysWhy(createKey->toolTip()));
    dialog->reject();

    // Keys: listed, and none can be made or deleted.
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    KeysPage* keys = window->keysPage();
    auto* keysView = keys->findChild<QTableView*>(QStringLiteral("keysTableView"));
    QTRY_COMPARE(keysView->model()->rowCount(), 1);
    keysView->selectRow(0);
    for (const char* name : {"newKeyButton", "deleteKeysButton"}) {
        auto* button = keys->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(saysWhy(button->toolTip()), qPrintable(button->toolTip()));
    }
    keysView->setFocus();
    QTest::keyClick(keysView, Qt::Key_Delete);
    QVERIFY(reloadAndWait(window, window->keysPage()->model(), SIGNAL(loaded())));
    QVERIFY(!QApplication::activeModalWidget());
    // Not one change reached the server (an auditor's would be a 403).
    for (const QString& line : std::as_const(m_log))
        QVERIFY2(!line.contains(QLatin1String(" 403 ")), qPrintable(line));
}

void TestServerConsole::tokenExpiringWithinTwoWeeksIsWarned()
{
    const QString soon = AdminToken::generate();
    QVERIFY(waitFor(m_store->createAdmin(QStringLiteral("sam"), AdminToken::hash(soon),
                                         QStringLiteral("admin"),
                                         QDateTime::currentDateTimeUtc().addDays(5).addSecs(-600)))
                .ok());
    std::unique_ptr<ConsoleLauncher> launcher = connectConsole(soon);
    QVERIFY(launcher);
    auto* warning = launcher->window()->findChild<QLabel*>(QStringLiteral("tokenExpiryLabel"));
    QVERIFY(warning);
    QVERIFY2(warning->text().contains(QStringLiteral("expires in 5 day")),
             qPrintable(warning->text()));
    QVERIFY(warning->toolTip().contains(QStringLiteral("new one")));
    QVERIFY(!launcher->window()->findChild<QLabel*>(QStringLiteral("readOnlyLabel")));

    // alice's token has a year: no warning.
    launcher.reset();
    launcher = connectConsole(m_token);
    QVERIFY(launcher);
    QVERIFY(!launcher->window()->findChild<QLabel*>(QStringLiteral("tokenExpiryLabel")));
}

void TestServerConsole::revokedOrExpiredTokenIsSaidAtConnect()
{
    const QString gone = AdminToken::generate();
    QVERIFY(waitFor(m_store->createAdmin(QStringLiteral("rita"), AdminToken::hash(gone))).ok());
    QVERIFY(waitFor(m_store->revokeAdmin(QStringLiteral("rita"))).ok());
    const auto connectWith = [this](const QString& token) {
        ConsoleOptions options;
        options.server = url();
        auto launcher = std::make_unique<ConsoleLauncher>(options);
        launcher->start();
        if (!QTest::qWaitFor([&] { return launcher->connectDialog() != nullptr; }, 30000))
            return QStringLiteral("no Connect to Server");
        QPointer<ConnectDialog> dialog = launcher->connectDialog();
        dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(false);
        dialog->setToken(token);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !dialog || !dialog->tokenError().isEmpty(); }, 30000))
            return QStringLiteral("no error at the token");
        return dialog ? dialog->tokenError() : QStringLiteral("connected");
    };
    QString error = connectWith(gone);
    QVERIFY2(error.contains(QStringLiteral("it was revoked")), qPrintable(error));

    const QString old = AdminToken::generate();
    QVERIFY(waitFor(m_store->createAdmin(QStringLiteral("olga"), AdminToken::hash(old),
                                         QStringLiteral("admin"),
                                         QDateTime::currentDateTimeUtc().addSecs(60)))
                .ok());
    m_clock.advance(2 * 60 * 1000); // on the server, two minutes go by
    error = connectWith(old);
    QVERIFY2(error.contains(QStringLiteral("it has expired")), qPrintable(error));
}

QTEST_MAIN(TestServerConsole)
#include "tst_serverconsole.moc"
