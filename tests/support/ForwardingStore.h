// Scopekeeper tests: a Store that forwards every call to another store, and lets a test step
// in on any of them: answer with an error of its own, hold the answer until released, and
// count the calls.
//
//   SqlStore real(options);
//   ForwardingStore store(&real);
//   store.listAppsCalls.failWith = Error(ErrorCode::Unavailable, QStringLiteral("…"));
//   store.createKeyCalls.hold = true;  // … store.createKeyCalls.release();
//   store.keysPageCalls.hold = true;   // … store.keysPageCalls.failHeld(Error(…));
#pragma once

#include "Error.h"
#include "Store.h"
#include "Wait.h"

#include <QFuture>
#include <QList>
#include <QPromise>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace sk::test {

/// A future that has already finished with `value`.
template <typename T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

/// What a ForwardingStore does with the calls of one operation.
template <typename T> class Interception
{
public:
    /// How often the operation was called.
    int calls = 0;
    /// Answer every call with this error instead of forwarding it.
    std::optional<Error> failWith;
    /// Keep every call unanswered until release().
    bool hold = false;

    /// Answers every held call with what the inner store answers now, in the order they came.
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const Held& call : held) {
            call.promise->addResult(waitFor(call.forward()));
            call.promise->finish();
        }
    }
    /// Answers every held call with `error` instead, in the order they came.
    void failHeld(const Error& error)
    {
        const auto held = std::exchange(m_held, {});
        for (const Held& call : held) {
            call.promise->addResult(Result<T>(error));
            call.promise->finish();
        }
    }
    /// How many calls are held.
    qsizetype heldCount() const { return m_held.size(); }

    /// Counts the call, then fails it, holds it or forwards it.
    QFuture<Result<T>> operator()(std::function<QFuture<Result<T>>()> forward)
    {
        ++calls;
        if (failWith)
            return readyFuture(Result<T>(*failWith));
        if (hold) {
            auto promise = std::make_shared<QPromise<Result<T>>>();
            promise->start();
            m_held << Held{promise, std::move(forward)};
            return promise->future();
        }
        return forward();
    }

private:
    struct Held
    {
        std::shared_ptr<QPromise<Result<T>>> promise;
        std::function<QFuture<Result<T>>()> forward;
    };
    QList<Held> m_held;
};

/// A Store that forwards to `inner` (owned or not), through an Interception per operation.
/// Held calls are answered when the ForwardingStore goes, so no future is left unfinished.
class ForwardingStore : public Store
{
public:
    /// Whether appsChanged and keysChanged of the inner store are emitted here too.
    enum class Signals
    {
        Forwarded,
        Dropped
    };

    explicit ForwardingStore(Store* inner, Signals changes = Signals::Forwarded)
        : m_inner(inner)
    {
        if (changes == Signals::Forwarded) {
            connect(m_inner, &Store::appsChanged, this, &Store::appsChanged);
            connect(m_inner, &Store::keysChanged, this, &Store::keysChanged);
        }
    }
    explicit ForwardingStore(std::unique_ptr<Store> inner, Signals changes = Signals::Forwarded)
        : ForwardingStore(inner.get(), changes)
    {
        m_owned = std::move(inner);
    }
    ~ForwardingStore() override { releaseAll(); }

    Store* inner() const { return m_inner; }

    Interception<StoreInfo> openCalls;
    Interception<Catalog> catalogCalls;
    Interception<QList<App>> listAppsCalls;
    Interception<Page<App>> appsPageCalls;
    Interception<App> appCalls;
    Interception<App> createAppCalls;
    Interception<App> updateAppCalls;
    Interception<Done> deleteAppCalls;
    Interception<QList<ApiKey>> listKeysCalls;
    Interception<QList<ApiKey>> listAllKeysCalls;
    Interception<Page<ApiKey>> keysPageCalls;
    Interception<CreatedKey> createKeyCalls;
    Interception<Done> deleteKeyCalls;
    Interception<QList<ApiKey>> listMyKeysCalls;
    Interception<CreatedKey> createMyKeyCalls;
    Interception<Done> deleteMyKeyCalls;
    Interception<VerifyResult> verifyCalls;
    Interception<QList<AuditEntry>> auditCalls;

