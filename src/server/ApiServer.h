// Scopekeeper server: the REST API v1 (docs/openapi.yaml) over a SqlStore.
//
// Requests are routed here (not by Qt HTTP Server's router), so that an unknown path (404)
// and a method a path does not have (405, with Allow) are told apart, and every answer,
// success or problem, goes through one place that writes the access log.
//
// Admin requests name their administrator with "Authorization: Bearer <token>"; the store
// acts for that administrator in that request only (SqlStore::ActAs), so concurrent requests
// of different administrators are attributed correctly without serialising them.
#pragma once

#include "Error.h"
#include "HttpTransport.h"
#include "SqlStore.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QSslConfiguration;

namespace sk {

class ApiServer : public QObject
{
    Q_OBJECT

public:
    /// The largest request body accepted; a larger one is answered 413.
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;
    /// Apps per page: `limit` defaults to DefaultPageSize and may be 1…MaxPageSize.
    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = PageQuery::MaxRows;
    /// Keys per page of GET /api/v1/keys: all of a store of up to 1,000 keys unless asked.
    static constexpr int DefaultKeysPageSize = PageQuery::MaxRows;
    /// Verify requests that arrive together (in one pass of the event loop) go to the store
    /// as one job, at most this many at a time.
    static constexpr int MaxVerifyBatch = 128;
    /// Audit entries per answer: `limit` defaults to DefaultAuditLimit, at most MaxAuditLimit.
    static constexpr int DefaultAuditLimit = 100;
    static constexpr int MaxAuditLimit = 1000;
    /// After this many refused administrator tokens from one client address within
    /// ThrottleWindowMs, that address gets 429 (with Retry-After) for ThrottleWindowMs.
    static constexpr int DefaultThrottleRefusals = 20;
    static constexpr qint64 ThrottleWindowMs = 60 * 1000;
    static constexpr int MaxThrottledAddresses = 100000;
    /// Refused tokens become audit entries: at most one per client address per
    /// ThrottleWindowMs (the next one counts those left out), and at most this many per
    /// ThrottleWindowMs from all addresses together. The access log has every one.
    static constexpr int MaxRefusalEntriesPerWindow = 60;

    /// One served route: a method and a path template as docs/openapi.yaml writes it
    /// ("/api/v1/apps/{id}").
    struct Route
    {
        QByteArray method;
        QString path;
    };
    /// Every route the server serves (the openapi test compares it with the document).
    static QList<Route> routes();

    explicit ApiServer(SqlStore& store, QObject* parent = nullptr);
    ~ApiServer() override;

    /// Refused tokens from one address within a minute before it gets 429 (default 20);
    /// tests that refuse many tokens on purpose raise it.
    void setTokenThrottle(int refusals) { m_throttleRefusals = refusals; }
    /// The bounds of every connection (before listen()).
    void setLimits(const HttpLimits& limits);
    /// Before listen(): the reverse proxies whose forwarding headers name the client.
    void setTrustedProxies(const TrustedProxies& proxies);
    /// Requests over plain HTTP from another computer (its address, as a trusted proxy names
    /// it) are refused with 403, unless a trusted proxy says the client used HTTPS.
    void setHttpsRequired(bool required) { m_httpsRequired = required; }
    /// Listens on `address`:`port` (0: any free port); `tls` null: plain HTTP.
    bool listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                QString* error);
    quint16 port() const;

    /// Where access log lines go (one per request: time, method, path, status, duration,
    /// administrator), each as soon as it is made. The default writes them to standard error,
    /// gathered: the lines of one pass of the event loop go out in one write at the end of the
    /// pass (at once when 64 KiB are waiting, on shutdown() and on destruction), so that the
    /// log costs no system call per request under load. The sink must outlive the server:
    /// verify's lines from the I/O threads that are still on their way reach it from the
    /// destructor.
    void setLogSink(std::function<void(const QString&)> sink);
    /// Writes the gathered log lines to standard error now.
    void flushLog();

    /// Stops accepting connections and answers new requests on open ones with 503; emits
    /// drained() once every request in flight has been answered.
    void shutdown();
    bool isShuttingDown() const { return m_shuttingDown; }
    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void drained();

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;
    struct LogBuffer;
    /// Who may call a route: anyone (no token), any administrator (auditors too), or an
    /// administrator who may change things (an auditor gets 403).
    enum class Access
    {
        Anyone,
        Reader,
        Writer,
    };
    /// The member that answers a route.
    using Handler = void (ApiServer::*)(const CallPtr&);
    struct RouteSpec;
    /// The routes, each one line: method, path, access, handler (ApiServer.cpp).
    static const QList<RouteSpec>& routeTable();

