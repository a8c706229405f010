// Scopekeeper store: the Store on an SQL database (SQLite, or PostgreSQL), through Qt SQL.
//
// All SQL runs on one database thread that owns the connection; callers get QFutures and
// never wait. Writes are transactions; a failed operation changes nothing.
#pragma once

#include "AuditChain.h"
#include "SqlStoreOptions.h"
#include "Store.h"

#include <QPromise>
#include <QThread>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace sk {

class SqlBackend;
class SqlVerifyCache;

class SqlStore final : public Store
{
    Q_OBJECT

public:
    explicit SqlStore(SqlStoreOptions options, QObject* parent = nullptr);
    /// Writes pending last-used times, closes the connection and stops the database thread.
    ~SqlStore() override;

    QFuture<Result<StoreInfo>> open() override;
    QString location() const override;
    QString actor() const override;

    QFuture<Result<Catalog>> catalog() override;
    QFuture<Result<QList<App>>> listApps(const AppQuery& query = {}) override;
    /// On SQLite, the page after it is made as soon as it is answered, and answered at once
    /// when it is asked for next while nothing was committed since (SqlBackend::appsPage()).
    QFuture<Result<Page<App>>> appsPage(const AppQuery& query, const PageQuery& page) override;
    /// How many pages were answered that way (for tests).
    QFuture<Result<int>> appsPagesAnsweredAhead();
    QFuture<Result<App>> app(const QString& appId) override;
    QFuture<Result<App>> createApp(const NewApp& app) override;
    QFuture<Result<App>> updateApp(const QString& appId, const AppPatch& patch,
                                   qint64 expectedVersion) override;
    QFuture<Result<Done>> deleteApp(const QString& appId) override;
    QFuture<Result<QList<ApiKey>>> listKeys(const QString& appId) override;
    QFuture<Result<QList<ApiKey>>> listAllKeys() override;
    QFuture<Result<Page<ApiKey>>> keysPage(const PageQuery& page) override;
    QFuture<Result<CreatedKey>> createKey(const QString& appId, const NewKey& key) override;
    QFuture<Result<Done>> deleteKey(const QString& appId, const QString& keyId) override;
    QFuture<Result<RolledKey>> rollKey(const QString& appId, const QString& keyId,
                                       const RollKey& roll) override;
    QFuture<Result<QList<ApiKey>>> listMyKeys() override;
    QFuture<Result<CreatedKey>> createMyKey(const NewKey& key) override;
    QFuture<Result<Done>> deleteMyKey(const QString& keyId) override;
    QFuture<Result<VerifyResult>> verify(const QString& secret, const QString& scope) override;
    QFuture<Result<QList<AuditEntry>>> audit(const AuditQuery& query = {}) override;

    /// The scoping mode of the open store (StoreInfo::scoping); per-app until open() answers.
    /// Thread-safe.
    Scoping scoping() const { return m_scoping.load(); }

    /// Writes the last-used times gathered since the last write.
    QFuture<Result<Done>> flushUsage();
    /// Fills a new demo store: with the bank use case, or for SqlStoreOptions::DemoVariant::
    /// Aimms a few personal keys of several people (options().demoVariant says which).
    QFuture<Result<Done>> seedDemo();
    /// Changes who "Created by" and the audit log name from the next operation on.
    void setActor(const QString& actor);

    // ---- for scopekeeper-server: one store, many administrators at once ----

    /// Who one operation is made by ("Created by", audit), for that operation only; actor()
    /// is neither used nor changed. An empty name means actor().
    struct ActAs
    {
        QString actor;
    };
    QFuture<Result<App>> createApp(const NewApp& app, const ActAs& as);
    QFuture<Result<App>> updateApp(const QString& appId, const AppPatch& patch,
                                   qint64 expectedVersion, const ActAs& as);
    QFuture<Result<Done>> deleteApp(const QString& appId, const ActAs& as);
    QFuture<Result<CreatedKey>> createKey(const QString& appId, const NewKey& key, const ActAs& as);
    QFuture<Result<Done>> deleteKey(const QString& appId, const QString& keyId, const ActAs& as);
    QFuture<Result<RolledKey>> rollKey(const QString& appId, const QString& keyId,
                                       const RollKey& roll, const ActAs& as);
    /// The personal keys of the one named (ActAs): on a server, the signed-in administrator.
    QFuture<Result<QList<ApiKey>>> listMyKeys(const ActAs& as);
    QFuture<Result<CreatedKey>> createMyKey(const NewKey& key, const ActAs& as);
    QFuture<Result<Done>> deleteMyKey(const QString& keyId, const ActAs& as);

