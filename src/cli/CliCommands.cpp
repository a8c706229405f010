#include "CliCommands.h"

#include "CliOutput.h"
#include "Rules.h"
#include "Wait.h"

namespace sk {

CliCommands::CliCommands(Store& store, CliOptions options, CliIo io, Clock clock)
    : m_store(store)
    , m_options(std::move(options))
    , m_io(std::move(io))
    , m_clock(std::move(clock))
{
}

QDateTime CliCommands::now() const
{
    return m_clock ? m_clock() : systemNow();
}

QString CliCommands::failureText(const Error& error)
{
    QString text = error.toString();
    if (text.isEmpty())
        text = errorCodeName(error.code());
    return QStringLiteral("scopekeeper-cli: ") + text;
}

int CliCommands::failed(const Error& error)
{
    m_io.err(failureText(error));
    return ExitFailed;
}

int CliCommands::run()
{
    using Command = CliOptions::Command;
    switch (m_options.command) {
    case Command::AppsList:
        return appsList();
    case Command::AppsShow:
        return appsShow();
    case Command::AppsCreate:
        return appsCreate();
    case Command::AppsRename:
        return appsRename();
    case Command::AppsSetScopes:
        return appsSetScopes();
    case Command::AppsDelete:
        return appsDelete();
    case Command::KeysList:
        return keysList();
    case Command::KeysCreate:
        return keysCreate();
    case Command::KeysDelete:
        return keysDelete();
    case Command::KeysRoll:
        return keysRoll();
    case Command::Export:
        return exportInventory();
    case Command::Audit:
        return audit();
    case Command::Verify:
        return verify();
    }
    return ExitUsage;
}

Result<App> CliCommands::findApp(const QString& name)
{
    const QString wanted = Rules::normalizeName(name);
    const Result<QList<App>> apps = waitFor(m_store.listApps());
    if (!apps.ok())
        return apps.error();
    const App* folded = nullptr;
    int foldedCount = 0;
    for (const App& app : apps.value()) {
        if (app.name == wanted)
            return app;
        if (app.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            folded = &app;
            ++foldedCount;
        }
    }
    if (foldedCount == 1)
        return *folded;
    const QString message = tr("No app is named “%1”.").arg(name);
    return Error(ErrorCode::NotFound, message, {FieldError{QStringLiteral("app"), message}});
}

Result<ApiKey> CliCommands::findKey(const App& app, const QString& name)
{
    const QString wanted = Rules::normalizeName(name);
    const Result<QList<ApiKey>> keys = waitFor(m_store.listKeys(app.id));
    if (!keys.ok())
        return keys.error();
    for (const ApiKey& key : keys.value()) {
        if (key.name == wanted)
            return key;
    }
    const QString message = tr("“%1” has no key named “%2”.").arg(app.name, name);
    return Error(ErrorCode::NotFound, message, {FieldError{QStringLiteral("key"), message}});
}

bool CliCommands::confirmed(const QString& question)
{
    if (m_options.yes || !m_io.interactive)
        return true;
    m_io.ask(question + QLatin1Char(' ') + tr("[y/N]") + QLatin1Char(' '));
    const std::optional<QString> answer = m_io.readLine();
    if (!answer)
        return false;
    const QString a = answer->trimmed().toLower();
    return a == QLatin1String("y") || a == QLatin1String("yes") || a == tr("y") || a == tr("yes");
}

void CliCommands::printApp(const App& app)
{
    m_io.out(m_options.json ? CliOutput::appJson(app, nullptr, now())
                            : CliOutput::appsTable({app}));
}

} // namespace sk
