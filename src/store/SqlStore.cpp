#include "SqlStore.h"

#include "Identity.h"
#include "Rules.h"
#include "SqlBackend.h"
#include "SqlVerifyCache.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <exception>

namespace sk {

namespace {

/// verifyOnThisThread(): the calling thread's connection and remembered keys, for one store.
struct ThreadVerifyCache
{
    quint64 storeId = 0;
    std::unique_ptr<SqlVerifyCache> cache;
    bool failed = false;
};
thread_local ThreadVerifyCache t_verifyCache;
std::atomic<quint64> nextStoreId{1};

void mergeUsage(QHash<QString, qint64>* into, const QHash<QString, qint64>& usage)
{
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        qint64& last = (*into)[it.key()];
        last = std::max(last, it.value());
    }
}

} // namespace

namespace {

/// `options` whose clock runs `shiftMs` ahead of (or behind) the one they had.
SqlStoreOptions withClockShift(SqlStoreOptions options,
                               std::shared_ptr<std::atomic<qint64>> shiftMs)
{
    Clock base = options.clock ? options.clock : Clock(systemNow);
    options.clock = [base = std::move(base), shiftMs = std::move(shiftMs)] {
        return base().addMSecs(shiftMs->load());
    };
    return options;
}

} // namespace

SqlStore::SqlStore(SqlStoreOptions options, QObject* parent)
    : Store(parent)
    , m_options(withClockShift(std::move(options), m_clockShiftMs))
    , m_actor(m_options.actor.trimmed().isEmpty() ? osUserName() : m_options.actor.trimmed())
    , m_context(new QObject)
    , m_backend(std::make_unique<SqlBackend>(m_options))
    , m_id(nextStoreId++)
{
    m_sharedUsageHandedMs = QDateTime::currentMSecsSinceEpoch();
    m_thread.setObjectName(QStringLiteral("scopekeeper-sql"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SqlStore::~SqlStore()
{
    // Last-used times gathered by verifyHere() join those of the database thread, which
    // writes them when it closes.
    handOverUsage();
    m_verifyCache.reset();
    // Jobs already queued run first; then the connection is closed on its own thread.
    QMetaObject::invokeMethod(
        m_context, [backend = m_backend.get()] { backend->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    m_backend.reset();
}

template <typename T, typename Job> QFuture<Result<T>> SqlStore::submit(Job job)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    SqlBackend* backend = m_backend.get();
    const bool queued = QMetaObject::invokeMethod(
        m_context,
        [promise, backend, job]() mutable {
            Result<T> result;
            try {
                result = job(*backend);
                // PostgreSQL restarted since the last job: once connected again, the job runs
                // again, unless what it did may have been committed.
                if (!result.ok() && backend->reconnectForRetry())
                    result = job(*backend);
            } catch (const std::exception& e) {
                result = Error(ErrorCode::Internal, QString::fromLocal8Bit(e.what()));
            }
            promise->addResult(std::move(result));
            promise->finish();
        },
        Qt::QueuedConnection);
    if (!queued) {
        promise->addResult(Result<T>(Error(ErrorCode::Unavailable, tr("The store is closed."))));
        promise->finish();
    }
    return future;
}

void SqlStore::notifyAppsChanged()
{
    // Called on the database thread; the signal is emitted on the store's own thread.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT appsChanged(); }, Qt::QueuedConnection);
}

void SqlStore::notifyKeysChanged(const QString& appId)
{
    QMetaObject::invokeMethod(
        this, [this, appId] { Q_EMIT keysChanged(appId); }, Qt::QueuedConnection);
}

QFuture<Result<StoreInfo>> SqlStore::open()
{
    return submit<StoreInfo>([this](SqlBackend& b) {
        Result<StoreInfo> info = b.open();
        if (info.ok())
            m_scoping.store(info->scoping);
        return info;
    });
}

QString SqlStore::location() const
{
    if (m_options.driver == SqlStoreOptions::Driver::Sqlite)
        return QDir::toNativeSeparators(QFileInfo(m_options.sqlitePath).absoluteFilePath());
    return QStringLiteral("postgresql");
}

QString SqlStore::actor() const
{
    return m_actor;
}

void SqlStore::setActor(const QString& actor)
{
    // Each change takes the actor when it is asked for (actorOf()), so the changes asked for
    // before keep the one they were asked with.
    m_actor = actor.trimmed().isEmpty() ? osUserName() : actor.trimmed();
}

QFuture<Result<Catalog>> SqlStore::catalog()
{
    return submit<Catalog>([](SqlBackend& b) -> Result<Catalog> {
        if (!b.isOpen())
            return Error(ErrorCode::Unavailable, tr("The store is not open."));
        return b.catalog();
    });
}

QFuture<Result<QList<App>>> SqlStore::listApps(const AppQuery& query)
{
    return submit<QList<App>>([query](SqlBackend& b) { return b.listApps(query); });
}

QFuture<Result<Page<App>>> SqlStore::appsPage(const AppQuery& query, const PageQuery& page)
{
    QFuture<Result<Page<App>>> answer =
        submit<Page<App>>([query, page](SqlBackend& b) -> Result<Page<App>> {
            if (auto bad = Rules::checkPageLimit(page.limit))
                return Error::invalid({*bad});
            return b.appsPage(query, page);
        });
    // Once this page is answered, the next one is made while the caller reads this one.
    if (page.limit > 0)
        submit<Done>([](SqlBackend& b) -> Result<Done> {
            b.readAppsPageAhead();
            return Done{};
        });
    return answer;
}

QFuture<Result<int>> SqlStore::appsPagesAnsweredAhead()
{
    return submit<int>([](SqlBackend& b) -> Result<int> { return b.appsPagesAnsweredAhead(); });
}

QFuture<Result<App>> SqlStore::app(const QString& appId)
{
    return submit<App>([appId](SqlBackend& b) { return b.app(appId); });
}

namespace {

// Who makes a change: the one named for it, or else the store's actor.
QString actorOf(const SqlStore::ActAs& as, const QString& storeActor)
{
    const QString named = as.actor.trimmed();
    return named.isEmpty() ? storeActor : named;
}

} // namespace

QFuture<Result<App>> SqlStore::createApp(const NewApp& app)
{
    return createApp(app, ActAs{});
}

QFuture<Result<App>> SqlStore::createApp(const NewApp& app, const ActAs& as)
{
    return submit<App>([this, app, actor = actorOf(as, m_actor)](SqlBackend& b) {
        Result<App> r = b.createApp(app, actor);
        if (r.ok())
            notifyAppsChanged();
        return r;
    });
}

QFuture<Result<App>> SqlStore::updateApp(const QString& appId, const AppPatch& patch,
                                         qint64 expectedVersion)
{
    return updateApp(appId, patch, expectedVersion, ActAs{});
}

QFuture<Result<App>> SqlStore::updateApp(const QString& appId, const AppPatch& patch,
                                         qint64 expectedVersion, const ActAs& as)
{
    return submit<App>(
        [this, appId, patch, expectedVersion, actor = actorOf(as, m_actor)](SqlBackend& b) {
            Result<App> r = b.updateApp(appId, patch, expectedVersion, actor);
            if (r.ok())
                notifyAppsChanged();
            return r;
        });
}

QFuture<Result<Done>> SqlStore::deleteApp(const QString& appId)
{
    return deleteApp(appId, ActAs{});
}

QFuture<Result<Done>> SqlStore::deleteApp(const QString& appId, const ActAs& as)
{
    return submit<Done>([this, appId, actor = actorOf(as, m_actor)](SqlBackend& b) {
        Result<Done> r = b.deleteApp(appId, actor);
        if (r.ok())
            notifyAppsChanged();
        return r;
    });
}

void SqlStore::handOverUsage()
{
    // Last-used times gathered by verifyHere() and verifyOnThisThread() join those waiting on
    // the database thread, so that key listings show them at once, as they show verify()'s.
    QHash<QString, qint64> usage = takeSharedUsage();
    if (m_verifyCache && m_verifyCache->hasUsage())
        mergeUsage(&usage, m_verifyCache->takeUsage());
    if (usage.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_context, [backend = m_backend.get(), usage] { backend->recordUsage(usage); },
        Qt::QueuedConnection);
}

QHash<QString, qint64> SqlStore::takeSharedUsage()
{
    std::lock_guard lock(m_usageMutex);
    return std::exchange(m_sharedUsage, {});
}

QFuture<Result<QList<ApiKey>>> SqlStore::listKeys(const QString& appId)
{
    handOverUsage();
    return submit<QList<ApiKey>>([appId](SqlBackend& b) { return b.listKeys(appId); });
}

QFuture<Result<QList<ApiKey>>> SqlStore::listAllKeys()
{
    handOverUsage();
    return submit<QList<ApiKey>>([](SqlBackend& b) { return b.listAllKeys(); });
}

QFuture<Result<Page<ApiKey>>> SqlStore::keysPage(const PageQuery& page)
{
    handOverUsage();
    return submit<Page<ApiKey>>([page](SqlBackend& b) -> Result<Page<ApiKey>> {
        if (auto bad = Rules::checkPageLimit(page.limit))
            return Error::invalid({*bad});
        return b.keysPage(page);
    });
}

QFuture<Result<CreatedKey>> SqlStore::createKey(const QString& appId, const NewKey& key)
{
    return createKey(appId, key, ActAs{});
}

QFuture<Result<CreatedKey>> SqlStore::createKey(const QString& appId, const NewKey& key,
                                                const ActAs& as)
{
    return submit<CreatedKey>([this, appId, key, actor = actorOf(as, m_actor)](SqlBackend& b) {
        Result<CreatedKey> r = b.createKey(appId, key, actor);
        if (r.ok())
            notifyKeysChanged(appId);
        return r;
    });
}

QFuture<Result<Done>> SqlStore::deleteKey(const QString& appId, const QString& keyId)
{
    return deleteKey(appId, keyId, ActAs{});
}

QFuture<Result<Done>> SqlStore::deleteKey(const QString& appId, const QString& keyId,
                                          const ActAs& as)
{
    return submit<Done>([this, appId, keyId, actor = actorOf(as, m_actor)](SqlBackend& b) {
        Result<Done> r = b.deleteKey(appId, keyId, actor);
        if (r.ok())
            notifyKeysChanged(appId);
        return r;
    });
}

QFuture<Result<RolledKey>> SqlStore::rollKey(const QString& appId, const QString& keyId,
                                             const RollKey& roll)
{
    return rollKey(appId, keyId, roll, ActAs{});
}

QFuture<Result<RolledKey>> SqlStore::rollKey(const QString& appId, const QString& keyId,
                                             const RollKey& roll, const ActAs& as)
{
    return submit<RolledKey>(
        [this, appId, keyId, roll, actor = actorOf(as, m_actor)](SqlBackend& b) {
            Result<RolledKey> r = b.rollKey(appId, keyId, roll, actor);
            if (r.ok())
                notifyKeysChanged(appId);
            return r;
        });
}

QFuture<Result<QList<ApiKey>>> SqlStore::listMyKeys()
{
    return listMyKeys(ActAs{});
}

QFuture<Result<QList<ApiKey>>> SqlStore::listMyKeys(const ActAs& as)
{
    handOverUsage();
    return submit<QList<ApiKey>>(
        [actor = actorOf(as, m_actor)](SqlBackend& b) { return b.listMyKeys(actor); });
}

QFuture<Result<CreatedKey>> SqlStore::createMyKey(const NewKey& key)
{
    return createMyKey(key, ActAs{});
}

QFuture<Result<CreatedKey>> SqlStore::createMyKey(const NewKey& key, const ActAs& as)
{
    return submit<CreatedKey>([this, key, actor = actorOf(as, m_actor)](SqlBackend& b) {
        Result<CreatedKey> r = b.createMyKey(key, actor);
        if (r.ok())
            notifyKeysChanged(r->key.appId);
        return r;
    });
}

QFuture<Result<Done>> SqlStore::deleteMyKey(const QString& keyId)
{
    return deleteMyKey(keyId, ActAs{});
}

QFuture<Result<Done>> SqlStore::deleteMyKey(const QString& keyId, const ActAs& as)
{
    return submit<Done>([this, keyId, actor = actorOf(as, m_actor)](SqlBackend& b) -> Result<Done> {
        Result<QString> r = b.deleteMyKey(keyId, actor);
        if (!r.ok())
            return r.error();
        notifyKeysChanged(r.value());
        return Done{};
    });
}

QFuture<Result<VerifyResult>> SqlStore::verify(const QString& secret, const QString& scope)
{
    return submit<VerifyResult>([secret, scope](SqlBackend& b) { return b.verify(secret, scope); });
}

QFuture<Result<QList<Result<VerifyResult>>>>
SqlStore::verifyBatch(const QList<std::pair<QString, QString>>& requests)
{
    return submit<QList<Result<VerifyResult>>>(
        [requests](SqlBackend& b) { return b.verifyBatch(requests); });
}

QFuture<Result<QList<AuditEntry>>> SqlStore::audit(const AuditQuery& query)
{
    return submit<QList<AuditEntry>>([query](SqlBackend& b) { return b.auditEntries(query); });
}

QFuture<Result<Done>> SqlStore::flushUsage()
{
    QHash<QString, qint64> usage = takeSharedUsage();
    if (m_verifyCache) {
        mergeUsage(&usage, m_verifyCache->takeUsage());
        m_usageHandedMs = QDateTime::currentMSecsSinceEpoch();
    }
    return submit<Done>([usage](SqlBackend& b) {
        b.recordUsage(usage);
        return b.flushUsage();
    });
}

std::unique_ptr<SqlVerifyCache> SqlStore::openVerifyCache() const
{
    auto cache = std::make_unique<SqlVerifyCache>(
        QFileInfo(m_options.sqlitePath).absoluteFilePath(), m_options.clock);
    QString error;
    if (!cache->open(&error))
        return nullptr;
    return cache;
}

void SqlStore::writeUsage(QHash<QString, qint64> usage)
{
    submit<Done>([usage = std::move(usage)](SqlBackend& b) {
        b.recordUsage(usage);
        return b.flushUsage();
    });
}

std::optional<Result<VerifyResult>> SqlStore::verifyHere(const QString& secret,
                                                         const QString& scope)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_options.driver != SqlStoreOptions::Driver::Sqlite || m_verifyCacheFailed)
        return std::nullopt;
    if (!m_verifyCache) {
        m_verifyCache = openVerifyCache();
        if (!m_verifyCache) {
            m_verifyCacheFailed = true; // verify() and verifyBatch() still work
            return std::nullopt;
        }
        m_usageHandedMs = QDateTime::currentMSecsSinceEpoch();
    }
    Result<VerifyResult> result = m_verifyCache->verify(secret, scope);
    // Hand the last-used times to the database thread, which writes them, once per interval.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_verifyCache->hasUsage() && now - m_usageHandedMs >= m_options.usageFlushIntervalMs) {
        m_usageHandedMs = now;
        writeUsage(m_verifyCache->takeUsage());
    }
    return result;
}

std::optional<Result<VerifyResult>> SqlStore::verifyOnThisThread(QLatin1StringView secret,
                                                                 QLatin1StringView scope)
{
    if (QThread::currentThread() == thread())
        return verifyHere(QString(secret), QString(scope));
    if (m_options.driver != SqlStoreOptions::Driver::Sqlite)
        return std::nullopt;
    ThreadVerifyCache& local = t_verifyCache;
    if (local.storeId != m_id) {
        local.cache.reset();
        local.failed = false;
        local.storeId = m_id;
    }
    if (local.failed)
        return std::nullopt;
    if (!local.cache) {
        local.cache = openVerifyCache();
        if (!local.cache) {
            local.failed = true; // verify() still works
            return std::nullopt;
        }
        // Each valid call's last-used time joins the others' at once, so that key listings
        // show it as they show verify()'s.
        local.cache->setUsageSink([this](const QString& keyId, qint64 ms) {
            std::lock_guard lock(m_usageMutex);
            qint64& last = m_sharedUsage[keyId];
            last = std::max(last, ms);
        });
    }
    Result<VerifyResult> result = local.cache->verify(secret, scope);
    // Once per interval, by whichever thread comes first: to the database thread, which writes.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 handed = m_sharedUsageHandedMs.load();
    if (now - handed >= m_options.usageFlushIntervalMs &&
        m_sharedUsageHandedMs.compare_exchange_strong(handed, now)) {
        if (QHash<QString, qint64> usage = takeSharedUsage(); !usage.isEmpty())
            writeUsage(std::move(usage));
    }
    return result;
}

QFuture<Result<Done>> SqlStore::createAdmin(const QString& name, const QByteArray& tokenHash)
{
    return submit<Done>([name, tokenHash, actor = m_actor](SqlBackend& b) {
        return b.createAdmin(name, tokenHash, actor);
    });
}

QFuture<Result<QString>> SqlStore::adminForTokenHash(const QByteArray& tokenHash)
{
    return submit<QString>([tokenHash](SqlBackend& b) { return b.adminForTokenHash(tokenHash); });
}

QFuture<Result<Done>> SqlStore::createAdmin(const QString& name, const QByteArray& tokenHash,
                                            const QString& role, const QDateTime& expiresAt)
{
    return submit<Done>([name, tokenHash, role, expiresAt, actor = m_actor](SqlBackend& b) {
        return b.createAdmin(name, tokenHash, role, expiresAt, actor);
    });
}

QFuture<Result<QList<AdminAccount>>> SqlStore::listAdmins()
{
    return submit<QList<AdminAccount>>([](SqlBackend& b) { return b.listAdmins(); });
}

QFuture<Result<Done>> SqlStore::revokeAdmin(const QString& name)
{
    return submit<Done>(
        [name, actor = m_actor](SqlBackend& b) { return b.revokeAdmin(name, actor); });
}

QFuture<Result<Done>> SqlStore::recordRefusedToken(const RefusedToken& refusal)
{
    return submit<Done>([refusal](SqlBackend& b) { return b.recordRefusedToken(refusal); });
}

QFuture<Result<Done>> SqlStore::backUpTo(const QString& file)
{
    return submit<Done>([file](SqlBackend& b) { return b.backUpTo(file); });
}

QFuture<Result<AuditChain::Report>> SqlStore::checkAuditChain()
{
    return submit<AuditChain::Report>([](SqlBackend& b) { return b.checkAuditChain(); });
}

QFuture<Result<AdminAccount>> SqlStore::adminAccountForTokenHash(const QByteArray& tokenHash)
{
    return submit<AdminAccount>(
        [tokenHash](SqlBackend& b) { return b.adminAccountForTokenHash(tokenHash); });
}

} // namespace sk
