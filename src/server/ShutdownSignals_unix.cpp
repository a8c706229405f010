// ShutdownSignals on Unix: SIGTERM and SIGINT through a socket pair (the self-pipe pattern).
#include "ShutdownSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sk {

namespace {

int g_fds[2] = {-1, -1}; // [0]: written by the handler, [1]: read by the event loop

extern "C" void onShutdownSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
    errno = saved;
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent)
{
}

ShutdownSignals::~ShutdownSignals()
{
    if (!m_installed)
        return;
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

bool ShutdownSignals::install(QString* error)
{
    if (m_installed || g_fds[0] >= 0) {
        *error = tr("Signal handling is installed already.");
        return false;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0) {
        *error =
            tr("Cannot watch for signals: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    for (int fd : g_fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(g_fds[1], &byte, 1) == 1)
            request(int(byte));
    });
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    m_installed = true;
    return true;
}

void ShutdownSignals::request(int signal)
{
    Q_EMIT shutdownRequested(signal);
}

} // namespace sk
