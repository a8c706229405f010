// Scopekeeper store: the SQL behind SqlStore. Synchronous; lives on one thread (the store's
// database thread), which owns its connection. Not for use elsewhere.
#pragma once

#include "AuditChain.h"
#include "AuditDetails.h"
#include "Catalog.h"
#include "Error.h"
#include "SqlStoreOptions.h"
#include "Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

class QSqlError;

namespace sk {

class SqlBackend
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    /// A libpq connection string (keywords or a URI) with its password replaced by "***".
    static QString withoutPassword(const QString& connInfo);
    /// Creates `folder` and its missing parents for their owner only (0700).
    static bool makePrivatePath(const QString& folder);

    // 2: admins (scopekeeper-server); 3: key count and scope list on each app row
    // 4: app name skeletons; 5: administrators' roles and expiry; 6: the audit chain
    // 7: listings paged in SQL (an index for keys by app; names in byte order on PostgreSQL)
    // 8: each audit entry's structured data; 9: narrowed keys, personal apps
    // 10: when a rolled key stops (api_keys.stops_at)
    static constexpr int SchemaVersion = 10;
    /// An administrator token's longest life, and its default (days).
    static constexpr int MaxAdminDays = 365;
    static QString applicationTag() { return QStringLiteral("scopekeeper"); }

    explicit SqlBackend(SqlStoreOptions options);
    ~SqlBackend();

    Result<StoreInfo> open();
    void close();
    bool isOpen() const { return m_open; }

    StoreInfo info() const { return m_info; }
    Catalog catalog() const { return m_catalog; }

    // A change names who makes it, `actor`: the "created by" of what it creates and the actor
    // of its audit entry.
    Result<QList<App>> listApps(const AppQuery& query);
    /// A page of listApps(query); page.limit 0: every row on one page.
    Result<Page<App>> appsPage(const AppQuery& query, const PageQuery& page);
    /// On SQLite: makes the page after the last one appsPage() answered, so that appsPage()
    /// answers it at once when it is asked for next (a client that reads a listing asks for
    /// its pages one after the other) and nothing has been committed since, by anyone.
    void readAppsPageAhead();
    /// Pages appsPage() answered from readAppsPageAhead() (for tests).
    int appsPagesAnsweredAhead() const { return m_appsPagesAnsweredAhead; }
    Result<App> app(const QString& appId);
    Result<App> createApp(const NewApp& app, const QString& actor);
    Result<App> updateApp(const QString& appId, const AppPatch& patch, qint64 expectedVersion,
                          const QString& actor);
    Result<Done> deleteApp(const QString& appId, const QString& actor);

    Result<QList<ApiKey>> listKeys(const QString& appId);
    Result<QList<ApiKey>> listAllKeys();
    /// A page of listAllKeys(); page.limit 0: every row on one page.
    Result<Page<ApiKey>> keysPage(const PageQuery& page);
    Result<CreatedKey> createKey(const QString& appId, const NewKey& key, const QString& actor);
    Result<Done> deleteKey(const QString& appId, const QString& keyId, const QString& actor);
    /// Store::rollKey. A personal app's key only for its owner, `actor`.
    Result<RolledKey> rollKey(const QString& appId, const QString& keyId, const RollKey& roll,
                              const QString& actor);

    // Personal keys (Store::listMyKeys and the rest): `actor` is also whose keys they are.
    Result<QList<ApiKey>> listMyKeys(const QString& actor);
    Result<CreatedKey> createMyKey(const NewKey& key, const QString& actor);
    /// Answers the id of the personal app the key was on.
    Result<QString> deleteMyKey(const QString& keyId, const QString& actor);

    Result<VerifyResult> verify(const QString& secret, const QString& scope);
    /// verify() of each (secret, scope), in order; on SQLite in one read transaction.
    Result<QList<Result<VerifyResult>>>
    verifyBatch(const QList<std::pair<QString, QString>>& requests);
    Result<Done> flushUsage();
    /// Adds last-used times gathered elsewhere (SqlVerifyCache) to those waiting to be written.
    void recordUsage(const QHash<QString, qint64>& usage);

    /// The newest entries of the audit log (appendAudit() writes them), newest first.
    Result<QList<AuditEntry>> auditEntries(const AuditQuery& query);
    /// A consistent copy of a SQLite store in `file` (which must not exist), while others
    /// go on reading and writing.
    Result<Done> backUpTo(const QString& file);
    /// Walks the whole audit log along its hash chain (AuditChain).
    Result<AuditChain::Report> checkAuditChain();

    /// Fills a new store with the bank use case from the product documents (each app made by

    // ---- server administrators (scopekeeper-server) ----
    /// Records an administrator: its name and the SHA-256 (hex) of its token, never the
    /// token. Field "name" when the name is invalid or taken.
    Result<Done> createAdmin(const QString& name, const QByteArray& tokenHash,
                             const QString& actor);
    /// With a role ("admin" or "auditor") and an expiry (at most MaxAdminDays from now).
    Result<Done> createAdmin(const QString& name, const QByteArray& tokenHash, const QString& role,
                             const QDateTime& expiresAt, const QString& actor);
    Result<QList<AdminAccount>> listAdmins();
    /// The administrator's token is refused from the next request on, everywhere.
    Result<Done> revokeAdmin(const QString& name, const QString& actor);
    /// The account a token belongs to. ErrorCode::Unauthorized when it is unknown, expired or
    /// revoked; the error's field "reason" says which ("unknown", "expired", "revoked").
    Result<AdminAccount> adminAccountForTokenHash(const QByteArray& tokenHash);
    /// An audit entry for refused administrator tokens; its actor is the administrator the
    /// token belonged to, if known.
    Result<Done> recordRefusedToken(const RefusedToken& refusal);
    /// The name of the administrator whose token hashes to `tokenHash`; ErrorCode::Unauthorized
    /// when there is none.
    Result<QString> adminForTokenHash(const QByteArray& tokenHash);

