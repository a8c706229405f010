// scopekeeper: the desktop console.
#include "ConsoleLauncher.h"
#include "Icons.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QMessageBox>
#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("scopekeeper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Scopekeeper"));
    QApplication::setApplicationVersion(QString::fromLatin1(sk::versionString()));
    // The desktop entry's id (installer/linux): Wayland compositors find the icon through it.
    QApplication::setDesktopFileName(QStringLiteral("io.scopekeeper.Scopekeeper"));
    QApplication::setWindowIcon(sk::appIcon());
    sk::installTranslations();

    sk::ConsoleOptions options;
    QString output;
    switch (sk::ConsoleLauncher::parse(QApplication::arguments(), &options, &output)) {
    case sk::ConsoleLauncher::Parse::ExitSuccess:
        std::fprintf(stdout, "%s\n", qPrintable(output));
        return 0;
    case sk::ConsoleLauncher::Parse::ExitFailure:
        std::fprintf(stderr, "%s\n", qPrintable(output));
        return 2;
    case sk::ConsoleLauncher::Parse::Run:
        break;
    }

    sk::ConsoleLauncher launcher(options);
    QObject::connect(&launcher, &sk::ConsoleLauncher::failed, &app, [&](const QString& message) {
        std::fprintf(stderr, "scopekeeper: %s\n", qPrintable(message));
        if (!options.exitAfterLoad) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Scopekeeper cannot start"), message);
        }
        QApplication::exit(1);
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
