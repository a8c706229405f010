// Scopekeeper server: what HttpTransport's source files share, not part of its interface:
// Boost's names, the transport's own problem answers, and the engine (the I/O threads, the
// listeners and the count of connections). HttpSession.cpp is one connection,
// HttpTransport.cpp the Qt side.
#pragma once

#include "HttpTransport.h"

#include <QUrl>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace sk {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace ssl = boost::asio::ssl;
using tcp = boost::asio::ip::tcp;
/// A connection's socket and stream are bound to its I/O thread's own context by type, not
/// through Asio's type-erased executor, which every operation would copy and destroy.
using IoExecutor = net::io_context::executor_type;
using Socket = net::basic_stream_socket<tcp, IoExecutor>;
using Stream = beast::basic_stream<tcp, IoExecutor, beast::unlimited_rate_policy>;

/// The Reason-Phrase and a sentence for what the transport answers itself.
struct Refusal
{
    int status;
    const char* title;
};

inline Refusal refusalFor(int status)
{
    switch (status) {
    case 408:
        return {408, "Request Timeout"};
    case 413:
        return {413, "Content Too Large"};
    case 431:
        return {431, "Request Header Fields Too Large"};
    case 503:
        return {503, "Service Unavailable"};
    default:
        return {400, "Bad Request"};
    }
}

/// A problem+json body (RFC 9457), written without Qt: it is made on an I/O thread.
inline std::string problemBody(int status, const std::string& detail)
{
    std::string escaped;
    for (const char c : detail) {
        if (c == '"' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return "{\"type\":\"about:blank\",\"title\":\"" + std::string(refusalFor(status).title) +
           "\",\"status\":" + std::to_string(status) + ",\"detail\":\"" + escaped + "\"}";
}

/// On every answer over HTTPS: browsers use only HTTPS for this host for a year.
constexpr std::string_view HstsValue = "max-age=31536000";

inline bool equalsNoCase(beast::string_view a, beast::string_view b)
{
    return beast::iequals(a, b);
}

// ---- the engine: the I/O threads, the listeners and the count of connections --------------

/// What the engine needs of a connection when it stops: to close it.
class Connection
{
public:
    virtual ~Connection() = default;
    /// On a stopped engine only (no I/O thread runs): closes the socket.
    virtual void abort() = 0;
};

struct HttpTransport::Engine : std::enable_shared_from_this<HttpTransport::Engine>
{
    // Declared first, destroyed last: sessions still count down while the context goes.
    std::atomic<int> open{0};
    std::atomic<bool> stopped{false};
    std::mutex connectionsMutex;
    std::unordered_map<const Connection*, std::weak_ptr<Connection>> connections;
    std::mutex acceptMutex;
    std::vector<std::function<void()>> pausedAccepts; // acceptors waiting for a free slot

    HttpLimits limits;
    TrustedProxies proxies; // set before the I/O threads start; read-only after
    Handler handler;
    FastHandler fastHandler;
    std::string fastHeaders; // the header lines of the fast handler's answers
    RefusalHandler refusalHandler;
    // Set before the I/O threads start, cleared once they have stopped: the transport, on
    // whose thread requests are handed over (events to it are dropped once it is gone).
    HttpTransport* owner = nullptr;

    // One I/O context per thread, each run by its thread alone: a connection lives on one of
    // them for its whole life, so its handlers never run at once and need no strand, and no
    // thread wakes another to hand over work. The first also runs the listeners.
    std::vector<std::unique_ptr<net::io_context>> contexts;
    std::vector<net::executor_work_guard<net::io_context::executor_type>> work;
    std::vector<std::thread> threads;
    std::atomic<unsigned> nextContext{0};
    struct Listener
    {
        std::unique_ptr<tcp::acceptor> acceptor;
        std::shared_ptr<ssl::context> tls;
    };
    std::vector<std::shared_ptr<Listener>> listeners;
    quint16 port = 0;

    net::io_context& first() { return *contexts.front(); }

    /// The context of the next connection: round robin.
    net::io_context& nextOne()
    {
        return *contexts[nextContext.fetch_add(1, std::memory_order_relaxed) % contexts.size()];
    }

    void makeContexts()
    {
        if (!contexts.empty())
            return;
        int count = limits.threads > 0 ? limits.threads : int(std::thread::hardware_concurrency());
        if (count < 1)
            count = 1;
        for (int i = 0; i < count; ++i) {
            contexts.push_back(std::make_unique<net::io_context>(1));
            work.push_back(net::make_work_guard(*contexts.back()));
        }
    }

    void startThreads()
    {
        if (!threads.empty())
            return;
        for (const std::unique_ptr<net::io_context>& context : contexts)
            threads.emplace_back([context = context.get()] { context->run(); });
    }

    /// Ends every connection and stops the I/O threads. Answers that come later are dropped.
    void stop()
    {
        stopped = true;
        work.clear();
        for (const std::unique_ptr<net::io_context>& context : contexts)
            context->stop();
        for (std::thread& thread : threads)
            thread.join();
        threads.clear();
        {
            std::lock_guard lock(acceptMutex);
            pausedAccepts.clear();
        }
        for (const std::shared_ptr<Listener>& listener : listeners) {
            beast::error_code ignored;
            listener->acceptor->close(ignored);
        }
        std::vector<std::shared_ptr<Connection>> live;
        {
            std::lock_guard lock(connectionsMutex);
            for (const auto& [key, weak] : connections) {
                if (std::shared_ptr<Connection> connection = weak.lock())
                    live.push_back(std::move(connection));
            }
        }
        for (const std::shared_ptr<Connection>& connection : live)
            connection->abort();
        live.clear();
        // What was waiting completes with "aborted" and lets go of its connection.
        for (int pass = 0; pass < 3; ++pass) {
            for (const std::unique_ptr<net::io_context>& context : contexts) {
                context->restart();
                context->run();
            }
        }
        listeners.clear();
        owner = nullptr;
    }

    void track(const std::shared_ptr<Connection>& connection)
    {
        std::lock_guard lock(connectionsMutex);
        connections.emplace(connection.get(), connection);
    }

    void untrack(const Connection* connection)
    {
        std::lock_guard lock(connectionsMutex);
        connections.erase(connection);
    }

    /// On the owner's thread: the handler, or nothing when the owner is gone.
    void toOwner(std::function<void()> call)
    {
        if (stopped)
            return;
        QMetaObject::invokeMethod(owner, std::move(call), Qt::QueuedConnection);
    }

    void refused(HttpRefusal refusal)
    {
        if (!refusalHandler)
            return;
        toOwner([this, refusal = std::move(refusal)] {
            if (refusalHandler)
                refusalHandler(refusal);
        });
    }

    /// A connection was accepted: true when another may be accepted now.
    bool opened() { return open.fetch_add(1) + 1 < limits.maxConnections; }

    /// A connection closed: an acceptor that waited for a free slot accepts again.
    void closed()
    {
        open.fetch_sub(1);
        std::function<void()> resume;
        {
            std::lock_guard lock(acceptMutex);
            if (pausedAccepts.empty() || open.load() >= limits.maxConnections)
                return;
            resume = std::move(pausedAccepts.back());
            pausedAccepts.pop_back();
        }
        resume();
    }

    void accept(const std::shared_ptr<Listener>& listener);
};

} // namespace sk
