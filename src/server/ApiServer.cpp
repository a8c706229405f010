#include "ApiServer.h"

#include "AdminToken.h"
#include "KeyFormat.h"
#include "Rules.h"
#include "WhenDone.h"
#include "WireCursor.h"
#include "WireErrors.h"
#include "WireEtag.h"
#include "WireFields.h"
#include "WireJson.h"
#include "WirePaths.h"
#include "WireRequests.h"
#include "WireTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <utility>

namespace sk {

enum class ApiServer::Action
{
    Healthz,
    Me,
    Scopes,
    ListApps,
    CreateApp,
    GetApp,
    PatchApp,
    DeleteApp,
    ListAppKeys,
    CreateKey,
    DeleteKey,
    ListAllKeys,
    Audit,
    Verify,
};

struct ApiServer::RouteSpec
{
    RouteSpec(QByteArray m, QString p, Action a, bool needsAdmin)
        : method(std::move(m))
        , path(std::move(p))
        , action(a)
        , admin(needsAdmin)
        , segments(path.split(QLatin1Char('/')))
    {
    }

    QByteArray method;
    QString path; // "{name}" segments match one path segment
    Action action;
    bool admin;           // needs an administrator token
    QStringList segments; // `path` split at '/', once
};

struct ApiServer::Call
{
    HttpRequest request;
    std::shared_ptr<HttpExchange> exchange;
    QElapsedTimer timer;
    QStringList params;   // the "{…}" segments of the route, in order
    QString admin;        // the administrator acting, once authenticated
    QString refusal;      // why the token was refused, for the log
    AdminAccount account; // the administrator's account, once authenticated
    bool answered = false;
};

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json");
const QByteArray ProblemType = QByteArrayLiteral("application/problem+json");

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

/// What the access log shows of a path: anything shaped like a key or a token is cut.
/// Text from a request as the log may show it: control characters (CR, LF, ESC, NUL, DEL, the
/// C1 controls, the line and paragraph separators) become \xNN or \uNNNN, and spaces %20,
/// so that nothing a client sends can start a new log line, a terminal escape, or a field.
QString loggable(QStringView text)
{
    QString shown;
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString();
    shown.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x20)
            shown += QLatin1String("%20");
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            shown += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (u == 0x2028 || u == 0x2029)
            shown += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

/// Letters and digits in a row that the log never shows: a key's or a token's random part and
/// checksum are 49 (KeyFormat), identifiers 22.
constexpr int LongestLoggedRun = 31;

/// `text` with anything that may be a key or a token cut: the prefix "spk_" or "ska_" and every
/// letter, digit and underscore after it ("spk_…"; so "spk_spk_<key>" loses the key too), and
/// any other run of more than LongestLoggedRun letters and digits ("…"): a key whose prefix
/// was broken ("%spk_<key>" decodes to "…pk_<key>") is still a key.
QString withoutSecrets(const QString& text)
{
    // Most texts hold nothing of the kind: no regular expression for them.
    bool suspect = text.contains(QLatin1String("spk_")) || text.contains(QLatin1String("ska_"));
    int run = 0;
    for (qsizetype i = 0; i < text.size() && !suspect; ++i) {
        run = KeyFormat::isBase62(text.at(i)) ? run + 1 : 0;
        suspect = run > LongestLoggedRun;
    }
    if (!suspect)
        return text;
    static const QRegularExpression secret(
        QStringLiteral("((?:spk|ska)_)[0-9A-Za-z_]*|[0-9A-Za-z]{%1,}").arg(LongestLoggedRun + 1));
    QString shown = text;
    shown.replace(secret, QStringLiteral("\\1…"));
    return shown;
}

QString loggablePath(const QString& rawPath)
{
    const QString path = withoutSecrets(loggable(rawPath));
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

const QList<ApiServer::RouteSpec>& ApiServer::routeTable()
{
    static const QList<RouteSpec> table = {
        {"GET", wire::route::Healthz, Action::Healthz, false},
        {"GET", wire::route::Me, Action::Me, true},
        {"GET", wire::route::Scopes, Action::Scopes, true},
        {"GET", wire::route::Apps, Action::ListApps, true},
        {"POST", wire::route::Apps, Action::CreateApp, true},
        {"GET", wire::route::App, Action::GetApp, true},
        {"PATCH", wire::route::App, Action::PatchApp, true},
        {"DELETE", wire::route::App, Action::DeleteApp, true},
        {"GET", wire::route::AppKeys, Action::ListAppKeys, true},
        {"POST", wire::route::AppKeys, Action::CreateKey, true},
        {"DELETE", wire::route::AppKey, Action::DeleteKey, true},
        {"GET", wire::route::Keys, Action::ListAllKeys, true},
        {"GET", wire::route::Audit, Action::Audit, true},
        {"POST", wire::route::Verify, Action::Verify, false},
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

// Standard error's access log lines, gathered until the end of the event loop's pass.
struct ApiServer::LogBuffer
{
    static constexpr qsizetype FlushBytes = 64 * 1024;

    QByteArray lines;
    QTimer timer; // single shot, 0 ms: fires once the pending events have been handled

    void write()
    {
        if (lines.isEmpty())
            return;
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stderr);
        std::fflush(stderr);
        lines.clear();
    }

    /// The current time as RFC 3339 UTC with milliseconds ("2026-11-23T06:10:12.345Z"); the
    /// date and time of day are formatted once per second.
    /// The current time as RFC 3339 UTC with milliseconds ("2026-11-23T06:10:12.345Z"); the
    /// date and time of day are formatted once per second (per thread: the I/O threads log
    /// too).
    static QByteArray now()
    {
        thread_local qint64 second = -1;
        thread_local QByteArray secondText; // "yyyy-MM-ddTHH:mm:ss" of `second`
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        const qint64 s = ms / 1000;
        if (s != second) {
            second = s;
            secondText = QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
                             .toLatin1();
        }
        const int milli = int(ms % 1000);
        QByteArray text = secondText;
        text += '.';
        text += char('0' + milli / 100);
        text += char('0' + milli / 10 % 10);
        text += char('0' + milli % 10);
        text += 'Z';
        return text;
    }
};

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
        [this](HttpRequest& request, const std::shared_ptr<HttpExchange>& exchange) {
            return verifyOnIoThread(request, exchange);
        });
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

void ApiServer::setLogSink(std::function<void(const QString&)> sink)
{
    m_logSink = std::move(sink);
}

void ApiServer::flushLog()
{
    m_logBuffer->timer.stop();
    m_logBuffer->write();
}

void ApiServer::log(const QString& line) const
{
    if (m_logSink) {
        m_logSink(line);
        return;
    }
    LogBuffer& b = *m_logBuffer;
    b.lines += line.toUtf8();
    b.lines += '\n';
    if (b.lines.size() >= LogBuffer::FlushBytes || m_shuttingDown) {
        b.timer.stop();
        b.write();
    } else if (!b.timer.isActive()) {
        b.timer.start();
    }
}

/// One access-log line, whoever answered the request: "time method path status duration
/// admin=… client=…", then "refused=…" when something was refused (quoted when it is a sentence).
/// Everything from the request is made loggable here, in one place.
QString ApiServer::accessLine(const AccessEntry& e)
{
    QString line = QString::fromLatin1(LogBuffer::now());
    line += QLatin1Char(' ');
    // The method too: any token is a method to HTTP, a key or a token included.
    line += e.method.isEmpty() ? QStringLiteral("-")
                               : withoutSecrets(loggable(QString::fromLatin1(e.method)));
    line += QLatin1Char(' ');
    line += e.path ? loggablePath(*e.path) : QStringLiteral("-");
    line += QLatin1Char(' ');
    line += QString::number(e.status);
    line += QLatin1Char(' ');
    line += e.ms < 0 ? QStringLiteral("-") : QString::number(e.ms, 'f', 1) + QLatin1String("ms");
    line += QLatin1String(" admin=");
    line += e.admin.isEmpty() ? QStringLiteral("-") : loggable(e.admin);
    line += QLatin1String(" client=");
    line += e.client.isEmpty() ? QStringLiteral("-") : e.client;
    if (!e.refused.isEmpty()) {
        line += QLatin1String(" refused=");
        const QString reason =
            loggable(e.refused).replace(QLatin1String("%20"), QLatin1String(" "));
        line += reason.contains(QLatin1Char(' ')) ? QLatin1Char('"') + reason + QLatin1Char('"')
                                                  : reason;
    }
    return line;
}

void ApiServer::logAccess(const Call& call, int status) const
{
    // Why an administrator token was refused: no-token, malformed, unknown, expired, revoked,
    // throttled.
    log(accessLine({call.request.head ? QByteArrayLiteral("HEAD") : call.request.method,
                    call.request.path, status, double(call.timer.nsecsElapsed()) / 1e6, call.admin,
                    call.request.client, call.refusal}));
}

void ApiServer::logRefusal(const HttpRefusal& refusal) const
{
    // The transport refused it before the API saw it: no duration (it may never have been read
    // whole), and the reason.
    log(accessLine({refusal.method,
                    refusal.path.isEmpty() ? std::nullopt : std::optional<QString>(refusal.path),
                    refusal.status, -1, QString(), refusal.client, refusal.reason}));
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
    if (route->admin)
        authenticate(call, route->action);
    else
        run(call, route->action);
}

void ApiServer::authenticate(const CallPtr& call, Action action)
{
    const HttpHeaders challenge = {
        {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"scopekeeper\"")}};
    // An address that sent too many refused tokens waits, whatever it sends now: guessing
    // tokens costs a minute per 20 tries.
    const QString client = call->request.client;
    if (const qint64 wait = throttledFor(client); wait > 0) {
        call->refusal = QStringLiteral("throttled");
        answer(call, problem(429,
                             tr("Too many refused administrator tokens from %1; try again in %2 s.")
                                 .arg(client)
                                 .arg(wait),
                             {}, {{QByteArrayLiteral("Retry-After"), QByteArray::number(wait)}}));
        return;
    }
    const QByteArray header = call->request.authorization.trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme) {
        call->refusal = QStringLiteral("no-token");
        answer(call, problem(401,
                             tr("This request needs an administrator token: send it as "
                                "“Authorization: Bearer <token>”."),
                             {}, challenge));
        return;
    }
    const QString token = QString::fromLatin1(header.mid(scheme.size()).trimmed());
    if (!AdminToken::isWellFormed(token)) {
        // Not even in the token format: refused without a lookup.
        call->refusal = QStringLiteral("malformed");
        countRefusedToken(client, call->refusal);
        answer(call, problem(401, tr("The administrator token was not recognised."), {}, challenge,
                             QStringLiteral("unknown")));
        return;
    }
    whenDone(
        this, m_store.adminAccountForTokenHash(AdminToken::hash(token)),
        [this, call, action, challenge, client](const Result<AdminAccount>& admin) {
            if (!admin.ok()) {
                if (admin.error().code() == ErrorCode::Unauthorized) {
                    const QString reason = admin.error().fieldErrors().isEmpty()
                                               ? QStringLiteral("unknown")
                                               : admin.error().fieldErrors().constFirst().message;
                    call->refusal = reason;
                    const QList<FieldError> fields = admin.error().fieldErrors();
                    const auto named =
                        std::find_if(fields.cbegin(), fields.cend(), [](const FieldError& f) {
                            return f.field == QLatin1String("name");
                        });
                    countRefusedToken(client, reason,
                                      named != fields.cend() ? named->message : QString());
                    answer(call, problem(401,
                                         reason == QLatin1String("revoked")
                                             ? tr("The administrator token was revoked.")
                                         : reason == QLatin1String("expired")
                                             ? tr("The administrator token has expired.")
                                             : tr("The administrator token was not recognised."),
                                         {}, challenge, reason));
                } else {
                    answer(call, errorReply(call, admin.error()));
                }
                return;
            }
            call->admin = admin->name;
            call->account = admin.value();
            // An auditor reads everything and changes nothing.
            if (admin->isAuditor() && changes(action)) {
                answer(call, problem(403, tr("“%1” is an auditor: an auditor reads apps, "
                                             "keys and the audit log, and changes nothing.")
                                              .arg(admin->name)));
                return;
            }
            run(call, action);
        });
}

