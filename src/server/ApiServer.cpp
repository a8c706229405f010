// Scopekeeper server: ApiServer's core. The route table (method, path, who may call it,
// the member that answers), the way of every request through it (routing, bounds, media type,
// authentication), and the one place it is answered. The routes themselves are in
// ApiRoutes*.cpp and ApiVerify.cpp; answers in ApiAnswers.cpp, the log in ApiLog.cpp.
#include "ApiCall.h"
#include "WirePaths.h"
#include "WireRequests.h"

#include <QThread>
#include <QTimer>
#include <utility>

namespace sk {

namespace {

bool isParameter(const QString& segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

/// Does a request path, already split at '/', match a route's segments? The request's
/// segments are views into its path: matching allocates nothing until a route matches.
bool matchPath(const QStringList& want, const QList<QStringView>& have, QStringList* params)
{
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString& w = want.at(i);
        if (isParameter(w)) {
            if (have.at(i).isEmpty())
                return false;
        } else if (have.at(i) != w) {
            return false;
        }
    }
    QStringList captured;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (isParameter(want.at(i)))
            captured << have.at(i).toString();
    }
    *params = captured;
    return true;
}

} // namespace

const QList<ApiServer::RouteSpec>& ApiServer::routeTable()
{
    static const QList<RouteSpec> table = {
        {"GET", wire::route::Healthz, Access::Anyone, &ApiServer::health},
        {"GET", wire::route::Me, Access::Reader, &ApiServer::me},
        {"GET", wire::route::Scopes, Access::Reader, &ApiServer::scopes},
        {"GET", wire::route::Apps, Access::Reader, &ApiServer::listApps},
        {"POST", wire::route::Apps, Access::Writer, &ApiServer::createApp},
        {"GET", wire::route::App, Access::Reader, &ApiServer::getApp},
        {"PATCH", wire::route::App, Access::Writer, &ApiServer::patchApp},
        {"DELETE", wire::route::App, Access::Writer, &ApiServer::deleteApp},
        {"GET", wire::route::AppKeys, Access::Reader, &ApiServer::listAppKeys},
        {"POST", wire::route::AppKeys, Access::Writer, &ApiServer::createKey},
        {"DELETE", wire::route::AppKey, Access::Writer, &ApiServer::deleteKey},
        {"POST", wire::route::AppKeyRoll, Access::Writer, &ApiServer::rollKey},
        {"GET", wire::route::Keys, Access::Reader, &ApiServer::listAllKeys},
        {"GET", wire::route::MyKeys, Access::Reader, &ApiServer::listMyKeys},
        {"POST", wire::route::MyKeys, Access::Writer, &ApiServer::createMyKey},
        {"DELETE", wire::route::MyKey, Access::Writer, &ApiServer::deleteMyKey},
        {"GET", wire::route::Audit, Access::Reader, &ApiServer::audit},
        {"POST", wire::route::Verify, Access::Anyone, &ApiServer::verify},
    };
    return table;
}

QList<ApiServer::Route> ApiServer::routes()
{
    QList<Route> list;
    for (const RouteSpec& r : routeTable())
        list << Route{r.method, r.path};
    return list;
}

ApiServer::ApiServer(SqlStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(new HttpTransport(
          [this](HttpRequest request, std::shared_ptr<HttpExchange> exchange) {
              handle(std::move(request), std::move(exchange));
          },
          this))
    , m_logBuffer(std::make_unique<LogBuffer>())
{
    m_logBuffer->timer.setSingleShot(true);
    m_logBuffer->timer.setInterval(0);
    connect(&m_logBuffer->timer, &QTimer::timeout, this, &ApiServer::flushLog);
    m_transport->setRefusalHandler([this](const HttpRefusal& refusal) { logRefusal(refusal); });
    // verify is answered on the I/O thread that read it whenever it can be: no hand-over to
    // this thread, which may be busy with an administrator's request.
    m_transport->setFastHandler(
        [this](const RawRequest& request, QByteArray* body) {
            return verifyOnIoThread(request, body);
        },
        QByteArrayLiteral("Content-Type: application/json\r\nCache-Control: no-store\r\n"
                          "X-Content-Type-Options: nosniff\r\n"));
}

ApiServer::~ApiServer()
{
    // The I/O threads stop first: nothing reaches this server while it goes.
    delete m_transport;
    m_transport = nullptr;
    flushIoLog();
    flushLog();
}

void ApiServer::setLimits(const HttpLimits& limits)
{
    m_transport->setLimits(limits);
}

void ApiServer::setTrustedProxies(const TrustedProxies& proxies)
{
    m_transport->setTrustedProxies(proxies);
}

bool ApiServer::plainFromAfar(const HttpRequest& request) const
{
    // /healthz carries no secret: a load balancer may ask it however it likes.
    return m_httpsRequired && !request.https && !request.local &&
           request.path != wire::route::Healthz;
}

bool ApiServer::listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                       QString* error)
{
    return m_transport->listen(address, port, tls, error);
}

