#include "Fields.h"
#include "KeyFormat.h"
#include "Rules.h"
#include "SqlBackend.h"
#include "SqlSupport.h"

#include <QTimeZone>
#include <algorithm>

namespace sk {

using sql::fromMs;
using sql::toMs;

// ---- keys -------------------------------------------------------------------------------

namespace {

// A narrowed key's own scopes (k.scope_list) are shown as far as its app still holds them.
const char KeyColumns[] = "k.id, k.app_id, a.name, k.name, k.prefix, k.created_by, k.created_at, "
                          "k.expires_at, k.last_used_at, k.scope_list, a.scope_list, k.stops_at";
constexpr int KeyColumnCount = 12;

QStringList scopeList(const QVariant& column)
{
    return column.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// A key's own scope list (NULL: it inherits its app's).
std::optional<QStringList> keyScopes(const QVariant& column)
{
    if (column.isNull())
        return std::nullopt;
    return scopeList(column);
}

ApiKey readKey(const QSqlQuery& q, const QHash<QString, qint64>& pendingUsage)
{
    ApiKey k;
    k.id = q.value(0).toString();
    k.appId = q.value(1).toString();
    k.appName = q.value(2).toString();
    k.name = q.value(3).toString();
    k.prefix = q.value(4).toString();
    k.createdBy = q.value(5).toString();
    k.createdAt = fromMs(q.value(6));
    k.expiresAt = fromMs(q.value(7));
    k.lastUsedAt = fromMs(q.value(8));
    k.stopsAt = fromMs(q.value(11));
    if (const std::optional<QStringList> own = keyScopes(q.value(9)))
        k.scopes = Rules::effectiveScopes(own, scopeList(q.value(10)));
    // Uses not yet written count too.
    const auto pending = pendingUsage.constFind(k.id);
    if (pending != pendingUsage.constEnd() &&
        (!k.lastUsedAt.isValid() || *pending > toMs(k.lastUsedAt))) {
        k.lastUsedAt = QDateTime::fromMSecsSinceEpoch(*pending, QTimeZone::utc());
    }
    return k;
}

} // namespace

Result<QList<ApiKey>> SqlBackend::listKeys(const QString& appId)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    if (auto a = loadApp(appId, true); !a.ok())
        return a.error();
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM api_keys k JOIN apps a ON a.id = k.app_id WHERE "
                             "k.app_id = ? ORDER BY k.created_at, k.id")
                  .arg(QLatin1String(KeyColumns)),
              {appId})) {
        return storageError(q.lastError(), tr("listing the app's keys"));
    }
    QList<ApiKey> keys;
    while (q.next())
        keys << readKey(q, m_pendingUsage);
    return keys;
}

Result<QList<ApiKey>> SqlBackend::listAllKeys()
{
    Result<Page<ApiKey>> all = keysPage(PageQuery{{}, 0});
    if (!all.ok())
        return all.error();
    return all->items;
}

Result<QList<ApiKey>> SqlBackend::listMyKeys(const QString& actor)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    // Through the unique index on apps.owner: the actor's personal app, then its keys.
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM api_keys k JOIN apps a ON a.id = k.app_id WHERE "
                             "a.owner = ? ORDER BY k.created_at DESC, k.id DESC")
                  .arg(QLatin1String(KeyColumns)),
              {actor})) {
        return storageError(q.lastError(), tr("listing your keys"));
    }
    QList<ApiKey> keys;
    while (q.next())
        keys << readKey(q, m_pendingUsage);
    return keys;
}

Result<Page<ApiKey>> SqlBackend::keysPage(const PageQuery& page)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QString where;
    QVariantList values;
    if (!page.after.isEmpty()) {
        const std::optional<QJsonArray> after =
            sql::parsePosition(page.after, {"s", "s", "n", "s"});
        if (!after)
            return sql::badCursor();
        // After the last key of the page before: its app (by folded name, then id), then its
        // creation time and id. The first condition lets the app index start there.
        const QString fold = after->at(0).toString();
        const QString appId = after->at(1).toString();
        const qint64 createdAt = qint64(after->at(2).toDouble());
        const QString keyId = after->at(3).toString();
        where = QStringLiteral(
            " WHERE a.name_fold >= ? AND (a.name_fold > ? OR (a.name_fold = ? AND (a.id > ? OR "
            "(a.id = ? AND (k.created_at > ? OR (k.created_at = ? AND k.id > ?))))))");
        values = {fold, fold, fold, appId, appId, createdAt, createdAt, keyId};
    }
    QString sql = QStringLiteral("SELECT %1, a.name_fold FROM api_keys k JOIN apps a ON a.id = "
                                 "k.app_id")
                      .arg(QLatin1String(KeyColumns)) +
                  where + QStringLiteral(" ORDER BY a.name_fold, a.id, k.created_at, k.id");
    if (page.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << page.limit + 1; // one more tells whether there is a next page
    }
    QSqlQuery q = query();
    if (!exec(q, sql, values))
        return storageError(q.lastError(), tr("listing the keys"));
    Page<ApiKey> keys;
    QString lastFold;
    while (q.next()) {
        if (page.limit > 0 && keys.items.size() == page.limit) {
            const ApiKey& last = keys.items.constLast();
            keys.next =
                sql::positionText({lastFold, last.appId, double(toMs(last.createdAt)), last.id});
            break;
        }
        keys.items << readKey(q, m_pendingUsage);
        lastFold = q.value(KeyColumnCount).toString();
    }
    return keys;
}

