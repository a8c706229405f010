// scopekeeper-cli: from the command line to the exit code (what app/cli/main.cpp runs).
#pragma once

#include "CliIo.h"

#include <QStringList>

namespace sk {

class CliLauncher
{
public:
    /// Parses `arguments`, opens the store, runs the command; 0 done, 1 refused or failed,
    /// 2 a usage error. Needs a QCoreApplication (it runs the event loop while it waits).
    static int run(const QStringList& arguments, const CliIo& io);
};

} // namespace sk