qint64 ApiServer::throttledFor(const QString& client)
{
    const auto it = m_refusedTokens.find(client);
    if (it == m_refusedTokens.end())
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (it->blockedUntilMs > now)
        return (it->blockedUntilMs - now + 999) / 1000;
    return 0;
}

void ApiServer::countRefusedToken(const QString& client, const QString& reason,
                                  const QString& administrator)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Bounded: a flood from many addresses cannot grow this without end. Addresses with no
    // refusal in the last window and no block go first.
    if (m_refusedTokens.size() >= MaxThrottledAddresses) {
        for (auto it = m_refusedTokens.begin(); it != m_refusedTokens.end();) {
            if (it->blockedUntilMs <= now &&
                (it->times.isEmpty() || it->times.constLast() <= now - ThrottleWindowMs))
                it = m_refusedTokens.erase(it);
            else
                ++it;
        }
        if (m_refusedTokens.size() >= MaxThrottledAddresses)
            m_refusedTokens.clear();
    }
    RefusedTokens& record = m_refusedTokens[client];
    while (!record.times.isEmpty() && record.times.constFirst() <= now - ThrottleWindowMs)
        record.times.removeFirst();
    record.times.append(now);
    if (record.times.size() >= m_throttleRefusals) {
        record.blockedUntilMs = now + ThrottleWindowMs;
        record.times.clear();
    }

    // The audit log: one entry per address and window, and a bound for all addresses.
    while (!m_refusalEntryTimes.isEmpty() &&
           m_refusalEntryTimes.constFirst() <= now - ThrottleWindowMs)
        m_refusalEntryTimes.removeFirst();
    if ((record.auditedAtMs != 0 && now - record.auditedAtMs < ThrottleWindowMs) ||
        m_refusalEntryTimes.size() >= MaxRefusalEntriesPerWindow) {
        ++record.unaudited;
        return;
    }
    m_refusalEntryTimes.append(now);
    record.auditedAtMs = now;
    const RefusedToken entry{reason, client, administrator, std::exchange(record.unaudited, 0)};
    whenDone(this, m_store.recordRefusedToken(entry), [this](const Result<Done>& written) {
        if (!written.ok())
            log(QStringLiteral("audit: a refused token was not recorded: ") +
                written.error().toString());
    });
}