    /// verify() of several (secret, scope) pairs in one job on the database thread (on SQLite,
    /// in one read transaction), answered in order: for a server that gathers the verify
    /// requests that arrive together. Each answer is what verify() would give at that moment.
    QFuture<Result<QList<Result<VerifyResult>>>>
    verifyBatch(const QList<std::pair<QString, QString>>& requests);

    /// verify() answered on the calling thread (the store's), without a job on the database
    /// thread, for a store on SQLite that is open; nothing on PostgreSQL, or when the second
    /// connection it needs cannot be opened (then use verify() or verifyBatch()). Keys looked
    /// up are remembered until the database changes (SqlVerifyCache: checked on every call, so
    /// a change by anyone is seen by the very next call). Last-used times are kept as verify()
    /// keeps them: shown by key listings at once, written every usageFlushIntervalMs, by
    /// flushUsage() and on destruction.
    std::optional<Result<VerifyResult>> verifyHere(const QString& secret, const QString& scope);
    /// verifyHere() on any thread (scopekeeper-server's I/O threads): each thread has its own
    /// read-only connection and remembered keys, as fresh as verifyHere()'s (a change by anyone
    /// is seen by the very next call on every thread). Last-used times from every thread are
    /// gathered and written as verifyHere()'s are. Thread-safe; the store must outlive the
    /// calls. The key and the scope are bytes, as they came in a request: no copy.
    std::optional<Result<VerifyResult>> verifyOnThisThread(QLatin1StringView secret,
                                                           QLatin1StringView scope);

    /// Records a server administrator by the SHA-256 (hex, KeyFormat::hash) of its token;
    /// the token itself never reaches the store.
    QFuture<Result<Done>> createAdmin(const QString& name, const QByteArray& tokenHash);
    /// The administrator's name for a token hash; ErrorCode::Unauthorized when unknown.
    QFuture<Result<QString>> adminForTokenHash(const QByteArray& tokenHash);
    /// With a role and an expiry (SqlBackend::createAdmin).
    QFuture<Result<Done>> createAdmin(const QString& name, const QByteArray& tokenHash,
                                      const QString& role, const QDateTime& expiresAt);
    QFuture<Result<QList<AdminAccount>>> listAdmins();
    QFuture<Result<Done>> revokeAdmin(const QString& name);
    /// The account of a token: ErrorCode::Unauthorized when it is unknown, expired or revoked
    /// (the error's field "reason" says which).
    QFuture<Result<AdminAccount>> adminAccountForTokenHash(const QByteArray& tokenHash);
    /// An audit entry for refused administrator tokens (the caller limits how many).
    QFuture<Result<Done>> recordRefusedToken(const RefusedToken& refusal);
    /// A consistent copy of the (SQLite) store in `file`, which must not exist.
    QFuture<Result<Done>> backUpTo(const QString& file) override;
    /// Walks the audit log along its hash chain.
    QFuture<Result<AuditChain::Report>> checkAuditChain();

private:
    template <typename T, typename Job> QFuture<Result<T>> submit(Job job);
    void notifyAppsChanged();
    void handOverUsage();
    void notifyKeysChanged(const QString& appId);
    QFuture<Result<Done>> seedAimmsDemo();

    // Added to the store's "now" while the demo is seeded (seedDemo() in DemoSeed.cpp): its
    // history is made through the public operations, each at the time it happened.
    std::shared_ptr<std::atomic<qint64>> m_clockShiftMs = std::make_shared<std::atomic<qint64>>(0);
    SqlStoreOptions m_options;
    QString m_actor;
    std::atomic<Scoping> m_scoping{Scoping::PerApp};
    QThread m_thread;
    QObject* m_context = nullptr;          // lives on m_thread; runs the jobs
    std::unique_ptr<SqlBackend> m_backend; // touched on m_thread only
    // verifyHere(): on the store's own thread; created at the first call.
    std::unique_ptr<SqlVerifyCache> m_verifyCache;
    bool m_verifyCacheFailed = false;
    qint64 m_usageHandedMs = 0;
    // verifyOnThisThread() on other threads: their last-used times, gathered here.
    const quint64 m_id; // tells this store's per-thread caches from an earlier store's
    std::mutex m_usageMutex;
    QHash<QString, qint64> m_sharedUsage;
    std::atomic<qint64> m_sharedUsageHandedMs{0};
    QHash<QString, qint64> takeSharedUsage();
    /// A read-only connection for verifyHere() and verifyOnThisThread(); null when it cannot
    /// be opened.
    std::unique_ptr<SqlVerifyCache> openVerifyCache() const;
    /// Hands last-used times to the database thread, which writes them.
    void writeUsage(QHash<QString, qint64> usage);
};

} // namespace sk
