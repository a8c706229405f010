// scopekeeper: the desktop console.
#include "ConsoleLauncher.h"
#include "Icons.h"
#include "Preferences.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QMessageBox>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("scopekeeper"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sk::versionString()));
}

/// The language chosen in Preferences, or the system's. A chosen language also formats dates
/// and numbers its own way.
void installChosenTranslations()
{
    const QString language = sk::Preferences().language();
    const QLocale locale = sk::uiLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    sk::installTranslations(locale);
}

/// --help and --version only print: they need no window, and so no display (over ssh, in a
/// container, in a package's test).
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" ||
            argument == "-h" || argument == "-?" || argument == "--help-all")
            return true;
    }
    return false;
}

/// Prints what parsing the command line answered; false when the console is to run.
bool answered(sk::ConsoleCommandLine::Parse parse, const QString& output, int* exitCode)
{
    switch (parse) {
    case sk::ConsoleCommandLine::Parse::ExitSuccess:
        std::fprintf(stdout, "%s\n", qPrintable(output));
        *exitCode = 0;
        return true;
    case sk::ConsoleCommandLine::Parse::ExitFailure:
        std::fprintf(stderr, "%s\n", qPrintable(output));
        *exitCode = 2;
        return true;
    case sk::ConsoleCommandLine::Parse::Run:
        break;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    sk::ConsoleOptions options;
    QString output;
    int exitCode = 0;
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installChosenTranslations();
        if (answered(
                sk::ConsoleCommandLine::parse(QCoreApplication::arguments(), &options, &output),
                output, &exitCode))
            return exitCode;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Scopekeeper"));
    // The desktop entry's id (installer/linux): Wayland compositors find the icon through it.
    QApplication::setDesktopFileName(QStringLiteral("io.scopekeeper.Scopekeeper"));
    QApplication::setWindowIcon(sk::appIcon());
    installChosenTranslations();
    if (answered(sk::ConsoleCommandLine::parse(QApplication::arguments(), &options, &output),
                 output, &exitCode))
        return exitCode;

    sk::ConsoleLauncher launcher(options);
    QObject::connect(&launcher, &sk::ConsoleLauncher::failed, &app, [&](const QString& message) {
        std::fprintf(stderr, "scopekeeper: %s\n", qPrintable(message));
        if (!options.exitAfterLoad) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Scopekeeper cannot start"), message);
        }
        QApplication::exit(1);
    });
    // Cancelling Connect to Server at the first start: the person knows; scripts see exit 1.
    QObject::connect(&launcher, &sk::ConsoleLauncher::cancelled, &app, [](const QString& message) {
        std::fprintf(stderr, "scopekeeper: %s\n", qPrintable(message));
        QApplication::exit(1);
    });
    QObject::connect(&launcher, &sk::ConsoleLauncher::warning, &app, [](const QString& message) {
        std::fprintf(stderr, "scopekeeper: %s\n", qPrintable(message));
    });
    if (options.exitAfterLoad) {
        QObject::connect(&launcher, &sk::ConsoleLauncher::loaded, &app, [&launcher](int appCount) {
            std::fprintf(stdout, "loaded %d apps\n", appCount);
            std::fflush(stdout);
            // The apps are on screen: that is all a script or a benchmark waits for. Close
            // the store properly, then leave without taking every widget and row apart.
            launcher.closeStore();
            std::_Exit(0);
        });
    }
    // Start inside the event loop, so that an early failure can end it.
    QMetaObject::invokeMethod(&launcher, &sk::ConsoleLauncher::start, Qt::QueuedConnection);
    return QApplication::exec();
}
