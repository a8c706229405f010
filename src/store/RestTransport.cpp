// Scopekeeper store: RestStore's HTTP exchange: the address and the token, one request and
// its answer (a retry when it is safe, TLS refusals named, a lost answer to a change said to
// be unconfirmed), and the sk::Error of an answer that is not the one asked for. The
// operations are in RestStore.cpp.
#include "Fields.h"
#include "OneShotBody.h"
#include "Preconnect.h"
#include "RestAppsReader.h"
#include "RestStore.h"
#include "WireErrors.h"
#include "WireJson.h"
#include "WirePaths.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <chrono>
#include <memory>
#include <utility>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace sk {

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// Overwrites the bytes of `data` (not a shared copy of them) and empties it.
void wipe(QByteArray& data)
{
    if (!data.isEmpty() && !data.isDetached())
        data.detach();
    data.fill('\0');
    data.clear();
}

#if QT_CONFIG(ssl)
/// "AB:CD:…", as openssl and browsers show it.
QString fingerprint(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
#endif

void wipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached())
        text.detach();
    text.fill(QChar(0));
    text.clear();
}

} // namespace

RestStore::RestStore(RestStoreOptions options, QObject* parent)
    : Store(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    if (!m_options.token.isEmpty())
        m_authorization = QByteArrayLiteral("Bearer ") + m_options.token.toUtf8();
    wipe(m_options.token);
    if (m_options.timeoutMs <= 0)
        m_options.timeoutMs = 15000;
    m_options.pageSize = qBound(1, m_options.pageSize, 1000);
    m_urlError = checkUrl(m_options.baseUrl);
    if (!m_urlError && !m_options.caCertificateFile.isEmpty()) {
#if QT_CONFIG(ssl)
        m_caCertificates = QSslCertificate::fromPath(m_options.caCertificateFile, QSsl::Pem);
        if (m_caCertificates.isEmpty()) {
            m_urlError = Error::invalid(
                fields::CaFile,
                tr("The CA certificate file “%1” cannot be read or holds no PEM certificate.")
                    .arg(m_options.caCertificateFile));
        }
#else
        m_urlError =
            Error::invalid(fields::CaFile, tr("This build of Scopekeeper has no TLS support."));
#endif
    }
    m_network->setAutoDeleteReplies(false);
    connect(m_network, &QNetworkAccessManager::finished, this, &RestStore::finished);
#if QT_CONFIG(ssl)
    // TLS errors are never ignored: the reply fails, and networkError() says why and which
    // certificate was refused, so that a person can tell whether it is their server's.
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply* reply, const QList<QSslError>& errors) {
                QStringList reasons;
                QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
                for (const QSslError& e : errors) {
                    if (!reasons.contains(e.errorString()))
                        reasons << e.errorString();
                    if (certificate.isNull())
                        certificate = e.certificate();
                }
                TlsRefusal& refusal = m_tlsRefusals[reply];
                refusal.errors = reasons.join(QStringLiteral("; "));
                if (!certificate.isNull()) {
                    refusal.certificate =
                        tr("Its certificate is “%1”, issued by “%2”, valid from %3 to %4, with "
                           "the SHA-256 fingerprint %5.")
                            .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                                 certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                                 certificate.expiryDate().toUTC().toString(Qt::ISODate),
                                 fingerprint(certificate));
                }
            });
#endif
}

RestStore::RestStore(const QUrl& baseUrl, const QString& token, QObject* parent)
    : RestStore(
          [&] {
              RestStoreOptions options;
              options.baseUrl = baseUrl;
              options.token = token;
              return options;
          }(),
          parent)
{
}

RestStore::~RestStore()
{
    m_closing = true;
    m_appsReader.reset();
    // Every request still in flight is answered now, so that no future waits forever.
    disconnect(m_network, nullptr, this, nullptr);
    const QHash<QNetworkReply*, Pending> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        it.key()->abort();
        Answer closed;
        closed.error =
            Error(ErrorCode::Unavailable, tr("The connection to %1 was closed.").arg(urlText()));
        it.value().handler(closed);
    }
    wipeToken();
}

std::optional<Error> RestStore::checkUrl(const QUrl& url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return Error::invalid(
            fields::Url,
            tr("“%1” is not a server address; give one such as https://host:8443.").arg(shown));
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return Error::invalid(fields::Url,
                              tr("“%1” uses plain http to a host that is not this computer; "
                                 "use https, so that the token and keys are not sent in clear.")
                                  .arg(shown));
    }
    return std::nullopt;
}

