// scopekeeper-cli: the store a command works on, opened: a local file (SqlStore, never created
// here: a script must not make an empty store by a typo) or a scopekeeper-server (RestStore,
// with the token from SCOPEKEEPER_TOKEN or else the console's keychain entry for that server).
#pragma once

#include "CliCommandLine.h"
#include "Error.h"
#include "Store.h"

#include <QCoreApplication>
#include <memory>

namespace sk {

class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    /// The environment variable that holds a server's administrator token.
    static constexpr const char* TokenVariable = "SCOPEKEEPER_TOKEN";

    /// The open store, or why it cannot be opened (a missing file names --database). Runs the
    /// event loop while it waits.
    static Result<std::shared_ptr<Store>> open(const CliOptions& options);

private:
    static Result<QString> serverToken(const QUrl& server);
};

} // namespace sk
