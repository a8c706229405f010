// scopekeeper-server's REST API, over real HTTP on loopback: an ApiServer started in this
// process on an ephemeral port, over a SqlStore on a temporary SQLite file, and
// QNetworkAccessManager as the client. Running the server in-process lets every test look at
// the store directly ("nothing changed") and move the store's clock (expiry).
#include "AdminToken.h"
#include "ApiServer.h"
#include "HttpTestClient.h"
#include "KeyFormat.h"
#include "SqlStore.h"
#include "StoreTestSupport.h"
#include "WireJson.h"
#include "WireTime.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <memory>
#include <thread>

using namespace sk;
using sk::test::await;
using sk::test::HttpResponse;
using sk::test::HttpTestClient;

namespace {

constexpr qint64 HourMs = 60LL * 60 * 1000;

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QString iso(const QDateTime& t)
{
    return wire::rfc3339(t);
}

/// Everything a user can see of a store, as text: equal snapshots mean nothing changed.
QString snapshot(SqlStore& store)
{
    QStringList lines;
    const Result<QList<App>> apps = await(store.listApps());
    if (!apps.ok())
        return QStringLiteral("error: ") + apps.error().toString();
    for (const App& a : apps.value()) {
        lines << QStringList{a.id,
                             a.name,
                             a.scopes.join(QLatin1Char(',')),
                             a.createdBy,
                             iso(a.createdAt),
                             iso(a.updatedAt),
                             QString::number(a.keyCount),
                             QString::number(a.version)}
                     .join(QLatin1Char('|'));
    }
    const Result<QList<ApiKey>> keys = await(store.listAllKeys());
    if (!keys.ok())
        return QStringLiteral("error: ") + keys.error().toString();
    for (const ApiKey& k : keys.value()) {
        lines << QStringList{k.id,        k.appId,          k.name,          k.prefix,
                             k.createdBy, iso(k.createdAt), iso(k.expiresAt)}
                     .join(QLatin1Char('|'));
    }
    const Result<QList<AuditEntry>> audit = await(store.audit());
    if (!audit.ok())
        return QStringLiteral("error: ") + audit.error().toString();
    for (const AuditEntry& e : audit.value()) {
        if (e.action == QLatin1String("token.refused"))
            continue; // a record of a refusal, not a change
        lines << QStringList{QString::number(e.sequence),
                             e.actor,
                             e.action,
                             e.appId,
                             e.keyId,
                             e.detail}
                     .join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

struct Fixture
{
    QTemporaryDir dir;
    ShiftableClock clock;
    QStringList log; // before the server, which writes its last lines when it goes
    std::unique_ptr<SqlStore> store;
    std::unique_ptr<ApiServer> server;
    QString alice; // administrator tokens
    QString bob;
    HttpTestClient client;

    QString databasePath() const { return dir.filePath(QStringLiteral("server.sqlite")); }
};

} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void healthzAnswersWithoutToken();
    void adminRoutesNeedAKnownToken();
    void unknownPathsAre404();
    void methodsARouteLacksAre405();
    void malformedBodiesAre400();
    void brokenRulesAre409Or422();
    void patchNeedsTheCurrentEtag();
    void oversizedBodyIs413();
    void unknownAppsAndKeysAre404();
    void documentsHaveTheirFields();
    void onlyTheCreateAnswerHoldsTheSecret();
    void actionsAreAttributedToTheAdministrator();
    void meNamesTheTokensAdministrator();
    void verifyAnswersEveryCode();
    void verifyFollowsChangesOnTheNextCall();
    void verifyIsAnsweredWhileTheEventLoopIsBusy();
    void verifyRefusesMalformedRequests();
    void verifyAnswersAlikeHoweverTheBodyIsWritten();
    void verifyAnswerTextIsQtJson_data();
    void verifyAnswerTextIsQtJson();
    void appsArePaginatedWithACursor();
    void appsAreFilteredWithQ();
    void badPagingParametersAre400();
    void auditIsListed();
    void scopesAreTheStoresCatalog();
    void personalKeysAreTheAdministratorsOwn();
    void auditorsReadTheirPersonalKeysOnly();
    void rollingAKeyAnswersBothKeys();
    void openapiDescribesExactlyTheServedRoutes();
    void accessLogHasOneLinePerRequest();
    void noSecretReachesTheDatabaseOrTheLog();
    void keysAreCutFromEveryPartOfTheRequestLine();
    void shutdownWaitsForRequestsInFlight();

private:
    /// A fresh app through the API, as `token`'s administrator.
    QJsonObject createApp(const QString& name, const QStringList& scopes);
    QJsonObject createKey(const QString& appId, const QString& name,
                          qint64 expiresInMs = 30 * 24 * HourMs);
    QString now() const;

    std::unique_ptr<Fixture> m;
};

void TestServerHttp::init()
{
    m = std::make_unique<Fixture>();
    QVERIFY(m->dir.isValid());
    SqlStoreOptions options;
    options.sqlitePath = m->databasePath();
    options.actor = QStringLiteral("scopekeeper-server");
    options.clock = m->clock.clock();
    m->store = std::make_unique<SqlStore>(options);
    SK_VERIFY_OK(await(m->store->open()));
    m->alice = AdminToken::generate();
    m->bob = AdminToken::generate();
    SK_VERIFY_OK(await(m->store->createAdmin(QStringLiteral("alice"), AdminToken::hash(m->alice))));
    SK_VERIFY_OK(await(m->store->createAdmin(QStringLiteral("bob"), AdminToken::hash(m->bob))));

    m->server = std::make_unique<ApiServer>(*m->store);
    Fixture* f = m.get();
    m->server->setLogSink([f](const QString& line) { f->log << line; });
    // These tests refuse many tokens on purpose, all from 127.0.0.1; the throttle itself is
    // tested against the real server (hostile_clients.py).
    m->server->setTokenThrottle(1000000);
    QString error;
    QVERIFY2(m->server->listen(QHostAddress(QHostAddress::LocalHost), 0, nullptr, &error),
             qPrintable(error));
    QVERIFY(m->server->port() != 0);
    m->client.setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(m->server->port()));
    m->client.setToken(m->alice);
}

void TestServerHttp::cleanup()
{
    m.reset();
}

QString TestServerHttp::now() const
{
    return iso(m->clock.clock()());
}

QJsonObject TestServerHttp::createApp(const QString& name, const QStringList& scopes)
{
    const HttpResponse r = m->client.post(
        QStringLiteral("/api/v1/apps"),
        QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("scopes"), strings(scopes)}});
    if (r.status != 201)
        qWarning("creating app %s: %s", qPrintable(name), r.describe().constData());
    return r.json();
}

QJsonObject TestServerHttp::createKey(const QString& appId, const QString& name, qint64 expiresInMs)
{
    const HttpResponse r = m->client.post(
        QStringLiteral("/api/v1/apps/%1/keys").arg(appId),
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("expires_at"), iso(m->clock.clock()().addMSecs(expiresInMs))}});
    if (r.status != 201)
        qWarning("creating key %s: %s", qPrintable(name), r.describe().constData());
    return r.json();
}

/// Fails unless `r` is a problem document with `status`.
#define SK_VERIFY_PROBLEM(r, expectedStatus)                                                       \
    do {                                                                                           \
        QVERIFY2((r).status == (expectedStatus), (r).describe().constData());                      \
        QCOMPARE((r).header("Content-Type"), QByteArray("application/problem+json"));              \
        QCOMPARE((r).json().value(QStringLiteral("status")).toInt(), expectedStatus);              \
        QVERIFY(!(r).json().value(QStringLiteral("title")).toString().isEmpty());                  \
        QVERIFY(!(r).json().value(QStringLiteral("detail")).toString().isEmpty());                 \
    } while (false)

QStringList errorFields(const HttpResponse& r)
{
    QStringList fields;
    for (const QJsonValue& e : r.json().value(QStringLiteral("errors")).toArray())
        fields << e.toObject().value(QStringLiteral("field")).toString();
    return fields;
}

// ---- basics ----------------------------------------------------------------------------------

