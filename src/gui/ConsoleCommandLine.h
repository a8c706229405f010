// Scopekeeper console: its command line (what `scopekeeper --help` lists) and where its local
// stores go by default.
#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace sk {

struct ConsoleOptions
{
    QString database;               // --database FILE
    bool demo = false;              // --demo [VARIANT]
    QString demoVariant;            // --demo aimms: "aimms"; empty for the bank use case
    std::optional<Scoping> scoping; // --scoping per-app|per-key, for a new local store
    QString server;                 // --server URL
    QString caFile;                 // --ca-file FILE: a CA certificate file to trust for --server
    QString catalog;                // --catalog ID|FILE
    bool exitAfterLoad = false;     // --exit-after-load: quit once the apps are shown
};

class ConsoleCommandLine
{
    // The texts were ConsoleLauncher's before the command line had a unit of its own: they
    // keep that context, and with it their translations.
    Q_DECLARE_TR_FUNCTIONS(sk::ConsoleLauncher)

public:
    enum class Parse
    {
        Run,
        ExitSuccess,
        ExitFailure
    };

    /// Parses `arguments` (argv, program name first). For --help and --version, and for bad
    /// arguments, `output` is what to print and the answer says how to exit.
    static Parse parse(const QStringList& arguments, ConsoleOptions* options, QString* output);

    /// Where a new local store goes on first run: the platform's app-data folder.
    static QString defaultStorePath();
    /// The demo stores --demo offers: "bank" (the default: apps and their keys) and "aimms"
    /// (a per-key store with personal keys of different scopes).
    static QStringList demoVariants();
    /// The catalog and the scoping of a demo variant's store.
    static QString demoCatalog(const QString& variant);
    static Scoping demoScoping(const QString& variant);

    /// Where --demo puts its fresh store.
    static QString defaultDemoPath();
};

} // namespace sk
