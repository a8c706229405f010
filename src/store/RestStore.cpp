// Scopekeeper store: RestStore's operations, each one or more requests of the REST API
// (paths, documents and errors from src/wire); the exchange itself is in RestTransport.cpp.
#include "RestStore.h"

#include "RestAppsReader.h"
#include "WhenDone.h"
#include "WireEtag.h"
#include "WireJson.h"
#include "WirePageReader.h"
#include "WirePaths.h"
#include "WireRequests.h"

#include <QPromise>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <utility>

namespace sk {

template <typename T>
QFuture<Result<T>> RestStore::call(const Request& request,
                                   std::function<Result<T>(const Answer&)> parse)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    if (!m_open) {
        promise->addResult(
            Result<T>(Error(ErrorCode::Unavailable, tr("The server connection is not open."))));
        promise->finish();
        return future;
    }
    send(request, [promise, parse = std::move(parse)](const Answer& answer) {
        promise->addResult(parse(answer));
        promise->finish();
    });
    return future;
}

// ---- operations ---------------------------------------------------------------------------

QFuture<Result<StoreInfo>> RestStore::open()
{
    auto promise = std::make_shared<QPromise<Result<StoreInfo>>>();
    promise->start();
    QFuture<Result<StoreInfo>> future = promise->future();
    if (const std::optional<Error> refused = precondition(false)) {
        promise->addResult(Result<StoreInfo>(*refused));
        promise->finish();
        return future;
    }
    // The health check, the catalog and who the token belongs to are asked for at once (three
    // round trips would be waited for one after the other otherwise) and judged in that order
    // once all three are in, so a server that is not Scopekeeper's is still named as such.
    // The apps, when asked for, are read meanwhile; they are dropped if the store does not open.
    if (m_options.readAppsAtOpen && !precondition(true)) {
        Request first;
        first.method = "GET";
        first.path = wire::route::Apps;
        const QNetworkRequest request = networkRequest(first);
        if (!m_appsReader || m_appsReader->reading()) // else: connected ahead, ready
            m_appsReader = std::make_shared<RestAppsReader>(request);
        m_appsReader->read(request, m_options.pageSize);
    } else {
        m_appsReader.reset();
    }
    struct Answers
    {
        std::optional<Answer> healthz, scopes, me;
        bool complete() const { return healthz && scopes && me; }
    };
    auto answers = std::make_shared<Answers>();
    auto judge = [this, promise, answers] {
        if (!answers->complete())
            return;
        const Result<StoreInfo> info =
            openedWith(*answers->healthz, *answers->scopes, *answers->me);
        if (info.ok()) {
            m_open = true;
            if (m_appsReader) // listApps() takes it from here
                readAppsAside();
        } else {
            m_appsReader.reset();
        }
        promise->addResult(info);
        promise->finish();
    };
    Request health;
    health.method = "GET";
    health.path = wire::route::Healthz;
    health.admin = false;
    send(health, [answers, judge](const Answer& a) {
        answers->healthz = a;
        judge();
    });
    Request scopes;
    scopes.method = "GET";
    scopes.path = wire::route::Scopes;
    send(scopes, [answers, judge](const Answer& a) {
        answers->scopes = a;
        judge();
    });
    Request me;
    me.method = "GET";
    me.path = wire::route::Me;
    send(me, [answers, judge](const Answer& a) {
        answers->me = a;
        judge();
    });
    return future;
}

Result<StoreInfo> RestStore::openedWith(const Answer& healthz, const Answer& scopes,
                                        const Answer& me)
{
    if (healthz.error)
        return *healthz.error;
    if (healthz.status != 200) {
        return Error(ErrorCode::Unavailable,
                     tr("%1 answered HTTP %2 to a health check: it is not a "
                        "Scopekeeper server, or it is not working properly.")
                         .arg(urlText(), QString::number(healthz.status)));
    }
    if (scopes.status != 200)
        return errorFor(scopes);
    Result<Catalog> catalog = Catalog::fromJson(scopes.body, urlText());
    if (!catalog.ok())
        return catalog.error();
    StoreInfo info;
    info.location = urlText();
    info.catalogId = catalog->id();
    info.scoping = wire::scopingFromScopesJson(scopes.body);
    // Who the token belongs to: the name "Created by" and the audit log give to what is done
    // through this store. A server from before GET /api/v1/me: the name in the options stays.
    if (me.status != 404) {
        const Result<QJsonObject> o = document(me, 200);
        if (!o.ok())
            return o.error();
        const AdminAccount account = wire::meFromJson(o.value());
        const QString name = account.name.trimmed();
        if (name.isEmpty()) {
            return Error(ErrorCode::Internal,
                         tr("The server at %1 did not name the administrator of "
                            "the token; is it a Scopekeeper server?")
                             .arg(urlText()));
        }
        m_options.actor = name;
        // A server from before roles says neither: an administrator, no expiry.
        info.role = account.role;
        info.accessExpiresAt = account.expiresAt;
        m_readOnly = info.readOnly();
    }
    // A store's catalog never changes: the models ask for it again, and get this one.
    m_catalog = std::move(catalog).value();
    return info;
}

