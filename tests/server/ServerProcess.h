// The real scopekeeper-server program as a child process of a test: run a command to its end
// ("admin create NAME"), or start it listening and stop it with SIGTERM. Its default store
// (app data) and settings live in the `home` folder given, never the user's own.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <utility>

namespace sk::test {

inline QProcessEnvironment serverEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    // Not the folder of a systemd service the tests may run under: the store goes in `home`.
    env.remove(QStringLiteral("STATE_DIRECTORY"));
    return env;
}

class ServerProcess
{
public:
    ServerProcess(QString program, QString home)
        : m_program(std::move(program))
        , m_home(std::move(home))
    {
    }
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /// Runs `arguments` to the end; its standard output when it exits 0, else an empty string
    /// (and `error` says what it printed).
    QString run(const QStringList& arguments, QString* error = nullptr) const
    {
        QProcess process;
        process.setProcessEnvironment(serverEnvironment(m_home));
        process.start(m_program, arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            if (error)
                *error = QStringLiteral("%1 did not finish").arg(m_program);
            return QString();
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            if (error)
                *error = QString::fromUtf8(process.readAllStandardError());
            return QString();
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    /// Starts the server with `arguments`; true once it says it is listening (port 0: the
    /// port it picked is port()).
    bool start(const QStringList& arguments)
    {
        m_process.setProcessEnvironment(serverEnvironment(m_home));
        m_process.start(m_program, arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(
            QStringLiteral("listening on (https?)://(\\S+):(\\d+) "));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            m_process.waitForReadyRead(200);
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            const QRegularExpressionMatch match = listening.match(m_err);
            if (match.hasMatch()) {
                m_scheme = match.captured(1);
                m_port = match.captured(3).toUShort();
                return m_port != 0;
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }

    /// Sends SIGTERM and waits for the end; the exit code, or -1.
    int terminate(int timeoutMs = 20000)
    {
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port); }
    /// What it wrote to standard error so far (the access log: one line per request).
    QString err()
    {
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_err;
    }
    /// Waits `ms` (less if it writes to standard output), taking in what it writes meanwhile
    /// without running the event loop: err() and out() then have it.
    void waitForOutput(int ms) { m_process.waitForReadyRead(ms); }
    /// What it wrote to standard output so far.
    QString out()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out;
    }

private:
    QString m_program;
    QString m_home;
    QProcess m_process;
    QString m_err;
    QString m_out;
    QString m_scheme;
    quint16 m_port = 0;
};

} // namespace sk::test
