// Scopekeeper server: HttpTransport, the Qt side of the HTTP engine: listening, limits and
// handing requests to the event loop.
#include "HttpEngine.h"

namespace sk {

// ---- HttpTransport ---------------------------------------------------------------------------

HttpTransport::HttpTransport(Handler handler, QObject* parent)
    : QObject(parent)
    , m_engine(std::make_shared<Engine>())
{
    m_engine->handler = std::move(handler);
    m_engine->owner = this;
}

HttpTransport::~HttpTransport()
{
    m_engine->stop();
}

void HttpTransport::setLimits(const HttpLimits& limits)
{
    m_engine->limits = limits;
}

const HttpLimits& HttpTransport::limits() const
{
    return m_engine->limits;
}

void HttpTransport::setFastHandler(FastHandler handler, QByteArray headers)
{
    m_engine->fastHandler = std::move(handler);
    m_engine->fastHeaders = headers.toStdString();
}

void HttpTransport::setTrustedProxies(const TrustedProxies& proxies)
{
    m_engine->proxies = proxies;
}

void HttpTransport::setRefusalHandler(RefusalHandler handler)
{
    m_engine->refusalHandler = std::move(handler);
}

bool HttpTransport::listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                           QString* error)
{
    auto listener = std::make_shared<Engine::Listener>();
    if (tls) {
#if QT_CONFIG(ssl)
        auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
        context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                             ssl::context::no_sslv3 | ssl::context::no_tlsv1 |
                             ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
        QByteArray chain;
        const QList<QSslCertificate> certificates = tls->localCertificateChain().isEmpty()
                                                        ? QList{tls->localCertificate()}
                                                        : tls->localCertificateChain();
        for (const QSslCertificate& certificate : certificates)
            chain += certificate.toPem();
        const QByteArray key = tls->privateKey().toPem();
        beast::error_code ec;
        context->use_certificate_chain(net::buffer(chain.constData(), std::size_t(chain.size())),
                                       ec);
        if (!ec) {
            context->use_private_key(net::buffer(key.constData(), std::size_t(key.size())),
                                     ssl::context::pem, ec);
        }
        if (ec) {
            *error = tr("The TLS certificate or key cannot be used: %1")
                         .arg(QString::fromStdString(ec.message()));
            return false;
        }
        listener->tls = std::move(context);
#else
        *error = tr("This build has no TLS support.");
        return false;
#endif
    }
    beast::error_code ec;
    const net::ip::address ip = net::ip::make_address(address.toString().toStdString(), ec);
    if (ec) {
        *error = tr("“%1” is not an address to listen on.").arg(address.toString());
        return false;
    }
    const tcp::endpoint endpoint(ip, port);
    // Listeners run on the first context (one thread): accepting and closing never overlap.
    m_engine->makeContexts();
    auto acceptor = std::make_unique<tcp::acceptor>(m_engine->first());
    acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        acceptor->set_option(net::socket_base::reuse_address(true), ec);
    if (!ec && ip.is_v6())
        acceptor->set_option(net::ip::v6_only(true), ec);
    if (!ec)
        acceptor->bind(endpoint, ec);
    if (!ec)
        acceptor->listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return false;
    }
    m_engine->port = acceptor->local_endpoint().port();
    listener->acceptor = std::move(acceptor);
    m_engine->listeners.push_back(listener);
    m_engine->startThreads();
    net::post(listener->acceptor->get_executor(),
              [engine = m_engine, listener] { engine->accept(listener); });
    return true;
}

quint16 HttpTransport::port() const
{
    return m_engine->port;
}

void HttpTransport::stopListening()
{
    {
        std::lock_guard lock(m_engine->acceptMutex);
        m_engine->pausedAccepts.clear();
    }
    for (const std::shared_ptr<Engine::Listener>& listener : m_engine->listeners) {
        // On the listener's thread, and waited for: once this returns, nothing is accepted.
        std::promise<void> done;
        std::future<void> closed = done.get_future();
        net::dispatch(listener->acceptor->get_executor(), [listener, &done] {
            beast::error_code ignored;
            listener->acceptor->close(ignored);
            done.set_value();
        });
        closed.wait();
    }
}

int HttpTransport::openConnections() const
{
    return m_engine->open.load();
}

} // namespace sk