void TestServerHttp::healthzAnswersWithoutToken()
{
    m->client.setToken({});
    const HttpResponse r = m->client.get(QStringLiteral("/healthz"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestServerHttp::adminRoutesNeedAKnownToken()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    const QJsonObject key = createKey(id, QStringLiteral("Bot"));
    const QString keyId =
        key.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const QString before = snapshot(*m->store);

    const QByteArray appBody = R"({"name":"Other","scopes":["model:deploy"]})";
    const QByteArray keyBody = QByteArray(R"({"name":"New","expires_at":")") +
                               iso(m->clock.clock()().addDays(3)).toUtf8() + "\"}";
    const QList<std::tuple<QByteArray, QString, QByteArray>> requests = {
        {"GET", QStringLiteral("/api/v1/me"), {}},
        {"GET", QStringLiteral("/api/v1/scopes"), {}},
        {"GET", QStringLiteral("/api/v1/apps"), {}},
        {"POST", QStringLiteral("/api/v1/apps"), appBody},
        {"GET", QStringLiteral("/api/v1/apps/") + id, {}},
        {"PATCH", QStringLiteral("/api/v1/apps/") + id, R"({"name":"Renamed"})"},
        {"DELETE", QStringLiteral("/api/v1/apps/") + id, {}},
        {"GET", QStringLiteral("/api/v1/apps/%1/keys").arg(id), {}},
        {"POST", QStringLiteral("/api/v1/apps/%1/keys").arg(id), keyBody},
        {"DELETE", QStringLiteral("/api/v1/apps/%1/keys/%2").arg(id, keyId), {}},
        {"POST", QStringLiteral("/api/v1/apps/%1/keys/%2/roll").arg(id, keyId), keyBody},
        {"GET", QStringLiteral("/api/v1/keys"), {}},
        {"GET", QStringLiteral("/api/v1/me/keys"), {}},
        {"POST", QStringLiteral("/api/v1/me/keys"), keyBody},
        {"DELETE", QStringLiteral("/api/v1/me/keys/") + keyId, {}},
        {"GET", QStringLiteral("/api/v1/audit"), {}},
    };
    QCOMPARE(requests.size(), ApiServer::routes().size() - 2); // all but /healthz and verify

    const QString unknownButWellFormed = AdminToken::generate();
    const QList<QPair<const char*, QByteArray>> credentials = {
        {"no Authorization header", {}},
        {"empty bearer", "Bearer "},
        {"basic scheme", "Basic YWxpY2U6c2VjcmV0"},
        {"garbage token", "Bearer hello"},
        {"token with a typo", "Bearer " + m->alice.left(20).toUtf8() +
                                  (m->alice.at(20) == QLatin1Char('A') ? "B" : "A") +
                                  m->alice.mid(21).toUtf8()},
        {"unknown token", "Bearer " + unknownButWellFormed.toUtf8()},
        {"an API key instead of a token",
         "Bearer " + key.value(QStringLiteral("secret")).toString().toUtf8()},
    };
    m->client.setToken({});
    for (const auto& [method, path, body] : requests) {
        for (const auto& [what, header] : credentials) {
            QList<QPair<QByteArray, QByteArray>> headers = {
                {QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"1\"")}};
            if (!header.isEmpty())
                headers << qMakePair(QByteArrayLiteral("Authorization"), header);
            const HttpResponse r = m->client.send(method, path, body, headers);
            QVERIFY2(r.status == 401,
                     qPrintable(QStringLiteral("%1 %2 with %3: %4")
                                    .arg(QString::fromLatin1(method), path, QLatin1String(what),
                                         QString::fromUtf8(r.describe()))));
            SK_VERIFY_PROBLEM(r, 401);
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
            QVERIFY(!r.body.contains("secret"));
        }
    }
    QCOMPARE(snapshot(*m->store), before);

    // The scheme name is case-insensitive; the right token works.
    const HttpResponse ok = m->client.send("GET", QStringLiteral("/api/v1/apps"), {},
                                           {{"Authorization", "bearer " + m->bob.toUtf8()}});
    QCOMPARE(ok.status, 200);
}

void TestServerHttp::unknownPathsAre404()
{
    const QString before = snapshot(*m->store);
    for (const QString& path :
         {QStringLiteral("/"), QStringLiteral("/api"), QStringLiteral("/api/v1"),
          QStringLiteral("/api/v2/apps"), QStringLiteral("/api/v1/apps/"),
          QStringLiteral("/api/v1/apps/x/keys/y/z"), QStringLiteral("/api/v1/app"),
          QStringLiteral("/healthz/x")}) {
        for (const QByteArray& method :
             {QByteArray("GET"), QByteArray("POST"), QByteArray("DELETE")}) {
            const HttpResponse r = m->client.send(method, path, "{}");
            QVERIFY2(r.status == 404,
                     qPrintable(path + QLatin1Char(' ') + QString::fromUtf8(r.describe())));
            SK_VERIFY_PROBLEM(r, 404);
        }
    }
    QCOMPARE(snapshot(*m->store), before);
}

void TestServerHttp::methodsARouteLacksAre405()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    const QJsonObject key = createKey(id, QStringLiteral("Bot"));
    const QString keyId =
        key.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const QString before = snapshot(*m->store);

    const QList<std::tuple<QByteArray, QString, QByteArray>> cases = {
        // Keys are immutable: no PATCH, no PUT, no GET of a single key.
        {"PATCH", QStringLiteral("/api/v1/apps/%1/keys/%2").arg(id, keyId), "DELETE"},
        {"PUT", QStringLiteral("/api/v1/apps/%1/keys/%2").arg(id, keyId), "DELETE"},
        {"GET", QStringLiteral("/api/v1/apps/%1/keys/%2").arg(id, keyId), "DELETE"},
        {"PUT", QStringLiteral("/api/v1/apps/") + id, "GET, PATCH, DELETE"},
        {"POST", QStringLiteral("/api/v1/apps/") + id, "GET, PATCH, DELETE"},
        {"DELETE", QStringLiteral("/api/v1/apps"), "GET, POST"},
        {"PATCH", QStringLiteral("/api/v1/apps/%1/keys").arg(id), "GET, POST"},
        {"POST", QStringLiteral("/api/v1/keys"), "GET"},
        {"DELETE", QStringLiteral("/api/v1/audit"), "GET"},
        {"GET", QStringLiteral("/api/v1/verify"), "POST"},
        {"POST", QStringLiteral("/healthz"), "GET"},
        {"PUT", QStringLiteral("/api/v1/scopes"), "GET"},
    };
    for (const auto& [method, path, allow] : cases) {
        const HttpResponse r =
            m->client.send(method, path, R"({"name":"X"})",
                           {{QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"1\"")}});
        QVERIFY2(r.status == 405,
                 qPrintable(QString::fromLatin1(method) + QLatin1Char(' ') + path +
                            QStringLiteral(": ") + QString::fromUtf8(r.describe())));
        SK_VERIFY_PROBLEM(r, 405);
        QCOMPARE(r.header("Allow"), allow);
    }
    QCOMPARE(snapshot(*m->store), before);
}

void TestServerHttp::malformedBodiesAre400()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    const QString apps = QStringLiteral("/api/v1/apps");
    const QString one = apps + QLatin1Char('/') + id;
    const QString keys = one + QStringLiteral("/keys");
    const QByteArray later = iso(m->clock.clock()().addDays(3)).toUtf8();
    const QString before = snapshot(*m->store);

    struct Case
    {
        const char* what;
        QByteArray method;
        QString path;
        QByteArray body;
        QString field; // the field named in errors, if any
    };
    const QList<Case> cases = {
        {"empty body", "POST", apps, "", {}},
        {"not JSON", "POST", apps, "name=Other", {}},
        {"truncated JSON", "POST", apps, R"({"name":"Other","scopes":["model:deploy"])", {}},
        {"an array", "POST", apps, R"(["Other"])", {}},
        {"a string", "POST", apps, R"("Other")", {}},
        {"name a number", "POST", apps, R"({"name":5,"scopes":["model:deploy"]})",
         QStringLiteral("name")},
        {"name null", "POST", apps, R"({"name":null,"scopes":["model:deploy"]})",
         QStringLiteral("name")},
        {"scopes a string", "POST", apps, R"({"name":"Other","scopes":"model:deploy"})",
         QStringLiteral("scopes")},
        {"scopes of numbers", "POST", apps, R"({"name":"Other","scopes":[1,2]})",
         QStringLiteral("scopes")},
        {"unknown field", "POST", apps, R"({"name":"Other","scopes":["model:deploy"],"scope":"x"})",
         QStringLiteral("scope")},
        {"patch not JSON", "PATCH", one, "{name}", {}},
        {"patch name a list", "PATCH", one, R"({"name":["Renamed"]})", QStringLiteral("name")},
        {"patch scopes an object", "PATCH", one, R"({"scopes":{"a":1}})", QStringLiteral("scopes")},
        {"patch unknown field", "PATCH", one, R"({"names":"Renamed"})", QStringLiteral("names")},
        {"key not JSON", "POST", keys, "[", {}},
        {"key name a bool", "POST", keys, R"({"name":true,"expires_at":")" + later + "\"}",
         QStringLiteral("name")},
        {"key expiry a number", "POST", keys, R"({"name":"K","expires_at":1767225600})",
         QStringLiteral("expires_at")},
        {"key expiry not a date", "POST", keys, R"({"name":"K","expires_at":"next year"})",
         QStringLiteral("expires_at")},
        {"key expiry without a zone", "POST", keys,
         R"({"name":"K","expires_at":"2030-01-01T00:00:00"})", QStringLiteral("expires_at")},
        {"key expiry a date only", "POST", keys, R"({"name":"K","expires_at":"2030-01-01"})",
         QStringLiteral("expires_at")},
        {"key unknown field", "POST", keys,
         R"({"name":"K","expires_at":")" + later + R"(","scope":["a"]})", QStringLiteral("scope")},
        {"key scopes not an array", "POST", keys,
         R"({"name":"K","expires_at":")" + later + R"(","scopes":"workflow:deploy"})",
         QStringLiteral("scopes")},
    };
    for (const Case& c : cases) {
        const HttpResponse r =
            m->client.send(c.method, c.path, c.body,
                           {{QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"1\"")}});
        QVERIFY2(r.status == 400, qPrintable(QLatin1String(c.what) + QStringLiteral(": ") +
                                             QString::fromUtf8(r.describe())));
        SK_VERIFY_PROBLEM(r, 400);
        if (!c.field.isEmpty())
            QVERIFY2(errorFields(r).contains(c.field), c.what);
    }
    QCOMPARE(snapshot(*m->store), before);
}

