// Scopekeeper server: one HTTP connection, plain or TLS: it reads and bounds each request
// (header and body sizes, timeouts), hands it over and writes the answer, keeping the
// connection alive when it may; and the engine's acceptor, which starts them.
#include "HttpEngine.h"

#include <charconv>

namespace sk {

// ---- one connection ------------------------------------------------------------------------

template <class Derived>
class Session : public Connection, public std::enable_shared_from_this<Derived>
{
public:
    Session(const net::any_io_executor& executor, std::shared_ptr<HttpTransport::Engine> engine,
            QString client)
        : m_engine(std::move(engine))
        , m_client(std::move(client))
        , m_local(QHostAddress(m_client).isLoopback())
        , m_readTimer(executor)
    {
    }
    ~Session() override
    {
        m_engine->untrack(this);
        m_engine->closed();
    }
    void abort() override
    {
        m_readTimer.cancel(); // the engine's last run must not wait for its next tick
        derived().closeTcp();
    }

protected:
    Derived& derived() { return static_cast<Derived&>(*this); }
    Stream& lowest() { return beast::get_lowest_layer(derived().stream()); }
    const HttpLimits& limits() const { return m_engine->limits; }

    class Exchange final : public HttpExchange
    {
    public:
        explicit Exchange(std::shared_ptr<Derived> session)
            : m_session(std::move(session))
        {
        }
        ~Exchange() override
        {
            // Never answered (the API went away): the connection is closed, not left waiting.
            if (!m_sent.exchange(true) && !m_session->m_engine->stopped) {
                auto session = m_session;
                net::post(session->lowest().get_executor(), [session] { session->close(); });
            }
        }
        void send(const HttpReply& reply) override
        {
            if (m_sent.exchange(true) || m_session->m_engine->stopped)
                return;
            auto session = m_session;
            // Inline when already on the connection's thread (verify on an I/O thread).
            net::dispatch(session->lowest().get_executor(),
                          [session, reply] { session->write(reply); });
        }

    private:
        std::shared_ptr<Derived> m_session;
        std::atomic<bool> m_sent{false};
    };

public:
    void readRequest()
    {
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(limits().maxHeaderBytes));
        m_parser->body_limit(limits().maxBodyBytes);
        m_method.clear();
        m_path.clear();
        if (m_requests > 0 && m_buffer.size() == 0) {
            // Kept alive: wait for the next request's first bytes, as long as the idle time.
            setDeadline(limits().idleTimeout);
            derived().stream().async_read_some(
                m_buffer.prepare(4096),
                [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
                    if (ec) // idle too long, or the client closed: nothing to answer
                        return self->close();
                    self->m_buffer.commit(n);
                    self->readHeader();
                });
            return;
        }
        readHeader();
    }

    /// Every wait is timed by one watchdog per connection rather than by the stream: the
    /// stream would close the socket when a read takes too long, and the client would never
    /// learn why (408). The watchdog ticks at a quarter of the shortest timeout and compares
    /// the clock with the deadline of what the connection waits for now; moving the deadline
    /// is a plain assignment, so a busy connection costs no timer operation per request.
    void setDeadline(std::chrono::milliseconds timeout)
    {
        m_timedOut = false;
        m_deadline = std::chrono::steady_clock::now() + timeout;
        if (!m_watching)
            watch();
    }

    void clearDeadline()
    {
        m_timedOut = false;
        m_deadline = std::chrono::steady_clock::time_point::max();
    }

    void watch()
    {
        if (m_closed)
            return;
        const auto shortest =
            std::min({limits().headerTimeout, limits().bodyTimeout, limits().idleTimeout});
        m_watching = true;
        m_readTimer.expires_after(std::max(shortest / 4, std::chrono::milliseconds(50)));
        m_readTimer.async_wait([weak = this->weak_from_this()](beast::error_code ec) {
            const auto self = weak.lock();
            if (!self)
                return;
            self->m_watching = false;
            if (ec || self->m_closed)
                return;
            if (std::chrono::steady_clock::now() >= self->m_deadline) {
                // The pending read or write ends with "aborted"; its handler sees why.
                self->m_timedOut = true;
                self->m_deadline = std::chrono::steady_clock::time_point::max();
                beast::error_code ignored;
                self->lowest().socket().cancel(ignored);
            }
            self->watch();
        });
    }

    bool readTimedOut(beast::error_code ec) const
    {
        return m_timedOut && (ec == net::error::operation_aborted || ec == beast::error::timeout);
    }

