#include "AuditChain.h"
#include "Rules.h"
#include "SqlBackend.h"
#include "SqlSupport.h"

#include <QSqlRecord>

namespace sk {

using sql::fromMs;
using sql::toMs;

// ---- schema and migrations --------------------------------------------------------------

bool SqlBackend::tableExists(const QString& table, bool* ok)
{
    QSqlQuery q = query();
    const QString sql =
        m_options.driver == SqlStoreOptions::Driver::Sqlite
            ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
            : QStringLiteral("SELECT 1 FROM information_schema.tables "
                             "WHERE table_schema = current_schema() AND table_name = ?");
    *ok = exec(q, sql, {table});
    return *ok && q.next();
}

QString SqlBackend::autoIncrementColumn() const
{
    return m_options.driver == SqlStoreOptions::Driver::Sqlite
               ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
               : QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
}

Result<Done> SqlBackend::inspectExisting(bool* isNew)
{
    bool ok = false;
    const bool hasMeta = tableExists(QStringLiteral("meta"), &ok);
    if (!ok) {
        const QSqlError error = query().lastError();
        return Error(ErrorCode::NotAStore,
                     tr("“%1” is not a Scopekeeper store (it cannot be read as a database). It "
                        "was not changed.")
                         .arg(m_info.location));
    }
    if (!hasMeta) {
        // An empty database becomes a new store; one with other tables belongs to someone else.
        QSqlQuery q = query();
        const QString sql = m_options.driver == SqlStoreOptions::Driver::Sqlite
                                ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master")
                                : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                                 "WHERE table_schema = current_schema()");
        if (!exec(q, sql) || !q.next())
            return storageError(q.lastError(), tr("reading the database's tables"));
        if (q.value(0).toLongLong() > 0) {
            return Error(ErrorCode::NotAStore,
                         tr("“%1” is a database, but not a Scopekeeper store. It was not "
                            "changed.")
                             .arg(m_info.location));
        }
        *isNew = true;
        return Done{};
    }
    // "meta" is a common table name: another program's table has other columns.
    const QSqlRecord metaColumns =
        QSqlDatabase::database(m_connectionName, false).record(QStringLiteral("meta"));
    if (!metaColumns.contains(QStringLiteral("key")) ||
        !metaColumns.contains(QStringLiteral("value"))) {
        return Error(ErrorCode::NotAStore,
                     tr("“%1” is a database, but not a Scopekeeper store. It was not changed.")
                         .arg(m_info.location));
    }
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT key, value FROM meta")))
        return storageError(q.lastError(), tr("reading the store's description"));
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (meta.value(QStringLiteral("application")) != applicationTag()) {
        return Error(ErrorCode::NotAStore,
                     tr("“%1” is a database, but not a Scopekeeper store. It was not changed.")
                         .arg(m_info.location));
    }
    m_info.schemaVersion = meta.value(QStringLiteral("schema_version")).toInt();
    if (m_info.schemaVersion > SchemaVersion) {
        return Error(ErrorCode::NewerStore,
                     tr("“%1” was written by a newer version of Scopekeeper (store format %2; "
                        "this version reads up to %3). Update Scopekeeper to open it. It was "
                        "not changed.")
                         .arg(m_info.location)
                         .arg(m_info.schemaVersion)
                         .arg(SchemaVersion));
    }
    if (m_info.schemaVersion < 1) {
        return Error(ErrorCode::NotAStore,
                     tr("“%1” has a damaged store description (no format version). It was not "
                        "changed.")
                         .arg(m_info.location));
    }
    *isNew = false;
    return Done{};
}

