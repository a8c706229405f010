#include "CliSession.h"

#include "RestStore.h"
#include "SqlStore.h"
#include "TokenVault.h"
#include "Wait.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

namespace sk {

Result<QString> CliSession::serverToken(const QUrl& server)
{
    const QString fromEnvironment = qEnvironmentVariable(TokenVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    TokenVault vault;
    QEventLoop loop;
    TokenVault::Outcome outcome;
    vault.read(server, [&](const TokenVault::Outcome& answer) {
        outcome = answer;
        loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (outcome.ok())
        return outcome.token;
    return Error(ErrorCode::Unauthorized,
                 tr("No administrator token for %1: set %2, or connect once with the console "
                    "(scopekeeper --server %1) and remember the token in the keychain. (%3)")
                     .arg(server.toString(), QLatin1String(TokenVariable), outcome.message));
}

Result<std::shared_ptr<Store>> CliSession::open(const CliOptions& options)
{
    std::shared_ptr<Store> store;
    if (!options.database.isEmpty()) {
        const QFileInfo file(options.database);
        if (!file.exists()) {
            return Error(ErrorCode::NotFound,
                         tr("--database: there is no store at “%1”. scopekeeper-cli creates "
                            "none; the console or scopekeeper-server makes one.")
                             .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        }
        SqlStoreOptions sql;
        sql.sqlitePath = file.absoluteFilePath();
        sql.createIfMissing = false;
        store = std::make_shared<SqlStore>(sql);
    } else {
        Result<QString> token = serverToken(options.server);
        if (!token.ok())
            return token.error();
        RestStoreOptions rest;
        rest.baseUrl = options.server;
        rest.token = token.value();
        rest.caCertificateFile = options.caFile;
        store = std::make_shared<RestStore>(rest);
    }
    const Result<StoreInfo> opened = waitFor(store->open());
    if (!opened.ok())
        return opened.error();
    return store;
}

} // namespace sk