    /// Parses what the buffer holds already, as the read operations would, but here and now:
    /// most requests come whole in one read, and then reading their headers and their body
    /// takes no further read and no trip through the I/O thread's queue. False when the
    /// parser needs more than the buffer holds.
    bool parseBuffered(beast::error_code& ec)
    {
        ec = {};
        if (m_buffer.size() == 0)
            return false;
        const std::size_t used = m_parser->put(m_buffer.data(), ec);
        m_buffer.consume(used);
        if (ec == http::error::need_more) {
            ec = {};
            return false;
        }
        return ec || used > 0;
    }

    void readHeader()
    {
        if (beast::error_code ec; parseBuffered(ec) || ec) {
            if (ec || m_parser->is_header_done())
                return onHeader(ec);
        }
        setDeadline(limits().headerTimeout); // only for what is still to come
        http::async_read_header(derived().stream(), m_buffer, *m_parser,
                                [self = this->shared_from_this()](
                                    beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(beast::error_code ec)
    {
        const bool timedOut = readTimedOut(ec);
        if (!timedOut &&
            (ec == http::error::end_of_stream || ec == net::error::eof ||
             ec == net::error::connection_reset || ec == net::error::operation_aborted))
            return close();
        if (m_parser->get().method_string().size() > 0) {
            m_method = std::string(m_parser->get().method_string());
            m_path = std::string(m_parser->get().target());
        }
        if (timedOut) {
            if (m_requests > 0 && m_buffer.size() == 0)
                return close(); // nothing of a next request came: an idle connection
            return refuse(408, "The request's headers did not arrive in time.");
        }
        if (ec == http::error::header_limit) {
            return refuse(431, "The request line and headers may have at most " +
                                   std::to_string(limits().maxHeaderBytes) + " bytes.");
        }
        if (ec == http::error::body_limit)
            return refuseTooLarge();
        if (ec)
            return refuse(400, "The request is not well-formed HTTP/1.1 (" + ec.message() + ").");

        const auto& request = m_parser->get();
        // Framing that two readers could take differently is refused, whatever this parser
        // would make of it.
        int contentLengths = 0;
        int transferEncodings = 0;
        bool chunkedOnly = true;
        for (const auto& field : request) {
            if (field.name() == http::field::content_length)
                ++contentLengths;
            else if (field.name() == http::field::transfer_encoding) {
                ++transferEncodings;
                if (!equalsNoCase(field.value(), "chunked"))
                    chunkedOnly = false;
            }
        }
        if (contentLengths > 1)
            return refuse(400, "A request may have one Content-Length header.");
        if (transferEncodings > 1 || !chunkedOnly)
            return refuse(400, "The only Transfer-Encoding accepted is chunked.");
        if (contentLengths > 0 && transferEncodings > 0)
            return refuse(400, "A request may not have both Content-Length and "
                               "Transfer-Encoding.");
        if (request.version() != 11 && request.version() != 10)
            return refuse(400, "Only HTTP/1.1 and HTTP/1.0 are spoken here.");
        if (const auto length = m_parser->content_length();
            length && *length > limits().maxBodyBytes)
            return refuseTooLarge();

        if (m_parser->is_done())
            return dispatch();
        // A client waiting for "100 Continue" gets it only now that the headers are accepted.
        if (const auto expect = request.find(http::field::expect);
            expect != request.end() && equalsNoCase(expect->value(), "100-continue")) {
            auto interim =
                std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
            setDeadline(limits().bodyTimeout);
            http::async_write(
                derived().stream(), *interim,
                [self = this->shared_from_this(), interim](beast::error_code error, std::size_t) {
                    if (error)
                        return self->close();
                    self->readBody();
                });
            return;
        }
        readBody();
    }

    void readBody()
    {
        beast::error_code ec;
        while (!ec && !m_parser->is_done() && parseBuffered(ec)) {
        }
        if (ec || m_parser->is_done())
            return onBody(ec);
        setDeadline(limits().bodyTimeout);
        http::async_read(derived().stream(), m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             self->onBody(ec);
                         });
    }

    void onBody(beast::error_code ec)
    {
        if (readTimedOut(ec))
            return refuse(408, "The request's body did not arrive in time.");
        if (ec == http::error::body_limit)
            return refuseTooLarge();
        if (ec == http::error::end_of_stream || ec == net::error::eof ||
            ec == net::error::connection_reset || ec == net::error::operation_aborted)
            return close();
        if (ec)
            return refuse(400, "The request's body is not well-formed (" + ec.message() + ").");
        dispatch();
    }

    /// Who sent the request: the connection's peer, or the client a trusted proxy names.
    struct Peer
    {
        QString client;
        bool https = Derived::IsTls;
        bool local = false;
    };

    Peer peerOf(const http::request<http::string_body>& message) const
    {
        Peer peer{m_client, Derived::IsTls, m_local};
        if (m_engine->proxies.isEmpty())
            return peer;
        // Several fields of one name are one list, in order (RFC 9110, 5.3).
        const auto joined = [&message](beast::string_view name) {
            std::string all;
            for (auto [it, end] = message.equal_range(name); it != end; ++it) {
                if (!all.empty())
                    all += ',';
                all += std::string_view(it->value());
            }
            return all;
        };
        const TrustedProxies::Client client =
            m_engine->proxies.resolve(m_client, Derived::IsTls, joined("Forwarded"),
                                      joined("X-Forwarded-For"), joined("X-Forwarded-Proto"));
        if (client.viaProxy) {
            peer.client = client.address;
            peer.local = QHostAddress(client.address).isLoopback();
        }
        peer.https = client.https;
        return peer;
    }

    static QByteArrayView viewOf(beast::string_view text)
    {
        return QByteArrayView(text.data(), qsizetype(text.size()));
    }

    void dispatch()
    {
        http::request<http::string_body> message = m_parser->release();
        m_parser.reset();
        ++m_requests;
        m_keepAlive = message.keep_alive();
        m_head = message.method() == http::verb::head;
        const Peer peer = peerOf(message);
        m_https = peer.https;
        // No time limit while the API works on it: the store has its own.
        clearDeadline();
        if (!m_head && m_engine->fastHandler) {
            const auto type = message.find(http::field::content_type);
            const RawRequest raw{viewOf(message.method_string()),
                                 viewOf(message.target()),
                                 type == message.end() ? QByteArrayView() : viewOf(type->value()),
                                 viewOf(message.body()),
                                 peer.client,
                                 peer.https,
                                 peer.local};
            m_fastBody.resize(0); // keeps its memory from the previous answer
            if (m_engine->fastHandler(raw, &m_fastBody))
                return writeFast();
        }

        HttpRequest request;
        request.method = QByteArray::fromStdString(std::string(message.method_string()));
        request.head = m_head;
        if (request.head)
            request.method = QByteArrayLiteral("GET");
        const std::string_view target = message.target();
        const std::size_t question = target.find('?');
        const std::string_view pathPart = target.substr(0, question);
        request.path = QUrl::fromPercentEncoding(
            QByteArray::fromRawData(pathPart.data(), qsizetype(pathPart.size())));
        if (question != std::string_view::npos) {
            const std::string_view queryPart = target.substr(question + 1);
            request.query =
                QUrlQuery(QString::fromUtf8(queryPart.data(), qsizetype(queryPart.size())));
        }
        if (const auto it = message.find(http::field::authorization); it != message.end())
            request.authorization = QByteArray::fromStdString(std::string(it->value()));
        if (const auto it = message.find(http::field::if_match); it != message.end())
            request.ifMatch = QByteArray::fromStdString(std::string(it->value()));
        if (const auto it = message.find(http::field::content_type); it != message.end())
            request.contentType = QByteArray::fromStdString(std::string(it->value()));
        request.body = QByteArray::fromStdString(message.body());
        request.client = peer.client;
        request.https = peer.https;
        request.local = peer.local;

        auto exchange = std::make_shared<Exchange>(this->shared_from_this());
        m_engine->toOwner([engine = m_engine, request = std::move(request),
                           exchange = std::move(exchange)]() mutable {
            engine->handler(std::move(request), std::move(exchange));
        });
    }

    /// The fast handler's answer (m_fastBody): the status line and headers written as one
    /// piece of text, sent with the body in one write, both kept from answer to answer.
    void writeFast()
    {
        std::string& head = m_fastHead;
        head.assign("HTTP/1.1 200 OK\r\n");
        head.append(m_engine->fastHeaders);
        if (m_https) // over TLS here, or at a trusted proxy
            head.append("Strict-Transport-Security: ").append(HstsValue).append("\r\n");
        if (!m_keepAlive)
            head.append("Connection: close\r\n");
        std::array<char, 24> length{};
        const auto [end, ignored] =
            std::to_chars(length.data(), length.data() + length.size(), m_fastBody.size());
        head.append("Content-Length: ").append(length.data(), end).append("\r\n\r\n");
        // A client that does not read its answer is not waited for longer than for a body.
        setDeadline(limits().bodyTimeout);
        const std::array<net::const_buffer, 2> buffers{
            net::buffer(head), net::buffer(m_fastBody.constData(), std::size_t(m_fastBody.size()))};
        net::async_write(derived().stream(), buffers,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             if (ec || !self->m_keepAlive)
                                 return self->close();
                             self->readRequest();
                         });
    }

    void write(const HttpReply& reply)
    {
        auto response = std::make_shared<http::response<http::string_body>>();
        response->version(11);
        response->result(static_cast<unsigned>(reply.status));
        bool close = !m_keepAlive;
        for (const auto& [name, value] : reply.headers) {
            if (name.compare("Connection", Qt::CaseInsensitive) == 0 &&
                value.compare("close", Qt::CaseInsensitive) == 0) {
                close = true;
                continue;
            }
            response->insert(beast::string_view(name.constData(), std::size_t(name.size())),
                             beast::string_view(value.constData(), std::size_t(value.size())));
        }
        response->body().assign(reply.body.constData(), std::size_t(reply.body.size()));
        if (m_https) // over TLS here, or at a trusted proxy
            response->set(http::field::strict_transport_security, HstsValue);
        response->keep_alive(!close);
        response->prepare_payload();
        if (m_head)
            response->body().clear(); // Content-Length stays: what GET would send
        send(std::move(response), close);
    }

    void refuse(int status, const std::string& detail)
    {
        HttpRefusal refusal;
        refusal.method = QByteArray::fromStdString(m_method);
        refusal.path = QUrl::fromPercentEncoding(
            QByteArray::fromStdString(m_path.substr(0, m_path.find('?'))));
        refusal.client = m_client;
        refusal.status = status;
        refusal.reason = QString::fromStdString(detail);
        m_engine->refused(std::move(refusal));

        auto response = std::make_shared<http::response<http::string_body>>();
        response->version(11);
        response->result(static_cast<unsigned>(status));
        response->set(http::field::content_type, "application/problem+json");
        response->set(http::field::cache_control, "no-store");
        response->body() = problemBody(status, detail);
        if constexpr (Derived::IsTls)
            response->set(http::field::strict_transport_security, HstsValue);
        response->keep_alive(false);
        response->prepare_payload();
        m_parser.reset();
        send(std::move(response), true, true);
    }

    void refuseTooLarge()
    {
        refuse(413, "A request body may have at most " + std::to_string(limits().maxBodyBytes) +
                        " bytes.");
    }

    void send(std::shared_ptr<http::response<http::string_body>> response, bool closeAfter,
              bool linger = false)
    {
        // A client that does not read its answer is not waited for longer than for a body.
        setDeadline(limits().bodyTimeout);
        http::async_write(derived().stream(), *response,
                          [self = this->shared_from_this(), response, closeAfter,
                           linger](beast::error_code ec, std::size_t) {
                              if (ec)
                                  return self->close();
                              if (linger)
                                  return self->linger();
                              if (closeAfter)
                                  return self->close();
                              self->readRequest();
                          });
    }

    /// After refusing a request whose body may still be on its way: the answer is sent, but
    /// closing at once would make the client's system reset the connection while it is still
    /// sending, and the client would never see the answer. So the rest is read and thrown
    /// away for a moment (into one small buffer), then the connection is closed.
    void linger()
    {
        if (!m_lingerUntil) {
            m_lingerUntil = std::chrono::steady_clock::now() + LingerTime;
            clearDeadline();
            derived().finishSending();
        }
        lowest().expires_at(*m_lingerUntil);
        derived().stream().async_read_some(
            net::buffer(m_discard),
            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                if (ec)
                    return self->close();
                self->linger();
            });
    }

