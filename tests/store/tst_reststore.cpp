// RestStore's own behaviour beyond the store contract: what the console sees when the server
// cannot be reached, refuses the token, is too slow, is not trusted or is addressed over plain
// http; stale updates; paging through many apps; and that the token is never logged.
// The server is a real ApiServer in this process on 127.0.0.1 over a temporary SQLite store.
#include "AdminToken.h"
#include "ApiServer.h"
#include "RestStore.h"
#include "ServerProcess.h"
#include "SqlStore.h"
#include "StoreTestSupport.h"
#include "WireJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#endif

using namespace sk;
using sk::test::await;
using sk::test::describe;

namespace {

/// A scopekeeper-server in this process, with one administrator.
struct Server
{
    QTemporaryDir dir;
    ShiftableClock clock;
    QStringList log; // before the server, which writes its last lines when it goes
    std::unique_ptr<SqlStore> store;
    std::unique_ptr<ApiServer> api;
    QString token;

    bool start(QString* error, const QSslConfiguration* tls = nullptr)
    {
        SqlStoreOptions options;
        options.sqlitePath = dir.filePath(QStringLiteral("server.sqlite"));
        options.actor = QStringLiteral("scopekeeper-server");
        options.clock = clock.clock();
        store = std::make_unique<SqlStore>(options);
        const Result<StoreInfo> opened = await(store->open());
        if (!opened.ok()) {
            *error = describe(opened.error());
            return false;
        }
        token = AdminToken::generate();
        const Result<Done> admin =
            await(store->createAdmin(QStringLiteral("alice"), AdminToken::hash(token)));
        if (!admin.ok()) {
            *error = describe(admin.error());
            return false;
        }
        api = std::make_unique<ApiServer>(*store);
        api->setLogSink([this](const QString& line) { log << line; });
        return api->listen(QHostAddress(QHostAddress::LocalHost), 0, tls, error);
    }
    QUrl url(const QString& scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(api->port()));
    }
};

/// Every message logged through Qt while it lives (qDebug, qWarning, Qt's own categories).
class MessageCapture
{
public:
    MessageCapture()
    {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&MessageCapture::handler);
    }
    ~MessageCapture()
    {
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    QStringList lines() const
    {
        QMutexLocker lock(&s_mutex);
        return m_lines;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        QMutexLocker lock(&s_mutex);
        if (s_lines) {
            s_lines->append(QString::fromUtf8(context.category ? context.category : "") +
                            QStringLiteral(": ") + message);
        }
    }

    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
    static inline QStringList* s_lines = nullptr;
    static inline QMutex s_mutex;
};

/// A port on 127.0.0.1 that nothing listens on (it was free a moment ago).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

/// Something that speaks just enough HTTP/1.1 on 127.0.0.1 to play a server: drops the first
/// `dropConnections` connections without an answer, then answers each request with what
/// `answer` says for its path (status and JSON body; status 0: no answer at all), and records
/// the paths asked for.
class FakeServer : public QTcpServer
{
public:
    using Answer = std::function<QPair<int, QByteArray>(const QByteArray& path)>;

    FakeServer(int dropConnections, Answer answer)
        : m_drop(dropConnections)
        , m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                serve(socket);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int connections = 0;
    QStringList paths;

private:
    void serve(QTcpSocket* socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (++connections <= m_drop) {
            socket->close();
            return;
        }
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray head = socket->peek(socket->bytesAvailable());
            if (!head.contains("\r\n\r\n"))
                return;
            socket->readAll();
            const QByteArray path = head.split(' ').value(1);
            paths << QString::fromLatin1(path);
            const auto [status, body] = m_answer(path);
            if (status == 0)
                return; // never answered
            socket->write("HTTP/1.1 " + QByteArray::number(status) +
                          " X\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    int m_drop = 0;
    Answer m_answer;
};

App pageApp(const char* id, const char* name)
{
    App a;
    a.id = QString::fromLatin1(id);
    a.name = QString::fromLatin1(name);
    a.scopes = {QStringLiteral("model:deploy")};
    a.createdBy = QStringLiteral("alice");
    a.createdAt = a.updatedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    a.version = 1;
    return a;
}

/// A server's answers to open(): the health check, the administrator, the catalog.
std::optional<QPair<int, QByteArray>> openAnswer(const QByteArray& path)
{
    if (path == "/healthz")
        return QPair<int, QByteArray>{200, QByteArrayLiteral("{\"status\":\"ok\"}")};
    if (path == "/api/v1/me")
        return QPair<int, QByteArray>{200, QByteArrayLiteral("{\"name\":\"alice\"}")};
    if (path == "/api/v1/scopes")
        return QPair<int, QByteArray>{200, Catalog::builtIn(Catalog::defaultId())->toJson()};
    return std::nullopt;
}

QStringList tokenForms(const QString& token)
{
    return {token, token.mid(4), token.mid(4, 20)};
}

} // namespace

class TestRestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkUrlAllowsHttpOnlyToLoopback_data();
    void checkUrlAllowsHttpOnlyToLoopback();
    void httpToANetworkHostIsRefusedBeforeAnyRequest();
    void unreachableServerIsUnavailable();
    void wrongTokenIsUnauthorized();
    void wipedTokenIsNotSentAgain();
    void readsOnePageAhead();
    void operationsBeforeOpenAreUnavailable();
    void staleUpdateIsStale();
    void listAppsFollowsEveryPage();
    void listAppsFiltersAcrossPages();
    void slowServerTimesOut();
    void closingAnswersRequestsInFlight();
    void readsAreRetriedOnce();
    void catalogIsTheOneOpenRead();
    void openReadsTheAppsWhenAsked();
    void appsAtOpenComeWhileTheGuiThreadIsBusy();
    void listingAtOpenThatFailsIsListedAgain_data();
    void listingAtOpenThatFailsIsListedAgain();
    void signingOutDropsTheListingReadAtOpen();
    void aListingThatNamesAPageTwiceIsStopped();
    void aServerThatStopsAnsweringIsWaitedForOnce();
    void aListingDroppedBeforeItIsTakenIsNotReadAgain();
    void connectingAheadSendsNothing();
    void actorIsTheTokensAdministrator();
    void olderServerWithoutMeKeepsTheGivenName();
    void untrustedCertificateIsRefused();
    void tokenIsNeverLogged();
};