QFuture<Result<Catalog>> RestStore::catalog()
{
    if (m_open && m_catalog)
        return QtFuture::makeReadyFuture(Result<Catalog>(*m_catalog));
    Request r;
    r.method = "GET";
    r.path = wire::route::Scopes;
    return call<Catalog>(r, [this](const Answer& a) -> Result<Catalog> {
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        return Catalog::fromJson(a.body, urlText());
    });
}

QFuture<Result<Page<App>>> RestStore::appsPage(const AppQuery& query, const PageQuery& page)
{
    return readingAhead<App>(&m_appsAhead, appsListing(query), page,
                             [this, query](const PageQuery& p, std::shared_ptr<EarlyNext> early) {
                                 return fetchAppsPage(query, p, std::move(early));
                             });
}

namespace {

/// Tells `early` (if it is set by now) the next cursor that the end of an ordinary page names.
void tellEarly(const std::shared_ptr<std::function<void(const QString&)>>& early,
               const QByteArray& body)
{
    if (!early || !*early)
        return;
    if (const std::optional<QString> next = wire::trailingNextCursor(body))
        (*early)(*next);
}

} // namespace

QFuture<Result<Page<App>>> RestStore::fetchAppsPage(const AppQuery& query, const PageQuery& page,
                                                    std::shared_ptr<EarlyNext> early)
{
    Request r;
    r.method = "GET";
    r.path = wire::route::Apps;
    r.query = wire::appsPageQuery(page.limit, query.text, page.after);
    return call<Page<App>>(r, [this, early](const Answer& a) -> Result<Page<App>> {
        // Read straight from the text when it is an ordinary page (WirePageReader.h).
        if (a.status == 200 && !a.error) {
            tellEarly(early, a.body);
            if (std::optional<wire::AppsPage> page = wire::readAppsPage(a.body))
                return Page<App>{std::move(page->apps), page->nextCursor};
        }
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        wire::AppsPage page = wire::appsPageFromJson(o.value());
        return Page<App>{std::move(page.apps), page.nextCursor};
    });
}

void RestStore::readAppsAside()
{
    auto promise = std::make_shared<QPromise<Result<QList<App>>>>();
    promise->start();
    auto taken = std::make_shared<bool>(false);
    m_appsAtOpen = AppsAtOpen{promise->future(), taken};
    whenDone(this, m_appsReader->listing(),
             [this, promise, taken,
              reader = std::weak_ptr(m_appsReader)](const RestAppsReader::Listing& listing) {
                 auto answer = [promise](const Result<QList<App>>& result) {
                     promise->addResult(result);
                     promise->finish();
                 };
                 const bool wanted = *taken || (m_appsAtOpen && m_appsAtOpen->taken == taken);
                 if (listing.apps) {
                     answer(*listing.apps);
                 } else if (listing.timedOut) {
                     answer(timedOut());
                 } else if (wanted) {
                     // Not as expected: listed here, where a failure is retried and named.
                     whenDone(this, allPages<App>([this](const PageQuery& page) {
                                  return appsPage(AppQuery(), page);
                              }),
                              answer);
                 } else {
                     promise->finish(); // dropped before anyone took it: no one waits
                 }
                 // Joining the reader's thread takes up to a millisecond or so: done once the
                 // apps are handed on (their continuations were queued first), not before.
                 if (const std::shared_ptr<RestAppsReader> done = reader.lock();
                     done && done == m_appsReader) {
                     m_appsReader.reset();
                     QTimer::singleShot(0, this, [done] {});
                 }
             });
}

