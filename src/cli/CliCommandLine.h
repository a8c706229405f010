// scopekeeper-cli: the command line.
//
//   scopekeeper-cli (--database FILE | --server URL [--ca-file FILE]) [--output table|json]
//                   COMMAND …
//
// Parsing only: what to do, and with which store; nothing is opened here.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace sk {

struct CliOptions
{
    enum class Command
    {
        AppsList,
        AppsShow,
        AppsCreate,
        AppsRename,
        AppsSetScopes,
        AppsDelete,
        KeysList,
        KeysCreate,
        KeysDelete,
        KeysRoll,
        Export,
        Audit,
        Verify,
    };
    Command command = Command::AppsList;

    QString database;  // a local store (SqlStore), never created here
    QUrl server;       // or a scopekeeper-server (RestStore)
    QString caFile;    // with server: CA certificates to trust besides the system's
    bool json = false; // --output json
    bool yes = false;  // delete without asking

    QString app;            // apps show|create|rename|set-scopes|delete NAME; keys … --app NAME
    QString newName;        // apps rename NAME NEW
    QStringList scopes;     // --scope, repeatable
    QString keyName;        // keys create --name; keys delete --key
    int expiresInDays = 90; // keys create|roll --expires-in (the console's default)
    std::optional<QString> rolledName;     // keys roll --name; absent: the default name
    qint64 graceSeconds = 24 * 3600;       // keys roll --grace
    std::optional<int> expiringWithinDays; // keys list
    std::optional<int> unusedForDays;      // keys list
    QString exportFormat;                  // "csv" or "json"
    QString exportFile;                    // export --output FILE; empty or "-": standard output
    int auditLimit = 100;
    QString verifyScope;
};

class CliCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum class Parse
    {
        Run,
        ExitSuccess, // --help, --version: print `output` to standard output
        ExitFailure, // a usage error: print `output` to standard error, exit 2
    };
    static Parse parse(const QStringList& arguments, CliOptions* options, QString* output);
    /// "0", "90s", "30m", "1h", "24h", "7d" (a bare number is seconds): the seconds; nothing
    /// for any other text.
    static std::optional<qint64> parseDuration(const QString& text);
};

} // namespace sk