void TestRestStore::checkUrlAllowsHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("https anywhere") << QStringLiteral("https://keys.example.com") << true;
    QTest::newRow("https with path") << QStringLiteral("https://example.com/scopekeeper") << true;
    QTest::newRow("http network host") << QStringLiteral("http://keys.example.com") << false;
    QTest::newRow("http network address") << QStringLiteral("http://192.168.1.10:8080") << false;
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.example.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no scheme") << QStringLiteral("keys.example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRestStore::checkUrlAllowsHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const std::optional<Error> error = RestStore::checkUrl(QUrl(url));
    QCOMPARE(!error.has_value(), allowed);
    if (error) {
        QCOMPARE(error->code(), ErrorCode::Invalid);
        QCOMPARE(error->field(), QStringLiteral("url"));
    }
}

void TestRestStore::httpToANetworkHostIsRefusedBeforeAnyRequest()
{
    // Nothing listens there; a request would fail as "cannot be reached", not as refused.
    const QString url = QStringLiteral("http://keys.example.invalid:8080");
    RestStore store(QUrl(url), AdminToken::generate());
    const QFuture<Result<StoreInfo>> opening = store.open();
    QVERIFY2(opening.isFinished(), "refused only after a request");
    const Result<StoreInfo> opened = opening.result();
    SK_VERIFY_FAILS(opened, ErrorCode::Invalid);
    QCOMPARE(opened.error().field(), QStringLiteral("url"));
    QVERIFY2(opened.error().message().contains(url), qPrintable(opened.error().message()));
    QVERIFY2(opened.error().message().contains(QLatin1String("https")),
             qPrintable(opened.error().message()));
}

void TestRestStore::unreachableServerIsUnavailable()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    RestStore store(url, AdminToken::generate());
    const Result<StoreInfo> opened = await(store.open());
    SK_VERIFY_FAILS(opened, ErrorCode::Unavailable);
    QVERIFY2(opened.error().message().startsWith(QLatin1String("Cannot reach the server at ")),
             qPrintable(opened.error().message()));
    QVERIFY2(opened.error().message().contains(url.toString()),
             qPrintable(opened.error().message()));
}

void TestRestStore::wrongTokenIsUnauthorized()
{
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    for (const QString& token : {AdminToken::generate(), QStringLiteral("not-a-token")}) {
        RestStore store(server.url(), token);
        const Result<StoreInfo> opened = await(store.open());
        SK_VERIFY_FAILS(opened, ErrorCode::Unauthorized);
        QVERIFY2(opened.error().message().contains(QLatin1String("refused the administrator "
                                                                 "token")),
                 qPrintable(opened.error().message()));
    }
    RestStore good(server.url(), server.token);
    const Result<StoreInfo> opened = await(good.open());
    SK_VERIFY_OK(opened);
    QCOMPARE(opened->location, server.url().toString());
    QCOMPARE(opened->catalogId, Catalog::defaultId());
    QCOMPARE(good.location(), server.url().toString());
    QCOMPARE(good.actor(), QStringLiteral("alice"));
}

void TestRestStore::wipedTokenIsNotSentAgain()
{
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RestStore store(server.url(), server.token);
    SK_VERIFY_OK(await(store.open()));
    QVERIFY(store.hasToken());
    store.wipeToken();
    QVERIFY(!store.hasToken());
    const qsizetype requests = server.log.size();
    const QFuture<Result<QList<App>>> listing = store.listApps();
    QVERIFY(listing.isFinished());
    SK_VERIFY_FAILS(listing.result(), ErrorCode::Unauthorized);
    // Requests another client sends after it reach the server and are logged; none without
    // a token is among them.
    RestStore other(server.url(), server.token);
    SK_VERIFY_OK(await(other.open()));
    SK_VERIFY_OK(await(other.listApps()));
    const QStringList logged = server.log.mid(requests);
    QVERIFY(!logged.isEmpty());
    for (const QString& line : logged)
        QVERIFY2(!line.contains(QLatin1String(" 401 ")), qPrintable(line));
}

