// The console loses the server between a commit and its answer: a real scopekeeper-server
// process behind a small TCP proxy in this test, which forwards "create key" and then cuts the
// connection before the answer reaches the console, and stays away for a moment. The console
// must not send the create again by itself (the server's access log holds one POST), must say
// that the key may have been created, show it once the server answers again, and offer to
// delete it. When the request never reached the server, it says the key was not created, and
// Generate Key creates it (once).
#include "AppDialog.h"
#include "AppListModel.h"
#include "AppsPage.h"
#include "CreateKeyDialog.h"
#include "DeleteFlows.h"
#include "KeyFlow.h"
#include "KeyListModel.h"
#include "KeysPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RestStore.h"
#include "ScopePicker.h"
#include "ServerProcess.h"
#include "Wait.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sk;

namespace {

/// Forwards connections to the server, byte for byte, until told to lose one create-key
/// exchange: either its answer (the server committed; the console hears nothing) or the request
/// itself (the server never saw it). Then it stays away (refuses connections) for `downMs`.
class LossyProxy : public QObject
{
public:
    enum class Lose
    {
        Nothing,
        AnswerOfNextKeyCreate,
        NextKeyCreate,
        AnswerOfNextAppCreate,
        AnswerOfNextKeyDelete
    };

    explicit LossyProxy(quint16 serverPort)
        : m_serverPort(serverPort)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &LossyProxy::accept);
    }
    bool listen() { return m_listener.listen(QHostAddress::LocalHost, m_port); }
    quint16 port() const { return m_listener.serverPort(); }
    void lose(Lose what, int downMs)
    {
        m_lose = what;
        m_downMs = downMs;
    }
    bool lost() const { return m_lost; }
    bool down() const { return !m_listener.isListening(); }

private:
    void accept()
    {
        while (QTcpSocket* client = m_listener.nextPendingConnection()) {
            m_clients << client;
            auto* server = new QTcpSocket(client);
            auto keepAnswer = std::make_shared<bool>(true);
            connect(client, &QTcpSocket::readyRead, client, [this, client, server, keepAnswer] {
                const QByteArray data = client->readAll();
                static const QRegularExpression keyCreate(
                    QStringLiteral("^POST /api/v1/apps/[^ ]+/keys HTTP/1\\.1\\r\\n"),
                    QRegularExpression::MultilineOption);
                static const QRegularExpression appCreate(
                    QStringLiteral("^POST /api/v1/apps HTTP/1\\.1\\r\\n"),
                    QRegularExpression::MultilineOption);
                static const QRegularExpression keyDelete(
                    QStringLiteral("^DELETE /api/v1/apps/[^ ]+/keys/[^ ]+ HTTP/1\\.1\\r\\n"),
                    QRegularExpression::MultilineOption);
                const QRegularExpression& losing = m_lose == Lose::AnswerOfNextAppCreate ? appCreate
                                                   : m_lose == Lose::AnswerOfNextKeyDelete
                                                       ? keyDelete
                                                       : keyCreate;
                if (m_lose != Lose::Nothing && losing.match(QString::fromLatin1(data)).hasMatch()) {
                    const Lose what = std::exchange(m_lose, Lose::Nothing);
                    if (what == Lose::NextKeyCreate) {
                        goDown();
                        client->abort();
                        return;
                    }
                    *keepAnswer = false; // forwarded; its answer will not come back
                }
                server->write(data);
            });
            connect(server, &QTcpSocket::readyRead, client, [this, client, server, keepAnswer] {
                const QByteArray data = server->readAll();
                if (!*keepAnswer) {
                    goDown();
                    client->abort();
                    return;
                }
                client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(server, &QTcpSocket::disconnected, client,
                    [client] { client->disconnectFromHost(); });
            server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        }
    }
    void goDown()
    {
        m_lost = true;
        if (m_downMs <= 0)
            return; // the server is still there: only that exchange is lost
        m_port = m_listener.serverPort();
        m_listener.close();
        // Every connection goes, not only the one that lost its exchange: the server is away.
        for (const QPointer<QTcpSocket>& client : std::exchange(m_clients, {})) {
            if (client)
                client->abort();
        }
        QTimer::singleShot(m_downMs, this, [this] { QVERIFY(listen()); });
    }

    quint16 m_serverPort;
    quint16 m_port = 0;
    QTcpServer m_listener;
    Lose m_lose = Lose::Nothing;
    int m_downMs = 0;
    bool m_lost = false;
    QList<QPointer<QTcpSocket>> m_clients;
};

} // namespace

class TestLostAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lostAnswerSaysTheKeyMayExistShowsItAndOffersToDeleteIt_data();
    void lostAnswerSaysTheKeyMayExistShowsItAndOffersToDeleteIt();
    void lostRequestSaysTheKeyWasNotCreatedAndGenerateCreatesIt();
    void lostAnswerToAnAppGoesOnWithTheAppMade();
    void lostAnswerToADeletionIsAskedAgainAndTheKeyIsGone_data();
    void lostAnswerToADeletionIsAskedAgainAndTheKeyIsGone();

private:
    /// Opens "Create new API key" for the app over the window, types `name` and presses
    /// Generate Key.
    CreateKeyDialog* generate(const QString& name);
    /// How many times the server was asked to create a key (its access log).
    int keyCreatesSeen();
    QStringList serverKeyNames();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<LossyProxy> m_proxy;
    std::unique_ptr<RestStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_token;
    App m_app;
};

void TestLostAnswer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
              QStringLiteral("scopekeeper"))
        .clear();
}

void TestLostAnswer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString database = m_dir->filePath(QStringLiteral("server.sqlite"));
    m_server = std::make_unique<test::ServerProcess>(QStringLiteral(SCOPEKEEPER_SERVER_PATH),
                                                     m_dir->path());
    QString error;
    m_token = m_server->run({QStringLiteral("--database"), database, QStringLiteral("admin"),
                             QStringLiteral("create"), QStringLiteral("alice")},
                            &error);
    QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    QVERIFY(m_server->start({QStringLiteral("--database"), database, QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0")}));
    m_proxy = std::make_unique<LossyProxy>(m_server->port());
    QVERIFY(m_proxy->listen());

    RestStoreOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
    options.token = m_token;
    options.timeoutMs = 5000;
    m_store = std::make_unique<RestStore>(options);
    const Result<StoreInfo> info = waitFor(m_store->open());
    QVERIFY2(info.ok(), qPrintable(info.error().message()));
    const Result<App> app = waitFor(m_store->createApp(
        NewApp{QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")}}));
    QVERIFY2(app.ok(), qPrintable(app.error().message()));
    m_app = app.value();
    m_window = std::make_unique<MainWindow>(m_store.get(), info.value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::KeysPageIndex);
    QTRY_VERIFY(m_window->keysPage()->model()->hasLoaded());
}

void TestLostAnswer::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != m_window.get() && qobject_cast<QDialog*>(w))
            delete w;
    }
    m_window.reset();
    m_store.reset();
    m_proxy.reset();
    if (m_server)
        m_server->terminate();
    m_server.reset();
    m_dir.reset();
}

CreateKeyDialog* TestLostAnswer::generate(const QString& name)
{
    startKeyCreation(m_window.get(), m_store.get(), m_app);
    auto* dialog = m_window->findChild<CreateKeyDialog*>();
    if (!dialog)
        return nullptr;
    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit"));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("generateKeyButton"));
    if (!nameEdit || !button)
        return nullptr;
    QTest::keyClicks(nameEdit, name);
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return dialog;
}

int TestLostAnswer::keyCreatesSeen()
{
    static const QRegularExpression post(QStringLiteral("POST /api/v1/apps/\\S+/keys "));
    return int(m_server->err().count(post));
}

QStringList TestLostAnswer::serverKeyNames()
{
    RestStore direct(QUrl(m_server->url()), m_token);
    if (!waitFor(direct.open()).ok())
        return {QStringLiteral("(the server cannot be asked)")};
    const Result<QList<ApiKey>> keys = waitFor(direct.listKeys(m_app.id));
    QStringList names;
    for (const ApiKey& key : keys.value())
        names << key.name;
    return names;
}

void TestLostAnswer::lostAnswerSaysTheKeyMayExistShowsItAndOffersToDeleteIt_data()
{
    QTest::addColumn<int>("downMs");
    // The server stays away for a while, or is there at once (where a resend by the HTTP stack
    // itself would reach it).
    QTest::newRow("server away for 3 s") << 3000;
    QTest::newRow("server still there") << 0;
}

void TestLostAnswer::lostAnswerSaysTheKeyMayExistShowsItAndOffersToDeleteIt()
{
    QFETCH(int, downMs);
    m_proxy->lose(LossyProxy::Lose::AnswerOfNextKeyCreate, downMs);
    QPointer<CreateKeyDialog> dialog = generate(QStringLiteral("Nightly batch"));
    QVERIFY(dialog);
    auto* general = dialog->findChild<QLabel*>(QStringLiteral("generalErrorLabel"));
    QVERIFY(general);
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->lost(), 10000);

    if (downMs > 0) {
        // While the server cannot be reached, the dialog says the key may exist, and does not
        // offer to create it again.
        QTRY_VERIFY_WITH_TIMEOUT(general->text().contains(QStringLiteral("may have been created")),
                                 10000);
        QVERIFY(general->text().contains(QStringLiteral("Nightly batch")));
        QVERIFY(m_proxy->down());
        auto* generateButton = dialog->findChild<QPushButton*>(QStringLiteral("generateKeyButton"));
        QVERIFY(!generateButton->isEnabled());
    }
    // The server made it, once: the console did not send it again.
    QCOMPARE(serverKeyNames(), QStringList{QStringLiteral("Nightly batch")});

    // Once the server answers again: the key is shown, and the console says what happened.
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_window->findChild<QMessageBox*>(QStringLiteral("keyMayExistMessageBox"))), 20000);
    QTRY_VERIFY(!dialog);
    QVERIFY2(box->text().contains(QStringLiteral("Nightly batch")) &&
                 box->text().contains(QStringLiteral("Payments")),
             qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("cannot be shown again")),
             qPrintable(box->informativeText()));
    KeyListModel* keys = m_window->keysPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(keys->rowCount(), 1, 10000);
    QCOMPARE(keys->keyAt(0).name, QStringLiteral("Nightly batch"));
    QCOMPARE(keyCreatesSeen(), 1);

    // "Delete Key…" leads to the usual confirmation, and deletes it.
    auto* remove = box->findChild<QPushButton*>(QStringLiteral("deleteUnconfirmedKeyButton"));
    QVERIFY(remove);
    MessageBox::takeQuestionCount();
    MessageBox::setNextAnswer(MessageBox::Accept);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Nightly batch")));
    QTRY_COMPARE_WITH_TIMEOUT(serverKeyNames(), QStringList(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(keys->rowCount(), 0, 10000);
    QCOMPARE(keyCreatesSeen(), 1);
}

void TestLostAnswer::lostRequestSaysTheKeyWasNotCreatedAndGenerateCreatesIt()
{
    m_proxy->lose(LossyProxy::Lose::NextKeyCreate, 3000);
    QPointer<CreateKeyDialog> dialog = generate(QStringLiteral("Nightly batch"));
    QVERIFY(dialog);
    auto* general = dialog->findChild<QLabel*>(QStringLiteral("generalErrorLabel"));
    auto* generateButton = dialog->findChild<QPushButton*>(QStringLiteral("generateKeyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->lost(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(general->text().contains(QStringLiteral("may have been created")),
                             10000);
    QVERIFY(!generateButton->isEnabled());

    // Once the server answers: it has no such key, so the console says so, and only a press of
    // Generate Key creates it.
    QTRY_VERIFY_WITH_TIMEOUT(general->text().contains(QStringLiteral("was not created")), 20000);
    QVERIFY(dialog);
    QCOMPARE(serverKeyNames(), QStringList());
    QCOMPARE(keyCreatesSeen(), 0);
    QVERIFY(generateButton->isEnabled());
    QTest::mouseClick(generateButton, Qt::LeftButton);
    QDialog* secret = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (secret = m_window->findChild<QDialog*>(QStringLiteral("OneTimeKeyDialog"))), 10000);
    QCOMPARE(serverKeyNames(), QStringList{QStringLiteral("Nightly batch")});
    QCOMPARE(keyCreatesSeen(), 1);
}

void TestLostAnswer::lostAnswerToAnAppGoesOnWithTheAppMade()
{
    m_proxy->lose(LossyProxy::Lose::AnswerOfNextAppCreate, 3000);
    m_window->showPage(MainWindow::AppsPageIndex);
    m_window->appsPage()->createApp();
    AppDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AppDialog*>()));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"));
    auto* next = dialog->findChild<QPushButton*>(QStringLiteral("nextButton"));
    auto* general = dialog->findChild<QLabel*>(QStringLiteral("generalErrorLabel"));
    auto* picker = dialog->findChild<ScopePicker*>();
    QVERIFY(name && next && general && picker);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Checkout"));
    QCheckBox* all = picker->selectAllCheckBox(QStringLiteral("workflows"));
    QVERIFY(all);
    all->click();
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->lost(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(general->text().contains(QStringLiteral("may have been created")),
                             10000);
    QVERIFY(!next->isEnabled());
    // Once the server answers: the app it made is the dialog's, and its keys come next.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), AppDialog::Step::Keys, 20000);
    static const QRegularExpression post(QStringLiteral("POST /api/v1/apps "));
    QCOMPARE(int(m_server->err().count(post)), 2); // the one made in init(), and this one
    QTRY_COMPARE_WITH_TIMEOUT(m_window->appListModel()->rowCount(), 2, 10000);
    dialog->reject();
}

