// Scopekeeper server: the HTTP/1.1 transport, on Boost.Beast over Boost.Asio.
//
// The one place that speaks HTTP on sockets. Everything else in src/server sees plain
// HttpRequest and HttpReply values. Routing is done by the API itself (ApiServer), so that
// 404 and 405 can be told apart and every request is answered the same way.
//
// Anyone who can reach the port can send anything, so every connection is bounded while it
// is read, not after: the request line and headers (HttpLimits::maxHeaderBytes, 431), the body
// (maxBodyBytes, 413 as soon as Content-Length or the chunked data passes it, without reading
// the rest), the time to send the headers and the body (408), the keep-alive idle time, the TLS
// handshake, and the number of open connections (past it, new ones wait in the listen queue).
// Framing is strict: two or conflicting Content-Length headers, a Transfer-Encoding other than
// "chunked", or both headers together are answered 400 and the connection is closed, so that a
// proxy that reads framing differently cannot smuggle a request past it. Each connection
// reads its next request only once the previous one is answered, so pipelined requests are
// answered in order. HEAD is answered as GET is, without the body.
//
// The sockets are served by a pool of I/O threads (HttpLimits::threads, one per core by
// default). Requests are handed to the handler on the thread that owns the transport (the Qt
// event loop), except those a fast handler (setFastHandler) answers on the I/O thread itself.
#pragma once

#include "TrustedProxies.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QSslConfiguration;

namespace sk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// A request as the API sees it.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …, as sent (HEAD arrives as GET, with head set)
    QString path;      // decoded
    QUrlQuery query;
    QByteArray authorization;
    QByteArray ifMatch;
    QByteArray contentType;
    QByteArray body;
    QString client;     // the client's address (behind a trusted proxy, the one it names)
    bool head = false;  // a HEAD request: answered without the body
    bool https = false; // the client used HTTPS: TLS here, or at a trusted proxy that says so
    bool local = false; // the client is this machine (its address is a loopback one)
};

struct HttpReply
{
    int status = 200;
    HttpHeaders headers; // Content-Type among them when there is a body
    QByteArray body;
};

/// A request as it arrived, for a fast handler (HttpTransport::FastHandler): views of the
/// connection's own buffers, valid during the call only. Nothing is decoded or copied.
struct RawRequest
{
    QByteArrayView method;      // as sent
    QByteArrayView target;      // the path and query as sent, percent-encoding and all
    QByteArrayView contentType; // empty when there is none
    QByteArrayView body;
    const QString& client; // as HttpRequest::client
    bool https = false;
    bool local = false;
};

/// Where the answer to one request goes. It may be answered later, from any thread, after
/// the store has answered; if the client has gone by then, the reply is dropped.
class HttpExchange
{
public:
    virtual ~HttpExchange() = default;
    /// Sends `reply`; only the first call counts.
    virtual void send(const HttpReply& reply) = 0;
};

/// The bounds of every connection; each is a command-line option of scopekeeper-server.
struct HttpLimits
{
    std::size_t maxHeaderBytes = 16 * 1024;         // request line and header section
    std::size_t maxBodyBytes = 64 * 1024;           // request body
    std::chrono::milliseconds headerTimeout{10000}; // to send the request line and headers
    std::chrono::milliseconds bodyTimeout{30000};   // to send the body (and to read an answer)
    std::chrono::milliseconds idleTimeout{60000};   // between requests on a kept-alive connection
    std::chrono::milliseconds handshakeTimeout{10000}; // the TLS handshake
    int maxConnections = 4096;                         // open at once
    int threads = 0;                                   // I/O threads; 0: one per core
};

/// What the transport refused on its own (400, 408, 413, 431), for the access log.
struct HttpRefusal
{
    QByteArray method; // empty when the request line was not read
    QString path;
    QString client;
    int status = 400;
    QString reason;
};

class HttpTransport : public QObject
{
    Q_OBJECT

public:
    /// Called on the transport's thread for every request.
    using Handler = std::function<void(HttpRequest, std::shared_ptr<HttpExchange>)>;
    /// Called on an I/O thread first, for every request but HEAD: appends the body of a 200
    /// answer to `body` and returns true (the answer is sent there and then, with the fast
    /// answers' headers), or returns false, leaving `body` as it was, to leave the request to
    /// the Handler. Must be thread-safe.
    using FastHandler = std::function<bool(const RawRequest&, QByteArray* body)>;
    /// Called on the transport's thread for what the transport answered itself.
    using RefusalHandler = std::function<void(const HttpRefusal&)>;

    explicit HttpTransport(Handler handler, QObject* parent = nullptr);
    ~HttpTransport() override;

    /// Before listen().
    void setLimits(const HttpLimits& limits);
    const HttpLimits& limits() const;
    /// Before listen(). `headers`: the header lines ("Name: value\r\n") of every answer the
    /// fast handler gives, Content-Type among them.
    void setFastHandler(FastHandler handler, QByteArray headers);
    /// Before listen(): the proxies whose Forwarded / X-Forwarded-* headers are believed.
    void setTrustedProxies(const TrustedProxies& proxies);
    void setRefusalHandler(RefusalHandler handler);

    /// Listens on `address`:`port` (0: any free port). `tls` null: plain HTTP. May be called
    /// more than once (e.g. IPv4 and IPv6 loopback).
    bool listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                QString* error);
    /// The port listened on; 0 before listen().
    quint16 port() const;
    /// Stops accepting connections. Open connections are answered until their clients close
    /// them or they time out.
    void stopListening();
    /// Connections open now.
    int openConnections() const;

    /// The I/O threads, listeners and connections (HttpTransport.cpp).
    struct Engine;

private:
    std::shared_ptr<Engine> m_engine;
};

} // namespace sk