void TestServerHttp::brokenRulesAre409Or422()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    createApp(QStringLiteral("Ledger"), {QStringLiteral("model:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    createKey(id, QStringLiteral("Bot"));
    const QString before = snapshot(*m->store);
    const QString keys = QStringLiteral("/api/v1/apps/%1/keys").arg(id);
    const auto expiry = [this](qint64 ms) { return iso(m->clock.clock()().addMSecs(ms)); };

    struct Case
    {
        const char* what;
        QByteArray method;
        QString path;
        QJsonObject body;
        int status;
        QString field;
    };
    const QList<Case> cases = {
        {"empty name",
         "POST",
         QStringLiteral("/api/v1/apps"),
         {{QStringLiteral("name"), QStringLiteral("  ")},
          {QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}},
         422,
         QStringLiteral("name")},
        {"missing name",
         "POST",
         QStringLiteral("/api/v1/apps"),
         {{QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}},
         422,
         QStringLiteral("name")},
        {"name too long",
         "POST",
         QStringLiteral("/api/v1/apps"),
         {{QStringLiteral("name"), QString(101, QLatin1Char('n'))},
          {QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}},
         422,
         QStringLiteral("name")},
        {"no scopes",
         "POST",
         QStringLiteral("/api/v1/apps"),
         {{QStringLiteral("name"), QStringLiteral("Other")},
          {QStringLiteral("scopes"), QJsonArray()}},
         422,
         QStringLiteral("scopes")},
        {"scope not in the catalog",
         "POST",
         QStringLiteral("/api/v1/apps"),
         {{QStringLiteral("name"), QStringLiteral("Other")},
          {QStringLiteral("scopes"), strings({QStringLiteral("publish-app")})}},
         422,
         QStringLiteral("scopes")},
        {"taken name",
         "POST",
         QStringLiteral("/api/v1/apps"),
         {{QStringLiteral("name"), QStringLiteral("LEDGER")},
          {QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}},
         409,
         QStringLiteral("name")},
        {"rename to a taken name",
         "PATCH",
         QStringLiteral("/api/v1/apps/") + id,
         {{QStringLiteral("name"), QStringLiteral("ledger")}},
         409,
         QStringLiteral("name")},
        {"patch to no scopes",
         "PATCH",
         QStringLiteral("/api/v1/apps/") + id,
         {{QStringLiteral("scopes"), QJsonArray()}},
         422,
         QStringLiteral("scopes")},
        {"key without a name",
         "POST",
         keys,
         {{QStringLiteral("name"), QString()}, {QStringLiteral("expires_at"), expiry(HourMs)}},
         422,
         QStringLiteral("name")},
        {"key without an expiry",
         "POST",
         keys,
         {{QStringLiteral("name"), QStringLiteral("K")}},
         422,
         QStringLiteral("expires_at")},
        {"key expired already",
         "POST",
         keys,
         {{QStringLiteral("name"), QStringLiteral("K")},
          {QStringLiteral("expires_at"), expiry(-HourMs)}},
         422,
         QStringLiteral("expires_at")},
        {"key beyond a year",
         "POST",
         keys,
         {{QStringLiteral("name"), QStringLiteral("K")},
          {QStringLiteral("expires_at"), expiry(367 * 24 * HourMs)}},
         422,
         QStringLiteral("expires_at")},
        {"key name taken",
         "POST",
         keys,
         {{QStringLiteral("name"), QStringLiteral("bot")},
          {QStringLiteral("expires_at"), expiry(HourMs)}},
         409,
         QStringLiteral("name")},
    };
    for (const Case& c : cases) {
        const HttpResponse r =
            m->client.send(c.method, c.path, QJsonDocument(c.body).toJson(QJsonDocument::Compact),
                           {{QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"1\"")}});
        QVERIFY2(r.status == c.status, qPrintable(QLatin1String(c.what) + QStringLiteral(": ") +
                                                  QString::fromUtf8(r.describe())));
        SK_VERIFY_PROBLEM(r, c.status);
        QVERIFY2(
            errorFields(r).contains(c.field),
            qPrintable(QLatin1String(c.what) + QStringLiteral(": ") + QString::fromUtf8(r.body)));
        for (const QJsonValue& e : r.json().value(QStringLiteral("errors")).toArray())
            QVERIFY(!e.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(snapshot(*m->store), before);
}

void TestServerHttp::patchNeedsTheCurrentEtag()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString path =
        QStringLiteral("/api/v1/apps/") + app.value(QStringLiteral("id")).toString();
    const HttpResponse got = m->client.get(path);
    QCOMPARE(got.status, 200);
    const QByteArray etag = got.header("ETag");
    QCOMPARE(etag, QByteArray("\"1\""));
    const QString before = snapshot(*m->store);
    const QJsonObject rename{{QStringLiteral("name"), QStringLiteral("Payments EU")}};

    const HttpResponse missing = m->client.patch(path, rename, {});
    SK_VERIFY_PROBLEM(missing, 428);
    for (const QByteArray& stale :
         {QByteArray("\"2\""), QByteArray("\"0\""), QByteArray("W/\"1\""), QByteArray("1"),
          QByteArray("\"abc\""), QByteArray("\"2\", \"3\""),
          // Not the tag "1" either, though a number parser reads 1 in each (fuzz_api_decoders).
          QByteArray("\"01\""), QByteArray("\"+1\""), QByteArray("\" 1\""), QByteArray("\"1 \"")}) {
        const HttpResponse r = m->client.patch(path, rename, stale);
        QVERIFY2(r.status == 412, stale + ": " + r.describe());
        SK_VERIFY_PROBLEM(r, 412);
    }
    QCOMPARE(snapshot(*m->store), before);

    const HttpResponse renamed = m->client.patch(path, rename, etag);
    QVERIFY2(renamed.status == 200, renamed.describe().constData());
    QCOMPARE(renamed.json().value(QStringLiteral("name")).toString(),
             QStringLiteral("Payments EU"));
    QCOMPARE(renamed.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(m->client.get(path).header("ETag"), QByteArray("\"2\""));

    // The old ETag is stale now: the second of two editors is refused, and nothing changes.
    const QString afterRename = snapshot(*m->store);
    const HttpResponse second = m->client.patch(
        path, QJsonObject{{QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}},
        etag);
    SK_VERIFY_PROBLEM(second, 412);
    QCOMPARE(snapshot(*m->store), afterRename);

    // A list with the current tag, and "*", match.
    const HttpResponse listed = m->client.patch(
        path, QJsonObject{{QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}},
        "\"1\", \"2\"");
    QVERIFY2(listed.status == 200, listed.describe().constData());
    QCOMPARE(stringList(listed.json().value(QStringLiteral("scopes"))),
             QStringList{QStringLiteral("model:deploy")});
    const HttpResponse any =
        m->client.patch(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("P")}}, "*");
    QVERIFY2(any.status == 200, any.describe().constData());
    QCOMPARE(any.header("ETag"), QByteArray("\"4\""));
}

void TestServerHttp::oversizedBodyIs413()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    const QString before = snapshot(*m->store);
    const QByteArray padding(ApiServer::MaxBodyBytes, ' ');
    const QByteArray big = R"({"name":"Big","scopes":["model:deploy"]})" + padding;
    for (const auto& [method, path] :
         QList<QPair<QByteArray, QString>>{{"POST", QStringLiteral("/api/v1/apps")},
                                           {"PATCH", QStringLiteral("/api/v1/apps/") + id},
                                           {"POST", QStringLiteral("/api/v1/apps/%1/keys").arg(id)},
                                           {"POST", QStringLiteral("/api/v1/verify")}}) {
        const HttpResponse r = m->client.send(method, path, big, {{"If-Match", "\"1\""}});
        QVERIFY2(r.status == 413,
                 qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(r.describe())));
        SK_VERIFY_PROBLEM(r, 413);
    }
    QCOMPARE(snapshot(*m->store), before);
    // Just under the limit is fine.
    const QByteArray fits = R"({"name":"Fits","scopes":["model:deploy"]})" +
                            QByteArray(ApiServer::MaxBodyBytes - 45, ' ');
    QVERIFY(fits.size() <= ApiServer::MaxBodyBytes);
    QCOMPARE(m->client.send("POST", QStringLiteral("/api/v1/apps"), fits).status, 201);
}

void TestServerHttp::unknownAppsAndKeysAre404()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    const QJsonObject other = createApp(QStringLiteral("Ledger"), {QStringLiteral("model:deploy")});
    const QString otherId = other.value(QStringLiteral("id")).toString();
    const QJsonObject key = createKey(id, QStringLiteral("Bot"));
    const QString keyId =
        key.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const QString before = snapshot(*m->store);
    const QString nope = QStringLiteral("app_doesNotExist0000000000");
    const QByteArray keyBody = QByteArray(R"({"name":"K","expires_at":")") +
                               iso(m->clock.clock()().addDays(3)).toUtf8() + "\"}";

    const QList<std::tuple<QByteArray, QString, QByteArray>> cases = {
        {"GET", QStringLiteral("/api/v1/apps/") + nope, {}},
        {"PATCH", QStringLiteral("/api/v1/apps/") + nope, R"({"name":"X"})"},
        {"DELETE", QStringLiteral("/api/v1/apps/") + nope, {}},
        {"GET", QStringLiteral("/api/v1/apps/%1/keys").arg(nope), {}},
        {"POST", QStringLiteral("/api/v1/apps/%1/keys").arg(nope), keyBody},
        {"DELETE", QStringLiteral("/api/v1/apps/%1/keys/%2").arg(nope, keyId), {}},
        {"DELETE",
         QStringLiteral("/api/v1/apps/%1/keys/%2").arg(id, QStringLiteral("key_nope")),
         {}},
        // A real key, under the wrong app.
        {"DELETE", QStringLiteral("/api/v1/apps/%1/keys/%2").arg(otherId, keyId), {}},
    };
    for (const QByteArray& ifMatch : {QByteArray("\"1\""), QByteArray("*")}) {
        for (const auto& [method, path, body] : cases) {
            const HttpResponse r = m->client.send(method, path, body, {{"If-Match", ifMatch}});
            QVERIFY2(r.status == 404,
                     qPrintable(QString::fromLatin1(method) + QLatin1Char(' ') + path +
                                QStringLiteral(": ") + QString::fromUtf8(r.describe())));
            SK_VERIFY_PROBLEM(r, 404);
        }
    }
    QCOMPARE(snapshot(*m->store), before);
}

// ---- documents -----------------------------------------------------------------------------