void TestRestStore::readsOnePageAhead()
{
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RestStore store(server.url(), server.token);
    SK_VERIFY_OK(await(store.open()));
    SK_AWAIT_OK(
        app, store.createApp(NewApp{QStringLiteral("Ledger"), {QStringLiteral("model:deploy")}}));
    for (int i = 0; i < 7; ++i) {
        SK_VERIFY_OK(
            await(store.createKey(app.id, NewKey{QStringLiteral("key %1").arg(i),
                                                 QDateTime::currentDateTimeUtc().addDays(9)})));
    }
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 7);
    const auto keyPagesAsked = [&server, from = server.log.size()] {
        return server.log.mid(from).filter(QStringLiteral("GET /api/v1/keys")).size();
    };

    // While the caller shows page 1, page 2 is asked for already.
    SK_AWAIT_OK(first, store.keysPage(PageQuery{{}, 3}));
    QCOMPARE(first.items.size(), 3);
    QTRY_COMPARE(keyPagesAsked(), 2);
    // Asking for it takes the page read ahead, and reads the next one ahead.
    SK_AWAIT_OK(second, store.keysPage(PageQuery{first.next, 3}));
    QTRY_COMPARE(keyPagesAsked(), 3);
    SK_AWAIT_OK(third, store.keysPage(PageQuery{second.next, 3}));
    QVERIFY(third.next.isEmpty()); // the last page: nothing more is read ahead
    const QList<ApiKey> paged = first.items + second.items + third.items;
    QCOMPARE(paged.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(paged.at(i).id, all.at(i).id);
    QCOMPARE(keyPagesAsked(), 3);

    // A change through the store drops what was read ahead: the next page shows the change.
    SK_AWAIT_OK(again, store.keysPage(PageQuery{{}, 3}));
    QTRY_COMPARE(keyPagesAsked(), 5);
    SK_VERIFY_OK(await(store.deleteKey(app.id, all.at(3).id)));
    SK_AWAIT_OK(after, store.keysPage(PageQuery{again.next, 3}));
    QVERIFY(keyPagesAsked() >= 6); // asked again, not taken from before the change
    QCOMPARE(after.items.constFirst().id, all.at(4).id);
}

void TestRestStore::operationsBeforeOpenAreUnavailable()
{
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RestStore store(server.url(), server.token);
    SK_VERIFY_FAILS(await(store.listApps()), ErrorCode::Unavailable);
    SK_VERIFY_FAILS(
        await(store.createApp(NewApp{QStringLiteral("A"), {QStringLiteral("workflow:deploy")}})),
        ErrorCode::Unavailable);
    QVERIFY(server.log.isEmpty());
}

void TestRestStore::staleUpdateIsStale()
{
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RestStore store(server.url(), server.token);
    SK_VERIFY_OK(await(store.open()));
    SK_AWAIT_OK(app, store.createApp(
                         NewApp{QStringLiteral("Ledger"), {QStringLiteral("workflow:deploy")}}));
    SK_AWAIT_OK(fetched, store.app(app.id));
    QCOMPARE(fetched.version, app.version);
    // Someone else renames it meanwhile, on the server.
    SK_AWAIT_OK(other,
                server.store->renameApp(app.id, QStringLiteral("Ledger EU"), fetched.version));
    const Result<App> stale =
        await(store.setAppScopes(app.id, {QStringLiteral("model:deploy")}, fetched.version));
    SK_VERIFY_FAILS(stale, ErrorCode::Stale);
    QVERIFY(server.log.last().contains(QLatin1String(" 412 ")));
    SK_AWAIT_OK(now, store.app(app.id));
    QCOMPARE(now.name, QStringLiteral("Ledger EU"));
    QCOMPARE(now.scopes, QStringList{QStringLiteral("workflow:deploy")});
    QCOMPARE(now.version, other.version);
    // With the current version it goes through.
    SK_AWAIT_OK(updated, store.setAppScopes(app.id, {QStringLiteral("model:deploy")}, now.version));
    QCOMPARE(updated.scopes, QStringList{QStringLiteral("model:deploy")});
    QVERIFY(updated.version > now.version);
}

void TestRestStore::listAppsFollowsEveryPage()
{
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    constexpr int Count = 250;
    QSet<QString> created;
    for (int i = 0; i < Count; ++i) {
        SK_AWAIT_OK(app, server.store->createApp(
                             NewApp{QStringLiteral("App %1").arg(i, 3, 10, QLatin1Char('0')),
                                    {QStringLiteral("workflow:deploy")}}));
        created.insert(app.id);
    }
    RestStoreOptions options;
    options.baseUrl = server.url();
    options.token = server.token;
    options.pageSize = 100;
    RestStore store(options);
    SK_VERIFY_OK(await(store.open()));
    const qsizetype before = server.log.size();
    SK_AWAIT_OK(apps, store.listApps());
    QCOMPARE(apps.size(), Count);
    QSet<QString> seen;
    for (const App& a : apps) {
        QVERIFY2(!seen.contains(a.id), qPrintable(QStringLiteral("%1 twice").arg(a.id)));
        seen.insert(a.id);
        QVERIFY(a.version > 0);
    }
    QCOMPARE(seen, created);
    // Three pages: 100, 100, 50.
    const QStringList requests = server.log.mid(before);
    QCOMPARE(requests.size(), 3);
    for (const QString& line : requests)
        QVERIFY2(line.contains(QLatin1String("GET /api/v1/apps 200")), qPrintable(line));
}