Result<CreatedKey> SqlBackend::createKey(const QString& appId, const NewKey& newKey,
                                         const QString& actor)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    if (m_info.scoping == Scoping::PerKey)
        return perKeyRefusal();
    const QDateTime createdAt = now();
    const QString name = Rules::normalizeName(newKey.name);
    QList<FieldError> problems;
    if (auto e = Rules::checkKeyName(name))
        problems << *e;
    if (auto e = Rules::checkExpiry(newKey.expiresAt, createdAt))
        problems << *e;
    if (!problems.isEmpty())
        return Error::invalid(problems);

    const QString doing = tr("creating the key");
    return transaction<CreatedKey>(doing, [&]() -> Result<CreatedKey> {
        Result<App> owner = loadApp(appId);
        if (!owner.ok())
            return owner.error();
        // A narrowed key: a non-empty subset of the app's scopes, as they are now.
        std::optional<QStringList> scopes;
        if (newKey.scopes) {
            if (auto e = Rules::checkKeyScopes(*newKey.scopes, owner->scopes))
                return Error::invalid({*e});
            scopes = Rules::normalizeScopes(*newKey.scopes);
        }
        return insertKey(*owner, name, newKey, scopes, createdAt, actor);
    });
}

Result<CreatedKey> SqlBackend::insertKey(const App& owner, const QString& name,
                                         const NewKey& newKey,
                                         const std::optional<QStringList>& scopes,
                                         const QDateTime& createdAt, const QString& actor,
                                         bool audited)
{
    const QString doing = tr("creating the key");
    const QString appId = owner.id;
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT 1 FROM api_keys WHERE app_id = ? AND name_fold = ?"),
              {appId, Rules::foldName(name)})) {
        return storageError(q.lastError(), doing);
    }
    if (q.next())
        return Error(ErrorCode::Conflict, QString(), {Rules::duplicateKeyName(name)});
    q.finish();

    CreatedKey created;
    created.secret = KeyFormat::generate();
    ApiKey& key = created.key;
    key.id = sql::newId("key");
    key.appId = appId;
    key.appName = owner.name;
    key.name = name;
    key.prefix = KeyFormat::displayPrefix(created.secret);
    key.createdBy = actor;
    key.createdAt = createdAt;
    key.expiresAt = QDateTime::fromMSecsSinceEpoch(toMs(newKey.expiresAt), QTimeZone::utc());
    key.scopes = scopes;
    const QVariant scopeColumn =
        scopes ? QVariant(scopes->join(QLatin1Char(' '))) : QVariant(QMetaType(QMetaType::QString));
    // Only the hash and the prefix are written; the secret leaves in the answer alone.
    if (!exec(q,
              QStringLiteral("INSERT INTO api_keys (id, app_id, name, name_fold, prefix, "
                             "secret_hash, created_by, created_at, expires_at, scope_list) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {key.id, appId, name, Rules::foldName(name), key.prefix,
               QString::fromLatin1(KeyFormat::hash(created.secret)), actor, toMs(createdAt),
               toMs(key.expiresAt), scopeColumn})) {
        if (sql::isUniqueViolation(q.lastError()))
            return Error(ErrorCode::Conflict, QString(), {Rules::duplicateKeyName(name)});
        return storageError(q.lastError(), doing);
    }
    if (!exec(q, QStringLiteral("UPDATE apps SET key_count = key_count + 1 WHERE id = ?"), {appId}))
        return storageError(q.lastError(), doing);
    if (!audited)
        return created;
    if (auto r = appendAudit(actor, audit::KeyCreated{key.prefix, key.expiresAt, scopes}, appId,
                             owner.name, key.id, name);
        !r.ok()) {
        return r.error();
    }
    return created;
}

