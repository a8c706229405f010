#include "HttpTransport.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtGlobal>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslServer>
#endif

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace sk {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return {};
    }
}

HttpRequest copyRequest(const QHttpServerRequest& r)
{
    HttpRequest request;
    request.method = methodName(r.method());
    request.path = r.url().path();
    request.query = r.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = r.headers();
    request.authorization =
        headers.value(QHttpHeaders::WellKnownHeader::Authorization).toByteArray();
    request.ifMatch = headers.value(QHttpHeaders::WellKnownHeader::IfMatch).toByteArray();
#else
    // Header names are matched case-insensitively.
    request.authorization = r.value(QByteArrayLiteral("Authorization"));
    request.ifMatch = r.value(QByteArrayLiteral("If-Match"));
#endif
    request.body = r.body();
    return request;
}

// One request's responder, kept until the API answers.
class QtExchange final : public HttpExchange
{
public:
    explicit QtExchange(QHttpServerResponder&& responder)
        : m_responder(std::move(responder))
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        // Qt 6.4's responder writes to a bare socket pointer: watch the socket ourselves, so
        // that a client that went away in the meantime is not written to.
        , m_socket(m_responder.socket())
#endif
    {
    }

    void send(const HttpReply& reply) override
    {
        if (m_sent)
            return;
        m_sent = true;
        const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QHttpHeaders headers;
        for (const auto& [name, value] : reply.headers)
            headers.append(name, value);
        m_responder.write(reply.body, headers, status);
#else
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
#endif
        m_responder.writeStatusLine(status);
        for (const auto& [name, value] : reply.headers)
            m_responder.writeHeader(name, value);
        if (reply.status != 204 && reply.status != 304)
            m_responder.writeHeader(QByteArrayLiteral("Content-Length"),
                                    QByteArray::number(reply.body.size()));
        m_responder.writeBody(reply.body); // ends the headers, even with an empty body
#endif
    }

private:
    QHttpServerResponder m_responder;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QPointer<QTcpSocket> m_socket;
#endif
    bool m_sent = false;
};

} // namespace

HttpTransport::HttpTransport(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_http(new QHttpServer(this))
{
    // No Qt routes: every request reaches the missing handler, and the API routes it.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_http->setMissingHandler(
        this, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
            m_handler(copyRequest(request), std::make_shared<QtExchange>(std::move(responder)));
        });
#else
    m_http->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            m_handler(copyRequest(request), std::make_shared<QtExchange>(std::move(responder)));
        });
#endif
}

HttpTransport::~HttpTransport() = default;

bool HttpTransport::listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                           QString* error)
{
    QTcpServer* server = nullptr;
    if (tls) {
#if QT_CONFIG(ssl)
        auto* sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*tls);
        server = sslServer;
#else
        *error = tr("This build of Qt has no TLS support.");
        return false;
#endif
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!m_http->bind(server)) {
        *error = tr("The HTTP server could not take the connection.");
        delete server;
        return false;
    }
#else
    m_http->bind(server);
#endif
    m_servers << server;
    m_port = server->serverPort();
    return true;
}

void HttpTransport::stopListening()
{
    for (const QPointer<QTcpServer>& server : std::as_const(m_servers)) {
        if (server)
            server->close();
    }
}

} // namespace sk