Result<Done> SqlBackend::createSchema()
{
    const bool aimmsDemo = m_options.demoVariant == SqlStoreOptions::DemoVariant::Aimms;
    Catalog catalog = aimmsDemo ? Catalog() : m_options.catalog;
    if (catalog.isEmpty()) {
        Result<Catalog> builtIn =
            Catalog::builtIn(aimmsDemo ? QStringLiteral("aimms-pro") : Catalog::defaultId());
        if (!builtIn.ok())
            return builtIn.error();
        catalog = builtIn.value();
    }
    QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE apps ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_fold TEXT NOT NULL UNIQUE,"
                       " created_by TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE app_scopes ("
                       " app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,"
                       " scope TEXT NOT NULL,"
                       " PRIMARY KEY (app_id, scope))"),
        QStringLiteral("CREATE TABLE api_keys ("
                       " id TEXT PRIMARY KEY,"
                       " app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " name_fold TEXT NOT NULL,"
                       " prefix TEXT NOT NULL,"
                       " secret_hash TEXT NOT NULL UNIQUE,"
                       " created_by TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL,"
                       " last_used_at BIGINT,"
                       " UNIQUE (app_id, name_fold))"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " seq %1,"
                       " at BIGINT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " app_id TEXT,"
                       " app_name TEXT,"
                       " key_id TEXT,"
                       " key_name TEXT,"
                       " detail TEXT NOT NULL DEFAULT '')")
            .arg(autoIncrementColumn()),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE INDEX audit_log_app ON audit_log (app_id)"),
    };
    statements += adminsSchema();
    statements += summarySchema();
    statements += skeletonSchema();
    statements += accountsSchema();
    statements += chainSchema();
    statements += pagingSchema();
    statements += auditDataSchema();
    statements += keyScopesSchema();
    statements += rollSchema();
    const QString doing = tr("creating the store");
    Result<Done> created = transaction<Done>(doing, [&]() -> Result<Done> {
        QSqlQuery q = query();
        for (const QString& sql : statements) {
            if (!exec(q, sql))
                return storageError(q.lastError(), doing);
        }
        const QList<QPair<QString, QString>> meta = {
            {QStringLiteral("application"), applicationTag()},
            {QStringLiteral("schema_version"), QString::number(SchemaVersion)},
            {QStringLiteral("catalog_id"), catalog.id()},
            {QStringLiteral("catalog_json"), QString::fromUtf8(catalog.toJson())},
            {QStringLiteral("demo"), m_options.demo ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("scoping"),
             scopingName(m_options.scoping.value_or(defaultScoping(catalog.id())))},
            {QStringLiteral("created_at"), QString::number(toMs(now()))},
        };
        for (const auto& [key, value] : meta) {
            if (!exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                      {key, value}))
                return storageError(q.lastError(), doing);
        }
        if (m_options.driver == SqlStoreOptions::Driver::Sqlite) {
            // 'SPK1': lets file(1) and other tools recognise a Scopekeeper store.
            exec(q, QStringLiteral("PRAGMA application_id = 1397771057"));
        }
        return Done{};
    });
    if (!created.ok())
        return created;
    m_info.schemaVersion = SchemaVersion;
    return Done{};
}

Result<Done> SqlBackend::migrate(int fromVersion)
{
    // One step per version, each in its own transaction that also records the version it
    // reached: an interrupted upgrade resumes where it stopped, and a failed step changes
    // nothing.
    // A step whose values SQL cannot work out fills them in afterwards, in its transaction.
    struct Step
    {
        int version;
        QStringList statements;
        Result<Done> (SqlBackend::*fill)() = nullptr;
    };
    const QList<Step> steps = {
        {2, adminsSchema()},
        {3, summarySchema()},
        {4, skeletonSchema(), &SqlBackend::fillSkeletons},
        {5, accountsSchema()},
        {6, chainSchema(), &SqlBackend::startAuditChain},
        {7, pagingSchema()},
        {8, auditDataSchema(), &SqlBackend::fillAuditData},
        {9, keyScopesSchema()},
        {10, rollSchema()},
    };
    const QString doing = tr("upgrading the store");
    for (const Step& step : steps) {
        if (fromVersion >= step.version)
            continue;
        Result<Done> upgraded = transaction<Done>(doing, [&]() -> Result<Done> {
            QSqlQuery q = query();
            for (const QString& sql : step.statements) {
                if (!exec(q, sql))
                    return storageError(q.lastError(), doing);
            }
            if (step.fill) {
                if (auto r = (this->*step.fill)(); !r.ok())
                    return r.error();
            }
            if (!exec(q, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                      {QString::number(step.version)})) {
                return storageError(q.lastError(), doing);
            }
            return Done{};
        });
        if (!upgraded.ok())
            return upgraded;
        m_info.schemaVersion = step.version;
    }
    return Done{};
}

QStringList SqlBackend::summarySchema() const
{
    // Schema 3: each app row carries its key count and its scopes (space-separated, sorted),
    // so that the apps list is one pass over one table. Filled in from the tables for stores
    // that had apps already.
    const QString aggregate = m_options.driver == SqlStoreOptions::Driver::Sqlite
                                  ? QStringLiteral("group_concat(scope, ' ')")
                                  : QStringLiteral("string_agg(scope, ' ' ORDER BY scope)");
    return {
        QStringLiteral("ALTER TABLE apps ADD COLUMN key_count BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE apps ADD COLUMN scope_list TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE apps SET key_count = (SELECT COUNT(*) FROM api_keys k WHERE "
                       "k.app_id = apps.id), scope_list = COALESCE((SELECT %1 FROM (SELECT "
                       "scope FROM app_scopes s WHERE s.app_id = apps.id ORDER BY scope) "
                       "ordered), '')")
            .arg(aggregate),
    };
}

QStringList SqlBackend::keyScopesSchema() const
{
    // Schema 9: a narrowed key's own scopes, space-separated and sorted like apps.scope_list;
    // NULL for a key that inherits its app's scopes (every key before). Verify grants their
    // intersection with the app's scope_list, read in the same row.
    // And personal apps (Store::createMyKey): apps.owner names the actor whose personal app it
    // is, one each; NULL for every other app (all of them before). The store's scoping mode is
    // the meta row "scoping", written when a store is created; a store without it is per-app.
    return {
        QStringLiteral("ALTER TABLE api_keys ADD COLUMN scope_list TEXT"),
        QStringLiteral("ALTER TABLE apps ADD COLUMN owner TEXT"),
        // Partial: a listing of the apps (owner IS NULL) keeps to the name order of their own
        // index instead of this one and a sort of every app for each page.
        QStringLiteral("CREATE UNIQUE INDEX apps_owner ON apps (owner) WHERE owner IS NOT NULL"),
    };
}