QString RestStore::urlText() const
{
    return m_options.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

QString RestStore::location() const
{
    return urlText();
}

QString RestStore::actor() const
{
    return m_options.actor;
}

void RestStore::connectAhead()
{
    if (m_urlError || m_open)
        return;
    Request health;
    health.method = "GET";
    health.path = wire::route::Healthz;
    health.admin = false;
    const QNetworkRequest request = networkRequest(health);
    preconnect(m_network, request);
    if (m_options.readAppsAtOpen && !m_appsReader)
        m_appsReader = std::make_shared<RestAppsReader>(request);
}

void RestStore::setToken(const QString& token)
{
    wipe(m_authorization);
    if (!token.isEmpty())
        m_authorization = QByteArrayLiteral("Bearer ") + token.toUtf8();
}

void RestStore::wipeToken()
{
    // Nothing read with the token is handed out after it (and the reader sends it too).
    dropReadAhead();
    wipe(m_authorization);
    wipe(m_options.token);
}

std::optional<Error> RestStore::precondition(bool admin) const
{
    if (m_closing)
        return Error(ErrorCode::Unavailable, tr("The connection to %1 was closed.").arg(urlText()));
    if (m_urlError)
        return m_urlError;
    if (admin && m_authorization.isEmpty()) {
        return Error(ErrorCode::Unauthorized,
                     tr("There is no administrator token for the server at %1; connect again to "
                        "sign in.")
                         .arg(urlText()));
    }
    return std::nullopt;
}

// ---- the HTTP exchange --------------------------------------------------------------------

QNetworkRequest RestStore::networkRequest(const Request& request) const
{
    QUrl url = m_options.baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + request.path, QUrl::TolerantMode);
    url.setQuery(wire::queryString(request.query), QUrl::StrictMode);
    url.setFragment(QString());

    QNetworkRequest r(url);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    r.setTransferTimeout(std::chrono::milliseconds(m_options.timeoutMs));
#else
    r.setTransferTimeout(m_options.timeoutMs);
#endif
    // One request per answer, in the order sent; HTTP/2 is not needed on an admin API.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setRawHeader("Accept", "application/json, application/problem+json");
    if (request.admin)
        r.setRawHeader("Authorization", m_authorization);
    if (!request.body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : request.headers)
        r.setRawHeader(name, value);
#if QT_CONFIG(ssl)
    if (!m_caCertificates.isEmpty() &&
        url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        r.setSslConfiguration(tls);
    }
#endif
    return r;
}

void RestStore::send(const Request& request, Handler handler, int attempt)
{
    if (const std::optional<Error> refused = precondition(request.admin)) {
        Answer answer;
        answer.error = refused;
        handler(answer);
        return;
    }
    QNetworkRequest r = networkRequest(request);
    QNetworkReply* reply = nullptr;
    if (!request.idempotent) {
        // Sent once, never again by Qt itself (OneShotBody.h says why).
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        r.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto* body = new OneShotBody(request.body);
        reply = m_network->sendCustomRequest(r, request.method, body);
        body->setParent(reply);
    } else if (request.body.isEmpty() && request.method != "POST" && request.method != "PATCH") {
        reply = m_network->sendCustomRequest(r, request.method);
    } else {
        reply = m_network->sendCustomRequest(r, request.method, request.body);
    }
    m_pending.insert(reply, Pending{request, std::move(handler), attempt, false, false});
    if (!request.idempotent) {
        connect(reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64) {
            if (sent <= 0)
                return;
            if (const auto it = m_pending.find(reply); it != m_pending.end())
                it->bodySent = true;
        });
    }
}

void RestStore::finished(QNetworkReply* reply)
{
    std::optional<TlsRefusal> tls =
        m_tlsRefusals.contains(reply) ? std::optional(m_tlsRefusals.take(reply)) : std::nullopt;
    const auto it = m_pending.find(reply);
    if (it == m_pending.end()) {
        if (tls) // the connection made ahead
            m_aheadRefusal = tls;
        reply->deleteLater();
        return;
    }
    if (!tls && reply->error() == QNetworkReply::SslHandshakeFailedError)
        tls = m_aheadRefusal;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    reply->deleteLater();

    Answer answer;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_certificateRefused = !status.isValid() && isTlsFailure(reply, tls);
    if (status.isValid()) {
        answer.status = status.toInt();
        answer.body = reply->readAll();
        answer.etag = reply->rawHeader("ETag");
    } else {
        const QNetworkReply::NetworkError code = reply->error();
        const bool retryable = code != QNetworkReply::OperationCanceledError &&
                               code != QNetworkReply::TimeoutError && !m_certificateRefused;
        if (retryable && pending.request.idempotent && pending.attempt == 0) {
            send(pending.request, std::move(pending.handler), 1);
            return;
        }
        answer.error = networkError(reply, tls);
        // A change that may have reached the server is never sent again by itself (a key or an
        // app could be made twice, or refused as taken by its own first attempt): the caller
        // is told that its outcome is unknown, and checks.
        if (!pending.request.idempotent && (pending.bodySent || mayHaveBeenSent(reply, tls)))
            answer.error = unconfirmed(*answer.error);
    }
    pending.handler(answer);
}

