// scopekeeper-cli: apps list, show, create, rename, set-scopes, delete.
#include "CliCommands.h"
#include "CliOutput.h"
#include "Wait.h"

namespace sk {

int CliCommands::appsList()
{
    const Result<QList<App>> apps = waitFor(m_store.listApps());
    if (!apps.ok())
        return failed(apps.error());
    m_io.out(m_options.json ? CliOutput::appsJson(apps.value())
                            : CliOutput::appsTable(apps.value()));
    return ExitDone;
}

int CliCommands::appsShow()
{
    const Result<App> app = findApp(m_options.app);
    if (!app.ok())
        return failed(app.error());
    const Result<QList<ApiKey>> keys = waitFor(m_store.listKeys(app->id));
    if (!keys.ok())
        return failed(keys.error());
    m_io.out(m_options.json ? CliOutput::appJson(app.value(), &keys.value(), now())
                            : CliOutput::appTable(app.value(), keys.value(), now()));
    return ExitDone;
}

int CliCommands::appsCreate()
{
    const Result<App> created = waitFor(m_store.createApp(NewApp{m_options.app, m_options.scopes}));
    if (!created.ok())
        return failed(created.error());
    m_io.err(tr("Created the app “%1”.").arg(created->name));
    printApp(created.value());
    return ExitDone;
}

int CliCommands::appsRename()
{
    const Result<App> app = findApp(m_options.app);
    if (!app.ok())
        return failed(app.error());
    const Result<App> renamed =
        waitFor(m_store.renameApp(app->id, m_options.newName, app->version));
    if (!renamed.ok())
        return failed(renamed.error());
    m_io.err(tr("Renamed “%1” to “%2”.").arg(app->name, renamed->name));
    printApp(renamed.value());
    return ExitDone;
}

int CliCommands::appsSetScopes()
{
    const Result<App> app = findApp(m_options.app);
    if (!app.ok())
        return failed(app.error());
    const Result<App> changed =
        waitFor(m_store.setAppScopes(app->id, m_options.scopes, app->version));
    if (!changed.ok())
        return failed(changed.error());
    m_io.err(tr("The scopes of “%1” are now: %2.")
                 .arg(changed->name, changed->scopes.join(QStringLiteral(", "))));
    printApp(changed.value());
    return ExitDone;
}

int CliCommands::appsDelete()
{
    const Result<App> app = findApp(m_options.app);
    if (!app.ok())
        return failed(app.error());
    if (!confirmed(tr("Delete the app “%1” and every one of its keys (%2)? Services using them "
                      "are refused from then on.")
                       .arg(app->name)
                       .arg(app->keyCount))) {
        m_io.err(tr("Nothing was deleted."));
        return ExitFailed;
    }
    const Result<Done> deleted = waitFor(m_store.deleteApp(app->id));
    if (!deleted.ok())
        return failed(deleted.error());
    m_io.err(tr("Deleted the app “%1”.").arg(app->name));
    return ExitDone;
}

} // namespace sk