void TestServerHttp::documentsHaveTheirFields()
{
    static const QRegularExpression utc(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"));
    const QString t0 = now();
    const HttpResponse created = m->client.post(
        QStringLiteral("/api/v1/apps"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("  Payments  ")},
                    {QStringLiteral("scopes"), strings({QStringLiteral("workflow:export"),
                                                        QStringLiteral("model:deploy")})}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject app = created.json();
    QCOMPARE(keysOf(app), (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"),
                                         QStringLiteral("scopes"), QStringLiteral("created_by"),
                                         QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                         QStringLiteral("key_count"), QStringLiteral("version")}));
    const QString id = app.value(QStringLiteral("id")).toString();
    QCOMPARE(created.header("Location"), "/api/v1/apps/" + id.toUtf8());
    QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(app.value(QStringLiteral("name")).toString(), QStringLiteral("Payments"));
    QCOMPARE(stringList(app.value(QStringLiteral("scopes"))),
             (QStringList{QStringLiteral("model:deploy"), QStringLiteral("workflow:export")}));
    QCOMPARE(app.value(QStringLiteral("created_by")).toString(), QStringLiteral("alice"));
    QVERIFY(utc.match(app.value(QStringLiteral("created_at")).toString()).hasMatch());
    QVERIFY(utc.match(app.value(QStringLiteral("updated_at")).toString()).hasMatch());
    QVERIFY(app.value(QStringLiteral("created_at")).toString() >= t0.left(19));
    QCOMPARE(app.value(QStringLiteral("key_count")).toInt(), 0);

    const QDateTime expires = m->clock.clock()().addDays(30);
    const HttpResponse keyAnswer =
        m->client.post(QStringLiteral("/api/v1/apps/%1/keys").arg(id),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Bot")},
                                   // Any offset is accepted; answers are in UTC.
                                   {QStringLiteral("expires_at"),
                                    expires.toOffsetFromUtc(3600).toString(Qt::ISODateWithMs)}});
    QVERIFY2(keyAnswer.status == 201, keyAnswer.describe().constData());
    const QJsonObject pair = keyAnswer.json();
    QCOMPARE(keysOf(pair), (QSet<QString>{QStringLiteral("key"), QStringLiteral("secret")}));
    const QJsonObject key = pair.value(QStringLiteral("key")).toObject();
    QCOMPARE(
        keysOf(key),
        (QSet<QString>{QStringLiteral("stops_at"), QStringLiteral("id"), QStringLiteral("app_id"),
                       QStringLiteral("app_name"), QStringLiteral("name"), QStringLiteral("prefix"),
                       QStringLiteral("created_by"), QStringLiteral("created_at"),
                       QStringLiteral("expires_at"), QStringLiteral("last_used_at"),
                       QStringLiteral("scopes")}));
    QVERIFY(key.value(QStringLiteral("scopes")).isNull()); // inherits the app's
    const QString secret = pair.value(QStringLiteral("secret")).toString();
    QVERIFY(KeyFormat::isWellFormed(secret));
    QCOMPARE(key.value(QStringLiteral("prefix")).toString(), secret.left(8));
    QCOMPARE(key.value(QStringLiteral("app_id")).toString(), id);
    QCOMPARE(key.value(QStringLiteral("app_name")).toString(), QStringLiteral("Payments"));
    QCOMPARE(key.value(QStringLiteral("expires_at")).toString(), iso(expires));
    QVERIFY(key.value(QStringLiteral("last_used_at")).isNull());
    QVERIFY(utc.match(key.value(QStringLiteral("created_at")).toString()).hasMatch());

    const HttpResponse fetched = m->client.get(QStringLiteral("/api/v1/apps/") + id);
    QCOMPARE(fetched.json().value(QStringLiteral("key_count")).toInt(), 1);
    const HttpResponse listed = m->client.get(QStringLiteral("/api/v1/apps/%1/keys").arg(id));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(QStringLiteral("keys")).toArray().size(), 1);
    QCOMPARE(listed.json().value(QStringLiteral("keys")).toArray().first().toObject(), key);

    // A narrowed key: its scopes, a subset of the app's; one the app lacks is named in a 422.
    const auto narrowed = [&](const QStringList& scopes) {
        return m->client.post(
            QStringLiteral("/api/v1/apps/%1/keys").arg(id),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Narrow")},
                        {QStringLiteral("expires_at"), iso(expires)},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}});
    };
    const HttpResponse refused =
        narrowed({QStringLiteral("model:deploy"), QStringLiteral("guardrails:deploy")});
    QVERIFY2(refused.status == 422, refused.describe().constData());
    QVERIFY2(refused.body.contains("guardrails:deploy"), refused.describe().constData());
    QVERIFY(!refused.body.contains("model:deploy"));
    const HttpResponse made = narrowed({QStringLiteral("model:deploy")});
    QVERIFY2(made.status == 201, made.describe().constData());
    QCOMPARE(
        stringList(
            made.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("scopes"))),
        QStringList{QStringLiteral("model:deploy")});
}

void TestServerHttp::onlyTheCreateAnswerHoldsTheSecret()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    const QString secret =
        createKey(id, QStringLiteral("Bot")).value(QStringLiteral("secret")).toString();
    QVERIFY(KeyFormat::isWellFormed(secret));
    const QByteArray body = secret.mid(4, KeyFormat::RandomLength).toUtf8();
    for (const QString& path :
         {QStringLiteral("/api/v1/apps"), QStringLiteral("/api/v1/apps/") + id,
          QStringLiteral("/api/v1/apps/%1/keys").arg(id), QStringLiteral("/api/v1/keys"),
          QStringLiteral("/api/v1/audit")}) {
        const HttpResponse r = m->client.get(path);
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.body.contains(body), qPrintable(path));
        QVERIFY(!r.body.contains("secret"));
    }
}

void TestServerHttp::actionsAreAttributedToTheAdministrator()
{
    HttpTestClient asBob(m->client.baseUrl());
    asBob.setToken(m->bob);
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    QCOMPARE(app.value(QStringLiteral("created_by")).toString(), QStringLiteral("alice"));

    const HttpResponse key =
        asBob.post(QStringLiteral("/api/v1/apps/%1/keys").arg(id),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Bot")},
                               {QStringLiteral("expires_at"), iso(m->clock.clock()().addDays(2))}});
    QCOMPARE(key.status, 201);
    QCOMPARE(key.json()
                 .value(QStringLiteral("key"))
                 .toObject()
                 .value(QStringLiteral("created_by"))
                 .toString(),
             QStringLiteral("bob"));
    const QString keyId =
        key.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(asBob
                 .patch(QStringLiteral("/api/v1/apps/") + id,
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Payments EU")}},
                        "\"1\"")
                 .status,
             200);
    QCOMPARE(m->client.del(QStringLiteral("/api/v1/apps/%1/keys/%2").arg(id, keyId)).status, 204);
    const QJsonObject other = createApp(QStringLiteral("Ledger"), {QStringLiteral("model:deploy")});
    QCOMPARE(
        asBob.del(QStringLiteral("/api/v1/apps/") + other.value(QStringLiteral("id")).toString())
            .status,
        204);

    const HttpResponse audit = m->client.get(QStringLiteral("/api/v1/audit"));
    QCOMPARE(audit.status, 200);
    QStringList seen;
    for (const QJsonValue& v : audit.json().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() == QLatin1String("admin.create"))
            continue; // alice and bob, made by init()
        seen.prepend(e.value(QStringLiteral("action")).toString() + QLatin1Char(':') +
                     e.value(QStringLiteral("actor")).toString());
    }
    QCOMPARE(seen,
             (QStringList{QStringLiteral("app.create:alice"), QStringLiteral("key.create:bob"),
                          QStringLiteral("app.update:bob"), QStringLiteral("key.delete:alice"),
                          QStringLiteral("app.create:alice"), QStringLiteral("app.delete:bob")}));
    // The store's own actor is untouched by all this.
    QCOMPARE(m->store->actor(), QStringLiteral("scopekeeper-server"));
}

// ---- verify --------------------------------------------------------------------------------

