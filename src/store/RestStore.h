// Scopekeeper store: the Store of a scopekeeper-server, over its admin REST API (Qt Network).
//
// Every operation is one or more HTTP requests on the thread that owns the store (the GUI
// thread); answers arrive through the event loop, never by waiting. Only the first listing of
// the apps may be read on a thread of its own (RestStoreOptions::readAppsAtOpen). Problem answers
// become the same sk::Error a local SqlStore gives (code, message, fields at fault); a server that
// cannot be reached, a timeout and a refused token each say so.
//
// The administrator token is kept in memory only, sent only as "Authorization: Bearer …",
// never logged; wipeToken() forgets it. Plain http is refused except to a loopback host; TLS
// errors are never ignored (a CA certificate file can be trusted explicitly).
#pragma once

#include "Store.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QtNetwork/qtnetworkglobal.h>
#include <functional>
#include <memory>
#include <optional>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#endif

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sk {

class RestAppsReader;

struct RestStoreOptions
{
    /// The server, e.g. "https://keys.example.com:8443" (a path prefix is kept).
    QUrl baseUrl;
    /// The administrator token ("ska_…").
    QString token;
    /// The name actor() shows until open() has asked the server who the token belongs to
    /// (GET /api/v1/me), and afterwards if the server is too old to say.
    QString actor;
    /// How long one request may take without any data moving, in milliseconds.
    int timeoutMs = 15000;
    /// Rows per page of GET /api/v1/apps and /api/v1/keys (1…1000); listApps() and
    /// listAllKeys() follow every page.
    int pageSize = 1000;
    /// A PEM file of CA certificates to trust for this server, besides the system's.
    QString caCertificateFile;
    /// open() also lists every app (page after page), on a thread of its own and along with
    /// its own requests (RestAppsReader.h): the console lists the apps first, and they then
    /// come while its window is being built. The listing is dropped if the store does not
    /// open. The first listApps() of every app takes it, unless the store was changed through
    /// this store in between.
    bool readAppsAtOpen = false;
};

class RestStore final : public Store
{
    Q_OBJECT

public:
    explicit RestStore(RestStoreOptions options, QObject* parent = nullptr);
    RestStore(const QUrl& baseUrl, const QString& token, QObject* parent = nullptr);
    RestStore(const RestStore&) = delete;
    RestStore& operator=(const RestStore&) = delete;
    /// Answers every request still in flight with ErrorCode::Unavailable and wipes the token.
    ~RestStore() override;

    /// Why `url` cannot be used as a server address (not http(s), no host, http to a host
    /// that is not loopback); nothing when it can.
    static std::optional<Error> checkUrl(const QUrl& url);

    QFuture<Result<StoreInfo>> open() override;
    QString location() const override;
    /// Once open: the administrator the token belongs to, as the server names it.
    QString actor() const override;
    /// Once open: the token is an auditor's (GET /api/v1/me).
    bool readOnly() const override { return m_readOnly; }
    bool isRemote() const override { return true; }
    /// wipeToken().
    void forgetCredentials() override { wipeToken(); }

    QFuture<Result<Catalog>> catalog() override;
    QFuture<Result<QList<App>>> listApps(const AppQuery& query = {}) override;
    QFuture<Result<Page<App>>> appsPage(const AppQuery& query, const PageQuery& page) override;
    QFuture<Result<App>> app(const QString& appId) override;
    QFuture<Result<App>> createApp(const NewApp& app) override;
    QFuture<Result<App>> updateApp(const QString& appId, const AppPatch& patch,
                                   qint64 expectedVersion) override;
    QFuture<Result<Done>> deleteApp(const QString& appId) override;
    QFuture<Result<QList<ApiKey>>> listKeys(const QString& appId) override;
    QFuture<Result<QList<ApiKey>>> listAllKeys() override;
    QFuture<Result<Page<ApiKey>>> keysPage(const PageQuery& page) override;
    QFuture<Result<CreatedKey>> createKey(const QString& appId, const NewKey& key) override;
    QFuture<Result<Done>> deleteKey(const QString& appId, const QString& keyId) override;
    /// The token's administrator's own keys: GET, POST and DELETE /api/v1/me/keys.
    QFuture<Result<QList<ApiKey>>> listMyKeys() override;
    QFuture<Result<CreatedKey>> createMyKey(const NewKey& key) override;
    QFuture<Result<RolledKey>> rollKey(const QString& appId, const QString& keyId,
                                       const RollKey& roll) override;
    QFuture<Result<Done>> deleteMyKey(const QString& keyId) override;
    QFuture<Result<VerifyResult>> verify(const QString& secret, const QString& scope) override;
    QFuture<Result<QList<AuditEntry>>> audit(const AuditQuery& query = {}) override;

    /// Connects to the server before open(), while the token is still being read (a keychain
    /// can take a moment): the connection, and with RestStoreOptions::readAppsAtOpen the apps
    /// reader's thread and its own. Sends no request.
    void connectAhead();
    /// The administrator token, when the store was made before it was known; before open().
    void setToken(const QString& token);

    /// Overwrites the token in memory and forgets it, and the pages read ahead with it; admin
    /// requests fail with ErrorCode::Unauthorized from then on.
    void wipeToken();
    bool hasToken() const { return !m_authorization.isEmpty(); }

    /// True when the last request failed because the server's TLS certificate is not
    /// trusted (its error message then names the certificate); choosing the CA certificate
    /// file that issued it (RestStoreOptions::caCertificateFile) is the way to trust it.
    bool certificateRefused() const { return m_certificateRefused; }

    int timeoutMs() const { return m_options.timeoutMs; }
    void setTimeoutMs(int ms) { m_options.timeoutMs = ms; }

private:
    /// One HTTP answer, or the network failure instead of one.
    struct Answer
    {
        int status = 0; // 0: no HTTP answer (see error)
        QByteArray body;
        QByteArray etag;
        std::optional<Error> error; // the network failed, timed out or TLS was refused
    };
    struct Request
    {
        QByteArray method;
        QString path; // "/api/v1/apps", already percent-encoded where needed
        QList<QPair<QString, QString>> query; // wire::Query: names and values, not encoded
        QByteArray body;                      // JSON, or empty
        QList<QPair<QByteArray, QByteArray>> headers;
        bool admin = true;      // sends the token
        bool idempotent = true; // retried once on a network failure; a change that is not
                                // fails with ErrorCode::Unconfirmed when it may have been made
    };
    using Handler = std::function<void(const Answer&)>;

    /// The request as Qt sends it: the address, the token, the timeout, TLS.
    QNetworkRequest networkRequest(const Request& request) const;
    void send(const Request& request, Handler handler, int attempt = 0);
    void finished(QNetworkReply* reply);
    /// Why TLS refused a reply's server, as sslErrors() said (kept until the reply finishes).
    struct TlsRefusal
    {
        QString errors;      // the reasons, "; "-separated
        QString certificate; // the refused certificate, described; empty: none
    };
    Error networkError(QNetworkReply* reply, const std::optional<TlsRefusal>& tls) const;
    /// The server did not answer within the timeout.
    Error timedOut() const;
    static bool isTlsFailure(QNetworkReply* reply, const std::optional<TlsRefusal>& tls);
    /// Whether a request that failed without an HTTP answer may have reached the server.
    static bool mayHaveBeenSent(QNetworkReply* reply, const std::optional<TlsRefusal>& tls);
    /// ErrorCode::Unconfirmed: a change whose answer was lost (`cause` says how).
    Error unconfirmed(const Error& cause) const;
    /// The error for a failed request: the network failure, or the problem the server sent.
    Error errorFor(const Answer& answer) const;
    /// What open() makes of its three answers (GET /healthz, /api/v1/scopes, /api/v1/me).
    Result<StoreInfo> openedWith(const Answer& healthz, const Answer& scopes, const Answer& me);
    /// The JSON object of an answer with `expectedStatus` (201 also takes 200); otherwise
    /// the error it is.
    Result<QJsonObject> document(const Answer& answer, int expectedStatus) const;
    /// Fails at once when the store cannot send admin requests (not open, no token).
    std::optional<Error> precondition(bool admin) const;
    QString urlText() const;
    /// The keys a GET of `path` lists ("/api/v1/keys", an app's keys).
    QFuture<Result<QList<ApiKey>>> keysAt(const QString& path);
    /// Every row of a paged listing: fetch(page) for each page in turn, until the last.
    template <typename T>
    QFuture<Result<QList<T>>>
    allPages(std::function<QFuture<Result<Page<T>>>(const PageQuery&)> fetch);

    template <typename T>
    QFuture<Result<T>> call(const Request& request, std::function<Result<T>(const Answer&)> parse);

    /// Told the next page's cursor as soon as a page's text has come, before that page is read
    /// (wire::trailingNextCursor()). Empty until the caller asks for the page it belongs to.
    using EarlyNext = std::function<void(const QString& cursor)>;
    /// Asks for one page; `early`, if set when the answer comes, is told its next cursor first.
    template <typename T>
    using PageFetch = std::function<QFuture<Result<Page<T>>>(const PageQuery& page,
                                                             std::shared_ptr<EarlyNext> early)>;
    /// One page asked for before the caller asks for it: while a view shows a page of a
    /// listing, the server already makes the next one. `position` names the listing, the
    /// page's size and its start.
    template <typename T> struct ReadAhead
    {
        QString position;
        QFuture<Result<Page<T>>> future;
        std::shared_ptr<EarlyNext> early; // set once the caller asks for this page
    };
    /// The page at `page`: the one read ahead if it is that one, else fetch(page); then the
    /// page after it is read ahead as soon as this one's text has come (or, if its end does
    /// not name the next page plainly, once it is read).
    template <typename T>
    QFuture<Result<Page<T>>> readingAhead(std::optional<ReadAhead<T>>* ahead,
                                          const QString& listing, const PageQuery& page,
                                          PageFetch<T> fetch);
    QFuture<Result<Page<App>>> fetchAppsPage(const AppQuery& query, const PageQuery& page,
                                             std::shared_ptr<EarlyNext> early = {});
    QFuture<Result<Page<ApiKey>>> fetchKeysPage(const PageQuery& page,
                                                std::shared_ptr<EarlyNext> early = {});
    /// What names a page read ahead: its listing ("apps?" and the search, "keys") and place.
    static QString appsListing(const AppQuery& query);
    static QString readAheadPosition(const QString& listing, const PageQuery& page);
    /// Forgets the pages read ahead: the store changed (through this store).
    void dropReadAhead();
    std::optional<ReadAhead<App>> m_appsAhead;
    /// RestStoreOptions::readAppsAtOpen: the reader open() starts, and what it read (or, if
    /// it read nothing, what allPages() then reads) until the first listApps() takes it.
    std::shared_ptr<RestAppsReader> m_appsReader;
    struct AppsAtOpen
    {
        QFuture<Result<QList<App>>> apps;
        std::shared_ptr<bool> taken; // by listApps(); a listing dropped untaken is not read again
    };
    std::optional<AppsAtOpen> m_appsAtOpen;
    void readAppsAside();
    std::optional<ReadAhead<ApiKey>> m_keysAhead;

    RestStoreOptions m_options;
    QByteArray m_authorization; // "Bearer ska_…"; empty once wiped
    QNetworkAccessManager* m_network = nullptr;
    struct Pending
    {
        Request request;
        Handler handler;
        int attempt = 0;
        bool timedOut = false;
        bool bodySent = false; // some of the body reached the socket (Qt may have sent it again)
    };
    QHash<QNetworkReply*, Pending> m_pending;
    QHash<QNetworkReply*, TlsRefusal> m_tlsRefusals; // of replies still pending
    // Why TLS refused the connection made by connectAhead(): a request queued for that
    // connection may fail without being told itself.
    std::optional<TlsRefusal> m_aheadRefusal;
    std::optional<Error> m_urlError; // the URL or the CA file cannot be used
#if QT_CONFIG(ssl)
    QList<QSslCertificate> m_caCertificates;
#endif
    bool m_open = false;
    std::optional<Catalog> m_catalog; // as open() read it
    bool m_readOnly = false;          // an auditor's token
    bool m_closing = false;
    bool m_certificateRefused = false;
    // The id of the personal app under the administrator's own keys, once a key named it.
    QString m_personalAppId;
};

} // namespace sk