void TestRestStore::listAppsFiltersAcrossPages()
{
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    for (int i = 0; i < 30; ++i) {
        const QString name =
            (i % 3 == 0 ? QStringLiteral("Risk & Co %1") : QStringLiteral("Other %1")).arg(i);
        SK_VERIFY_OK(
            await(server.store->createApp(NewApp{name, {QStringLiteral("workflow:deploy")}})));
    }
    RestStoreOptions options;
    options.baseUrl = server.url();
    options.token = server.token;
    options.pageSize = 3;
    RestStore store(options);
    SK_VERIFY_OK(await(store.open()));
    // "&" and spaces travel in the query string intact.
    SK_AWAIT_OK(apps, store.listApps(AppQuery{QStringLiteral("risk & co")}));
    QCOMPARE(apps.size(), 10);
    for (const App& a : apps)
        QVERIFY(a.name.startsWith(QLatin1String("Risk & Co ")));
}

void TestRestStore::slowServerTimesOut()
{
    // Accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held << socket;
    });
    RestStoreOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    options.token = AdminToken::generate();
    options.timeoutMs = 300;
    RestStore store(options);
    QElapsedTimer timer;
    timer.start();
    const Result<StoreInfo> opened = await(store.open());
    SK_VERIFY_FAILS(opened, ErrorCode::Unavailable);
    QVERIFY2(opened.error().message().contains(QLatin1String("did not answer")),
             qPrintable(opened.error().message()));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!held.isEmpty());
}

void TestRestStore::closingAnswersRequestsInFlight()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QHostAddress::LocalHost), 0));
    auto store = std::make_unique<RestStore>(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())),
        AdminToken::generate());
    QSignalSpy connected(&silent, &QTcpServer::newConnection);
    const QFuture<Result<StoreInfo>> opening = store->open();
    QVERIFY(connected.wait(10000)); // the request is on its way, and never answered
    QVERIFY(!opening.isFinished());
    store.reset();
    QVERIFY(opening.isFinished());
    SK_VERIFY_FAILS(opening.result(), ErrorCode::Unavailable);
}

void TestRestStore::readsAreRetriedOnce()
{
    // Drops the first two connections without an answer (Qt Network itself retries a dropped
    // connection once), then answers like a server: only the store's own retry gets there.
    const Result<Catalog> catalog = Catalog::builtIn(Catalog::defaultId());
    SK_VERIFY_OK(catalog);
    FakeServer flaky(2, [&](const QByteArray& path) -> QPair<int, QByteArray> {
        if (path == "/healthz")
            return {200, QByteArrayLiteral("{\"status\":\"ok\"}")};
        if (path == "/api/v1/me")
            return {200, QByteArrayLiteral("{\"name\":\"alice\"}")};
        return {200, catalog->toJson()};
    });
    QVERIFY(flaky.listen(QHostAddress(QHostAddress::LocalHost), 0));
    RestStore store(flaky.url(), AdminToken::generate());
    const Result<StoreInfo> opened = await(store.open());
    SK_VERIFY_OK(opened);
    QCOMPARE(opened->catalogId, Catalog::defaultId());
    QVERIFY2(flaky.connections >= 3, qPrintable(QString::number(flaky.connections)));
    // open() asks all three at once: each was answered once, in whatever order they came.
    QStringList asked = flaky.paths;
    asked.sort();
    QCOMPARE(asked, (QStringList{QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/scopes"),
                                 QStringLiteral("/healthz")}));
    QCOMPARE(store.actor(), QStringLiteral("alice"));
}

void TestRestStore::catalogIsTheOneOpenRead()
{
    // The models ask for the catalog as they load; open() has read it already, so no request
    // waits for it (a store's catalog never changes).
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RestStore store(server.url(), server.token);
    const QFuture<Result<Catalog>> early = store.catalog();
    QVERIFY(early.isFinished());
    SK_VERIFY_FAILS(early.result(), ErrorCode::Unavailable); // not open yet
    SK_VERIFY_OK(await(store.open()));
    const QFuture<Result<Catalog>> asked = store.catalog();
    QVERIFY(asked.isFinished());
    SK_VERIFY_OK(asked.result());
    QCOMPARE(asked.result()->toJson(), Catalog::builtIn(Catalog::defaultId())->toJson());
}

