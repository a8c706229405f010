// Scopekeeper server: the operating system asking the server to stop.
//
// Unix: SIGTERM and SIGINT (ShutdownSignals_unix.cpp, the self-pipe pattern: the handler
// only writes a byte, the event loop does the rest). Windows: Ctrl+C, Ctrl+Break, closing the
// console, log-off and shutdown (ShutdownSignals_windows.cpp, SetConsoleCtrlHandler).
#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace sk {

class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

    /// Starts listening; only one instance may be installed at a time.
    bool install(QString* error);

    /// Emits shutdownRequested() from the event loop (the platform files call it).
    void request(int signal);

Q_SIGNALS:
    /// On the thread that owns this object. `signal` is the platform's number for it.
    void shutdownRequested(int signal);

private:
    [[maybe_unused]] QSocketNotifier* m_notifier = nullptr; // Unix only
    bool m_installed = false;
};

} // namespace sk
