// Scopekeeper server: the apps routes, /api/v1/apps and /api/v1/apps/{id}.
#include "ApiCall.h"
#include "WireCursor.h"
#include "WireEtag.h"
#include "WireFields.h"
#include "WireJson.h"
#include "WirePaths.h"
#include "WireRequests.h"

namespace sk {

namespace {

HttpHeaders etagOf(const App& app)
{
    return {{QByteArrayLiteral("ETag"), wire::etag(app)}};
}

} // namespace

void ApiServer::listApps(const CallPtr& call)
{
    HttpReply bad;
    PageQuery page;
    if (!queryPage(call, DefaultPageSize, &page, &bad))
        return answer(call, bad);
    AppQuery query;
    query.text = call->request.query.queryItemValue(wire::param::Text, QUrl::FullyDecoded);
    // Paged in SQL, by folded name then id, in code point order on every database: apps
    // created or deleted between pages neither repeat nor shift the others.
    reply(call, m_store.appsPage(query, page), [](const Page<App>& apps) {
        // Written directly, not through QJsonObject: up to 1,000 apps a page.
        const wire::AppsPage answer{apps.items, wire::encodeCursor(apps.next)};
        return HttpReply{
            200, {{QByteArrayLiteral("Content-Type"), JsonType}}, wire::appsPageText(answer)};
    });
}

void ApiServer::createApp(const CallPtr& call)
{
    const std::optional<QJsonObject> body = bodyObject(call, wire::newAppMembers());
    if (!body)
        return;
    QStringList wrongTypes;
    // Missing members are empty: the store's rules then say what is missing (422).
    const NewApp app = wire::newAppFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    reply(call, m_store.createApp(app, SqlStore::ActAs{call->admin}), [this](const App& created) {
        HttpHeaders headers = etagOf(created);
        headers.append({QByteArrayLiteral("Location"), wire::appPath(created.id).toUtf8()});
        return json(201, wire::appJson(created), headers);
    });
}

void ApiServer::getApp(const CallPtr& call)
{
    reply(call, m_store.app(call->params.value(0)),
          [this](const App& app) { return json(200, wire::appJson(app), etagOf(app)); });
}

void ApiServer::patchApp(const CallPtr& call)
{
    const std::optional<QJsonObject> body = bodyObject(call, wire::appPatchMembers());
    if (!body)
        return;
    QStringList wrongTypes;
    const AppPatch patch = wire::appPatchFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    if (call->request.ifMatch.trimmed().isEmpty()) {
        return answer(call, problem(428, tr("A change to an app needs the app's ETag in "
                                            "If-Match (from GET /api/v1/apps/{id}), so that it "
                                            "cannot undo someone else's change unseen.")));
    }
    const wire::IfMatch ifMatch = wire::parseIfMatch(call->request.ifMatch);
    if (!ifMatch.any && ifMatch.versions.size() == 1)
        return updateApp(call, patch, ifMatch.versions.first());
    // "*", several tags, or none we can read: compare with the app as it is now.
    whenDone(this, m_store.app(call->params.value(0)),
             [this, call, patch, ifMatch](const Result<App>& current) {
                 if (!current.ok())
                     return answer(call, errorReply(call, current.error()));
                 if (!ifMatch.any && !ifMatch.versions.contains(current->version)) {
                     return answer(call, problem(412, tr("The app has changed since that ETag; "
                                                         "get it again and retry.")));
                 }
                 updateApp(call, patch, current->version);
             });
}

void ApiServer::updateApp(const CallPtr& call, const AppPatch& patch, qint64 expectedVersion)
{
    reply(
        call,
        m_store.updateApp(call->params.value(0), patch, expectedVersion,
                          SqlStore::ActAs{call->admin}),
        [this](const App& updated) { return json(200, wire::appJson(updated), etagOf(updated)); });
}

void ApiServer::deleteApp(const CallPtr& call)
{
    reply(call, m_store.deleteApp(call->params.value(0), SqlStore::ActAs{call->admin}),
          [](const Done&) {
              return HttpReply{204, {}, {}};
          });
}

} // namespace sk
