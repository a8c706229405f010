// Two scopekeeper-server instances on one PostgreSQL database behave as one: what one
// changes, the other enforces on its very next request. Both run in this process, each with
// its own SqlStore (its own connection) and its own port.
//
// Skipped unless PGHOST or PGDATABASE is set; scripts/test runs it under pg_virtualenv.
#include "AdminToken.h"
#include "ApiServer.h"
#include "HttpTestClient.h"
#include "KeyFormat.h"
#include "PostgresTestSupport.h"
#include "SqlStore.h"
#include "StoreTestSupport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace sk;
using sk::test::await;
using sk::test::HttpResponse;
using sk::test::HttpTestClient;

namespace {

struct Instance
{
    std::unique_ptr<SqlStore> store;
    std::unique_ptr<ApiServer> server;
    std::unique_ptr<HttpTestClient> admin;   // with a token
    std::unique_ptr<HttpTestClient> service; // without
};

QString verdict(HttpTestClient& service, const QString& key, const QString& scope)
{
    const HttpResponse r =
        service.post(QStringLiteral("/api/v1/verify"),
                     QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("scope"), scope}});
    if (r.status != 200)
        return QString::fromUtf8(r.describe());
    const QJsonObject o = r.json();
    return o.value(QStringLiteral("valid")).toBool() ? QStringLiteral("VALID")
                                                     : o.value(QStringLiteral("code")).toString();
}

} // namespace

class TestServerPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changesThroughOneAreEnforcedByTheOther();
    void concurrentEditsThroughTwoInstances();
    void startUpLineNeverShowsThePassword();
    void auditChainHoldsWhileTwoInstancesWrite();

private:
    bool startInstance(Instance* instance, QString* error);

    std::shared_ptr<test::PostgresSchema> m_schema;
    Instance m_a;
    Instance m_b;
    QString m_token;
};

void TestServerPostgres::startUpLineNeverShowsThePassword()
{
    // The start-up line prints the store's location: the connection string, less its password,
    // whether it is given as a keyword or in a URI.
    const QString password = qEnvironmentVariable("PGPASSWORD");
    if (password.isEmpty())
        QSKIP("PGPASSWORD is not set: no password to hide");
    SqlStoreOptions options;
    options.driver = SqlStoreOptions::Driver::Postgres;
    options.postgresConnInfo =
        m_schema->connInfo() + QStringLiteral(" password='%1'").arg(password);
    options.actor = QStringLiteral("scopekeeper-server");
    SqlStore store(options);
    const Result<StoreInfo> opened = await(store.open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    QVERIFY2(!opened->location.contains(password), qPrintable(opened->location));
    QVERIFY2(opened->location.contains(QLatin1String("password=***")),
             qPrintable(opened->location));
}

bool TestServerPostgres::startInstance(Instance* instance, QString* error)
{
    SqlStoreOptions options;
    options.driver = SqlStoreOptions::Driver::Postgres;
    options.postgresConnInfo = m_schema->connInfo();
    options.actor = QStringLiteral("scopekeeper-server");
    instance->store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> opened = await(instance->store->open());
    if (!opened.ok()) {
        *error = opened.error().toString();
        return false;
    }
    instance->server = std::make_unique<ApiServer>(*instance->store);
    instance->server->setLogSink([](const QString&) {});
    if (!instance->server->listen(QHostAddress(QHostAddress::LocalHost), 0, nullptr, error))
        return false;
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(instance->server->port());
    instance->admin = std::make_unique<HttpTestClient>(url);
    instance->service = std::make_unique<HttpTestClient>(url);
    return true;
}

void TestServerPostgres::init()
{
    QString error;
    m_schema = test::PostgresSchema::create(&error);
    QVERIFY2(m_schema, qPrintable(error));
    QVERIFY2(startInstance(&m_a, &error), qPrintable(error));
    QVERIFY2(startInstance(&m_b, &error), qPrintable(error));
    // An administrator made through one instance's store is known to both.
    m_token = AdminToken::generate();
    SK_VERIFY_OK(await(m_a.store->createAdmin(QStringLiteral("ops"), AdminToken::hash(m_token))));
    m_a.admin->setToken(m_token);
    m_b.admin->setToken(m_token);
}

void TestServerPostgres::cleanup()
{
    for (Instance* i : {&m_a, &m_b}) {
        i->admin.reset();
        i->service.reset();
        i->server.reset();
        i->store.reset();
    }
    m_schema.reset();
}

void TestServerPostgres::changesThroughOneAreEnforcedByTheOther()
{
    const HttpResponse app = m_a.admin->post(
        QStringLiteral("/api/v1/apps"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Payments")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("workflow:deploy"),
                                                          QStringLiteral("model:deploy")}}});
    QVERIFY2(app.status == 201, app.describe().constData());
    const QString id = app.json().value(QStringLiteral("id")).toString();
    const HttpResponse key = m_a.admin->post(
        QStringLiteral("/api/v1/apps/%1/keys").arg(id),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Bot")},
                    {QStringLiteral("expires_at"),
                     QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate)}});
    QVERIFY2(key.status == 201, key.describe().constData());
    const QString secret = key.json().value(QStringLiteral("secret")).toString();
    const QString keyId =
        key.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const QString deploy = QStringLiteral("workflow:deploy");

    // Created through A, verified through B.
    QCOMPARE(verdict(*m_b.service, secret, deploy), QStringLiteral("VALID"));
    QCOMPARE(verdict(*m_a.service, secret, deploy), QStringLiteral("VALID"));
    const HttpResponse listedOnB = m_b.admin->get(QStringLiteral("/api/v1/apps"));
    QCOMPARE(listedOnB.json().value(QStringLiteral("apps")).toArray().size(), 1);

    // Scopes changed through B: A refuses on its very next request.
    const HttpResponse current = m_b.admin->get(QStringLiteral("/api/v1/apps/") + id);
    const HttpResponse narrowed = m_b.admin->patch(
        QStringLiteral("/api/v1/apps/") + id,
        QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("model:deploy")}}},
        current.header("ETag"));
    QVERIFY2(narrowed.status == 200, narrowed.describe().constData());
    QCOMPARE(verdict(*m_a.service, secret, deploy), QStringLiteral("FORBIDDEN_SCOPE"));
    QCOMPARE(verdict(*m_a.service, secret, QStringLiteral("model:deploy")),
             QStringLiteral("VALID"));
    // A's ETag view follows too.
    QCOMPARE(m_a.admin->get(QStringLiteral("/api/v1/apps/") + id).header("ETag"),
             narrowed.header("ETag"));

    // Key deleted through B: A says NOT_FOUND on its very next request.
    QCOMPARE(m_b.admin->del(QStringLiteral("/api/v1/apps/%1/keys/%2").arg(id, keyId)).status, 204);
    QCOMPARE(verdict(*m_a.service, secret, QStringLiteral("model:deploy")),
             QStringLiteral("NOT_FOUND"));

    // The audit log is one, whichever instance wrote it: the administrator, then four changes.
    const HttpResponse audit = m_a.admin->get(QStringLiteral("/api/v1/audit"));
    QCOMPARE(audit.json().value(QStringLiteral("entries")).toArray().size(), 5);
}

