// scopekeeper-cli: the commands, on an open store. Each answers with the exit code: 0 done,
// 1 refused or failed (the message, on standard error, names the field at fault).
#pragma once

#include "CliCommandLine.h"
#include "CliIo.h"
#include "Clock.h"
#include "Store.h"

#include <QCoreApplication>

namespace sk {

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static constexpr int ExitDone = 0;
    static constexpr int ExitFailed = 1;
    static constexpr int ExitUsage = 2;

    /// `clock`: where "now" comes from (statuses, expiries, filters); empty: the system's.
    CliCommands(Store& store, CliOptions options, CliIo io, Clock clock = {});
    int run();

    /// The message for a failure, as printed ("scopekeeper-cli: field: message").
    static QString failureText(const Error& error);

private:
    // CliAppCommands.cpp
    int appsList();
    int appsShow();
    int appsCreate();
    int appsRename();
    int appsSetScopes();
    int appsDelete();
    // CliKeyCommands.cpp
    int keysList();
    int keysCreate();
    int keysDelete();
    int keysRoll();
    int exportInventory();
    int audit();
    int verify();

    /// The app named `name` (exactly, or else the only one named so regardless of case);
    /// otherwise an error on the field "app".
    Result<App> findApp(const QString& name);
    /// The key of `app` named `name`; otherwise an error on the field "key".
    Result<ApiKey> findKey(const App& app, const QString& name);
    /// True with --yes, or when standard input is not a terminal; otherwise asks.
    bool confirmed(const QString& question);
    int failed(const Error& error);
    void printApp(const App& app);
    QDateTime now() const;

    Store& m_store;
    CliOptions m_options;
    CliIo m_io;
    Clock m_clock;
};

} // namespace sk
