#include "ConsoleCommandLine.h"

#include "Catalog.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sk {

ConsoleCommandLine::Parse ConsoleCommandLine::parse(const QStringList& arguments,
                                                    ConsoleOptions* options, QString* output)
{
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
        tr("Start on a fresh demonstration store (the bank use case). Its keys work nowhere "
           "else."));
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
    const QCommandLineOption exitOption(
        QStringLiteral("exit-after-load"),
        tr("Quit as soon as the apps are shown (for scripts and benchmarks); print problems "
           "instead of showing them in a dialog."));
    parser.addOptions(
        {databaseOption, demoOption, serverOption, caFileOption, catalogOption, exitOption});
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
    if (!options->server.isEmpty() && (!options->database.isEmpty() || options->demo)) {
        *output = tr("--server cannot be combined with --database or --demo: the console opens "
                     "one store at a time.");
        return Parse::ExitFailure;
    }
    if (!options->caFile.isEmpty() && options->server.isEmpty()) {
        *output = tr("--ca-file is for a server: give it with --server URL.");
        return Parse::ExitFailure;
    }
    if (options->demo && !options->catalog.isEmpty() && options->catalog != Catalog::defaultId()) {
        *output = tr("--demo uses the “%1” catalog; it cannot be combined with --catalog %2.")
                      .arg(Catalog::defaultId(), options->catalog);
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