void TestServerHttp::meNamesTheTokensAdministrator()
{
    // The name is the one "created_by" gives to what that token does.
    const QJsonObject app = createApp(QStringLiteral("Payments"), {QStringLiteral("model:deploy")});
    const QString before = snapshot(*m->store);

    const HttpResponse alice = m->client.get(QStringLiteral("/api/v1/me"));
    QVERIFY2(alice.status == 200, alice.describe().constData());
    QCOMPARE(alice.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(alice.json().value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
    // The role, and when the token expires: a year from its creation by default.
    QCOMPARE(alice.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    const QDateTime expires = QDateTime::fromString(
        alice.json().value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(365))) < 600);
    QCOMPARE(app.value(QStringLiteral("created_by")), alice.json().value(QStringLiteral("name")));

    HttpTestClient asBob(m->client.baseUrl());
    asBob.setToken(m->bob);
    const HttpResponse bob = asBob.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(bob.status, 200);
    QCOMPARE(bob.json().value(QStringLiteral("name")).toString(), QStringLiteral("bob"));

    // Without a token, or with one the server does not know: 401, and no name.
    HttpTestClient anonymous(m->client.baseUrl());
    const HttpResponse none = anonymous.get(QStringLiteral("/api/v1/me"));
    SK_VERIFY_PROBLEM(none, 401);
    QVERIFY(!none.body.contains("alice") && !none.body.contains("bob"));
    anonymous.setToken(AdminToken::generate());
    const HttpResponse unknown = anonymous.get(QStringLiteral("/api/v1/me"));
    SK_VERIFY_PROBLEM(unknown, 401);
    const HttpResponse post = m->client.send("POST", QStringLiteral("/api/v1/me"), "{}");
    SK_VERIFY_PROBLEM(post, 405);
    QCOMPARE(snapshot(*m->store), before); // asking changes nothing
}

void TestServerHttp::verifyAnswersEveryCode()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"),
                  {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    const QJsonObject shortLived = createKey(id, QStringLiteral("Short"), HourMs);
    const QString secret = shortLived.value(QStringLiteral("secret")).toString();
    HttpTestClient service(m->client.baseUrl()); // services have no administrator token
    const auto verify = [&service](const QString& key, const QString& scope) {
        return service.post(
            QStringLiteral("/api/v1/verify"),
            QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("scope"), scope}});
    };

    const HttpResponse valid = verify(secret, QStringLiteral("model:deploy"));
    QCOMPARE(valid.status, 200);
    const QJsonObject v = valid.json();
    QCOMPARE(v.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(v.value(QStringLiteral("app")).toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(v.value(QStringLiteral("app")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Payments"));
    QCOMPARE(v.value(QStringLiteral("key")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Short"));
    QCOMPARE(stringList(v.value(QStringLiteral("scopes"))),
             (QStringList{QStringLiteral("model:deploy"), QStringLiteral("workflow:deploy")}));
    QVERIFY(!v.contains(QStringLiteral("code")));

    const auto expectCode = [&verify](const QString& key, const QString& scope, const char* code) {
        const HttpResponse r = verify(key, scope);
        if (r.status != 200)
            return QString::fromUtf8(r.describe());
        const QJsonObject o = r.json();
        if (o.value(QStringLiteral("valid")).toBool() ||
            o.value(QStringLiteral("code")).toString() != QLatin1String(code) ||
            o.contains(QStringLiteral("app")) || o.contains(QStringLiteral("scopes")))
            return QString::fromUtf8(r.body);
        return QString();
    };
    QCOMPARE(expectCode(secret, QStringLiteral("guardrails:deploy"), "FORBIDDEN_SCOPE"), QString());
    QCOMPARE(expectCode(secret, QStringLiteral("publish-app"), "FORBIDDEN_SCOPE"), QString());
    QCOMPARE(expectCode(secret, QString(), "FORBIDDEN_SCOPE"), QString());
    QCOMPARE(expectCode(QString(), QStringLiteral("model:deploy"), "MALFORMED"), QString());
    QCOMPARE(expectCode(QStringLiteral("spk_nope"), QStringLiteral("model:deploy"), "MALFORMED"),
             QString());
    QCOMPARE(expectCode(secret.chopped(1) + (secret.endsWith(QLatin1Char('A')) ? QLatin1Char('B')
                                                                               : QLatin1Char('A')),
                        QStringLiteral("model:deploy"), "MALFORMED"),
             QString());
    QCOMPARE(expectCode(m->alice, QStringLiteral("model:deploy"), "MALFORMED"), QString());
    QCOMPARE(expectCode(KeyFormat::generate(), QStringLiteral("model:deploy"), "NOT_FOUND"),
             QString());

    m->clock.advance(2 * HourMs);
    QCOMPARE(expectCode(secret, QStringLiteral("model:deploy"), "EXPIRED"), QString());
}

void TestServerHttp::verifyIsAnsweredWhileTheEventLoopIsBusy()
{
    // verify must not wait for the server's event loop, which an administrator's request can
    // keep busy: while this thread (the server's) does not return to its event loop, a service
    // on another thread still gets its answer.
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString secret =
        createKey(app.value(QStringLiteral("id")).toString(), QStringLiteral("One"))
            .value(QStringLiteral("secret"))
            .toString();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("key"), secret},
                                  {QStringLiteral("scope"), QStringLiteral("workflow:deploy")}})
            .toJson(QJsonDocument::Compact);
    const quint16 port = m->server->port();
    std::promise<QByteArray> answer;
    std::future<QByteArray> answered = answer.get_future();
    std::thread service([&answer, body, port] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QByteArray reply;
        if (socket.waitForConnected(10000)) {
            socket.write("POST /api/v1/verify HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/json\r\nConnection: close\r\n"
                         "Content-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket.waitForBytesWritten(10000);
            while (socket.waitForReadyRead(20000))
                reply += socket.readAll();
        }
        answer.set_value(reply);
    });
    // Busy: no event is handled here until the answer came or 25 s went by.
    const bool inTime = answered.wait_for(std::chrono::seconds(25)) == std::future_status::ready;
    service.join();
    QVERIFY2(inTime, "verify waited for the server's event loop");
    const QByteArray reply = answered.get();
    QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
    QVERIFY2(reply.contains("\"valid\":true"), reply.constData());
    // Its access-log line arrives once the event loop runs again.
    QTRY_VERIFY(m->log.filter(QStringLiteral("/api/v1/verify")).size() == 1);
}

void TestServerHttp::verifyFollowsChangesOnTheNextCall()
{
    const QJsonObject app =
        createApp(QStringLiteral("Payments"),
                  {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy")});
    const QString id = app.value(QStringLiteral("id")).toString();
    const QString one =
        createKey(id, QStringLiteral("One")).value(QStringLiteral("secret")).toString();
    const QJsonObject twoAnswer = createKey(id, QStringLiteral("Two"));
    const QString two = twoAnswer.value(QStringLiteral("secret")).toString();
    const QString twoId =
        twoAnswer.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    HttpTestClient service(m->client.baseUrl());
    const auto code = [&service](const QString& key, const QString& scope) {
        const QJsonObject o =
            service
                .post(QStringLiteral("/api/v1/verify"),
                      QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("scope"), scope}})
                .json();
        return o.value(QStringLiteral("valid")).toBool()
                   ? QStringLiteral("VALID")
                   : o.value(QStringLiteral("code")).toString();
    };
    const QString deploy = QStringLiteral("workflow:deploy");
    QCOMPARE(code(one, deploy), QStringLiteral("VALID"));
    QCOMPARE(code(two, deploy), QStringLiteral("VALID"));

    // Scopes taken away: refused on the very next call, for every key of the app.
    const QString path = QStringLiteral("/api/v1/apps/") + id;
    QCOMPARE(m->client
                 .patch(path,
                        QJsonObject{
                            {QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}},
                        "\"1\"")
                 .status,
             200);
    QCOMPARE(code(one, deploy), QStringLiteral("FORBIDDEN_SCOPE"));
    QCOMPARE(code(two, deploy), QStringLiteral("FORBIDDEN_SCOPE"));
    QCOMPARE(code(one, QStringLiteral("model:deploy")), QStringLiteral("VALID"));
    // Given back: accepted on the very next call.
    QCOMPARE(
        m->client.patch(path, QJsonObject{{QStringLiteral("scopes"), strings({deploy})}}, "\"2\"")
            .status,
        200);
    QCOMPARE(code(one, deploy), QStringLiteral("VALID"));
    QCOMPARE(code(one, QStringLiteral("model:deploy")), QStringLiteral("FORBIDDEN_SCOPE"));

    // A deleted key stops at once; the other key goes on.
    QCOMPARE(m->client.del(QStringLiteral("/api/v1/apps/%1/keys/%2").arg(id, twoId)).status, 204);
    QCOMPARE(code(two, deploy), QStringLiteral("NOT_FOUND"));
    QCOMPARE(code(one, deploy), QStringLiteral("VALID"));
    // A deleted app takes its keys with it.
    QCOMPARE(m->client.del(path).status, 204);
    QCOMPARE(code(one, deploy), QStringLiteral("NOT_FOUND"));
}

void TestServerHttp::verifyAnswerTextIsQtJson_data()
{
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<QStringList>("scopes");
    QTest::newRow("plain") << QStringLiteral("Payments") << QStringLiteral("ci")
                           << QStringList{QStringLiteral("model:deploy"),
                                          QStringLiteral("workflow:deploy")};
    QTest::newRow("quotes and backslashes")
        << QStringLiteral("A \"quoted\" \\ app") << QStringLiteral("key \\\"") << QStringList{};
    QTest::newRow("control characters")
        << QStringLiteral("tab\there\nline\rcr\bbs\fff") << QString(QChar(0x01)) + QChar(0x1f)
        << QStringList{QStringLiteral("a\u007fb")};
    QTest::newRow("non-ASCII") << QStringLiteral("Zürich – 東京 ✓")
                               << QStringLiteral("emoji \U0001F511 key")
                               << QStringList{QStringLiteral("é")};
    QTest::newRow("empty") << QString() << QString() << QStringList{QString()};
}

void TestServerHttp::verifyAnswerTextIsQtJson()
{
    // The verify answer is written directly, not through QJsonDocument: the bytes must be
    // the ones QJsonDocument writes for the same document, for valid and refused answers.
    QFETCH(QString, appName);
    QFETCH(QString, keyName);
    QFETCH(QStringList, scopes);
    VerifyResult valid;
    valid.valid = true;
    valid.code = VerifyCode::Valid;
    valid.appId = QStringLiteral("app_1");
    valid.appName = appName;
    valid.keyId = QStringLiteral("key_\"1\"");
    valid.keyName = keyName;
    valid.scopes = scopes;
    QCOMPARE(wire::verifyJsonText(valid),
             QJsonDocument(wire::verifyJson(valid)).toJson(QJsonDocument::Compact));
    for (const VerifyCode code : {VerifyCode::Malformed, VerifyCode::NotFound, VerifyCode::Expired,
                                  VerifyCode::ForbiddenScope}) {
        VerifyResult refused;
        refused.code = code;
        QCOMPARE(wire::verifyJsonText(refused),
                 QJsonDocument(wire::verifyJson(refused)).toJson(QJsonDocument::Compact));
    }
}

void TestServerHttp::verifyRefusesMalformedRequests()
{
    const QString before = snapshot(*m->store);
    HttpTestClient service(m->client.baseUrl());
    for (const QByteArray& body :
         {QByteArray(), QByteArray("key=spk_x"), QByteArray("[]"), QByteArray("{}"),
          QByteArray(R"({"key":"spk_x"})"), QByteArray(R"({"scope":"model:deploy"})"),
          QByteArray(R"({"key":5,"scope":"model:deploy"})"),
          QByteArray(R"({"key":"spk_x","scope":null})"),
          QByteArray(R"({"key":["spk_x"],"scope":"a"})")}) {
        const HttpResponse r = service.send("POST", QStringLiteral("/api/v1/verify"), body);
        QVERIFY2(r.status == 400, body + ": " + r.describe());
        SK_VERIFY_PROBLEM(r, 400);
    }
    QCOMPARE(snapshot(*m->store), before);
}

void TestServerHttp::verifyAnswersAlikeHoweverTheBodyIsWritten()
{
    // A plain body is read on the I/O thread without a JSON parser, anything else by the
    // parser on the event loop's thread; a service must not see which: the same status,
    // headers, JSON and log line.
    const QJsonObject app =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QString secret =
        createKey(app.value(QStringLiteral("id")).toString(), QStringLiteral("One"))
            .value(QStringLiteral("secret"))
            .toString();
    const QByteArray key = secret.toLatin1();
    const QByteArray escapedKey = "\\u0073" + key.mid(1); // "s" as \u0073
    struct Case
    {
        QByteArray body;
        QByteArray contentType;
    };
    const QList<Case> cases{
        {R"({"key":")" + key + R"(","scope":"workflow:deploy"})", "application/json"},
        {"{ \"scope\" : \"workflow:deploy\",\n \"key\":\"" + key + "\" }", "application/json"},
        {R"({"key":")" + key + R"(","scope":"workflow:deploy"})",
         "Application/JSON; charset=utf-8"},
        {R"({"key":")" + escapedKey + R"(","scope":"workflow:deploy"})", "application/json"},
        {R"({"key":")" + key + R"(","scope":"workflow\u003adeploy","n":1})", "application/json"},
        {R"({"key":")" + key + R"(","key":")" + key + R"(","scope":"workflow:deploy"})",
         "application/json"},
    };
    HttpTestClient service(m->client.baseUrl());
    QByteArray first;
    for (const Case& c : cases) {
        const HttpResponse r = service.send("POST", QStringLiteral("/api/v1/verify"), c.body,
                                            {{"Content-Type", c.contentType}});
        QVERIFY2(r.status == 200, c.body + ": " + r.describe());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY2(r.body.contains("\"valid\":true"), r.body.constData());
        if (first.isEmpty())
            first = r.body;
        QCOMPARE(r.body, first);
    }
    // The same for a refusal.
    const QByteArray forbidden = R"({"key":")" + key + R"(","scope":"model:deploy"})";
    const QByteArray forbiddenEscaped = R"({"key":")" + key + R"(","scope":"model\u003adeploy"})";
    const HttpResponse plain = service.send("POST", QStringLiteral("/api/v1/verify"), forbidden);
    const HttpResponse parsed =
        service.send("POST", QStringLiteral("/api/v1/verify"), forbiddenEscaped);
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.body, parsed.body);
    QVERIFY(plain.body.contains("FORBIDDEN_SCOPE"));
    // One log line each, alike but for the time taken; no key in any.
    QTRY_COMPARE(m->log.filter(QStringLiteral("/api/v1/verify")).size(), cases.size() + 2);
    const QRegularExpression line(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z POST /api/v1/verify 200 "
        "\\d+\\.\\dms admin=- client=127\\.0\\.0\\.1$"));
    for (const QString& l : m->log.filter(QStringLiteral("/api/v1/verify"))) {
        QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
        QVERIFY(!l.contains(secret));
    }
}