    void close()
    {
        m_readTimer.cancel();
        derived().closeStream();
    }

protected:
    std::shared_ptr<HttpTransport::Engine> m_engine;
    QString m_client;
    bool m_local;         // m_client is a loopback address (once per connection, not per request)
    bool m_https = false; // the request being answered came over HTTPS (here or at a proxy)
    net::steady_timer m_readTimer; // the watchdog
    std::chrono::steady_clock::time_point m_deadline = std::chrono::steady_clock::time_point::max();
    bool m_watching = false;
    bool m_timedOut = false;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    QByteArray m_fastBody; // the fast handler's answer, its memory kept from answer to answer
    std::string m_fastHead;
    std::string m_method; // of the request being read, for the log of a refusal
    std::string m_path;
    std::uint64_t m_requests = 0;
    bool m_keepAlive = true;
    bool m_head = false;
    bool m_closed = false;
    static constexpr std::chrono::seconds LingerTime{2};
    std::optional<std::chrono::steady_clock::time_point> m_lingerUntil;
    std::array<char, 4096> m_discard{};
};

class PlainSession final : public Session<PlainSession>
{
public:
    static constexpr bool IsTls = false;
    PlainSession(Socket socket, std::shared_ptr<HttpTransport::Engine> engine, QString client)
        : Session(socket.get_executor(), std::move(engine), std::move(client))
        , m_stream(std::move(socket))
    {
    }
    Stream& stream() { return m_stream; }
    void start() { readRequest(); }
    void closeStream()
    {
        if (m_closed)
            return;
        m_closed = true;
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_stream.close();
    }
    void closeTcp()
    {
        m_closed = true;
        m_stream.close();
    }
    /// The answer is out: the client sees the end of it while it may still send.
    void finishSending()
    {
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    }

private:
    Stream m_stream;
};