QStringList SqlBackend::rollSchema() const
{
    // Schema 10: when a rolled key stops (Store::rollKey), ms since the epoch; NULL for a key
    // that has not been rolled (every key before). Verify refuses a key from then on, as
    // expired.
    return {QStringLiteral("ALTER TABLE api_keys ADD COLUMN stops_at BIGINT")};
}

QStringList SqlBackend::skeletonSchema() const
{
    // Schema 4: look-alike app names ("Pаyments" beside "Payments") are found by their
    // skeleton (Rules::nameSkeleton), kept beside the name; '' where there is none.
    return {
        QStringLiteral("ALTER TABLE apps ADD COLUMN name_skeleton TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX apps_name_skeleton ON apps (name_skeleton)"),
    };
}

Result<Done> SqlBackend::fillSkeletons()
{
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT id, name FROM apps")))
        return storageError(q.lastError(), tr("upgrading the store"));
    QList<QPair<QString, QString>> apps;
    while (q.next())
        apps.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto& [id, name] : std::as_const(apps)) {
        if (!exec(q, QStringLiteral("UPDATE apps SET name_skeleton = ? WHERE id = ?"),
                  {Rules::nameSkeleton(name), id}))
            return storageError(q.lastError(), tr("upgrading the store"));
    }
    return Done{};
}

QStringList SqlBackend::accountsSchema() const
{
    // Schema 5: each administrator has a role, an expiry, and may be revoked.
    return {
        QStringLiteral("ALTER TABLE admins ADD COLUMN role TEXT NOT NULL DEFAULT 'admin'"),
        QStringLiteral("ALTER TABLE admins ADD COLUMN expires_at BIGINT"),
        QStringLiteral("ALTER TABLE admins ADD COLUMN revoked_at BIGINT"),
        QStringLiteral("ALTER TABLE admins ADD COLUMN last_used_at BIGINT"),
        // Tokens made before expiry existed get the longest life from the upgrade on.
        QStringLiteral("UPDATE admins SET expires_at = %1 WHERE expires_at IS NULL")
            .arg(toMs(now().addDays(MaxAdminDays))),
    };
}

QStringList SqlBackend::chainSchema() const
{
    // Schema 6: each audit entry's link in the hash chain (AuditChain); NULL before it.
    return {QStringLiteral("ALTER TABLE audit_log ADD COLUMN chain TEXT")};
}

QStringList SqlBackend::pagingSchema() const
{
    // Schema 7: listings are paged in SQL (appsPage, keysPage), by the app's folded name, then
    // id, then each key's creation and id. Both databases compare names as UTF-8 bytes, which
    // is code point order, so that SQLite and PostgreSQL page alike, names outside the BMP
    // included (PostgreSQL's default collation would order by language).
    QStringList statements = {QStringLiteral(
        "CREATE INDEX IF NOT EXISTS api_keys_by_app ON api_keys (app_id, created_at, id)")};
    if (m_options.driver == SqlStoreOptions::Driver::Postgres)
        statements << QStringLiteral(
            "ALTER TABLE apps ALTER COLUMN name_fold TYPE TEXT COLLATE \"C\"");
    return statements;
}

Result<Done> SqlBackend::startAuditChain()
{
    // The entries already there cannot be vouched for: they stay unchained, and the chain
    // starts with an entry that counts them, so that none can go unnoticed later.
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT COUNT(*) FROM audit_log")) || !q.next())
        return storageError(q.lastError(), tr("upgrading the store"));
    const qint64 unchained = q.value(0).toLongLong();
    q.finish();
    if (unchained == 0)
        return Done{};
    return appendAudit(applicationTag(), audit::ChainStarted{unchained});
}

QStringList SqlBackend::adminsSchema() const
{
    // Administrators of a scopekeeper-server: only the SHA-256 of a token is kept.
    return {QStringLiteral("CREATE TABLE admins ("
                           " name_fold TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " token_hash TEXT NOT NULL UNIQUE,"
                           " created_at BIGINT NOT NULL)")};
}

Result<Done> SqlBackend::loadMeta()
{
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT key, value FROM meta")))
        return storageError(q.lastError(), tr("reading the store's description"));
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    Result<Catalog> catalog = Catalog::fromJson(meta.value(QStringLiteral("catalog_json")).toUtf8(),
                                                tr("the store's catalog"));
    if (!catalog.ok())
        return catalog.error();
    m_catalog = catalog.value();
    m_info.catalogId = m_catalog.id();
    m_info.demo = meta.value(QStringLiteral("demo")) == QLatin1String("1");
    // Stores made before schema 9 have no row: they work as they did, per app.
    m_info.scoping =
        scopingFromName(meta.value(QStringLiteral("scoping"))).value_or(Scoping::PerApp);
    m_info.schemaVersion = meta.value(QStringLiteral("schema_version")).toInt();
    return Done{};
}

} // namespace sk