QFuture<Result<QList<App>>> RestStore::listApps(const AppQuery& query)
{
    if (m_appsAtOpen && query.text.isEmpty()) {
        *m_appsAtOpen->taken = true;
        return std::exchange(m_appsAtOpen, std::nullopt)->apps;
    }
    return allPages<App>([this, query](const PageQuery& page) { return appsPage(query, page); });
}

QFuture<Result<App>> RestStore::app(const QString& appId)
{
    Request r;
    r.method = "GET";
    r.path = wire::appPath(appId);
    return call<App>(r, [this](const Answer& a) -> Result<App> {
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        App app = wire::appFromJson(o.value());
        // The ETag is the version an update must name.
        if (const std::optional<qint64> version = wire::versionFromEtag(a.etag))
            app.version = *version;
        return app;
    });
}

QFuture<Result<App>> RestStore::createApp(const NewApp& app)
{
    Request r;
    r.method = "POST";
    r.path = wire::route::Apps;
    r.idempotent = false;
    r.body = wire::compact(wire::newAppJson(app));
    return call<App>(r, [this](const Answer& a) -> Result<App> {
        const Result<QJsonObject> o = document(a, 201);
        if (!o.ok())
            return o.error();
        dropReadAhead();
        Q_EMIT appsChanged();
        return wire::appFromJson(o.value());
    });
}

QFuture<Result<App>> RestStore::updateApp(const QString& appId, const AppPatch& patch,
                                          qint64 expectedVersion)
{
    Request r;
    r.method = "PATCH";
    r.path = wire::appPath(appId);
    r.idempotent = false;
    r.body = wire::compact(wire::appPatchJson(patch));
    r.headers << qMakePair(QByteArrayLiteral("If-Match"), wire::etag(expectedVersion));
    return call<App>(r, [this](const Answer& a) -> Result<App> {
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        dropReadAhead();
        Q_EMIT appsChanged();
        return wire::appFromJson(o.value());
    });
}

QFuture<Result<Done>> RestStore::deleteApp(const QString& appId)
{
    Request r;
    r.method = "DELETE";
    r.path = wire::appPath(appId);
    r.idempotent = false;
    return call<Done>(r, [this](const Answer& a) -> Result<Done> {
        if (a.status != 204 && a.status != 200)
            return errorFor(a);
        dropReadAhead();
        Q_EMIT appsChanged();
        return Done{};
    });
}

QFuture<Result<QList<ApiKey>>> RestStore::listKeys(const QString& appId)
{
    return keysAt(wire::appKeysPath(appId));
}

QFuture<Result<QList<ApiKey>>> RestStore::listAllKeys()
{
    return allPages<ApiKey>([this](const PageQuery& page) { return keysPage(page); });
}

QFuture<Result<Page<ApiKey>>> RestStore::keysPage(const PageQuery& page)
{
    return readingAhead<ApiKey>(&m_keysAhead, QStringLiteral("keys"), page,
                                [this](const PageQuery& p, std::shared_ptr<EarlyNext> early) {
                                    return fetchKeysPage(p, std::move(early));
                                });
}

template <typename T>
QFuture<Result<Page<T>>> RestStore::readingAhead(std::optional<ReadAhead<T>>* ahead,
                                                 const QString& listing, const PageQuery& page,
                                                 PageFetch<T> fetch)
{
    const auto positionOf = [listing](const PageQuery& p) { return readAheadPosition(listing, p); };
    QFuture<Result<Page<T>>> future;
    std::shared_ptr<EarlyNext> early;
    if (*ahead && (*ahead)->position == positionOf(page)) {
        future = (*ahead)->future;
        early = (*ahead)->early;
    } else {
        early = std::make_shared<EarlyNext>();
        future = fetch(page, early);
    }
    ahead->reset();
    // At most one page is read ahead, and only the page after one the caller asked for: a
    // caller that stops asking costs one request. A guess from the end of the text that the
    // page, once read, does not confirm is replaced by the right one.
    auto readNext = [ahead, page, fetch, positionOf](const QString& next) {
        if (next.isEmpty())
            return;
        const PageQuery nextPage{next, page.limit};
        if (*ahead && (*ahead)->position == positionOf(nextPage))
            return;
        auto nextEarly = std::make_shared<EarlyNext>();
        *ahead = ReadAhead<T>{positionOf(nextPage), fetch(nextPage, nextEarly), nextEarly};
    };
    // The caller asked for this page: as soon as its text names the next page, that one is
    // asked for, while this one is still being read.
    *early = readNext;
    auto afterPage = [readNext](const Result<Page<T>>& answer) {
        if (answer.ok())
            readNext(answer->next);
    };
    // Registered before the caller's own continuation, so the next page is asked for before
    // the caller turns this one into rows.
    if (future.isFinished())
        afterPage(future.result());
    else
        whenDone(this, future, afterPage);
    return future;
}

