// Scopekeeper store: the asynchronous interface every storage speaks.
//
// Every operation returns at once with a QFuture; the work happens elsewhere (a database
// thread, the network). The GUI continues with sk::whenDone(context, future, …) (WhenDone.h) and
// never blocks. A failed operation leaves the store as it was.
#pragma once

#include "Catalog.h"
#include "Error.h"
#include "Types.h"

#include <QFuture>
#include <QObject>

namespace sk {

class Store : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Store() override = default;

    /// Opens (and, where allowed, creates) the store. Operations before it fail with
    /// ErrorCode::Unavailable.
    virtual QFuture<Result<StoreInfo>> open() = 0;
    /// What the store is, for a status bar: "Local store: /path/file.sqlite".
    virtual QString location() const = 0;
    /// The name "Created by" and the audit log show for changes made through this store.
    virtual QString actor() const = 0;
    /// The signed-in account reads everything and changes nothing (a server's auditor): every
    /// change would be refused. False for a local store.
    virtual bool readOnly() const { return false; }
    /// A server's store, reached over the network (RestStore); false for a store in a file.
    virtual bool isRemote() const { return false; }
    /// Signing out: forgets the credentials the store was opened with (a server's token, wiped
    /// from memory); every request needing them fails with ErrorCode::Unauthorized from then
    /// on. A store in a file has none: nothing happens.
    virtual void forgetCredentials() {}
    /// A consistent copy of the store in `file`, which must not exist, made while the store
    /// goes on working. Only a local (SQLite) store makes one; the others answer
    /// ErrorCode::Unavailable, saying where theirs is made.
    virtual QFuture<Result<Done>> backUpTo(const QString& file);

    virtual QFuture<Result<Catalog>> catalog() = 0;

    /// Every app that matches `query` (by case-folded name, then id).
    virtual QFuture<Result<QList<App>>> listApps(const AppQuery& query = {}) = 0;
    /// One page of them; `page.after` must be a `next` this store gave (else ErrorCode::Invalid,
    /// field "cursor").
    virtual QFuture<Result<Page<App>>> appsPage(const AppQuery& query, const PageQuery& page) = 0;
    virtual QFuture<Result<App>> app(const QString& appId) = 0;
    virtual QFuture<Result<App>> createApp(const NewApp& app) = 0;
    /// Applies `patch` if the app is still at `expectedVersion`; otherwise ErrorCode::Stale and
    /// nothing changes.
    virtual QFuture<Result<App>> updateApp(const QString& appId, const AppPatch& patch,
                                           qint64 expectedVersion) = 0;
    QFuture<Result<App>> renameApp(const QString& appId, const QString& name,
                                   qint64 expectedVersion)
    {
        return updateApp(appId, AppPatch{name, std::nullopt}, expectedVersion);
    }
    QFuture<Result<App>> setAppScopes(const QString& appId, const QStringList& scopes,
                                      qint64 expectedVersion)
    {
        return updateApp(appId, AppPatch{std::nullopt, scopes}, expectedVersion);
    }
    /// Deletes the app and every one of its keys, permanently.
    virtual QFuture<Result<Done>> deleteApp(const QString& appId) = 0;

    virtual QFuture<Result<QList<ApiKey>>> listKeys(const QString& appId) = 0;
    /// Every key of every app (the "API Keys" page).
    virtual QFuture<Result<QList<ApiKey>>> listAllKeys() = 0;
    /// One page of every key (by app, then creation): what a view shows while the rest comes.
    virtual QFuture<Result<Page<ApiKey>>> keysPage(const PageQuery& page) = 0;
    /// The only answer that ever holds the secret.
    virtual QFuture<Result<CreatedKey>> createKey(const QString& appId, const NewKey& key) = 0;
    virtual QFuture<Result<Done>> deleteKey(const QString& appId, const QString& keyId) = 0;
    /// Rolls a key, in one transaction with one audit entry: a new key on the same app with the
    /// old one's scopes (its secret in the answer, once), and the old key stops (stopsAt)
    /// `roll.graceSeconds` from now, at the latest when it expires; verify answers Expired for
    /// it from then on. Refused (ErrorCode::Invalid) when the old key has expired (field
    /// "expires_at") or is being rolled already (field "stops_at"), or the grace is out of
    /// 0…Rules::MaxRollGraceDays days (field "grace_seconds"). A personal key (createMyKey) is
    /// rolled on its personal app (ApiKey::appId), by its owner only.
    virtual QFuture<Result<RolledKey>> rollKey(const QString& appId, const QString& keyId,
                                               const RollKey& roll) = 0;

    /// The caller's own keys, newest first: on a server the signed-in administrator's, on a
    /// local store the local user's (actor()). They live on the caller's personal app, which
    /// holds every catalog scope, is made on the first createMyKey() and is never listed among
    /// the apps. These work in both scoping modes; a per-key store has no other keys.
    virtual QFuture<Result<QList<ApiKey>>> listMyKeys() = 0;
    /// A key of the caller's own. `key.scopes` is required: a non-empty list of catalog scopes
    /// (else ErrorCode::Invalid, field "scopes", naming a scope the catalog lacks).
    virtual QFuture<Result<CreatedKey>> createMyKey(const NewKey& key) = 0;
    /// Deletes one of the caller's own keys, permanently; another's key is ErrorCode::NotFound.
    virtual QFuture<Result<Done>> deleteMyKey(const QString& keyId) = 0;

    /// May `secret` use `scope`? A well-formed request always answers with a VerifyResult.
    virtual QFuture<Result<VerifyResult>> verify(const QString& secret, const QString& scope) = 0;

    /// Who did what, newest first.
    virtual QFuture<Result<QList<AuditEntry>>> audit(const AuditQuery& query = {}) = 0;

Q_SIGNALS:
    /// Emitted after a change made through this store has been committed.
    void appsChanged();
    /// Emitted after a key of `appId` was created or deleted (its app's key count changed too).
    void keysChanged(const QString& appId);
};

} // namespace sk