// ---- lists ---------------------------------------------------------------------------------

void TestServerHttp::appsArePaginatedWithACursor()
{
    // Made through the store (fast); names chosen so that case and accents matter to the order.
    QSet<QString> ids;
    for (int i = 0; i < 57; ++i) {
        const QString name = (i % 3 == 0 ? QStringLiteral("app %1") : QStringLiteral("App %1"))
                                 .arg(i, 3, 10, QLatin1Char('0'));
        SK_AWAIT_OK(a, m->store->createApp(NewApp{name, {QStringLiteral("model:deploy")}}));
        ids.insert(a.id);
    }
    for (int limit : {1, 10, 56, 57, 100}) {
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            QString path = QStringLiteral("/api/v1/apps?limit=%1").arg(limit);
            if (!cursor.isEmpty())
                path +=
                    QStringLiteral("&cursor=") + QString::fromUtf8(QUrl::toPercentEncoding(cursor));
            const HttpResponse r = m->client.get(path);
            QVERIFY2(r.status == 200, r.describe().constData());
            const QJsonArray page = r.json().value(QStringLiteral("apps")).toArray();
            QVERIFY(page.size() <= limit);
            for (const QJsonValue& v : page)
                seen << v.toObject().value(QStringLiteral("id")).toString();
            const QJsonValue next = r.json().value(QStringLiteral("next_cursor"));
            QVERIFY(next.isNull() || next.isString());
            cursor = next.toString();
            QVERIFY(++pages <= 60);
            // A page in the middle of the walk may see an app appear or disappear: neither
            // repeats nor hides the others.
            if (limit == 10 && pages == 2) {
                SK_AWAIT_OK(late, m->store->createApp(NewApp{QStringLiteral("zzz late"),
                                                             {QStringLiteral("model:deploy")}}));
                ids.insert(late.id);
            }
        } while (!cursor.isEmpty());
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), ids);
        QCOMPARE(seen.size(), ids.size()); // each exactly once
        QCOMPARE(pages, int((ids.size() + limit - 1) / limit));
    }
    // The default page size.
    const HttpResponse first = m->client.get(QStringLiteral("/api/v1/apps"));
    QCOMPARE(first.json().value(QStringLiteral("apps")).toArray().size(),
             qMin(ApiServer::DefaultPageSize, int(ids.size())));
}

void TestServerHttp::appsAreFilteredWithQ()
{
    createApp(QStringLiteral("Risk & Compliance"), {QStringLiteral("workflow:deploy")});
    createApp(QStringLiteral("Customer Support"), {QStringLiteral("guardrails:deploy")});
    createApp(QStringLiteral("Marketing"), {QStringLiteral("model:export")});
    const auto names = [this](const QString& q) {
        const HttpResponse r = m->client.get(QStringLiteral("/api/v1/apps?q=") +
                                             QString::fromUtf8(QUrl::toPercentEncoding(q)));
        QStringList out;
        for (const QJsonValue& v : r.json().value(QStringLiteral("apps")).toArray())
            out << v.toObject().value(QStringLiteral("name")).toString();
        return out;
    };
    QCOMPARE(names(QString()).size(), 3);
    QCOMPARE(names(QStringLiteral("SUPPORT")), QStringList{QStringLiteral("Customer Support")});
    QCOMPARE(names(QStringLiteral("risk & c")), QStringList{QStringLiteral("Risk & Compliance")});
    QCOMPARE(names(QStringLiteral("guardrails")), QStringList{QStringLiteral("Customer Support")});
    QCOMPARE(names(QStringLiteral("e")),
             (QStringList{QStringLiteral("Customer Support"), QStringLiteral("Marketing"),
                          QStringLiteral("Risk & Compliance")}));
    QCOMPARE(names(QStringLiteral("%")), QStringList());
    QCOMPARE(names(QStringLiteral("nothing like it")), QStringList());

    // q and paging together.
    const HttpResponse page = m->client.get(QStringLiteral("/api/v1/apps?q=e&limit=2"));
    QCOMPARE(page.json().value(QStringLiteral("apps")).toArray().size(), 2);
    const QString cursor = page.json().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const HttpResponse rest = m->client.get(QStringLiteral("/api/v1/apps?q=e&limit=2&cursor=") +
                                            QString::fromUtf8(QUrl::toPercentEncoding(cursor)));
    QCOMPARE(rest.json().value(QStringLiteral("apps")).toArray().size(), 1);
    QVERIFY(rest.json().value(QStringLiteral("next_cursor")).isNull());
}

void TestServerHttp::badPagingParametersAre400()
{
    createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    for (const QString& query :
         {QStringLiteral("limit=0"), QStringLiteral("limit=-1"), QStringLiteral("limit=1001"),
          QStringLiteral("limit=ten"), QStringLiteral("limit="), QStringLiteral("cursor=abc"),
          QStringLiteral("cursor="), QStringLiteral("cursor=%5B%5D")}) {
        const HttpResponse r = m->client.get(QStringLiteral("/api/v1/apps?") + query);
        QVERIFY2(r.status == 400,
                 qPrintable(query + QStringLiteral(": ") + QString::fromUtf8(r.describe())));
        SK_VERIFY_PROBLEM(r, 400);
        QCOMPARE(errorFields(r).size(), 1);
    }
    SK_VERIFY_PROBLEM(m->client.get(QStringLiteral("/api/v1/audit?limit=0")), 400);
}

void TestServerHttp::auditIsListed()
{
    const QJsonObject a =
        createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    const QJsonObject b = createApp(QStringLiteral("Ledger"), {QStringLiteral("model:deploy")});
    createKey(a.value(QStringLiteral("id")).toString(), QStringLiteral("Bot"));
    const HttpResponse all = m->client.get(QStringLiteral("/api/v1/audit"));
    QCOMPARE(all.status, 200);
    const QJsonArray entries = all.json().value(QStringLiteral("entries")).toArray();
    // alice and bob (init()), then the two apps and the key.
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(4).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("admin.create"));
    QVERIFY(entries.at(4)
                .toObject()
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("“alice”, role admin, expires ")));
    const QJsonObject newest = entries.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("key.create"));
    QCOMPARE(newest.value(QStringLiteral("key_name")).toString(), QStringLiteral("Bot"));
    QVERIFY(newest.value(QStringLiteral("seq")).toInteger() >
            entries.last().toObject().value(QStringLiteral("seq")).toInteger());
    QVERIFY(entries.last().toObject().value(QStringLiteral("key_id")).isNull());

    QCOMPARE(m->client.get(QStringLiteral("/api/v1/audit?limit=1"))
                 .json()
                 .value(QStringLiteral("entries"))
                 .toArray()
                 .size(),
             1);
    const HttpResponse forB = m->client.get(QStringLiteral("/api/v1/audit?app_id=") +
                                            b.value(QStringLiteral("id")).toString());
    QCOMPARE(forB.json().value(QStringLiteral("entries")).toArray().size(), 1);
}