bool RestStore::mayHaveBeenSent(QNetworkReply* reply, const std::optional<TlsRefusal>& tls)
{
    if (isTlsFailure(reply, tls))
        return false; // nothing is sent before the server is trusted
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return false; // no connection, so no request
    default:
        return true;
    }
}

Error RestStore::unconfirmed(const Error& cause) const
{
    return Error(ErrorCode::Unconfirmed,
                 tr("%1 The change was sent, but its answer was lost: the server may have made "
                    "it. Nothing is sent again by itself; check what the server has once it "
                    "answers.")
                     .arg(cause.message()));
}

bool RestStore::isTlsFailure(QNetworkReply* reply, const std::optional<TlsRefusal>& tls)
{
    return tls || reply->error() == QNetworkReply::SslHandshakeFailedError;
}

Error RestStore::networkError(QNetworkReply* reply, const std::optional<TlsRefusal>& tls) const
{
    if (isTlsFailure(reply, tls)) {
        const QString tlsErrors = tls ? tls->errors : QString();
        QString message =
            tr("The server at %1 cannot be trusted: %2.")
                .arg(urlText(), tlsErrors.isEmpty() ? reply->errorString() : tlsErrors);
        const QString certificate = tls ? tls->certificate : QString();
        if (!certificate.isEmpty())
            message += QLatin1Char(' ') + certificate;
        message += QLatin1Char(' ') + tr("Nothing was sent to it. If it is your server, trust it "
                                         "explicitly with the file of the CA that issued its "
                                         "certificate.");
        return Error(ErrorCode::Unavailable, message);
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout (Qt 6.4)
    case QNetworkReply::TimeoutError:
        return timedOut();
    default:
        return Error(ErrorCode::Unavailable,
                     tr("Cannot reach the server at %1: %2. Check that it is running and that "
                        "this computer can reach it, then retry.")
                         .arg(urlText(), reply->errorString()));
    }
}

Error RestStore::timedOut() const
{
    return Error(ErrorCode::Unavailable,
                 tr("The server at %1 did not answer within %2 seconds. It may be busy, or the "
                    "network slow; retry in a moment.")
                     .arg(urlText(), QString::number(m_options.timeoutMs / 1000.0, 'g', 3)));
}

Error RestStore::errorFor(const Answer& answer) const
{
    if (answer.error)
        return *answer.error;
    switch (answer.status) {
    case 401: {
        // The server says why ("reason"); older servers do not.
        const QString reason = wire::problemFromJson(answer.status, answer.body).reason;
        if (reason == QLatin1String("revoked")) {
            return Error(ErrorCode::Unauthorized,
                         tr("The server at %1 refused the administrator token: it was revoked. "
                            "Ask the server's operator for a new one, then connect with it.")
                             .arg(urlText()));
        }
        if (reason == QLatin1String("expired")) {
            return Error(ErrorCode::Unauthorized,
                         tr("The server at %1 refused the administrator token: it has expired. "
                            "Ask the server's operator for a new one, then connect with it.")
                             .arg(urlText()));
        }
        return Error(ErrorCode::Unauthorized,
                     tr("The server at %1 refused the administrator token: it may have been "
                        "revoked, or be for another server. Connect again with a valid token.")
                         .arg(urlText()));
    }
    case 412:
        return Error(ErrorCode::Stale,
                     tr("The app was changed by someone else in the meantime; reload it and try "
                        "again."));
    default:
        break;
    }
    if (answer.status >= 500) {
        return Error(answer.status == 503 ? ErrorCode::Unavailable : ErrorCode::Internal,
                     tr("The server at %1 failed (HTTP %2); its log says why.")
                         .arg(urlText(), QString::number(answer.status)));
    }
    return wire::errorFromProblem(
        answer.status, answer.body,
        tr("The server at %1 answered HTTP %2.").arg(urlText(), QString::number(answer.status)));
}

Result<QJsonObject> RestStore::document(const Answer& answer, int expectedStatus) const
{
    if (answer.status != expectedStatus && !(expectedStatus == 201 && answer.status == 200))
        return errorFor(answer);
    std::optional<QJsonObject> object = wire::objectFrom(answer.body);
    if (!object) {
        return Error(ErrorCode::Internal,
                     tr("The server at %1 gave an answer that is not a JSON object; is it a "
                        "Scopekeeper server?")
                         .arg(urlText()));
    }
    return *object;
}

} // namespace sk
