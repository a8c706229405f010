// ShutdownSignals on Windows: console control events (Ctrl+C, Ctrl+Break, closing the
// console, log-off, shutdown) through SetConsoleCtrlHandler. The handler runs on a thread of
// its own; it only queues the request to the event loop.
#include "ShutdownSignals.h"

#include <QMetaObject>
#include <atomic>
#include <windows.h>

namespace sk {

namespace {

std::atomic<ShutdownSignals*> g_instance{nullptr};

BOOL WINAPI onConsoleEvent(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        if (ShutdownSignals* instance = g_instance.load()) {
            QMetaObject::invokeMethod(
                instance, [instance, type] { instance->request(int(type)); }, Qt::QueuedConnection);
            return TRUE;
        }
        return FALSE;
    default:
        return FALSE;
    }
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
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_instance.store(nullptr);
}

bool ShutdownSignals::install(QString* error)
{
    ShutdownSignals* expected = nullptr;
    if (m_installed || !g_instance.compare_exchange_strong(expected, this)) {
        *error = tr("Signal handling is installed already.");
        return false;
    }
    if (!SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        g_instance.store(nullptr);
        *error = tr("Cannot watch for console events (error %1).").arg(GetLastError());
        return false;
    }
    m_installed = true;
    return true;
}

void ShutdownSignals::request(int signal)
{
    Q_EMIT shutdownRequested(signal);
}

} // namespace sk
