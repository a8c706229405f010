// Fuzz target: whole HTTP requests, through the server's engine (HttpTransport: Boost.Beast
// over Asio) and router (ApiServer), over a SqlStore on a temporary SQLite file.
//
// LLVMFuzzerInitialize starts the server once, on a thread of its own with a Qt event loop,
// listening on 127.0.0.1 on a free port, with short limits (200 ms for headers, body and
// idle), over a store with the default catalog, two apps, a key, an administrator and an
// auditor, on a temporary SQLite file (removed at the end of the run; kept after a crash).
// Each input is sent on a new connection as it is, then the client shuts its side down and
// reads until the server closes. The server must answer with HTTP/1.1 or nothing, and must
// close within a few seconds; its access log must never hold a token or a key.
// SCOPEKEEPER_FUZZ_HEAP_PROFILE=1 prints the live heap at the end of a run.
//
// Placeholders in the input are replaced before it is sent, so that the corpus reaches the
// authenticated routes: @TOKEN@ (the administrator's token), @AUDITOR@ (the auditor's), @KEY@
// (a valid key), @APP@ (the app's id), @KEYID@ (the key's id).
#include "AdminToken.h"
#include "ApiServer.h"
#include "FuzzSupport.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QThread>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sanitizer/common_interface_defs.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

using namespace sk;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    SqlStore* store = nullptr;
    ApiServer* server = nullptr;
    quint16 port = 0;
    QByteArray adminToken;
    QByteArray auditorToken;
    QByteArray keySecret;
    QByteArray appId;
    QByteArray keyId;
    std::atomic<bool> secretLogged{false};
    std::mutex logMutex;
    QString badLine;
};

// Made once and kept until the end (reachable, so no leak to report).
Fixture* fixture = nullptr;
QThread* serverThread = nullptr;
QObject* serverContext = nullptr; // lives on serverThread

/// How long the server may take to answer and close one connection.
constexpr int CloseWithinSeconds = 8;

template <typename T> T must(Result<T> result, const char* what)
{
    if (!result.ok()) {
        std::fprintf(stderr, "fuzz_http setup: %s: %s\n", what,
                     qPrintable(result.error().message()));
        std::abort();
    }
    return std::move(result).value();
}

/// On the server's thread: the store, its contents and the server.
void setUp(Fixture* f)
{
    SqlStoreOptions options;
    options.sqlitePath = f->dir.filePath(QStringLiteral("fuzz.sqlite"));
    options.actor = QStringLiteral("scopekeeper-server");
    f->store = new SqlStore(options);
    must(waitFor(f->store->open()), "open");

    const QString admin = AdminToken::generate();
    const QString auditor = AdminToken::generate();
    must(waitFor(f->store->createAdmin(QStringLiteral("fuzz-admin"), AdminToken::hash(admin))),
         "admin");
    must(waitFor(f->store->createAdmin(QStringLiteral("fuzz-auditor"), AdminToken::hash(auditor),
                                       AdminAccount::auditorRole(),
                                       QDateTime::currentDateTimeUtc().addDays(300))),
         "auditor");
    const SqlStore::ActAs as{QStringLiteral("fuzz-admin")};
    const App app = must(waitFor(f->store->createApp(NewApp{QStringLiteral("Payments"),
                                                            {QStringLiteral("workflow:deploy"),
                                                             QStringLiteral("model:deploy")}},
                                                     as)),
                         "app");
    must(waitFor(f->store->createApp(
             NewApp{QStringLiteral("Reporting"), {QStringLiteral("workflow:export")}}, as)),
         "second app");
    const CreatedKey key = must(
        waitFor(f->store->createKey(
            app.id, NewKey{QStringLiteral("ci"), QDateTime::currentDateTimeUtc().addDays(30)}, as)),
        "key");
    f->adminToken = admin.toLatin1();
    f->auditorToken = auditor.toLatin1();
    f->keySecret = key.secret.toLatin1();
    f->appId = app.id.toUtf8();
    f->keyId = key.key.id.toUtf8();

    f->server = new ApiServer(*f->store);
    HttpLimits limits;
    limits.headerTimeout = std::chrono::milliseconds(200);
    limits.bodyTimeout = std::chrono::milliseconds(200);
    limits.idleTimeout = std::chrono::milliseconds(200);
    limits.handshakeTimeout = std::chrono::milliseconds(200);
    limits.maxConnections = 64;
    limits.threads = 1;
    f->server->setLimits(limits);
    // Every input comes from 127.0.0.1: no throttle, or the admin routes would be closed to
    // the fuzzer for a minute after 20 refused tokens.
    f->server->setTokenThrottle(1000000000);
    // The access log, checked for secrets (the fixture, like the sink, outlives the server).
    f->server->setLogSink([f](const QString& line) {
        const QByteArray bytes = line.toUtf8();
        if (bytes.contains(f->adminToken) || bytes.contains(f->auditorToken) ||
            bytes.contains(f->keySecret) || bytes.contains(f->adminToken.mid(4)) ||
            bytes.contains(f->auditorToken.mid(4)) || bytes.contains(f->keySecret.mid(4))) {
            // Kept without the secrets themselves: the fuzzer's log is a file too.
            QByteArray shown = bytes;
            for (const QByteArray& s : {f->adminToken, f->auditorToken, f->keySecret})
                shown.replace(s.mid(4), "<SECRET>");
            std::lock_guard lock(f->logMutex);
            f->badLine = QString::fromUtf8(shown);
            f->secretLogged = true;
        }
    });
    QString error;
    if (!f->server->listen(QHostAddress(QHostAddress::LocalHost), 0, nullptr, &error)) {
        std::fprintf(stderr, "fuzz_http setup: listen: %s\n", qPrintable(error));
        std::abort();
    }
    f->port = f->server->port();
}