void TestLostAnswer::lostAnswerToADeletionIsAskedAgainAndTheKeyIsGone_data()
{
    QTest::addColumn<int>("downMs");
    QTest::newRow("server away for 3 s") << 3000;
    QTest::newRow("server still there") << 0;
}

void TestLostAnswer::lostAnswerToADeletionIsAskedAgainAndTheKeyIsGone()
{
    QFETCH(int, downMs);
    const Result<CreatedKey> created =
        waitFor(m_store->createKey(m_app.id, NewKey{QStringLiteral("Nightly batch"),
                                                    QDateTime::currentDateTimeUtc().addDays(30)}));
    QVERIFY2(created.ok(), qPrintable(created.error().message()));
    KeyListModel* keys = m_window->keysPage()->model();
    QTRY_COMPARE_WITH_TIMEOUT(keys->rowCount(), 1, 10000);

    m_proxy->lose(LossyProxy::Lose::AnswerOfNextKeyDelete, downMs);
    MessageBox::takeQuestionCount();
    MessageBox::setNextAnswer(MessageBox::Accept);
    std::optional<int> deleted;
    confirmAndDeleteKeys(m_window.get(), m_store.get(), {keys->keyAt(0)},
                         [&deleted](int n) { deleted = n; });
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->lost(), 10000);
    // The server deleted it, and its answer was lost: the console asks again (once the server
    // answers), hears "not found", and says that the key was deleted, not that it failed.
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
    QCOMPARE(*deleted, 1);
    QVERIFY2(!m_window->findChild<QMessageBox*>(), "an error was shown for a deleted key");
    QCOMPARE(serverKeyNames(), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(keys->rowCount(), 0, 10000);
    static const QRegularExpression deletes(QStringLiteral("DELETE /api/v1/apps/\\S+/keys/\\S+ "));
    QCOMPARE(int(m_server->err().count(deletes)), 2); // the lost one, and the one that asked
}

QTEST_MAIN(TestLostAnswer)
#include "tst_lostanswer.moc"
