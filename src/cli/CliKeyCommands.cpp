// scopekeeper-cli: keys list, create, delete; export; audit; verify.
#include "CliCommands.h"
#include "CliOutput.h"
#include "Inventory.h"
#include "Rules.h"
#include "Wait.h"

#include <QSaveFile>

namespace sk {

int CliCommands::keysList()
{
    Result<QList<ApiKey>> keys = Error(ErrorCode::Internal, QString());
    if (m_options.app.isEmpty()) {
        keys = waitFor(m_store.listAllKeys());
    } else {
        const Result<App> app = findApp(m_options.app);
        if (!app.ok())
            return failed(app.error());
        keys = waitFor(m_store.listKeys(app->id));
    }
    if (!keys.ok())
        return failed(keys.error());
    const QDateTime at = now();
    QList<ApiKey> shown;
    for (const ApiKey& key : keys.value()) {
        if (const std::optional<int> days = m_options.expiringWithinDays) {
            if (key.expiresAt <= at || key.expiresAt > at.addDays(*days))
                continue;
        }
        if (const std::optional<int> days = m_options.unusedForDays) {
            const QDateTime since = at.addDays(-*days);
            const QDateTime lastSign = key.lastUsedAt.isValid() ? key.lastUsedAt : key.createdAt;
            if (lastSign > since)
                continue;
        }
        shown.append(key);
    }
    m_io.out(m_options.json ? CliOutput::keysJson(shown, at) : CliOutput::keysTable(shown, at));
    return ExitDone;
}

int CliCommands::keysCreate()
{
    const Result<App> app = findApp(m_options.app);
    if (!app.ok())
        return failed(app.error());
    const QDateTime createdAt = now();
    const NewKey key{m_options.keyName, createdAt.addDays(m_options.expiresInDays)};
    const Result<CreatedKey> created = waitFor(m_store.createKey(app->id, key));
    if (!created.ok())
        return failed(created.error());
    // The secret alone on standard output, so that `secret=$(scopekeeper-cli keys create …)`
    // holds it and nothing else; what it is goes to standard error.
    m_io.out(created->secret.toUtf8() + '\n');
    m_io.err(tr("Created the key “%1” of “%2” (%3…), expiring %4. Its secret is shown this once.")
                 .arg(created->key.name, app->name, created->key.prefix,
                      CliOutput::when(created->key.expiresAt, QStringLiteral("-"))));
    return ExitDone;
}

int CliCommands::keysDelete()
{
    const Result<App> app = findApp(m_options.app);
    if (!app.ok())
        return failed(app.error());
    const Result<ApiKey> key = findKey(app.value(), m_options.keyName);
    if (!key.ok())
        return failed(key.error());
    if (!confirmed(tr("Delete the key “%1” (%2…) of “%3”? Services using it are refused from "
                      "then on.")
                       .arg(key->name, key->prefix, app->name))) {
        m_io.err(tr("Nothing was deleted."));
        return ExitFailed;
    }
    const Result<Done> deleted = waitFor(m_store.deleteKey(app->id, key->id));
    if (!deleted.ok())
        return failed(deleted.error());
    m_io.err(tr("Deleted the key “%1” of “%2”.").arg(key->name, app->name));
    return ExitDone;
}

int CliCommands::keysRoll()
{
    const Result<App> app = findApp(m_options.app);
    if (!app.ok())
        return failed(app.error());
    const Result<ApiKey> old = findKey(app.value(), m_options.keyName);
    if (!old.ok())
        return failed(old.error());
    const RollKey roll{m_options.rolledName, now().addDays(m_options.expiresInDays),
                       m_options.graceSeconds};
    const Result<RolledKey> rolled = waitFor(m_store.rollKey(app->id, old->id, roll));
    if (!rolled.ok())
        return failed(rolled.error());
    // As with keys create: the new secret alone on standard output.
    const ApiKey& key = rolled->newKey.key;
    m_io.out(rolled->newKey.secret.toUtf8() + '\n');
    m_io.err(tr("Rolled the key “%1” of “%2”: it stops %3. The new key “%4” (%5…) expires %6; "
                "its secret is shown this once.")
                 .arg(old->name, app->name,
                      CliOutput::when(rolled->oldKey.stopsAt, QStringLiteral("-")), key.name,
                      key.prefix, CliOutput::when(key.expiresAt, QStringLiteral("-"))));
    return ExitDone;
}

int CliCommands::exportInventory()
{
    const Result<QList<App>> apps = waitFor(m_store.listApps());
    if (!apps.ok())
        return failed(apps.error());
    const Result<QList<ApiKey>> keys = waitFor(m_store.listAllKeys());
    if (!keys.ok())
        return failed(keys.error());
    const QList<InventoryRow> rows = Inventory::rows(apps.value(), keys.value(), now());
    const QByteArray text = m_options.exportFormat == QLatin1String("json")
                                ? Inventory::toJson(rows)
                                : Inventory::toCsv(rows);
    const QString file = m_options.exportFile;
    if (file.isEmpty() || file == QLatin1String("-")) {
        m_io.out(text);
        return ExitDone;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        const QString message = tr("“%1” cannot be written: %2").arg(file, out.errorString());
        return failed(
            Error(ErrorCode::Storage, message, {FieldError{QStringLiteral("output"), message}}));
    }
    m_io.err(tr("Wrote %1 rows to “%2”.").arg(rows.size()).arg(file));
    return ExitDone;
}

int CliCommands::audit()
{
    AuditQuery query;
    query.limit = m_options.auditLimit;
    const Result<QList<AuditEntry>> entries = waitFor(m_store.audit(query));
    if (!entries.ok())
        return failed(entries.error());
    m_io.out(m_options.json ? CliOutput::auditJson(entries.value())
                            : CliOutput::auditTable(entries.value()));
    return ExitDone;
}

int CliCommands::verify()
{
    if (m_io.interactive)
        m_io.ask(tr("Key: "));
    std::optional<QString> secret = m_io.readSecretLine();
    if (!secret || secret->trimmed().isEmpty()) {
        const QString message = tr("Give the key on standard input.");
        return failed(
            Error(ErrorCode::Invalid, message, {FieldError{QStringLiteral("key"), message}}));
    }
    const Result<VerifyResult> result =
        waitFor(m_store.verify(secret->trimmed(), m_options.verifyScope));
    secret->fill(QLatin1Char('\0'));
    if (!result.ok())
        return failed(result.error());
    m_io.out(m_options.json ? CliOutput::verifyJson(result.value())
                            : CliOutput::verifyTable(result.value()));
    return result->valid ? ExitDone : ExitFailed;
}

} // namespace sk