void TestServerHttp::scopesAreTheStoresCatalog()
{
    const HttpResponse r = m->client.get(QStringLiteral("/api/v1/scopes"));
    QCOMPARE(r.status, 200);
    const Result<Catalog> parsed = Catalog::fromJson(r.body, QStringLiteral("GET /api/v1/scopes"));
    SK_VERIFY_OK(parsed);
    QCOMPARE(parsed->id(), QStringLiteral("ai-for-process"));
    QVERIFY(parsed->contains(QStringLiteral("workflow:deploy")));
    // And how its keys are scoped.
    QCOMPARE(r.json().value(QStringLiteral("scoping")).toString(), QStringLiteral("per-app"));
}

void TestServerHttp::personalKeysAreTheAdministratorsOwn()
{
    const auto body = [this](const QString& name, const QJsonValue& scopes) {
        QJsonObject o{{QStringLiteral("name"), name},
                      {QStringLiteral("expires_at"), iso(m->clock.clock()().addDays(30))}};
        if (!scopes.isUndefined())
            o.insert(QStringLiteral("scopes"), scopes);
        return o;
    };
    const HttpResponse made =
        m->client.post(QStringLiteral("/api/v1/me/keys"),
                       body(QStringLiteral("Laptop"), strings({QStringLiteral("model:deploy")})));
    QVERIFY2(made.status == 201, made.describe().constData());
    // The same document as POST …/keys: the key and, once, its secret.
    const QJsonObject key = made.json().value(QStringLiteral("key")).toObject();
    const QString keyId = key.value(QStringLiteral("id")).toString();
    QVERIFY(
        made.json().value(QStringLiteral("secret")).toString().startsWith(QStringLiteral("spk_")));
    QCOMPARE(key.value(QStringLiteral("scopes")).toArray(),
             strings({QStringLiteral("model:deploy")}));
    QCOMPARE(key.value(QStringLiteral("app_name")).toString(), QStringLiteral("alice"));
    QCOMPARE(key.value(QStringLiteral("created_by")).toString(), QStringLiteral("alice"));

    const HttpResponse listed = m->client.get(QStringLiteral("/api/v1/me/keys"));
    QCOMPARE(listed.status, 200);
    const QJsonArray keys = listed.json().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0).toObject().value(QStringLiteral("id")).toString(), keyId);
    QVERIFY(!listed.body.contains(made.json().value(QStringLiteral("secret")).toString().toUtf8()));
    // Not an app anyone sees; its key is among all the keys.
    const HttpResponse apps = m->client.get(QStringLiteral("/api/v1/apps"));
    QCOMPARE(apps.json().value(QStringLiteral("apps")).toArray().size(), 0);
    const HttpResponse all = m->client.get(QStringLiteral("/api/v1/keys"));
    QCOMPARE(all.json().value(QStringLiteral("keys")).toArray().size(), 1);

    // Bob has his own (none), and cannot delete Alice's.
    HttpTestClient asBob(m->client.baseUrl());
    asBob.setToken(m->bob);
    const HttpResponse bobs = asBob.get(QStringLiteral("/api/v1/me/keys"));
    QCOMPARE(bobs.status, 200);
    QCOMPARE(bobs.json().value(QStringLiteral("keys")).toArray().size(), 0);
    SK_VERIFY_PROBLEM(asBob.del(QStringLiteral("/api/v1/me/keys/") + keyId), 404);

    // Scopes are required, and must be the catalog's.
    const HttpResponse none = m->client.post(QStringLiteral("/api/v1/me/keys"),
                                             body(QStringLiteral("None"), QJsonValue::Undefined));
    SK_VERIFY_PROBLEM(none, 422);
    QCOMPARE(errorFields(none), QStringList{QStringLiteral("scopes")});
    const HttpResponse foreign =
        m->client.post(QStringLiteral("/api/v1/me/keys"),
                       body(QStringLiteral("Foreign"), strings({QStringLiteral("publish-app")})));
    SK_VERIFY_PROBLEM(foreign, 422);
    QVERIFY2(foreign.body.contains("publish-app"), foreign.describe().constData());
    const HttpResponse wrongType = m->client.post(QStringLiteral("/api/v1/me/keys"),
                                                  body(QStringLiteral("Typed"), QJsonValue(3)));
    SK_VERIFY_PROBLEM(wrongType, 400);

    // Without a token: 401 on each route.
    HttpTestClient anonymous(m->client.baseUrl());
    SK_VERIFY_PROBLEM(anonymous.get(QStringLiteral("/api/v1/me/keys")), 401);
    SK_VERIFY_PROBLEM(
        anonymous.post(QStringLiteral("/api/v1/me/keys"),
                       body(QStringLiteral("Anon"), strings({QStringLiteral("model:deploy")}))),
        401);
    SK_VERIFY_PROBLEM(anonymous.del(QStringLiteral("/api/v1/me/keys/") + keyId), 401);

    SK_VERIFY_PROBLEM(m->client.del(QStringLiteral("/api/v1/me/keys/key_nonexistent")), 404);
    const HttpResponse deleted = m->client.del(QStringLiteral("/api/v1/me/keys/") + keyId);
    QCOMPARE(deleted.status, 204);
    const HttpResponse after = m->client.get(QStringLiteral("/api/v1/me/keys"));
    QCOMPARE(after.json().value(QStringLiteral("keys")).toArray().size(), 0);
}

void TestServerHttp::auditorsReadTheirPersonalKeysOnly()
{
    const QString token = AdminToken::generate();
    SK_VERIFY_OK(await(m->store->createAdmin(QStringLiteral("audrey"), AdminToken::hash(token),
                                             QStringLiteral("auditor"),
                                             QDateTime::currentDateTimeUtc().addDays(30))));
    // Alice has a key; the auditor neither makes one nor deletes hers.
    const HttpResponse made = m->client.post(
        QStringLiteral("/api/v1/me/keys"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Alices")},
                    {QStringLiteral("expires_at"), iso(m->clock.clock()().addDays(30))},
                    {QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}});
    QCOMPARE(made.status, 201);
    const QString keyId =
        made.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    const QString before = snapshot(*m->store);
    HttpTestClient auditor(m->client.baseUrl());
    auditor.setToken(token);
    const HttpResponse listed = auditor.get(QStringLiteral("/api/v1/me/keys"));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(QStringLiteral("keys")).toArray().size(), 0);
    SK_VERIFY_PROBLEM(
        auditor.post(
            QStringLiteral("/api/v1/me/keys"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine")},
                        {QStringLiteral("expires_at"), iso(m->clock.clock()().addDays(30))},
                        {QStringLiteral("scopes"), strings({QStringLiteral("model:deploy")})}}),
        403);
    SK_VERIFY_PROBLEM(auditor.del(QStringLiteral("/api/v1/me/keys/") + keyId), 403);
    QCOMPARE(snapshot(*m->store), before);
}

void TestServerHttp::rollingAKeyAnswersBothKeys()
{
    const QString id = createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")})
                           .value(QStringLiteral("id"))
                           .toString();
    const QJsonObject created = createKey(id, QStringLiteral("Bot"));
    const QString keyId =
        created.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(created.value(QStringLiteral("key")).toObject().contains(QStringLiteral("stops_at")));
    QVERIFY(
        created.value(QStringLiteral("key")).toObject().value(QStringLiteral("stops_at")).isNull());
    const QString path = QStringLiteral("/api/v1/apps/%1/keys/%2/roll").arg(id, keyId);
    const QJsonObject body{{QStringLiteral("expires_at"), iso(m->clock.clock()().addDays(60))},
                           {QStringLiteral("grace_seconds"), 3600}};

    // An auditor changes nothing.
    const QString token = AdminToken::generate();
    SK_VERIFY_OK(await(m->store->createAdmin(QStringLiteral("audrey"), AdminToken::hash(token),
                                             QStringLiteral("auditor"),
                                             QDateTime::currentDateTimeUtc().addDays(30))));
    HttpTestClient auditor(m->client.baseUrl());
    auditor.setToken(token);
    const QString before = snapshot(*m->store);
    SK_VERIFY_PROBLEM(auditor.post(path, body), 403);
    QCOMPARE(snapshot(*m->store), before);
    // No such key, no such app.
    SK_VERIFY_PROBLEM(
        m->client.post(QStringLiteral("/api/v1/apps/%1/keys/key_none/roll").arg(id), body), 404);
    SK_VERIFY_PROBLEM(
        m->client.post(QStringLiteral("/api/v1/apps/app_none/keys/%1/roll").arg(keyId), body), 404);
    // A grace beyond 30 days.
    QJsonObject tooLong = body;
    tooLong.insert(QStringLiteral("grace_seconds"), 31 * 24 * 3600);
    const HttpResponse longGrace = m->client.post(path, tooLong);
    SK_VERIFY_PROBLEM(longGrace, 422);
    QCOMPARE(errorFields(longGrace), QStringList{QStringLiteral("grace_seconds")});

    const HttpResponse r = m->client.post(path, body);
    QVERIFY2(r.status == 201, r.describe().constData());
    const QJsonObject answer = r.json();
    QVERIFY(answer.value(QStringLiteral("secret")).toString().startsWith(QStringLiteral("spk_")));
    const QJsonObject newKey = answer.value(QStringLiteral("key")).toObject();
    const QJsonObject oldKey = answer.value(QStringLiteral("old_key")).toObject();
    QVERIFY(
        newKey.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("Bot (rolled ")));
    QVERIFY(newKey.value(QStringLiteral("stops_at")).isNull());
    QCOMPARE(oldKey.value(QStringLiteral("id")).toString(), keyId);
    QCOMPARE(oldKey.value(QStringLiteral("stops_at")).toString(),
             iso(QDateTime::fromString(oldKey.value(QStringLiteral("stops_at")).toString(),
                                       Qt::ISODateWithMs)));
    QVERIFY(!oldKey.value(QStringLiteral("stops_at")).isNull());

    // Rolled once: the second roll is refused, naming stops_at.
    const HttpResponse again = m->client.post(path, body);
    SK_VERIFY_PROBLEM(again, 422);
    QCOMPARE(errorFields(again), QStringList{QStringLiteral("stops_at")});
    // Listed with its stops_at.
    const HttpResponse listed = m->client.get(QStringLiteral("/api/v1/keys"));
    QCOMPARE(listed.status, 200);
    int rolling = 0;
    for (const QJsonValue& k : listed.json().value(QStringLiteral("keys")).toArray())
        rolling += k.toObject().value(QStringLiteral("stops_at")).isString() ? 1 : 0;
    QCOMPARE(rolling, 1);
}

