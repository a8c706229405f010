// Scopekeeper server: the HTTP transport, on Qt HTTP Server.
//
// The one place that speaks Qt HTTP Server's API, which changed between Qt 6.4 and 6.8
// (responders, headers, missing handler, TLS servers). Everything else in src/server sees
// plain HttpRequest and HttpReply values. Routing is done by the API itself (ApiServer),
// so that 404 and 405 can be told apart and every request is answered the same way.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QHttpServer;
class QSslConfiguration;
class QTcpServer;

namespace sk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// A request as the API sees it: copied out of Qt HTTP Server at once, so that it outlives
/// the connection it came on.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …; empty when Qt did not know it
    QString path;      // decoded
    QUrlQuery query;
    QByteArray authorization;
    QByteArray ifMatch;
    QByteArray body;
};

struct HttpReply
{
    int status = 200;
    HttpHeaders headers; // Content-Type among them when there is a body
    QByteArray body;
};

/// Where the answer to one request goes. It may be answered later, after the store has
/// answered; if the client has gone by then, the reply is dropped.
class HttpExchange
{
public:
    virtual ~HttpExchange() = default;
    /// Sends `reply`; only the first call counts.
    virtual void send(const HttpReply& reply) = 0;
};

class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(HttpRequest, std::shared_ptr<HttpExchange>)>;

    explicit HttpTransport(Handler handler, QObject* parent = nullptr);
    ~HttpTransport() override;

    /// Listens on `address`:`port` (0: any free port). `tls` null: plain HTTP.
    bool listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                QString* error);
    /// The port listened on; 0 before listen().
    quint16 port() const { return m_port; }
    /// Stops accepting connections. Open connections stay until their clients close them.
    void stopListening();

private:
    Handler m_handler;
    QHttpServer* m_http = nullptr;
    QList<QPointer<QTcpServer>> m_servers;
    quint16 m_port = 0;
};

} // namespace sk