QString RestStore::appsListing(const AppQuery& query)
{
    return QStringLiteral("apps?") + query.text;
}

QString RestStore::readAheadPosition(const QString& listing, const PageQuery& page)
{
    return listing + QLatin1Char('\n') + QString::number(page.limit) + QLatin1Char('\n') +
           page.after;
}

void RestStore::dropReadAhead()
{
    m_appsAhead.reset();
    m_keysAhead.reset();
    m_appsAtOpen.reset();
    m_appsReader.reset(); // a listing already taken is then read again by allPages()
}

QFuture<Result<Page<ApiKey>>> RestStore::fetchKeysPage(const PageQuery& page,
                                                       std::shared_ptr<EarlyNext> early)
{
    Request r;
    r.method = "GET";
    r.path = wire::route::Keys;
    r.query = wire::keysPageQuery(page.limit, page.after);
    return call<Page<ApiKey>>(r, [this, early](const Answer& a) -> Result<Page<ApiKey>> {
        // Read straight from the text when it is an ordinary page (WirePageReader.h).
        if (a.status == 200 && !a.error) {
            tellEarly(early, a.body);
            if (std::optional<wire::KeysPage> page = wire::readKeysPage(a.body))
                return Page<ApiKey>{std::move(page->keys), page->nextCursor};
        }
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        wire::KeysPage page = wire::keysPageFromJson(o.value());
        return Page<ApiKey>{std::move(page.keys), page.nextCursor};
    });
}

template <typename T>
QFuture<Result<QList<T>>>
RestStore::allPages(std::function<QFuture<Result<Page<T>>>(const PageQuery&)> fetch)
{
    // Follows `next` until the last page; every page is one GET.
    auto promise = std::make_shared<QPromise<Result<QList<T>>>>();
    promise->start();
    QFuture<Result<QList<T>>> future = promise->future();
    auto rows = std::make_shared<QList<T>>();
    auto cursors = std::make_shared<QSet<QString>>(); // of the pages asked for
    // A server that names a page twice would be followed forever.
    const Error loop(ErrorCode::Internal,
                     tr("The server at %1 named the same page of a listing twice; the listing "
                        "was stopped there.")
                         .arg(urlText()));
    // `next` asks for a page; it holds itself only weakly, and the continuation waiting for a
    // page holds it: a store destroyed while a page is on its way frees it all.
    auto next = std::make_shared<std::function<void(const QString&)>>();
    *next = [this, promise, rows, cursors, loop, weakNext = std::weak_ptr(next),
             fetch](const QString& after) {
        auto onPage = [promise, rows, cursors, loop,
                       next = weakNext.lock()](const Result<Page<T>>& page) {
            auto done = [promise](Result<QList<T>> result) {
                promise->addResult(std::move(result));
                promise->finish();
            };
            if (!page.ok())
                return done(page.error());
            rows->append(page->items);
            if (page->next.isEmpty() || page->items.isEmpty() || !next)
                return done(*rows);
            if (cursors->contains(page->next))
                return done(loop);
            cursors->insert(page->next);
            (*next)(page->next);
        };
        // A page refused at once (no token, not open) ends the listing at once too.
        const QFuture<Result<Page<T>>> page = fetch(PageQuery{after, m_options.pageSize});
        if (page.isFinished())
            onPage(page.result());
        else
            whenDone(this, page, onPage);
    };
    auto start = *next;
    start(QString());
    return future;
}

QFuture<Result<QList<ApiKey>>> RestStore::keysAt(const QString& path)
{
    Request r;
    r.method = "GET";
    r.path = path;
    return call<QList<ApiKey>>(r, [this](const Answer& a) -> Result<QList<ApiKey>> {
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        return wire::keyListFromJson(o.value());
    });
}