Result<Done> SqlBackend::deleteKey(const QString& appId, const QString& keyId, const QString& actor)
{
    const QString doing = tr("deleting the key");
    Result<Done> deleted = write<Done>(doing, [&]() -> Result<Done> {
        QSqlQuery q = query();
        if (!exec(q,
                  QStringLiteral("SELECT k.name, a.name FROM api_keys k JOIN apps a ON a.id = "
                                 "k.app_id WHERE k.id = ? AND k.app_id = ?"),
                  {keyId, appId})) {
            return storageError(q.lastError(), doing);
        }
        if (!q.next()) {
            return Error(ErrorCode::NotFound, tr("The key does not exist (any more)."),
                         {FieldError{fields::KeyId, tr("This app has no key with this id.")}});
        }
        const QString keyName = q.value(0).toString();
        const QString appName = q.value(1).toString();
        q.finish();
        if (!exec(q, QStringLiteral("DELETE FROM api_keys WHERE id = ? AND app_id = ?"),
                  {keyId, appId}) ||
            !exec(q, QStringLiteral("UPDATE apps SET key_count = key_count - 1 WHERE id = ?"),
                  {appId}))
            return storageError(q.lastError(), doing);
        if (auto r = appendAudit(actor, audit::KeyDeleted{}, appId, appName, keyId, keyName);
            !r.ok())
            return r;
        return Done{};
    });
    if (!deleted.ok())
        return deleted;
    m_pendingUsage.remove(keyId);
    return Done{};
}

// ---- roll --------------------------------------------------------------------------------

Result<RolledKey> SqlBackend::rollKey(const QString& appId, const QString& keyId,
                                      const RollKey& roll, const QString& actor)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QDateTime at = now();
    QList<FieldError> problems;
    std::optional<QString> name;
    if (roll.name) {
        name = Rules::normalizeName(*roll.name);
        if (auto e = Rules::checkKeyName(*name))
            problems << *e;
    }
    if (auto e = Rules::checkExpiry(roll.expiresAt, at))
        problems << *e;
    if (auto e = Rules::checkRollGrace(roll.graceSeconds))
        problems << *e;
    if (!problems.isEmpty())
        return Error::invalid(problems);

    const QString doing = tr("rolling the key");
    return transaction<RolledKey>(doing, [&]() -> Result<RolledKey> {
        // The old key, with its own scopes as given (k.scope_list) and its app's owner.
        QSqlQuery q = query();
        if (!exec(q,
                  QStringLiteral("SELECT %1, k.scope_list, a.owner FROM api_keys k JOIN apps a "
                                 "ON a.id = k.app_id WHERE k.id = ? AND k.app_id = ?")
                      .arg(QLatin1String(KeyColumns)),
                  {keyId, appId})) {
            return storageError(q.lastError(), doing);
        }
        // Another's personal key is as absent as one that never was.
        if (!q.next() || (!q.value(KeyColumnCount + 1).isNull() &&
                          q.value(KeyColumnCount + 1).toString() != actor)) {
            return Error(ErrorCode::NotFound, tr("The key does not exist (any more)."),
                         {FieldError{fields::KeyId, tr("This app has no key with this id.")}});
        }
        RolledKey rolled;
        rolled.oldKey = readKey(q, m_pendingUsage);
        const std::optional<QStringList> ownScopes = keyScopes(q.value(KeyColumnCount));
        q.finish();
        ApiKey& old = rolled.oldKey;
        if (auto e = Rules::checkRollable(old.expiresAt, old.stopsAt, at))
            return Error::invalid({*e});
        Result<App> owner = loadApp(appId, true);
        if (!owner.ok())
            return owner.error();

        old.stopsAt = utcFromMSecs(toMs(Rules::rollStopsAt(at, roll.graceSeconds, old.expiresAt)));
        if (!exec(q, QStringLiteral("UPDATE api_keys SET stops_at = ? WHERE id = ?"),
                  {toMs(old.stopsAt), keyId})) {
            return storageError(q.lastError(), doing);
        }
        // The new key: the old one's scopes (narrowed or inherited), on the same app.
        const QString newName = name.value_or(Rules::rolledKeyName(old.name, at));
        Result<CreatedKey> created = insertKey(*owner, newName, NewKey{newName, roll.expiresAt},
                                               ownScopes, at, actor, false);
        if (!created.ok())
            return created.error();
        rolled.newKey = created.value();
        const ApiKey& key = rolled.newKey.key;
        if (auto r = appendAudit(actor,
                                 audit::KeyRolled{old.id, old.name, old.prefix, old.stopsAt,
                                                  key.prefix, key.expiresAt, ownScopes},
                                 appId, owner->name, key.id, key.name);
            !r.ok()) {
            return r.error();
        }
        return rolled;
    });
}

// ---- verify -----------------------------------------------------------------------------

Result<VerifyResult> SqlBackend::verify(const QString& secret, const QString& scope)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    Result<VerifyResult> result = lookUp(secret, scope);
    flushUsageWhenDue();
    return result;
}