bool ApiServer::changes(Action action)
{
    switch (action) {
    case Action::CreateApp:
    case Action::PatchApp:
    case Action::DeleteApp:
    case Action::CreateKey:
    case Action::DeleteKey:
        return true;
    case Action::Healthz:
    case Action::Me:
    case Action::Scopes:
    case Action::ListApps:
    case Action::GetApp:
    case Action::ListAppKeys:
    case Action::ListAllKeys:
    case Action::Audit:
    case Action::Verify:
        return false;
    }
    return true;
}

void ApiServer::run(const CallPtr& call, Action action)
{
    switch (action) {
    case Action::Healthz:
        answer(call, json(200, wire::healthJson()));
        return;
    case Action::Me:
        // The administrator the token belongs to, as "created_by" and the audit log name it,
        // with the role and when the token expires.
        answer(call, json(200, wire::meJson(call->account)));
        return;
    case Action::Scopes:
        return scopes(call);
    case Action::ListApps:
        return listApps(call);
    case Action::CreateApp:
        return createApp(call);
    case Action::GetApp:
        return getApp(call);
    case Action::PatchApp:
        return patchApp(call);
    case Action::DeleteApp:
        return deleteApp(call);
    case Action::ListAppKeys:
        return listAppKeys(call);
    case Action::CreateKey:
        return createKey(call);
    case Action::DeleteKey:
        return deleteKey(call);
    case Action::ListAllKeys:
        return listAllKeys(call);
    case Action::Audit:
        return audit(call);
    case Action::Verify:
        return verify(call);
    }
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

// ---- answers ------------------------------------------------------------------------------

HttpReply ApiServer::json(int status, const QJsonObject& body, HttpHeaders headers) const
{
    headers.prepend(qMakePair(QByteArrayLiteral("Content-Type"), JsonType));
    return HttpReply{status, headers, wire::compact(body)};
}

QString ApiServer::titleFor(int status) const
{
    switch (status) {
    case 400:
        return tr("Bad request");
    case 401:
        return tr("Unauthorized");
    case 403:
        return tr("Forbidden");
    case 404:
        return tr("Not found");
    case 405:
        return tr("Method not allowed");
    case 409:
        return tr("Conflict");
    case 412:
        return tr("Precondition failed");
    case 413:
        return tr("Content too large");
    case 415:
        return tr("Unsupported media type");
    case 422:
        return tr("Unprocessable content");
    case 428:
        return tr("Precondition required");
    case 429:
        return tr("Too many requests");
    case 503:
        return tr("Service unavailable");
    case 507:
        return tr("Insufficient storage");
    default:
        return tr("Internal server error");
    }
}

HttpReply ApiServer::problem(int status, const QString& detail, const QList<FieldError>& errors,
                             HttpHeaders headers, const QString& reason) const
{
    const QJsonObject body =
        wire::problemJson(wire::Problem{status, titleFor(status), detail, errors, reason});
    headers.prepend(qMakePair(QByteArrayLiteral("Content-Type"), ProblemType));
    return HttpReply{status, headers, wire::compact(body)};
}

HttpReply ApiServer::errorReply(const CallPtr& call, const Error& error) const
{
    const int status = wire::statusFor(error.code());
    if (status >= 500) {
        // The cause is for the operator's log, not for the client.
        log(QStringLiteral("error: %1 %2: %3")
                .arg(QString::fromLatin1(call->request.method), loggablePath(call->request.path),
                     error.toString()));
        // What the client can do about it: wait (busy), tell the operator (disk full).
        if (error.code() == ErrorCode::DiskFull) {
            return problem(status, tr("The disk that holds the server's store is full, so "
                                      "nothing was changed. Tell whoever runs the server."));
        }
        if (error.code() == ErrorCode::Busy) {
            return problem(status,
                           tr("The store is locked by another program, so nothing was changed. "
                              "Try again in a few seconds."),
                           {}, {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
        }
        if (error.code() == ErrorCode::Unavailable) {
            // PostgreSQL down or restarting: the store reconnects by itself once it is back.
            return problem(status,
                           tr("The server cannot reach its database right now. Try again in a "
                              "few seconds."),
                           {}, {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
        }
        return problem(status, status == 503
                                   ? tr("The store cannot be used right now; try again later.")
                                   : tr("The server failed; its log says why."));
    }
    const QList<FieldError> fields = error.fieldErrors();
    QString detail = error.message();
    if (detail.isEmpty() && !fields.isEmpty())
        detail = fields.first().message;
    // Only validation problems list fields; "not found" names no field to fix.
    const bool listFields =
        error.code() == ErrorCode::Invalid || error.code() == ErrorCode::Conflict;
    return problem(status, detail, listFields ? fields : QList<FieldError>{});
}

std::optional<QJsonObject> ApiServer::bodyObject(const CallPtr& call, const QStringList& allowed)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(call->request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        answer(call, problem(400, call->request.body.trimmed().isEmpty()
                                      ? tr("The request needs a JSON object as its body.")
                                      : tr("The body is not valid JSON: %1 (at byte %2).")
                                            .arg(error.errorString())
                                            .arg(error.offset)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        answer(call, problem(400, tr("The body must be a JSON object.")));
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    QList<FieldError> unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            unknown << FieldError{it.key(), tr("This field is not part of the request.")};
    }
    if (!unknown.isEmpty()) {
        answer(call, problem(400,
                             tr("The body has fields this request does not take; it takes %1.")
                                 .arg(allowed.join(QStringLiteral(", "))),
                             unknown));
        return std::nullopt;
    }
    return object;
}

bool ApiServer::refuseWrongTypes(const CallPtr& call, const QStringList& wrongTypes)
{
    if (wrongTypes.isEmpty())
        return false;
    QList<FieldError> errors;
    for (const QString& f : wrongTypes) {
        QString message;
        if (f == wire::field::Scopes)
            message = tr("scopes must be an array of scope ids (strings).");
        else if (f == wire::field::ExpiresAt)
            message = tr("expires_at must be an RFC 3339 date-time with a time zone, such as "
                         "“2030-01-31T00:00:00Z”.");
        else
            message = tr("%1 must be a string.").arg(f);
        errors << FieldError{f, message};
    }
    answer(call, problem(400, errors.first().message, errors));
    return true;
}

bool ApiServer::queryLimit(const CallPtr& call, int fallback, int max, int* out,
                           HttpReply* problemOut) const
{
    const QString name = wire::param::Limit;
    if (!call->request.query.hasQueryItem(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int limit = call->request.query.queryItemValue(name, QUrl::FullyDecoded).toInt(&ok);
    if (!ok || limit < 1 || limit > max) {
        const QString message = tr("limit must be a whole number from 1 to %1.").arg(max);
        *problemOut = problem(400, message, {FieldError{name, message}});
        return false;
    }
    *out = limit;
    return true;
}

// ---- handlers -----------------------------------------------------------------------------

void ApiServer::scopes(const CallPtr& call)
{
    whenDone(this, m_store.catalog(), [this, call](const Result<Catalog>& catalog) {
        if (!catalog.ok())
            return answer(call, errorReply(call, catalog.error()));
        answer(call,
               HttpReply{200, {{QByteArrayLiteral("Content-Type"), JsonType}}, catalog->toJson()});
    });
}

void ApiServer::listApps(const CallPtr& call)
{
    HttpReply bad;
    int limit = 0;
    if (!queryLimit(call, DefaultPageSize, MaxPageSize, &limit, &bad))
        return answer(call, bad);
    std::optional<wire::AppCursor> cursor;
    const QString cursorName = wire::param::Cursor;
    if (call->request.query.hasQueryItem(cursorName)) {
        cursor =
            wire::decodeCursor(call->request.query.queryItemValue(cursorName, QUrl::FullyDecoded));
        if (!cursor) {
            const QString message = tr("cursor must be a next_cursor value from an earlier page.");
            return answer(call, problem(400, message, {FieldError{cursorName, message}}));
        }
    }
    AppQuery query;
    query.text = call->request.query.queryItemValue(wire::param::Text, QUrl::FullyDecoded);
    whenDone(this, m_store.listApps(query),
             [this, call, limit, cursor](const Result<QList<App>>& result) {
                 if (!result.ok())
                     return answer(call, errorReply(call, result.error()));
                 // Keyset pagination in one order every instance agrees on (not the
                 // database's collation): folded name, then id. Apps created or deleted
                 // between pages neither repeat nor shift the others.
                 using Position = std::pair<QString, QString>;
                 QList<std::pair<Position, const App*>> ordered;
                 ordered.reserve(result->size());
                 for (const App& a : result.value())
                     ordered.append({Position{Rules::foldName(a.name), a.id}, &a});
                 std::sort(ordered.begin(), ordered.end(),
                           [](const auto& x, const auto& y) { return x.first < y.first; });
                 qsizetype start = 0;
                 if (cursor) {
                     const Position after{cursor->nameFold, cursor->id};
                     start = std::upper_bound(ordered.cbegin(), ordered.cend(), after,
                                              [](const Position& p, const auto& entry) {
                                                  return p < entry.first;
                                              }) -
                             ordered.cbegin();
                 }
                 const qsizetype end = std::min<qsizetype>(ordered.size(), start + limit);
                 wire::AppsPage page;
                 for (qsizetype i = start; i < end; ++i)
                     page.apps.append(*ordered.at(i).second);
                 if (end < ordered.size() && end > start) {
                     const Position& last = ordered.at(end - 1).first;
                     page.nextCursor = wire::encodeCursor(wire::AppCursor{last.first, last.second});
                 }
                 answer(call, json(200, wire::appsPageJson(page)));
             });
}

void ApiServer::createApp(const CallPtr& call)
{
    const std::optional<QJsonObject> body = bodyObject(call, wire::newAppMembers());
    if (!body)
        return;
    QStringList wrongTypes;
    // Missing members are empty: the store's rules then say what is missing (422).
    const NewApp app = wire::newAppFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    whenDone(this, m_store.createApp(app, SqlStore::ActAs{call->admin}),
             [this, call](const Result<App>& created) {
                 if (!created.ok())
                     return answer(call, errorReply(call, created.error()));
                 answer(call, json(201, wire::appJson(created.value()),
                                   {{QByteArrayLiteral("ETag"), wire::etag(created.value())},
                                    {QByteArrayLiteral("Location"),
                                     wire::appPath(created->id).toUtf8()}}));
             });
}

void ApiServer::getApp(const CallPtr& call)
{
    whenDone(this, m_store.app(call->params.value(0)), [this, call](const Result<App>& app) {
        if (!app.ok())
            return answer(call, errorReply(call, app.error()));
        answer(call, json(200, wire::appJson(app.value()),
                          {{QByteArrayLiteral("ETag"), wire::etag(app.value())}}));
    });
}

void ApiServer::patchApp(const CallPtr& call)
{
    const std::optional<QJsonObject> body = bodyObject(call, wire::appPatchMembers());
    if (!body)
        return;
    QStringList wrongTypes;
    const AppPatch patch = wire::appPatchFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    if (call->request.ifMatch.trimmed().isEmpty()) {
        return answer(call, problem(428, tr("A change to an app needs the app's ETag in "
                                            "If-Match (from GET /api/v1/apps/{id}), so that it "
                                            "cannot undo someone else's change unseen.")));
    }
    const wire::IfMatch ifMatch = wire::parseIfMatch(call->request.ifMatch);
    if (!ifMatch.any && ifMatch.versions.size() == 1)
        return updateApp(call, patch, ifMatch.versions.first());
    // "*", several tags, or none we can read: compare with the app as it is now.
    whenDone(this, m_store.app(call->params.value(0)),
             [this, call, patch, ifMatch](const Result<App>& current) {
                 if (!current.ok())
                     return answer(call, errorReply(call, current.error()));
                 if (!ifMatch.any && !ifMatch.versions.contains(current->version)) {
                     return answer(call, problem(412, tr("The app has changed since that ETag; "
                                                         "get it again and retry.")));
                 }
                 updateApp(call, patch, current->version);
             });
}

void ApiServer::updateApp(const CallPtr& call, const AppPatch& patch, qint64 expectedVersion)
{
    whenDone(this,
             m_store.updateApp(call->params.value(0), patch, expectedVersion,
                               SqlStore::ActAs{call->admin}),
             [this, call](const Result<App>& updated) {
                 if (!updated.ok())
                     return answer(call, errorReply(call, updated.error()));
                 answer(call, json(200, wire::appJson(updated.value()),
                                   {{QByteArrayLiteral("ETag"), wire::etag(updated.value())}}));
             });
}

void ApiServer::deleteApp(const CallPtr& call)
{
    whenDone(this, m_store.deleteApp(call->params.value(0), SqlStore::ActAs{call->admin}),
             [this, call](const Result<Done>& done) {
                 if (!done.ok())
                     return answer(call, errorReply(call, done.error()));
                 answer(call, HttpReply{204, {}, {}});
             });
}

void ApiServer::listAppKeys(const CallPtr& call)
{
    whenDone(this, m_store.listKeys(call->params.value(0)),
             [this, call](const Result<QList<ApiKey>>& keys) {
                 if (!keys.ok())
                     return answer(call, errorReply(call, keys.error()));
                 answer(call, json(200, wire::keyListJson(keys.value())));
             });
}

void ApiServer::createKey(const CallPtr& call)
{
    const std::optional<QJsonObject> body = bodyObject(call, wire::newKeyMembers());
    if (!body)
        return;
    QStringList wrongTypes;
    const NewKey key = wire::newKeyFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    whenDone(this, m_store.createKey(call->params.value(0), key, SqlStore::ActAs{call->admin}),
             [this, call](const Result<CreatedKey>& created) {
                 if (!created.ok())
                     return answer(call, errorReply(call, created.error()));
                 // The only answer that ever holds a secret.
                 answer(call, json(201, wire::createdKeyJson(created.value())));
             });
}

void ApiServer::deleteKey(const CallPtr& call)
{
    whenDone(this,
             m_store.deleteKey(call->params.value(0), call->params.value(1),
                               SqlStore::ActAs{call->admin}),
             [this, call](const Result<Done>& done) {
                 if (!done.ok())
                     return answer(call, errorReply(call, done.error()));
                 answer(call, HttpReply{204, {}, {}});
             });
}

void ApiServer::listAllKeys(const CallPtr& call)
{
    whenDone(this, m_store.listAllKeys(), [this, call](const Result<QList<ApiKey>>& keys) {
        if (!keys.ok())
            return answer(call, errorReply(call, keys.error()));
        answer(call, json(200, wire::keyListJson(keys.value())));
    });
}

void ApiServer::audit(const CallPtr& call)
{
    HttpReply bad;
    AuditQuery query;
    if (!queryLimit(call, DefaultAuditLimit, MaxAuditLimit, &query.limit, &bad))
        return answer(call, bad);
    query.appId = call->request.query.queryItemValue(wire::param::AppId, QUrl::FullyDecoded);
    whenDone(this, m_store.audit(query), [this, call](const Result<QList<AuditEntry>>& entries) {
        if (!entries.ok())
            return answer(call, errorReply(call, entries.error()));
        answer(call, json(200, wire::auditListJson(entries.value())));
    });
}

void ApiServer::verify(const CallPtr& call)
{
    // Well-formed: a JSON object with a string "key" and a string "scope". Other members are
    // ignored, so that clients may send more in later versions.
    const std::optional<QJsonObject> body = wire::objectFrom(call->request.body);
    if (!body) {
        return answer(call, problem(400, tr("The body must be a JSON object "
                                            "{\"key\": \"spk_…\", \"scope\": \"…\"}.")));
    }
    QStringList wrongTypes;
    const wire::VerifyRequest request = wire::verifyRequestFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    const QString& secret = request.secret;
    const QString& scope = request.scope;
    // On SQLite, answered here, from keys remembered until the database changes (checked on
    // every call) or looked up on a read-only connection: no job on the database thread.
    if (std::optional<Result<VerifyResult>> here = m_store.verifyHere(secret, scope)) {
        if (!here->ok())
            return answer(call, errorReply(call, here->error()));
        return answer(call, HttpReply{200,
                                      {{QByteArrayLiteral("Content-Type"), JsonType}},
                                      wire::verifyJsonText(here->value())});
    }
    // Verify requests that arrive in the same pass of the event loop go to the database
    // thread as one job: one hand-off and one future for all of them, not one each. The batch
    // leaves in the next pass (a queued call), or at once when it is full.
    m_verifyBatch.append(PendingVerify{call, secret, scope});
    if (m_verifyBatch.size() >= MaxVerifyBatch) {
        sendVerifyBatch();
    } else if (!m_verifyBatchQueued) {
        m_verifyBatchQueued = true;
        QMetaObject::invokeMethod(this, &ApiServer::sendVerifyBatch, Qt::QueuedConnection);
    }
}

bool ApiServer::verifyOnIoThread(const HttpRequest& request,
                                 const std::shared_ptr<HttpExchange>& exchange)
{
    if (request.head || request.method != "POST" ||
        request.path != QLatin1String("/api/v1/verify") || m_stopping.load() ||
        plainFromAfar(request) || !wire::isJsonMediaType(request.contentType) ||
        wire::unicodeProblem(request.body))
        return false;
    QElapsedTimer timer;
    timer.start();
    ++m_fastInFlight;
    const auto done = qScopeGuard([this] { --m_fastInFlight; });
    if (m_stopping.load())
        return false;
    // Only the well-formed request the store answers is handled here; anything to refuse or
    // to explain (malformed JSON, a failing store) goes the usual way, through verify().
    const std::optional<QJsonObject> body = wire::objectFrom(request.body);
    if (!body)
        return false;
    QStringList wrongTypes;
    const wire::VerifyRequest verify = wire::verifyRequestFromJson(*body, &wrongTypes);
    if (!wrongTypes.isEmpty())
        return false;
    const std::optional<Result<VerifyResult>> result =
        m_store.verifyOnThisThread(verify.secret, verify.scope);
    if (!result || !result->ok())
        return false;
    exchange->send(
        HttpReply{200,
                  {{QByteArrayLiteral("Content-Type"), JsonType},
                   {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                   {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")}},
                  wire::verifyJsonText(result->value())});
    QString line =
        accessLine({request.method, request.path, 200, double(timer.nsecsElapsed()) / 1e6,
                    QString(), request.client, QString()});
    {
        std::lock_guard lock(m_ioLogMutex);
        m_ioLog.append(std::move(line));
    }
    // One hand-over for all the lines made in the next few milliseconds: the event loop's
    // thread is woken a hundred times a second at most, however many verify calls there are.
    if (!m_ioLogScheduled.exchange(true)) {
        QMetaObject::invokeMethod(
            this, [this] { QTimer::singleShot(IoLogDelayMs, this, &ApiServer::flushIoLog); },
            Qt::QueuedConnection);
    }
    return true;
}

void ApiServer::flushIoLog()
{
    QStringList lines;
    {
        std::lock_guard lock(m_ioLogMutex);
        lines.swap(m_ioLog);
        m_ioLogScheduled = false;
    }
    for (const QString& line : std::as_const(lines))
        log(line);
}

void ApiServer::sendVerifyBatch()
{
    m_verifyBatchQueued = false;
    if (m_verifyBatch.isEmpty())
        return;
    const QList<PendingVerify> batch = std::exchange(m_verifyBatch, {});
    QList<std::pair<QString, QString>> requests;
    requests.reserve(batch.size());
    for (const PendingVerify& v : batch)
        requests.append({v.secret, v.scope});
    whenDone(this, m_store.verifyBatch(requests),
             [this, batch](const Result<QList<Result<VerifyResult>>>& results) {
                 for (qsizetype i = 0; i < batch.size(); ++i) {
                     const CallPtr& call = batch.at(i).call;
                     if (!results.ok()) {
                         answer(call, errorReply(call, results.error()));
                         continue;
                     }
                     const Result<VerifyResult>& result = results->at(i);
                     if (!result.ok()) {
                         answer(call, errorReply(call, result.error()));
                         continue;
                     }
                     answer(call, HttpReply{200,
                                            {{QByteArrayLiteral("Content-Type"), JsonType}},
                                            wire::verifyJsonText(result.value())});
                 }
             });
}

} // namespace sk
