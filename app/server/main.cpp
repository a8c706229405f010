// scopekeeper-server: the REST server (see docs/openapi.yaml and ServerLauncher).
#include "ServerLauncher.h"
#include "Version.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scopekeeper-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sk::versionString()));
    return sk::ServerLauncher::run(QCoreApplication::arguments());
}