Result<QList<Result<VerifyResult>>>
SqlBackend::verifyBatch(const QList<std::pair<QString, QString>>& requests)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    // On SQLite, one read transaction for the whole batch: the WAL read lock is taken and
    // released once, not once per key. (PostgreSQL: no transaction, which would cost two more
    // round trips; each statement sees what is committed, as before.)
    QSqlQuery control = query();
    const bool readTransaction = m_options.driver == SqlStoreOptions::Driver::Sqlite &&
                                 requests.size() > 1 && control.exec(QStringLiteral("BEGIN"));
    QList<Result<VerifyResult>> results;
    results.reserve(requests.size());
    for (const auto& [secret, scope] : requests) {
        results << lookUp(secret, scope);
        // The connection is gone: the whole batch fails, so that it is run again once
        // connected (SqlStore), rather than answering each of the rest with an error.
        if (m_connectionLost)
            return results.constLast().error();
    }
    if (readTransaction && !control.exec(QStringLiteral("COMMIT")))
        control.exec(QStringLiteral("ROLLBACK"));
    flushUsageWhenDue();
    return results;
}

void SqlBackend::flushUsageWhenDue()
{
    if (!m_pendingUsage.isEmpty() &&
        toMs(now()) - m_lastUsageFlushMs >= m_options.usageFlushIntervalMs) {
        (void)flushUsage();
    }
}

Result<VerifyResult> SqlBackend::lookUp(const QString& secret, const QString& scope)
{
    VerifyResult result;
    if (!KeyFormat::isWellFormed(secret)) {
        result.code = VerifyCode::Malformed;
        return result;
    }
    const QByteArray hash = KeyFormat::hash(secret);
    if (!m_verifyQuery) {
        // One statement: the key, its app's name and the app's scopes from the summary column
        // (schema 3), which the transactions that change an app's scopes keep up to date, so
        // a change is seen by the very next verify, on every instance.
        m_verifyQuery = std::make_unique<QSqlQuery>(query());
        m_verifyQuery->prepare(
            QStringLiteral("SELECT k.id, k.app_id, k.name, k.expires_at, k.secret_hash, a.name, "
                           "a.scope_list, k.scope_list, k.stops_at FROM api_keys k JOIN apps a "
                           "ON a.id = k.app_id WHERE k.secret_hash = ?"));
    }
    QSqlQuery& q = *m_verifyQuery;
    q.bindValue(0, QString::fromLatin1(hash));
    if (!q.exec())
        return storageError(q.lastError(), tr("verifying a key"));
    if (!q.next() || !KeyFormat::constantTimeEquals(q.value(4).toString().toLatin1(), hash)) {
        q.finish();
        result.code = VerifyCode::NotFound;
        return result;
    }
    result.keyId = q.value(0).toString();
    result.appId = q.value(1).toString();
    result.keyName = q.value(2).toString();
    qint64 expiresAt = q.value(3).toLongLong();
    if (!q.value(8).isNull()) // a rolled key stops then (schema 10), as if it expired
        expiresAt = std::min(expiresAt, q.value(8).toLongLong());
    result.appName = q.value(5).toString();
    // A narrowed key may do what it was given and its app still may (schema 9).
    result.scopes = Rules::effectiveScopes(keyScopes(q.value(7)), scopeList(q.value(6)));
    q.finish();

    const qint64 t = toMs(now());
    if (expiresAt <= t)
        result.code = VerifyCode::Expired;
    else if (!result.scopes.contains(scope))
        result.code = VerifyCode::ForbiddenScope;
    else
        result.code = VerifyCode::Valid;
    result.valid = result.code == VerifyCode::Valid;

    if (result.valid)
        m_pendingUsage.insert(result.keyId, t); // written by flushUsageWhenDue()
    return result;
}

void SqlBackend::recordUsage(const QHash<QString, qint64>& usage)
{
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        qint64& at = m_pendingUsage[it.key()];
        at = std::max(at, it.value());
    }
}

Result<Done> SqlBackend::flushUsage()
{
    m_lastUsageFlushMs = toMs(now());
    if (m_pendingUsage.isEmpty() || !QSqlDatabase::contains(m_connectionName))
        return Done{};
    const QString doing = tr("recording when keys were last used");
    Result<Done> written = transaction<Done>(doing, [&]() -> Result<Done> {
        QSqlQuery q = query();
        if (!q.prepare(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND "
                                      "(last_used_at IS NULL OR last_used_at < ?)"))) {
            return storageError(q.lastError(), doing);
        }
        for (auto it = m_pendingUsage.cbegin(); it != m_pendingUsage.cend(); ++it) {
            q.bindValue(0, it.value());
            q.bindValue(1, it.key());
            q.bindValue(2, it.value());
            if (!q.exec())
                return storageError(q.lastError(), doing);
        }
        return Done{};
    });
    if (!written.ok())
        return written;
    m_pendingUsage.clear();
    return Done{};
}

} // namespace sk