class TlsSession final : public Session<TlsSession>
{
public:
    static constexpr bool IsTls = true;
    TlsSession(Socket socket, std::shared_ptr<ssl::context> context,
               std::shared_ptr<HttpTransport::Engine> engine, QString client)
        : Session(socket.get_executor(), std::move(engine), std::move(client))
        , m_context(std::move(context))
        , m_stream(std::move(socket), *m_context)
    {
    }
    beast::ssl_stream<Stream>& stream() { return m_stream; }
    void start()
    {
        lowest().expires_after(limits().handshakeTimeout);
        m_stream.async_handshake(ssl::stream_base::server,
                                 [self = shared_from_this()](beast::error_code ec) {
                                     if (ec)
                                         return self->closeTcp();
                                     self->lowest().expires_never();
                                     self->readRequest();
                                 });
    }
    void closeStream()
    {
        if (m_closed)
            return;
        m_closed = true;
        // close_notify, briefly: a client that does not answer it is not waited for.
        lowest().expires_after(std::chrono::seconds(2));
        m_stream.async_shutdown(
            [self = shared_from_this()](beast::error_code) { self->closeTcp(); });
    }
    void closeTcp()
    {
        m_closed = true;
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }
    /// Over TLS the records that follow are read and dropped as they come.
    void finishSending() {}

private:
    std::shared_ptr<ssl::context> m_context; // outlives the stream that refers to it
    beast::ssl_stream<Stream> m_stream;
};