quint16 ApiServer::port() const
{
    return m_transport->port();
}

void ApiServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_stopping = true;
    // verify calls already on an I/O thread are answered there, and quickly (no I/O but the
    // store file's): wait for them, so that the drain below counts everything.
    for (int i = 0; i < 50000 && m_fastInFlight.load() > 0; ++i)
        QThread::usleep(100);
    flushIoLog();
    flushLog();
    m_transport->stopListening();
    if (m_inFlight == 0)
        QTimer::singleShot(0, this, &ApiServer::drained);
}

// ---- the request's way through ------------------------------------------------------------

void ApiServer::handle(HttpRequest request, std::shared_ptr<HttpExchange> exchange)
{
    auto call = std::make_shared<Call>();
    call->timer.start();
    call->request = std::move(request);
    call->exchange = std::move(exchange);
    ++m_inFlight;

    if (m_shuttingDown) {
        answer(call, problem(503, tr("The server is shutting down."), {},
                             {{QByteArrayLiteral("Connection"), QByteArrayLiteral("close")}}));
        return;
    }
    if (plainFromAfar(call->request)) {
        // Tokens and keys must not cross the network in the clear: not even verify's.
        answer(call, problem(403, tr("This server takes requests from other computers over "
                                     "HTTPS only; use its https:// address.")));
        return;
    }

    const RouteSpec* route = nullptr;
    QList<QByteArray> allowed;
    const QList<QStringView> segments = QStringView(call->request.path).split(QLatin1Char('/'));
    for (const RouteSpec& r : routeTable()) {
        QStringList params;
        if (!matchPath(r.segments, segments, &params))
            continue;
        allowed << r.method;
        if (r.method == call->request.method) {
            route = &r;
            call->params = params;
        }
    }
    if (allowed.isEmpty()) {
        answer(call,
               problem(404, tr("There is nothing at %1.").arg(loggablePath(call->request.path))));
        return;
    }
    if (!route) {
        const QByteArray allow = allowed.join(", ");
        answer(call, problem(405,
                             tr("%1 does not accept %2; it accepts %3.")
                                 .arg(loggablePath(call->request.path),
                                      QString::fromLatin1(call->request.method.isEmpty()
                                                              ? QByteArrayLiteral("this method")
                                                              : call->request.method),
                                      QString::fromLatin1(allow)),
                             {}, {{QByteArrayLiteral("Allow"), allow}}));
        return;
    }
    if (std::size_t(call->request.body.size()) > m_transport->limits().maxBodyBytes) {
        answer(call, problem(413, tr("A request body may have at most %1 bytes; this one has %2.")
                                      .arg(m_transport->limits().maxBodyBytes)
                                      .arg(call->request.body.size())));
        return;
    }
    // A body is JSON, said so: a browser's "simple" request (text/plain, a form) is refused
    // before anything reads it, so no web page can make a visitor's browser call the API.
    const QByteArray& method = call->request.method;
    // (No body and no type: nothing to read; the route says that it needs a body.)
    if ((method == "POST" || method == "PATCH") &&
        !(call->request.body.isEmpty() && call->request.contentType.isEmpty()) &&
        !wire::isJsonMediaType(call->request.contentType)) {
        answer(call,
               problem(415,
                       call->request.contentType.isEmpty()
                           ? tr("The body must be sent as application/json; this request has no "
                                "Content-Type.")
                           : tr("The body must be sent as application/json, not %1.")
                                 .arg(loggable(QString::fromLatin1(call->request.contentType))),
                       {}, {{QByteArrayLiteral("Accept-Post"), JsonType}}));
        return;
    }
    if (const std::optional<QString> unicode = wire::unicodeProblem(call->request.body)) {
        answer(call, problem(400, *unicode));
        return;
    }
    if (route->access == Access::Anyone)
        (this->*route->handler)(call);
    else
        authenticate(call, *route);
}

void ApiServer::answer(const CallPtr& call, HttpReply reply)
{
    if (call->answered)
        return;
    call->answered = true;
    reply.headers << qMakePair(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"))
                  << qMakePair(QByteArrayLiteral("X-Content-Type-Options"),
                               QByteArrayLiteral("nosniff"));
    call->exchange->send(reply);
    call->exchange.reset();

    logAccess(*call, reply.status);

    --m_inFlight;
    if (m_shuttingDown && m_inFlight == 0)
        QTimer::singleShot(0, this, &ApiServer::drained);
}

} // namespace sk
