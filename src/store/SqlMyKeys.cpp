// Scopekeeper store: personal keys (Store::listMyKeys, createMyKey, deleteMyKey).
//
// Each actor (the local user; on a server, each administrator) has one personal app, made on
// its first key: apps.owner names the actor, and the app holds every catalog scope, so that
// each personal key is narrowed to the scopes it was given. A personal app is never listed
// among the apps and, to every app operation, does not exist; its keys are listed with all
// the others (listAllKeys, keysPage), under the owner's name.
#include "Fields.h"
#include "Rules.h"
#include "SqlBackend.h"
#include "SqlSupport.h"

namespace sk {

using sql::toMs;

namespace {

/// A personal app's name_fold: its owner's folded name and a control character, which no
/// app name may hold (Rules::checkAppName), so that it never clashes with an app's unique
/// name; it sorts right after an app named like its owner.
QString personalFold(const QString& owner)
{
    return Rules::foldName(Rules::normalizeName(owner)) + QStringLiteral("\u0001personal");
}

} // namespace

Error SqlBackend::perKeyRefusal() const
{
    return Error(ErrorCode::Invalid,
                 tr("This store scopes each key on its own (per-key): it has no apps. Create "
                    "personal keys instead (User API Keys)."));
}

Result<App> SqlBackend::personalApp(const QString& owner)
{
    const QString doing = tr("creating the key");
    QStringList scopes = m_catalog.scopeIds();
    scopes.sort();
    const QString scopeList = scopes.join(QLatin1Char(' '));
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT id, scope_list FROM apps WHERE owner = ?"), {owner}))
        return storageError(q.lastError(), doing);
    QString id;
    if (q.next()) {
        id = q.value(0).toString();
        const QString had = q.value(1).toString();
        q.finish();
        if (had != scopeList) {
            // The catalog changed since the app was made: it holds every scope again.
            if (!exec(q, QStringLiteral("UPDATE apps SET scope_list = ? WHERE id = ?"),
                      {scopeList, id}) ||
                !exec(q, QStringLiteral("DELETE FROM app_scopes WHERE app_id = ?"), {id}))
                return storageError(q.lastError(), doing);
            for (const QString& scope : std::as_const(scopes)) {
                if (!exec(q, QStringLiteral("INSERT INTO app_scopes (app_id, scope) VALUES (?, ?)"),
                          {id, scope}))
                    return storageError(q.lastError(), doing);
            }
        }
        return loadApp(id, true);
    }
    q.finish();
    id = sql::newId("app");
    const qint64 t = toMs(now());
    if (!exec(q,
              QStringLiteral("INSERT INTO apps (id, name, name_fold, created_by, created_at, "
                             "updated_at, version, key_count, scope_list, name_skeleton, owner) "
                             "VALUES (?, ?, ?, ?, ?, ?, 1, 0, ?, '', ?)"),
              {id, owner, personalFold(owner), owner, t, t, scopeList, owner}))
        return storageError(q.lastError(), doing);
    for (const QString& scope : std::as_const(scopes)) {
        if (!exec(q, QStringLiteral("INSERT INTO app_scopes (app_id, scope) VALUES (?, ?)"),
                  {id, scope}))
            return storageError(q.lastError(), doing);
    }
    return loadApp(id, true);
}

Result<CreatedKey> SqlBackend::createMyKey(const NewKey& newKey, const QString& actor)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QDateTime createdAt = now();
    const QString name = Rules::normalizeName(newKey.name);
    QList<FieldError> problems;
    if (auto e = Rules::checkKeyName(name))
        problems << *e;
    if (auto e = Rules::checkExpiry(newKey.expiresAt, createdAt))
        problems << *e;
    // Required: a personal key is always narrowed, to catalog scopes.
    if (auto e = Rules::checkScopes(newKey.scopes.value_or(QStringList()), m_catalog))
        problems << *e;
    if (!problems.isEmpty())
        return Error::invalid(problems);
    const QStringList scopes = Rules::normalizeScopes(*newKey.scopes);

    return transaction<CreatedKey>(tr("creating the key"), [&]() -> Result<CreatedKey> {
        Result<App> owner = personalApp(actor);
        if (!owner.ok())
            return owner.error();
        return insertKey(*owner, name, newKey, scopes, createdAt, actor);
    });
}

Result<QString> SqlBackend::deleteMyKey(const QString& keyId, const QString& actor)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT a.id FROM api_keys k JOIN apps a ON a.id = k.app_id WHERE "
                             "k.id = ? AND a.owner = ?"),
              {keyId, actor}))
        return storageError(q.lastError(), tr("deleting the key"));
    if (!q.next()) {
        // Another's key is as absent as one that never was.
        return Error(ErrorCode::NotFound, tr("The key does not exist (any more)."),
                     {FieldError{fields::KeyId, tr("You have no key with this id.")}});
    }
    const QString appId = q.value(0).toString();
    q.finish();
    // A key never moves to another app: deleteKey() finds it on this one, or not at all.
    if (auto r = deleteKey(appId, keyId, actor); !r.ok())
        return r.error();
    return appId;
}

} // namespace sk