void TestServerPostgres::concurrentEditsThroughTwoInstances()
{
    const HttpResponse app = m_a.admin->post(
        QStringLiteral("/api/v1/apps"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Ledger")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("model:deploy")}}});
    QVERIFY2(app.status == 201, app.describe().constData());
    const QString path =
        QStringLiteral("/api/v1/apps/") + app.json().value(QStringLiteral("id")).toString();
    const QByteArray etag = app.header("ETag");
    // Two administrators edit from the same version, one through each instance.
    const HttpResponse first = m_a.admin->patch(
        path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ledger A")}}, etag);
    const HttpResponse second = m_b.admin->patch(
        path, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ledger B")}}, etag);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 412);
    QCOMPARE(m_b.admin->get(path).json().value(QStringLiteral("name")).toString(),
             QStringLiteral("Ledger A"));
    // Unique names hold across instances.
    const HttpResponse clash = m_b.admin->post(
        QStringLiteral("/api/v1/apps"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("ledger a")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("model:deploy")}}});
    QCOMPARE(clash.status, 409);
}

void TestServerPostgres::auditChainHoldsWhileTwoInstancesWrite()
{
    // Forty apps created at once through both instances: each entry links to the one before
    // it, though two servers write the one table.
    QNetworkAccessManager network;
    int pending = 0;
    int created = 0;
    QEventLoop loop;
    for (int i = 0; i < 40; ++i) {
        Instance& to = i % 2 ? m_b : m_a;
        QNetworkRequest request(QUrl(to.admin->baseUrl() + QStringLiteral("/api/v1/apps")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Chain %1").arg(i)},
                            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("model:deploy")}}})
                .toJson(QJsonDocument::Compact);
        QNetworkReply* reply = network.post(request, body);
        ++pending;
        connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                ++created;
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(created, 40);
    SK_AWAIT_OK(chain, m_a.store->checkAuditChain());
    QVERIFY2(chain.whole(), qPrintable(QStringLiteral("broken at %1").arg(chain.brokenAt)));
    QCOMPARE(chain.chained, 41); // the administrator and forty apps
    QCOMPARE(chain.unchained, 0);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!sk::test::postgresConfigured()) {
        sk::test::SkipWithoutPostgres skip;
        return QTest::qExec(&skip, argc, argv);
    }
    TestServerPostgres test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server_postgres.moc"
