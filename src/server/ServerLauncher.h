// Scopekeeper server: from the command line to a running server (or a new administrator).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sk {

class ServerLauncher
{
    Q_DECLARE_TR_FUNCTIONS(ServerLauncher)

public:
    /// Runs `scopekeeper-server` with `arguments` (QCoreApplication::arguments()) inside the
    /// running application; returns the process's exit code: 0 done (or stopped by
    /// SIGTERM/SIGINT), 1 the store or the network failed, 2 a usage error.
    static int run(const QStringList& arguments);
};

} // namespace sk