void TestRestStore::openReadsTheAppsWhenAsked()
{
    // The console lists the apps first: its store lists them as soon as it is open, page after
    // page, and the first listApps() then takes that listing instead of asking again.
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    {
        RestStore writer(server.url(), server.token);
        SK_VERIFY_OK(await(writer.open()));
        for (const char* name : {"Alpha", "Beta", "Gamma"})
            SK_VERIFY_OK(await(writer.createApp(
                NewApp{QString::fromLatin1(name), {QStringLiteral("model:deploy")}})));
    }
    for (const bool readAtOpen : {false, true}) {
        const qsizetype from = server.log.size();
        RestStoreOptions options;
        options.baseUrl = server.url();
        options.token = server.token;
        options.pageSize = 2;
        options.readAppsAtOpen = readAtOpen;
        RestStore store(options);
        SK_VERIFY_OK(await(store.open()));
        // The access log names the path without its query: two pages are two lines.
        const auto pagesAsked = [&] {
            return server.log.mid(from).filter(QStringLiteral("GET /api/v1/apps 200")).size();
        };
        if (readAtOpen)
            QTRY_COMPARE(pagesAsked(), 2); // both pages, with open(), before listApps()
        else
            QCOMPARE(pagesAsked(), 0);
        SK_AWAIT_OK(apps, store.listApps());
        QCOMPARE(apps.size(), 3);
        QCOMPARE(apps.constFirst().name, QStringLiteral("Alpha"));
        QCOMPARE(apps.constLast().name, QStringLiteral("Gamma"));
        // Two pages either way: what open() read is not asked for again.
        QTRY_COMPARE(pagesAsked(), 2);
        // Only the first listing is taken from open(): the next one asks the server.
        SK_AWAIT_OK(again, store.listApps());
        QCOMPARE(again.size(), 3);
        QCOMPARE(pagesAsked(), 4);
    }
    // A change through the store before the window lists the apps: the listing shows it.
    RestStoreOptions options;
    options.baseUrl = server.url();
    options.token = server.token;
    options.pageSize = 2;
    options.readAppsAtOpen = true;
    RestStore store(options);
    SK_VERIFY_OK(await(store.open()));
    SK_VERIFY_OK(
        await(store.createApp(NewApp{QStringLiteral("Delta"), {QStringLiteral("model:deploy")}})));
    SK_AWAIT_OK(apps, store.listApps());
    QCOMPARE(apps.size(), 4);
}

void TestRestStore::appsAtOpenComeWhileTheGuiThreadIsBusy()
{
    // The console builds its window while the apps are read: the pages after the first are
    // asked for and read while the GUI thread does not come back to its event loop at all.
    // The real server program, so that only the store's own threads can move the listing on.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString database = home.filePath(QStringLiteral("server.sqlite"));
    test::ServerProcess server(QStringLiteral(SCOPEKEEPER_SERVER_PATH), home.path());
    QString error;
    const QString token =
        server.run({QStringLiteral("--database"), database, QStringLiteral("admin"),
                    QStringLiteral("create"), QStringLiteral("alice")},
                   &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"), database}),
             qPrintable(server.err()));
    const QStringList names{QStringLiteral("Echo"), QStringLiteral("alpha"),
                            QStringLiteral("Delta"), QStringLiteral("Bravo"),
                            QStringLiteral("charlie")};
    {
        RestStore writer(QUrl(server.url()), token);
        SK_VERIFY_OK(await(writer.open()));
        for (const QString& name : names)
            SK_VERIFY_OK(await(writer.createApp(NewApp{name, {QStringLiteral("model:deploy")}})));
    }
    const auto pagesAsked = [&] {
        return server.err().count(QLatin1String("GET /api/v1/apps 200"));
    };
    const qsizetype before = pagesAsked();

    RestStoreOptions options;
    options.baseUrl = QUrl(server.url());
    options.token = token;
    options.pageSize = 2; // three pages
    options.readAppsAtOpen = true;
    RestStore store(options);
    SK_VERIFY_OK(await(store.open()));
    // Busy: no event of this thread is handled until all three pages were asked for (the
    // server's log is read without the event loop).
    QElapsedTimer busy;
    busy.start();
    while (pagesAsked() < before + 3 && busy.elapsed() < 20000)
        server.waitForOutput(50);
    QCOMPARE(pagesAsked(), before + 3);

    SK_AWAIT_OK(apps, store.listApps());
    QStringList listed;
    for (const App& app : apps)
        listed << app.name;
    QCOMPARE(listed, (QStringList{QStringLiteral("alpha"), QStringLiteral("Bravo"),
                                  QStringLiteral("charlie"), QStringLiteral("Delta"),
                                  QStringLiteral("Echo")}));
    QCOMPARE(pagesAsked(), before + 3); // what was read at open is not asked for again
}

void TestRestStore::listingAtOpenThatFailsIsListedAgain_data()
{
    QTest::addColumn<int>("failures"); // answers 503 to the second page this many times
    QTest::newRow("the second page fails once") << 1;
    QTest::newRow("the second page always fails") << 1000;
}

