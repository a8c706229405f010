// scopekeeper-cli: scoped API apps and their keys, from scripts (see CliCommandLine).
#include "CliLauncher.h"
#include "Translations.h"
#include "Version.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scopekeeper-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sk::versionString()));
    // The system's language (LANG, LC_MESSAGES), as for the console without a preference.
    sk::installTranslations();
    return sk::CliLauncher::run(QCoreApplication::arguments(), sk::CliIo::standard());
}
