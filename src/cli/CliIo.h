// scopekeeper-cli: where its output goes and where its input comes from. The real program uses
// standard output, standard error and standard input (CliIo::standard()); tests give their own.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace sk {

struct CliIo
{
    /// Standard output: listings, JSON, a new key's secret (and nothing else then).
    std::function<void(const QByteArray&)> out;
    /// Standard error: one message line (a newline is added).
    std::function<void(const QString&)> err;
    /// Standard error, as is: a question, without a newline.
    std::function<void(const QString&)> ask;
    /// One line of standard input without its line end; nothing at its end.
    std::function<std::optional<QString>()> readLine;
    /// Reads one line without echoing it on a terminal (a key to verify).
    std::function<std::optional<QString>()> readSecretLine;
    /// Standard input is a terminal: a person may be asked.
    bool interactive = false;

    /// The process's own standard streams.
    static CliIo standard();
};

} // namespace sk