void TestRestStore::listingAtOpenThatFailsIsListedAgain()
{
    // The listing read at open gives up at the first answer it did not expect; the store then
    // lists the apps its own way, which says what went wrong exactly as it does without it.
    QFETCH(int, failures);
    const QByteArray first = wire::appsPageText(
        {{pageApp("app_1", "Alpha"), pageApp("app_2", "Beta")}, QStringLiteral("c2")});
    const QByteArray second = wire::appsPageText({{pageApp("app_3", "Gamma")}, QString()});
    int left = 0; // 503s still to answer
    FakeServer server(0, [&](const QByteArray& path) -> QPair<int, QByteArray> {
        if (const auto answer = openAnswer(path))
            return *answer;
        if (path == "/api/v1/apps?limit=2")
            return {200, first};
        if (left-- > 0)
            return {503, QByteArrayLiteral("{\"status\":503}")};
        return {200, second};
    });
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QList<Result<QList<App>>> outcomes; // without, then with readAppsAtOpen
    for (const bool readAtOpen : {false, true}) {
        left = failures;
        RestStoreOptions options;
        options.baseUrl = server.url();
        options.token = AdminToken::generate();
        options.pageSize = 2;
        options.readAppsAtOpen = readAtOpen;
        RestStore store(options);
        SK_VERIFY_OK(await(store.open()));
        outcomes << await(store.listApps());
    }
    const Result<QList<App>>& plain = outcomes.at(0);
    const Result<QList<App>>& readAtOpen = outcomes.at(1);
    SK_VERIFY_FAILS(plain, ErrorCode::Unavailable);
    QVERIFY2(plain.error().message().contains(QLatin1String("HTTP 503")),
             qPrintable(plain.error().message()));
    if (failures == 1) {
        // The reader met the one failure; the store's own listing did not.
        SK_VERIFY_OK(readAtOpen);
        QCOMPARE(readAtOpen->size(), 3);
        QCOMPARE(readAtOpen->constLast().name, QStringLiteral("Gamma"));
    } else {
        SK_VERIFY_FAILS(readAtOpen, ErrorCode::Unavailable);
        QCOMPARE(readAtOpen.error().message(), plain.error().message());
    }
}

void TestRestStore::signingOutDropsTheListingReadAtOpen()
{
    // Signing out forgets the token and all it read: the apps read at open are not handed out.
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    {
        RestStore writer(server.url(), server.token);
        SK_VERIFY_OK(await(writer.open()));
        SK_VERIFY_OK(await(
            writer.createApp(NewApp{QStringLiteral("Alpha"), {QStringLiteral("model:deploy")}})));
    }
    RestStoreOptions options;
    options.baseUrl = server.url();
    options.token = server.token;
    options.readAppsAtOpen = true;
    RestStore store(options);
    SK_VERIFY_OK(await(store.open()));
    QTRY_VERIFY(!server.log.filter(QStringLiteral("GET /api/v1/apps 200")).isEmpty());
    store.wipeToken();
    SK_VERIFY_FAILS(await(store.listApps()), ErrorCode::Unauthorized);
}

void TestRestStore::aListingThatNamesAPageTwiceIsStopped()
{
    // A server whose second page names itself as the next one: followed, the listing would
    // never end. Both ways of listing stop, and say why.
    const QByteArray first =
        wire::appsPageText({{pageApp("app_1", "Alpha")}, QStringLiteral("c2")});
    const QByteArray again = wire::appsPageText({{pageApp("app_2", "Beta")}, QStringLiteral("c2")});
    FakeServer server(0, [&](const QByteArray& path) -> QPair<int, QByteArray> {
        if (const auto answer = openAnswer(path))
            return *answer;
        return {200, path.contains("cursor=c2") ? again : first};
    });
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    for (const bool readAtOpen : {false, true}) {
        RestStoreOptions options;
        options.baseUrl = server.url();
        options.token = AdminToken::generate();
        options.pageSize = 1;
        options.readAppsAtOpen = readAtOpen;
        RestStore store(options);
        SK_VERIFY_OK(await(store.open()));
        const Result<QList<App>> apps = await(store.listApps());
        SK_VERIFY_FAILS(apps, ErrorCode::Internal);
        QVERIFY2(apps.error().message().contains(QLatin1String("same page")),
                 qPrintable(apps.error().message()));
    }
}

void TestRestStore::aServerThatStopsAnsweringIsWaitedForOnce()
{
    // The second page never comes: the listing read at open says so after one timeout, as
    // the ordinary listing does, instead of asking everything again and waiting twice.
    const QByteArray first =
        wire::appsPageText({{pageApp("app_1", "Alpha")}, QStringLiteral("c2")});
    FakeServer server(0, [&](const QByteArray& path) -> QPair<int, QByteArray> {
        if (const auto answer = openAnswer(path))
            return *answer;
        if (path.contains("cursor=c2"))
            return {0, QByteArray()};
        return {200, first};
    });
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    for (const bool readAtOpen : {false, true}) {
        const qsizetype from = server.paths.size();
        RestStoreOptions options;
        options.baseUrl = server.url();
        options.token = AdminToken::generate();
        options.pageSize = 1;
        options.timeoutMs = 500;
        options.readAppsAtOpen = readAtOpen;
        RestStore store(options);
        SK_VERIFY_OK(await(store.open()));
        const Result<QList<App>> apps = await(store.listApps());
        SK_VERIFY_FAILS(apps, ErrorCode::Unavailable);
        QVERIFY2(
            apps.error().message().contains(QLatin1String("did not answer within 0.5 seconds")),
            qPrintable(apps.error().message()));
        QCOMPARE(server.paths.mid(from).filter(QStringLiteral("cursor=c2")).size(), 1);
    }
}