    /// After a job failed: when it failed because the connection to PostgreSQL was lost
    /// before anything it changed was committed, opens the connection again and answers true:
    /// the job may be run again as it is. False otherwise (SQLite, another failure, a COMMIT
    /// whose outcome is unknown, or the database still cannot be reached).
    bool reconnectForRetry();

private:
    class Transaction;

    QDateTime now() const;
    Result<Done> checkOpen() const;
    /// Runs `body` (a callable answering Result<T>) in one transaction (BEGIN IMMEDIATE on
    /// SQLite), committed when the body succeeds and rolled back when it fails. A transaction
    /// that cannot begin, and a commit that fails (with its own error, not the rollback's),
    /// are storageError()s about `doing`. Defined in SqlSupport.h.
    template <typename T, typename Body> Result<T> transaction(const QString& doing, Body&& body);
    /// checkOpen(), then transaction(): the shape of every change made for a caller.
    template <typename T, typename Body> Result<T> write(const QString& doing, Body&& body);
    Error storageError(const QSqlError& error, const QString& doing) const;
    /// Whether `error` means that the connection to the database is gone (PostgreSQL).
    bool isConnectionLost(const QSqlError& error) const;
    /// Opens the lost connection again; false when the database still cannot be reached.
    bool reconnect() const;
    /// Another program holds the store locked, naming the store.
    Error busyError(const QString& doing) const;
    Result<StoreInfo> openSqlite();
    Result<StoreInfo> openPostgres();
    Result<Done> inspectExisting(bool* isNew);
    Result<Done> createSchema();
    Result<Done> migrate(int fromVersion);
    QStringList adminsSchema() const;    // the admins table (schema 2)
    QStringList summarySchema() const;   // key count and scope list on apps (schema 3)
    QStringList skeletonSchema() const;  // each app name's look-alike skeleton (schema 4)
    QStringList accountsSchema() const;  // administrators' role, expiry, revocation (schema 5)
    QStringList chainSchema() const;     // each audit entry's link (schema 6)
    Result<Done> fillSkeletons();        // of the apps a store had before schema 4
    Result<Done> startAuditChain();      // after the entries a store had before schema 6
    QStringList pagingSchema() const;    // an index for keys by app, byte-order names (7)
    QStringList auditDataSchema() const; // each audit entry's structured data (schema 8)
    Result<Done> fillAuditData();        // of the entries a store had before schema 8
    QStringList keyScopesSchema() const; // a narrowed key's own scopes (schema 9)
    QStringList rollSchema() const;      // when a rolled key stops (schema 10)
    Result<Done> loadMeta();
    bool tableExists(const QString& table, bool* ok);
    QString autoIncrementColumn() const;

    /// An app by its id; a personal app (apps.owner) only when `personalToo`: to everything
    /// else it does not exist, so that no one renames, narrows or deletes it.
    Result<App> loadApp(const QString& appId, bool personalToo = false);
    /// In a per-key store, why createApp() and createKey() are refused.
    Error perKeyRefusal() const;
    /// The key `newKey` (its name, expiry and scopes already checked) on `owner`, inside the
    /// caller's transaction: the row, the app's key count and (when `audited`) the audit entry.
    Result<CreatedKey> insertKey(const App& owner, const QString& name, const NewKey& newKey,
                                 const std::optional<QStringList>& scopes,
                                 const QDateTime& createdAt, const QString& actor,
                                 bool audited = true);
    /// The personal app of `owner`, made when it has none, holding every catalog scope (set
    /// again when the catalog's differ); inside the caller's transaction.
    Result<App> personalApp(const QString& owner);
    /// One verification, without writing last-used times (flushUsageWhenDue() does).
    Result<VerifyResult> lookUp(const QString& secret, const QString& scope);
    /// Writes the last-used times when the flush interval has passed.
    void flushUsageWhenDue();
    /// Writes one audit entry, by `actor`, linked into the chain; inside the change's
    /// transaction.
    /// Its action, data and detail all come from `details`.
    Result<Done> appendAudit(const QString& actor, const audit::Details& details,
                             const QString& appId = {}, const QString& appName = {},
                             const QString& keyId = {}, const QString& keyName = {});
    QSqlQuery query() const;
    bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values = {}) const;

    SqlStoreOptions m_options;
    QString m_connectionName;
    Catalog m_catalog;
    StoreInfo m_info;
    bool m_open = false;

    mutable std::unique_ptr<QSqlQuery> m_verifyQuery; // dropped when the connection is
    mutable bool m_connectionLost = false;            // reopened by reconnect()
    mutable bool m_commitInDoubt = false;             // a COMMIT met a lost connection
    QHash<QString, qint64> m_pendingUsage;            // key id → last used, ms since the epoch
    qint64 m_lastUsageFlushMs = 0;

    // readAppsPageAhead(): the page after the last one answered, and that page once made.
    Result<Page<App>> readAppsPage(const AppQuery& query, const PageQuery& page);
    /// What tells that something was committed (SQLite: data_version for the others' commits,
    /// total_changes() for this connection's); nothing when it cannot be told.
    std::optional<QByteArray> changeStamp() const;
    struct AppsPageAhead
    {
        QString text; // the listing's search
        PageQuery page;
        QByteArray stamp; // changeStamp() before the page was made
        Result<Page<App>> result;
    };
    std::optional<std::pair<AppQuery, PageQuery>> m_nextAppsPage;
    std::optional<AppsPageAhead> m_appsAhead;
    int m_appsPagesAnsweredAhead = 0;
};

} // namespace sk