void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

QByteArray substitute(QByteArray input)
{
    input.replace("@TOKEN@", fixture->adminToken);
    input.replace("@AUDITOR@", fixture->auditorToken);
    input.replace("@KEYID@", fixture->keyId);
    input.replace("@KEY@", fixture->keySecret);
    input.replace("@APP@", fixture->appId);
    return input;
}

void checkLog()
{
    if (fixture->secretLogged) {
        std::lock_guard lock(fixture->logMutex);
        std::fprintf(stderr, "the access log holds a secret: %s\n",
                     qPrintable(fixture->badLine.left(300)));
        sk::fuzz::fail("no token or key in the access log");
    }
}

/// Sends `request` on a new connection, shuts the sending side, reads until the server
/// closes. Returns what it answered.
QByteArray exchange(const QByteArray& request)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        sk::fuzz::fail("socket()");
    timeval timeout{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(fixture->port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        // libFuzzer's SIGALRM (-timeout) may interrupt connect(), which then goes on by itself.
        int error = errno;
        if (error == EINTR) {
            pollfd p{fd, POLLOUT, 0};
            int ready = 0;
            do {
                ready = ::poll(&p, 1, CloseWithinSeconds * 1000);
            } while (ready < 0 && errno == EINTR);
            socklen_t length = sizeof error;
            if (ready <= 0 || ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                error = ready == 0 ? ETIMEDOUT : errno;
        }
        if (error != 0) {
            std::fprintf(stderr, "connect: %s\n", std::strerror(error));
            sk::fuzz::fail("the server accepts connections");
        }
    }
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(CloseWithinSeconds);
    // The server may close early (431, 413, 400): then the rest is not sent.
    qsizetype sent = 0;
    while (sent < request.size()) {
        const ssize_t n =
            ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) &&
            std::chrono::steady_clock::now() < deadline)
            continue;
        break;
    }
    ::shutdown(fd, SHUT_WR);
    QByteArray answer;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            // Bounded: the largest answer (a list) is far below this.
            if (answer.size() < 1024 * 1024)
                answer.append(buffer, n);
            continue;
        }
        if (n == 0 || (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK))
            break; // closed (or reset: the server closed with input unread)
        if (std::chrono::steady_clock::now() >= deadline) {
            std::fprintf(stderr, "no close within %d s; %lld bytes answered: %s\n",
                         CloseWithinSeconds, static_cast<long long>(answer.size()),
                         answer.left(200).constData());
            sk::fuzz::fail("the server closes every connection");
        }
    }
    ::close(fd);
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qInstallMessageHandler(quietMessages);
    new QCoreApplication(*argc, *argv); // kept: the server's threads use it until exit
    fixture = new Fixture;
    if (!fixture->dir.isValid())
        sk::fuzz::fail("a temporary folder");
    // The store goes when the run ends (after a crash it stays, as the crash left it).
    std::atexit([] { QDir(fixture->dir.path()).removeRecursively(); });
    // What is still allocated at the end, by where (to tell the server's memory from ASan's
    // and libFuzzer's in the peak RSS).
    if (qEnvironmentVariableIsSet("SCOPEKEEPER_FUZZ_HEAP_PROFILE"))
        std::atexit([] { __sanitizer_print_memory_profile(95, 25); });
    serverThread = new QThread;
    serverThread->setObjectName(QStringLiteral("fuzz-server"));
    serverThread->start();
    serverContext = new QObject;
    serverContext->moveToThread(serverThread);
    QMetaObject::invokeMethod(
        serverContext, [] { setUp(fixture); }, Qt::BlockingQueuedConnection);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    checkLog();
    const QByteArray answer = exchange(substitute(sk::fuzz::bytes(data, size)));
    // An answer is HTTP/1.1 (the transport's own 400/408/413/431 included), or nothing.
    if (!answer.isEmpty() && !answer.startsWith("HTTP/1.1 ")) {
        std::fprintf(stderr, "answer: %s\n", answer.left(200).toHex().constData());
        sk::fuzz::fail("every answer is HTTP/1.1");
    }
    checkLog();
    return 0;
}