void TestRestStore::aListingDroppedBeforeItIsTakenIsNotReadAgain()
{
    // A change through the store while the apps are still being read at open: that listing
    // is dropped; as no one took it, it is not read again the ordinary way either. The next
    // listApps() asks the server once.
    int pagesAsked = 0;
    FakeServer server(0, [&](const QByteArray& path) -> QPair<int, QByteArray> {
        if (const auto answer = openAnswer(path))
            return *answer;
        if (path == "/api/v1/apps") // the change
            return {201, wire::compact(wire::appJson(pageApp("app_2", "Beta")))};
        if (++pagesAsked == 1)
            return {0, QByteArray()}; // the reader's: never answered
        return {200, wire::appsPageText({{pageApp("app_1", "Alpha")}, QString()})};
    });
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    RestStoreOptions options;
    options.baseUrl = server.url();
    options.token = AdminToken::generate();
    options.readAppsAtOpen = true;
    RestStore store(options);
    SK_VERIFY_OK(await(store.open()));
    QTRY_COMPARE(pagesAsked, 1);
    SK_VERIFY_OK(
        await(store.createApp(NewApp{QStringLiteral("Beta"), {QStringLiteral("model:deploy")}})));
    SK_AWAIT_OK(apps, store.listApps());
    QCOMPARE(apps.size(), 1);
    QCOMPARE(pagesAsked, 2);
}

void TestRestStore::connectingAheadSendsNothing()
{
    // Connected while the token is still being read from the keychain: the connections are
    // open, but not one request is sent until open(); then open() asks what it always asks.
    FakeServer server(0, [&](const QByteArray& path) -> QPair<int, QByteArray> {
        if (const auto answer = openAnswer(path))
            return *answer;
        return {200, wire::appsPageText({{}, QString()})};
    });
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    RestStoreOptions options;
    options.baseUrl = server.url();
    options.readAppsAtOpen = true;
    RestStore store(options);
    store.connectAhead();
    // The store's own connection and the apps reader's.
    QTRY_COMPARE(server.connections, 2);
    QCOMPARE(server.paths, QStringList());
    store.setToken(AdminToken::generate());
    SK_VERIFY_OK(await(store.open()));
    SK_AWAIT_OK(apps, store.listApps());
    QVERIFY(apps.isEmpty());
    QStringList asked = server.paths;
    asked.sort();
    QCOMPARE(asked,
             (QStringList{QStringLiteral("/api/v1/apps?limit=1000"), QStringLiteral("/api/v1/me"),
                          QStringLiteral("/api/v1/scopes"), QStringLiteral("/healthz")}));
}

void TestRestStore::actorIsTheTokensAdministrator()
{
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString bobToken = AdminToken::generate();
    SK_VERIFY_OK(
        await(server.store->createAdmin(QStringLiteral("bob"), AdminToken::hash(bobToken))));

    RestStoreOptions options;
    options.baseUrl = server.url();
    options.token = bobToken;
    options.actor = QStringLiteral("someone");
    RestStore bob(options);
    QCOMPARE(bob.actor(), QStringLiteral("someone")); // until the server has said
    SK_VERIFY_OK(await(bob.open()));
    QCOMPARE(bob.actor(), QStringLiteral("bob"));
    QVERIFY(server.log.filter(QLatin1String("GET /api/v1/me 200")).size() == 1);
    // The name is the one the server writes as "Created by".
    SK_AWAIT_OK(app,
                bob.createApp(NewApp{QStringLiteral("Ledger"), {QStringLiteral("model:deploy")}}));
    QCOMPARE(app.createdBy, bob.actor());

    RestStore alice(server.url(), server.token);
    SK_VERIFY_OK(await(alice.open()));
    QCOMPARE(alice.actor(), QStringLiteral("alice"));
}

void TestRestStore::olderServerWithoutMeKeepsTheGivenName()
{
    // A server from before GET /api/v1/me answers it 404: the store still opens, and keeps the
    // name it was given; an answer that names no one is not taken for a server.
    const Result<Catalog> catalog = Catalog::builtIn(Catalog::defaultId());
    SK_VERIFY_OK(catalog);
    QByteArray me = QByteArrayLiteral("{\"type\":\"about:blank\",\"status\":404}");
    int meStatus = 404;
    FakeServer older(0, [&](const QByteArray& path) -> QPair<int, QByteArray> {
        if (path == "/healthz")
            return {200, QByteArrayLiteral("{\"status\":\"ok\"}")};
        if (path == "/api/v1/me")
            return {meStatus, me};
        return {200, catalog->toJson()};
    });
    QVERIFY(older.listen(QHostAddress(QHostAddress::LocalHost), 0));
    RestStoreOptions options;
    options.baseUrl = older.url();
    options.token = AdminToken::generate();
    options.actor = QStringLiteral("jdoe");
    RestStore store(options);
    SK_VERIFY_OK(await(store.open()));
    QCOMPARE(store.actor(), QStringLiteral("jdoe"));
    QVERIFY(older.paths.contains(QStringLiteral("/api/v1/me")));

    meStatus = 200;
    me = QByteArrayLiteral("{\"name\":\"  \"}");
    RestStore nameless(options);
    const Result<StoreInfo> refused = await(nameless.open());
    SK_VERIFY_FAILS(refused, ErrorCode::Internal);
}