    /// Answers every held call of every operation.
    void releaseAll()
    {
        openCalls.release();
        catalogCalls.release();
        listAppsCalls.release();
        appsPageCalls.release();
        appCalls.release();
        createAppCalls.release();
        updateAppCalls.release();
        deleteAppCalls.release();
        listKeysCalls.release();
        listAllKeysCalls.release();
        keysPageCalls.release();
        createKeyCalls.release();
        deleteKeyCalls.release();
        listMyKeysCalls.release();
        createMyKeyCalls.release();
        deleteMyKeyCalls.release();
        verifyCalls.release();
        auditCalls.release();
    }

    QFuture<Result<StoreInfo>> open() override
    {
        return openCalls([this] { return m_inner->open(); });
    }
    QString location() const override { return m_inner->location(); }
    QString actor() const override { return m_inner->actor(); }
    bool readOnly() const override { return m_inner->readOnly(); }
    QFuture<Result<Catalog>> catalog() override
    {
        return catalogCalls([this] { return m_inner->catalog(); });
    }
    QFuture<Result<QList<App>>> listApps(const AppQuery& query) override
    {
        return listAppsCalls([this, query] { return m_inner->listApps(query); });
    }
    QFuture<Result<Page<App>>> appsPage(const AppQuery& query, const PageQuery& page) override
    {
        return appsPageCalls([this, query, page] { return m_inner->appsPage(query, page); });
    }
    QFuture<Result<App>> app(const QString& appId) override
    {
        return appCalls([this, appId] { return m_inner->app(appId); });
    }
    QFuture<Result<App>> createApp(const NewApp& app) override
    {
        return createAppCalls([this, app] { return m_inner->createApp(app); });
    }
    QFuture<Result<App>> updateApp(const QString& appId, const AppPatch& patch,
                                   qint64 expectedVersion) override
    {
        return updateAppCalls([this, appId, patch, expectedVersion] {
            return m_inner->updateApp(appId, patch, expectedVersion);
        });
    }
    QFuture<Result<Done>> deleteApp(const QString& appId) override
    {
        return deleteAppCalls([this, appId] { return m_inner->deleteApp(appId); });
    }
    QFuture<Result<QList<ApiKey>>> listKeys(const QString& appId) override
    {
        return listKeysCalls([this, appId] { return m_inner->listKeys(appId); });
    }
    QFuture<Result<QList<ApiKey>>> listAllKeys() override
    {
        return listAllKeysCalls([this] { return m_inner->listAllKeys(); });
    }
    QFuture<Result<Page<ApiKey>>> keysPage(const PageQuery& page) override
    {
        return keysPageCalls([this, page] { return m_inner->keysPage(page); });
    }
    QFuture<Result<CreatedKey>> createKey(const QString& appId, const NewKey& key) override
    {
        return createKeyCalls([this, appId, key] { return m_inner->createKey(appId, key); });
    }
    QFuture<Result<Done>> deleteKey(const QString& appId, const QString& keyId) override
    {
        return deleteKeyCalls([this, appId, keyId] { return m_inner->deleteKey(appId, keyId); });
    }
    QFuture<Result<RolledKey>> rollKey(const QString& appId, const QString& keyId,
                                       const RollKey& roll) override
    {
        return m_inner->rollKey(appId, keyId, roll);
    }
    QFuture<Result<QList<ApiKey>>> listMyKeys() override
    {
        return listMyKeysCalls([this] { return m_inner->listMyKeys(); });
    }
    QFuture<Result<CreatedKey>> createMyKey(const NewKey& key) override
    {
        return createMyKeyCalls([this, key] { return m_inner->createMyKey(key); });
    }
    QFuture<Result<Done>> deleteMyKey(const QString& keyId) override
    {
        return deleteMyKeyCalls([this, keyId] { return m_inner->deleteMyKey(keyId); });
    }
    QFuture<Result<VerifyResult>> verify(const QString& secret, const QString& scope) override
    {
        return verifyCalls([this, secret, scope] { return m_inner->verify(secret, scope); });
    }
    QFuture<Result<QList<AuditEntry>>> audit(const AuditQuery& query) override
    {
        return auditCalls([this, query] { return m_inner->audit(query); });
    }

private:
    std::unique_ptr<Store> m_owned;
    Store* m_inner;
};

} // namespace sk::test