QFuture<Result<CreatedKey>> RestStore::createKey(const QString& appId, const NewKey& key)
{
    Request r;
    r.method = "POST";
    r.path = wire::appKeysPath(appId);
    r.idempotent = false;
    r.body = wire::compact(wire::newKeyJson(key));
    return call<CreatedKey>(r, [this, appId](const Answer& a) -> Result<CreatedKey> {
        const Result<QJsonObject> o = document(a, 201);
        if (!o.ok())
            return o.error();
        CreatedKey created = wire::createdKeyFromJson(o.value());
        dropReadAhead();
        Q_EMIT keysChanged(appId);
        return created;
    });
}

QFuture<Result<Done>> RestStore::deleteKey(const QString& appId, const QString& keyId)
{
    Request r;
    r.method = "DELETE";
    r.path = wire::appKeyPath(appId, keyId);
    r.idempotent = false;
    return call<Done>(r, [this, appId](const Answer& a) -> Result<Done> {
        if (a.status != 204 && a.status != 200)
            return errorFor(a);
        dropReadAhead();
        Q_EMIT keysChanged(appId);
        return Done{};
    });
}

QFuture<Result<RolledKey>> RestStore::rollKey(const QString& appId, const QString& keyId,
                                              const RollKey& roll)
{
    Request r;
    r.method = "POST";
    r.path = wire::appKeyRollPath(appId, keyId);
    r.idempotent = false;
    r.body = wire::compact(wire::rollKeyJson(roll));
    return call<RolledKey>(r, [this, appId](const Answer& a) -> Result<RolledKey> {
        const Result<QJsonObject> o = document(a, 201);
        if (!o.ok())
            return o.error();
        RolledKey rolled = wire::rolledKeyFromJson(o.value());
        dropReadAhead();
        Q_EMIT keysChanged(appId);
        return rolled;
    });
}

QFuture<Result<QList<ApiKey>>> RestStore::listMyKeys()
{
    Request r;
    r.method = "GET";
    r.path = wire::route::MyKeys;
    return call<QList<ApiKey>>(r, [this](const Answer& a) -> Result<QList<ApiKey>> {
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        QList<ApiKey> keys = wire::keyListFromJson(o.value());
        if (!keys.isEmpty())
            m_personalAppId = keys.constFirst().appId;
        return keys;
    });
}

QFuture<Result<CreatedKey>> RestStore::createMyKey(const NewKey& key)
{
    Request r;
    r.method = "POST";
    r.path = wire::route::MyKeys;
    r.idempotent = false;
    r.body = wire::compact(wire::newKeyJson(key));
    return call<CreatedKey>(r, [this](const Answer& a) -> Result<CreatedKey> {
        const Result<QJsonObject> o = document(a, 201);
        if (!o.ok())
            return o.error();
        CreatedKey created = wire::createdKeyFromJson(o.value());
        m_personalAppId = created.key.appId;
        dropReadAhead();
        Q_EMIT keysChanged(created.key.appId);
        return created;
    });
}

QFuture<Result<Done>> RestStore::deleteMyKey(const QString& keyId)
{
    Request r;
    r.method = "DELETE";
    r.path = wire::myKeyPath(keyId);
    r.idempotent = false;
    return call<Done>(r, [this](const Answer& a) -> Result<Done> {
        if (a.status != 204 && a.status != 200)
            return errorFor(a);
        dropReadAhead();
        // The personal app, as the keys listed or made through this store named it.
        Q_EMIT keysChanged(m_personalAppId);
        return Done{};
    });
}

QFuture<Result<VerifyResult>> RestStore::verify(const QString& secret, const QString& scope)
{
    Request r;
    r.method = "POST";
    r.path = wire::route::Verify;
    r.admin = false; // services verify without a token
    r.body = wire::compact(wire::verifyRequestJson({secret, scope}));
    return call<VerifyResult>(r, [this](const Answer& a) -> Result<VerifyResult> {
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        const std::optional<VerifyResult> result = wire::verifyFromJson(o.value());
        if (!result) {
            return Error(ErrorCode::Internal,
                         tr("The server at %1 sent an answer to a key check that cannot be read.")
                             .arg(urlText()));
        }
        return *result;
    });
}

QFuture<Result<QList<AuditEntry>>> RestStore::audit(const AuditQuery& query)
{
    Request r;
    r.method = "GET";
    r.path = wire::route::Audit;
    r.query = wire::auditQuery(query);
    return call<QList<AuditEntry>>(r, [this](const Answer& a) -> Result<QList<AuditEntry>> {
        const Result<QJsonObject> o = document(a, 200);
        if (!o.ok())
            return o.error();
        return wire::auditListFromJson(o.value());
    });
}

} // namespace sk