void HttpTransport::Engine::accept(const std::shared_ptr<Listener>& listener)
{
    auto self = shared_from_this();
    if (stopped)
        return;
    listener->acceptor->async_accept(
        self->nextOne().get_executor(), [self, listener](beast::error_code ec, Socket socket) {
            if (ec == net::error::operation_aborted || !listener->acceptor->is_open())
                return; // stopped listening
            bool more = true;
            if (!ec) {
                beast::error_code addressError;
                const tcp::endpoint remote = socket.remote_endpoint(addressError);
                const QString client = addressError
                                           ? QStringLiteral("-")
                                           : QString::fromStdString(remote.address().to_string());
                socket.set_option(tcp::no_delay(true), addressError);
                more = self->opened();
                if (listener->tls) {
                    auto session = std::make_shared<TlsSession>(std::move(socket), listener->tls,
                                                                self, client);
                    self->track(session);
                    // Started on its own thread, where all its handlers run.
                    net::post(session->stream().get_executor(), [session] { session->start(); });
                } else {
                    auto session = std::make_shared<PlainSession>(std::move(socket), self, client);
                    self->track(session);
                    net::post(session->stream().get_executor(), [session] { session->start(); });
                }
            }
            // Out of descriptors or similar: try again shortly rather than spin.
            if (ec) {
                auto timer = std::make_shared<net::steady_timer>(self->first());
                timer->expires_after(std::chrono::milliseconds(50));
                timer->async_wait([self, listener, timer](beast::error_code) {
                    net::post(listener->acceptor->get_executor(),
                              [self, listener] { self->accept(listener); });
                });
                return;
            }
            if (more) {
                self->accept(listener);
                return;
            }
            // At the cap: new connections wait in the listen queue until one closes.
            std::lock_guard lock(self->acceptMutex);
            if (self->open.load() < self->limits.maxConnections) {
                net::post(listener->acceptor->get_executor(),
                          [self, listener] { self->accept(listener); });
                return;
            }
            self->pausedAccepts.push_back([self, listener] {
                net::post(listener->acceptor->get_executor(),
                          [self, listener] { self->accept(listener); });
            });
        });
}

} // namespace sk