void TestRestStore::untrustedCertificateIsRefused()
{
#if !QT_CONFIG(ssl)
    QSKIP("this Qt has no TLS");
#else
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is needed to make a test certificate");
    QTemporaryDir home;
    const QString certPath = home.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = home.filePath(QStringLiteral("key.pem"));
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath);
    QCOMPARE(chain.size(), 1);
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!key.isNull());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);

    Server server;
    QString error;
    QVERIFY2(server.start(&error, &tls), qPrintable(error));

    RestStore untrusting(server.url(QStringLiteral("https")), server.token);
    const Result<StoreInfo> refused = await(untrusting.open());
    SK_VERIFY_FAILS(refused, ErrorCode::Unavailable);
    QVERIFY2(refused.error().message().contains(QLatin1String("cannot be trusted")),
             qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(QLatin1String("127.0.0.1")),
             qPrintable(refused.error().message()));
    // The certificate is named, so that a person can tell whether it is their server's.
    const QString fingerprint = QString::fromLatin1(
        chain.constFirst().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(refused.error().message().contains(fingerprint),
             qPrintable(refused.error().message()));
    QVERIFY(untrusting.certificateRefused());
    QVERIFY(server.log.isEmpty()); // not even the health check got through
    {
        // Connected ahead, as the console does while the keychain answers, and opened at
        // once: just as plainly refused, naming the certificate, with nothing sent.
        RestStoreOptions ahead;
        ahead.baseUrl = server.url(QStringLiteral("https"));
        ahead.readAppsAtOpen = true;
        RestStore store(ahead);
        store.connectAhead();
        store.setToken(server.token);
        const Result<StoreInfo> refusedAhead = await(store.open());
        SK_VERIFY_FAILS(refusedAhead, ErrorCode::Unavailable);
        QVERIFY2(refusedAhead.error().message().contains(fingerprint),
                 qPrintable(refusedAhead.error().message()));
        QVERIFY(store.certificateRefused());
        QVERIFY(server.log.isEmpty());
    }

    RestStoreOptions options;
    options.baseUrl = server.url(QStringLiteral("https"));
    options.token = server.token;
    options.caCertificateFile = home.filePath(QStringLiteral("missing.pem"));
    RestStore missingCa(options);
    const Result<StoreInfo> noCa = await(missingCa.open());
    SK_VERIFY_FAILS(noCa, ErrorCode::Invalid);
    QCOMPARE(noCa.error().field(), QStringLiteral("ca_file"));

    options.caCertificateFile = certPath;
    RestStore trusting(options);
    SK_VERIFY_OK(await(trusting.open()));
    SK_VERIFY_OK(await(trusting.listApps()));
    QVERIFY(!trusting.certificateRefused());
    // The same, connected ahead: the CA file is trusted on those connections too, and the apps
    // read at open over one of them.
    options.token.clear();
    options.readAppsAtOpen = true;
    RestStore trustingAhead(options);
    trustingAhead.connectAhead();
    trustingAhead.setToken(server.token);
    SK_VERIFY_OK(await(trustingAhead.open()));
    SK_VERIFY_OK(await(trustingAhead.listApps()));
    QVERIFY(!trustingAhead.certificateRefused());
#endif
}

void TestRestStore::tokenIsNeverLogged()
{
    // Qt's own network categories too, as verbose as they go.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=true"));
    MessageCapture capture;
    Server server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QStringList errors;
    {
        RestStore store(server.url(), server.token);
        SK_VERIFY_OK(await(store.open()));
        SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Ledger"),
                                                {QStringLiteral("workflow:deploy")}}));
        SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Primary"),
                                                        server.clock.clock()().addDays(30)}));
        SK_VERIFY_OK(await(store.verify(key.secret, QStringLiteral("workflow:deploy"))));
        SK_VERIFY_OK(await(store.listAllKeys()));
        SK_VERIFY_OK(await(store.audit()));
        for (const Result<App>& failed :
             {await(store.createApp(NewApp{QString(), {}})),
              await(store.renameApp(app.id, QStringLiteral("Stale"), app.version - 1)),
              await(store.app(QStringLiteral("app_nope")))}) {
            QVERIFY(!failed.ok());
            errors << failed.error().toString();
        }
        qWarning("a warning from the test, to prove the capture works");
    }
    {
        RestStore unreachable(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())),
                              server.token);
        const Result<StoreInfo> opened = await(unreachable.open());
        QVERIFY(!opened.ok());
        errors << opened.error().toString();
        RestStore refused(QUrl(QStringLiteral("http://192.0.2.1:1")), server.token);
        errors << await(refused.open()).error().toString();
    }
    QLoggingCategory::setFilterRules(QString());

    const QStringList lines = capture.lines();
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QLatin1String("to prove the capture works")),
             "the message handler captured nothing");
    const QString everything = lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                               server.log.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                               errors.join(QLatin1Char('\n'));
    for (const QString& form : tokenForms(server.token))
        QVERIFY2(!everything.contains(form), qPrintable(everything));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestRestStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reststore.moc"