    void handle(HttpRequest request, std::shared_ptr<HttpExchange> exchange);
    void authenticate(const CallPtr& call, const RouteSpec& route);
    /// Seconds `client` must still wait after too many refused tokens; 0: none.
    qint64 throttledFor(const QString& client);
    /// Plain HTTP from another computer while HTTPS is required.
    bool plainFromAfar(const HttpRequest& request) const;
    void countRefusedToken(const QString& client, const QString& reason,
                           const QString& administrator = {});
    void answer(const CallPtr& call, HttpReply reply);
    /// Answers with `onValue(value)` once `future` has a value, or with the problem its error
    /// is (ApiCall.h).
    template <typename T, typename Fn>
    void reply(const CallPtr& call, const QFuture<Result<T>>& future, Fn onValue);
    void log(const QString& line) const;
    /// Lines already made (UTF-8, each ending in '\n'), as log() takes them one by one.
    void logLines(const QByteArray& lines) const;
    /// Writes the buffered lines at the end of the event loop's pass, or now when they are
    /// many or the server is shutting down.
    void writeLogSoon() const;
    void logAccess(const Call& call, int status) const;
    void logRefusal(const HttpRefusal& refusal) const;
    struct AccessEntry
    {
        QByteArray method;
        std::optional<QString> path; // none: no request line was read
        int status = 0;
        double ms = -1; // negative: no duration
        QString admin;
        QString client;
        QString refused;
    };
    static QString accessLine(const AccessEntry& entry);
    /// accessLine() of a verify answered 200 on an I/O thread, appended to `line` as UTF-8
    /// with its '\n', without a QString: nothing in it comes from the request but the
    /// client's address.
    static void appendVerifyLine(QByteArray* line, const QString& client, qint64 nsecs);

    // handlers (ApiRoutesAdmin.cpp, ApiRoutesApps.cpp, ApiRoutesKeys.cpp, ApiVerify.cpp)
    void health(const CallPtr& call);
    void me(const CallPtr& call);
    void scopes(const CallPtr& call);
    void listApps(const CallPtr& call);
    void createApp(const CallPtr& call);
    void getApp(const CallPtr& call);
    void patchApp(const CallPtr& call);
    void deleteApp(const CallPtr& call);
    void listAppKeys(const CallPtr& call);
    void createKey(const CallPtr& call);
    void deleteKey(const CallPtr& call);
    void rollKey(const CallPtr& call);
    void listAllKeys(const CallPtr& call);
    void listMyKeys(const CallPtr& call);
    void createMyKey(const CallPtr& call);
    void deleteMyKey(const CallPtr& call);
    void audit(const CallPtr& call);
    void verify(const CallPtr& call);
    /// On an I/O thread: answers a well-formed verify there and then; false leaves the
    /// request to handle() (anything else, or a verify to refuse or explain).
    bool verifyOnIoThread(const RawRequest& request, QByteArray* body);
    void flushIoLog();
    void sendVerifyBatch();
    void updateApp(const CallPtr& call, const AppPatch& patch, qint64 expectedVersion);

    // answers
    HttpReply json(int status, const QJsonObject& body, HttpHeaders headers = {}) const;
    /// `reason`: why a token was refused (a member of the problem object, RFC 9457).
    HttpReply problem(int status, const QString& detail, const QList<FieldError>& errors = {},
                      HttpHeaders headers = {}, const QString& reason = {}) const;
    HttpReply errorReply(const CallPtr& call, const Error& error) const;
    QString titleFor(int status) const;
    /// The JSON object body of the request, whose members are all in `allowed`; nothing once
    /// the 400 has been answered.
    std::optional<QJsonObject> bodyObject(const CallPtr& call, const QStringList& allowed);
    /// Answers 400 naming the members of a wrong type, if any; true when it did.
    bool refuseWrongTypes(const CallPtr& call, const QStringList& wrongTypes);
    /// `limit` from the query: `fallback` when absent, 1…`max`; otherwise a 400.
    bool queryLimit(const CallPtr& call, int fallback, int max, int* out,
                    HttpReply* problemOut) const;
    /// `limit` (`fallback` when absent) and `cursor` from the query; otherwise a 400.
    bool queryPage(const CallPtr& call, int fallback, PageQuery* out, HttpReply* problemOut) const;

    SqlStore& m_store;
    HttpTransport* m_transport = nullptr;
    std::function<void(const QString&)> m_logSink;
    std::unique_ptr<LogBuffer> m_logBuffer;
    struct PendingVerify
    {
        CallPtr call;
        QString secret;
        QString scope;
    };
    QList<PendingVerify> m_verifyBatch; // waiting for sendVerifyBatch()
    bool m_verifyBatchQueued = false;
    int m_inFlight = 0;
    bool m_shuttingDown = false;
    struct RefusedTokens
    {
        QList<qint64> times;       // of the refusals in the last window (ms since the epoch)
        qint64 blockedUntilMs = 0; // 429 until then
        qint64 auditedAtMs = 0;    // the last audit entry for this address
        qint64 unaudited = 0;      // refusals since then that have no entry of their own
    };
    QList<qint64> m_refusalEntryTimes; // audit entries for refused tokens in the last window
    QHash<QString, RefusedTokens> m_refusedTokens; // by client address
    int m_throttleRefusals = DefaultThrottleRefusals;
    bool m_httpsRequired = false;
    // The I/O threads' side: verify calls under way there, and their log lines, handed over
    // to this thread in batches.
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_fastInFlight{0};
    std::mutex m_ioLogMutex;
    QByteArray m_ioLog; // lines, each ending in '\n'
    std::atomic<bool> m_ioLogScheduled{false};
    static constexpr int IoLogDelayMs = 10;
};

} // namespace sk