// ---- the document and the log ----------------------------------------------------------------

void TestServerHttp::openapiDescribesExactlyTheServedRoutes()
{
    QFile file(QStringLiteral(SCOPEKEEPER_SOURCE_DIR "/docs/openapi.yaml"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    // A small line parser: "paths:" at the left margin, each path two spaces in ("  /x:"),
    // each of its operations four spaces in ("    get:").
    QSet<QString> documented;
    bool inPaths = false;
    QString path;
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:]*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch|head|options|trace):\\s*$"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (!line.isEmpty() && !line.at(0).isSpace() && !line.startsWith(QLatin1Char('#'))) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto p = pathLine.match(line); p.hasMatch()) {
            path = p.captured(1);
            continue;
        }
        if (const auto mm = methodLine.match(line); mm.hasMatch() && !path.isEmpty())
            documented.insert(mm.captured(1).toUpper() + QLatin1Char(' ') + path);
    }
    QSet<QString> served;
    for (const ApiServer::Route& r : ApiServer::routes())
        served.insert(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path);
    QVERIFY(served.size() >= 13);
    QCOMPARE(documented - served, QSet<QString>());
    QCOMPARE(served - documented, QSet<QString>());
}

void TestServerHttp::accessLogHasOneLinePerRequest()
{
    m->log.clear();
    createApp(QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")});
    m->client.get(QStringLiteral("/api/v1/apps?q=secret-filter"));
    m->client.setToken({});
    m->client.get(QStringLiteral("/api/v1/apps"));
    m->client.send("PATCH", QStringLiteral("/healthz"));
    m->client.get(QStringLiteral("/api/v1/verify/") + KeyFormat::generate());
    QCOMPARE(m->log.size(), 5);
    static const QRegularExpression format(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\S+Z (\\S+) (\\S+) (\\d{3}) \\d+\\.\\dms admin=(\\S+) "
        "client=127\\.0\\.0\\.1( refused=\\S+)?$"));
    QStringList summary;
    for (const QString& line : std::as_const(m->log)) {
        const QRegularExpressionMatch match = format.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        summary << QStringList{match.captured(1), match.captured(2), match.captured(3),
                               match.captured(4)}
                       .join(QLatin1Char(' '));
    }
    QCOMPARE(summary, (QStringList{QStringLiteral("POST /api/v1/apps 201 alice"),
                                   QStringLiteral("GET /api/v1/apps 200 alice"),
                                   QStringLiteral("GET /api/v1/apps 401 -"),
                                   QStringLiteral("PATCH /healthz 405 -"),
                                   QStringLiteral("GET /api/v1/verify/spk_… 404 -")}));
    // No query strings (they may hold anything), no bodies.
    for (const QString& line : std::as_const(m->log)) {
        QVERIFY(!line.contains(QLatin1String("secret-filter")));
        QVERIFY(!line.contains(QLatin1String("workflow:deploy")));
    }
}

void TestServerHttp::keysAreCutFromEveryPartOfTheRequestLine()
{
    // Found by fuzz_http: a key sent as the method was logged whole (any token is a method to
    // HTTP), and so was one after a second prefix ("spk_spk_…": the cut stopped at the "_") or
    // one whose prefix a stray "%" broke.
    const QString key = KeyFormat::generate();
    const QString token = AdminToken::generate();
    m->log.clear();
    m->client.send(key.toLatin1(), QStringLiteral("/api/v1/apps"));
    m->client.send(token.toLatin1(), QStringLiteral("/healthz"));
    m->client.get(QStringLiteral("/api/v1/apps/spk_") + key);
    m->client.get(QStringLiteral("/api/v1/apps/ska_") + token);
    // "%sp" is no escape; decoded, the path holds the key without its "spk_". Sent raw: QUrl
    // would escape the "%" itself.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress(QHostAddress::LocalHost), m->server->port());
    QVERIFY(raw.waitForConnected(10000));
    raw.write("GET /api/v1/apps/%" + key.toLatin1() +
              " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE(m->log.size(), 5);
    for (const QString& line : std::as_const(m->log)) {
        // The random part of either, anywhere in a line, is too much (the line is not printed:
        // it would show the key).
        QVERIFY2(!line.contains(key.mid(KeyFormat::PrefixLength)), "a key reached the log");
        QVERIFY2(!line.contains(token.mid(AdminToken::prefix().size())), "a token reached the log");
    }
    QVERIFY2(m->log.at(0).contains(QStringLiteral(" spk_… /api/v1/apps 405 ")),
             qPrintable(m->log.at(0)));
    QVERIFY2(m->log.at(2).contains(QStringLiteral(" GET /api/v1/apps/spk_… ")),
             qPrintable(m->log.at(2)));
}

void TestServerHttp::noSecretReachesTheDatabaseOrTheLog()
{
    QStringList secrets{m->alice, m->bob};
    HttpTestClient service(m->client.baseUrl());
    for (int a = 0; a < 2; ++a) {
        const QJsonObject app =
            createApp(QStringLiteral("MarkerApp%1").arg(a), {QStringLiteral("workflow:deploy")});
        const QString id = app.value(QStringLiteral("id")).toString();
        for (int k = 0; k < 3; ++k) {
            const QJsonObject key = createKey(id, QStringLiteral("Key %1").arg(k));
            const QString secret = key.value(QStringLiteral("secret")).toString();
            QVERIFY(KeyFormat::isWellFormed(secret));
            secrets << secret;
            const QJsonObject v =
                service
                    .post(QStringLiteral("/api/v1/verify"),
                          QJsonObject{{QStringLiteral("key"), secret},
                                      {QStringLiteral("scope"), QStringLiteral("workflow:deploy")}})
                    .json();
            QCOMPARE(v.value(QStringLiteral("valid")).toBool(), true);
            // Keys and tokens sent where they do not belong end up in paths and headers.
            m->client.get(QStringLiteral("/api/v1/apps/") + secret);
            service.send("GET", QStringLiteral("/api/v1/keys"), {},
                         {{"Authorization", "Bearer " + secret.toUtf8()}});
        }
    }
    SK_VERIFY_OK(await(m->store->flushUsage()));
    const QStringList log = m->log;
    m->server.reset();
    m->store.reset(); // closes the database: its files are final

    QStringList forms;
    for (const QString& s : secrets)
        forms << s << s.mid(4) << s.mid(4, KeyFormat::RandomLength);
    QDirIterator files(m->dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    int scanned = 0;
    bool markerFound = false;
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = sk::test::readAll(path);
        ++scanned;
        markerFound = markerFound || bytes.contains("MarkerApp1");
        for (const QString& form : forms) {
            QVERIFY2(!bytes.contains(form.toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(sk::test::utf16le(form)), qPrintable(path));
        }
    }
    QVERIFY(scanned > 0);
    QVERIFY2(markerFound, "the scan did not read the store's data");
    QVERIFY(log.size() > 10);
    const QString allLog = log.join(QLatin1Char('\n'));
    for (const QString& form : forms)
        QVERIFY2(!allLog.contains(form), qPrintable(allLog));
}

void TestServerHttp::shutdownWaitsForRequestsInFlight()
{
    // Hold the database's write lock from outside, so that a request stays in flight.
    const QString connection = QStringLiteral("blocker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m->databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
    }
    QSignalSpy drained(m->server.get(), &ApiServer::drained);
    QNetworkRequest request(QUrl(m->client.baseUrl() + QStringLiteral("/api/v1/apps")));
    request.setRawHeader("Authorization", "Bearer " + m->alice.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m->client.manager().post(
        request, QByteArray(R"({"name":"Late","scopes":["model:deploy"]})"));
    QTRY_COMPARE_WITH_TIMEOUT(m->server->requestsInFlight(), 1, 3000);
    // The admin lookup may still be waiting too; in either case the request is in flight.

    m->server->shutdown();
    // No new connections.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QHostAddress::LocalHost), m->server->port());
    QVERIFY(!probe.waitForConnected(1000) || !probe.waitForReadyRead(300));
    // Whatever shutdown() set off has run, and the request is still in flight: not drained.
    QCoreApplication::processEvents();
    QCOMPARE(m->server->requestsInFlight(), 1);
    QCOMPARE(drained.count(), 0);
    QVERIFY(!reply->isFinished());

    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 3000);
    QCOMPARE(m->server->requestsInFlight(), 0);
    reply->deleteLater();
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestServerHttp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server_http.moc"
