#include "ConsoleCommandLine.h"

#include "Catalog.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sk {

namespace {

const QString AimmsVariant = QStringLiteral("aimms");
const QString BankVariant = QStringLiteral("bank");

/// --demo takes an optional VARIANT ("--demo", "--demo aimms", "--demo=aimms"), which
/// QCommandLineParser cannot say: the variant is taken out here, and --demo left as a flag.
QStringList takeDemoVariant(QStringList arguments, QString* variant, bool* given)
{
    const QLatin1String demo("--demo");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(demo + QLatin1Char('='))) {
            *variant = arg.mid(demo.size() + 1);
            *given = true;
            arguments[i] = demo;
        } else if (arg == demo && i + 1 < arguments.size() &&
                   !arguments.at(i + 1).startsWith(QLatin1Char('-'))) {
            *variant = arguments.at(i + 1);
            *given = true;
            arguments.removeAt(i + 1);
        }
    }
    return arguments;
}

} // namespace

QStringList ConsoleCommandLine::demoVariants()
{
    return {BankVariant, AimmsVariant};
}

QString ConsoleCommandLine::demoCatalog(const QString& variant)
{
    return variant == AimmsVariant ? QStringLiteral("aimms-pro") : Catalog::defaultId();
}

Scoping ConsoleCommandLine::demoScoping(const QString& variant)
{
    return variant == AimmsVariant ? Scoping::PerKey : Scoping::PerApp;
}

ConsoleCommandLine::Parse ConsoleCommandLine::parse(const QStringList& givenArguments,
                                                    ConsoleOptions* options, QString* output)
{
    QString demoVariant;
    bool variantGiven = false;
    const QStringList arguments = takeDemoVariant(givenArguments, &demoVariant, &variantGiven);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scopekeeper: manage scoped API apps and their API keys.\n\n"
           "Without options it opens the store used last; on first run it creates a local "
           "store in %1.")
            .arg(QDir::toNativeSeparators(defaultStorePath())));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), tr("Open (or create) the local store FILE."), tr("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Start on a fresh demonstration store: the bank use case (apps and their keys), or, "
           "with “--demo aimms”, an AIMMS-style store of personal keys with scopes of their "
           "own. Its keys work nowhere else."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), tr("Connect to the Scopekeeper server at URL."), tr("URL"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        tr("With --server: also trust the CA certificates in FILE (PEM) for that server, e.g. "
           "your own CA's. It is remembered for the server's URL."),
        tr("FILE"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        tr("The scope catalog of a new store: a built-in id (%1) or a JSON file.")
            .arg(Catalog::builtInIds().join(QStringLiteral(", "))),
        tr("ID|FILE"));
    const QCommandLineOption scopingOption(
        QStringLiteral("scoping"),
        tr("How a new store scopes its keys: “per-app” (keys have their app's scopes) or "
           "“per-key” (each key gets its own scopes, on a “User API Keys” page). The default is "
           "per-key for the aimms-pro catalog, per-app otherwise."),
        tr("MODE"));
    const QCommandLineOption exitOption(
        QStringLiteral("exit-after-load"),
        tr("Quit as soon as the apps are shown (for scripts and benchmarks); print problems "
           "instead of showing them in a dialog."));
    parser.addOptions({databaseOption, demoOption, serverOption, caFileOption, catalogOption,
                       scopingOption, exitOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(arguments)) {
        *output = parser.errorText() + QLatin1Char('\n') +
                  tr("Run “scopekeeper --help” to see the options.");
        return Parse::ExitFailure;
    }
    if (parser.isSet(helpOption)) {
        *output = parser.helpText();
        return Parse::ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        *output = QStringLiteral("scopekeeper %1").arg(QString::fromLatin1(versionString()));
        return Parse::ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *output = tr("Unexpected argument “%1”. To open a store file, use --database FILE.")
                      .arg(parser.positionalArguments().constFirst());
        return Parse::ExitFailure;
    }
    options->database = parser.value(databaseOption);
    options->demo = parser.isSet(demoOption);
    options->server = parser.value(serverOption);
    // Absolute: it is remembered for the server, and used again from any folder.
    if (parser.isSet(caFileOption) && !parser.value(caFileOption).isEmpty())
        options->caFile = QFileInfo(parser.value(caFileOption)).absoluteFilePath();
    options->catalog = parser.value(catalogOption);
    options->exitAfterLoad = parser.isSet(exitOption);
    if (variantGiven && !demoVariants().contains(demoVariant)) {
        *output = tr("--demo: unknown demonstration “%1”; choose %2.")
                      .arg(demoVariant, demoVariants().join(QStringLiteral(", ")));
        return Parse::ExitFailure;
    }
    options->demoVariant = demoVariant == BankVariant ? QString() : demoVariant;
    if (parser.isSet(scopingOption)) {
        options->scoping = scopingFromName(parser.value(scopingOption));
        if (!options->scoping) {
            *output = tr("--scoping: “%1” is not a scoping mode; choose per-app or per-key.")
                          .arg(parser.value(scopingOption));
            return Parse::ExitFailure;
        }
    }
    if (options->scoping && !options->server.isEmpty()) {
        *output = tr("--scoping is for a new local store; a server's store keeps the mode it "
                     "was created with (scopekeeper-server --scoping).");
        return Parse::ExitFailure;
    }
    if (!options->server.isEmpty() && (!options->database.isEmpty() || options->demo)) {
        *output = tr("--server cannot be combined with --database or --demo: the console opens "
                     "one store at a time.");
        return Parse::ExitFailure;
    }
    if (!options->caFile.isEmpty() && options->server.isEmpty()) {
        *output = tr("--ca-file is for a server: give it with --server URL.");
        return Parse::ExitFailure;
    }
    const QString demoCatalogId = demoCatalog(options->demoVariant);
    if (options->demo && !options->catalog.isEmpty() && options->catalog != demoCatalogId) {
        *output = tr("--demo uses the “%1” catalog; it cannot be combined with --catalog %2.")
                      .arg(demoCatalogId, options->catalog);
        return Parse::ExitFailure;
    }
    if (options->demo && options->scoping &&
        *options->scoping != demoScoping(options->demoVariant)) {
        *output = tr("This demo store is %1; it cannot be combined with --scoping %2.")
                      .arg(scopingName(demoScoping(options->demoVariant)),
                           scopingName(*options->scoping));
        return Parse::ExitFailure;
    }
    return Parse::Run;
}

QString ConsoleCommandLine::defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("scopekeeper.sqlite"));
}

QString ConsoleCommandLine::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo-store.sqlite"));
}

} // namespace sk
