// Scopekeeper server: the keys routes, an app's keys and every key.
#include "ApiCall.h"
#include "WireCursor.h"
#include "WireJson.h"
#include "WireRequests.h"

namespace sk {

void ApiServer::listAppKeys(const CallPtr& call)
{
    reply(call, m_store.listKeys(call->params.value(0)),
          [this](const QList<ApiKey>& keys) { return json(200, wire::keyListJson(keys)); });
}

void ApiServer::createKey(const CallPtr& call)
{
    const std::optional<QJsonObject> body = bodyObject(call, wire::newKeyMembers());
    if (!body)
        return;
    QStringList wrongTypes;
    const NewKey key = wire::newKeyFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    // The only answer that ever holds a secret.
    reply(call, m_store.createKey(call->params.value(0), key, SqlStore::ActAs{call->admin}),
          [this](const CreatedKey& created) { return json(201, wire::createdKeyJson(created)); });
}

void ApiServer::deleteKey(const CallPtr& call)
{
    reply(call,
          m_store.deleteKey(call->params.value(0), call->params.value(1),
                            SqlStore::ActAs{call->admin}),
          [](const Done&) {
              return HttpReply{204, {}, {}};
          });
}

void ApiServer::rollKey(const CallPtr& call)
{
    const std::optional<QJsonObject> body = bodyObject(call, wire::rollKeyMembers());
    if (!body)
        return;
    QStringList wrongTypes;
    const RollKey roll = wire::rollKeyFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    // The new key's secret, once, and the old key with its stops_at.
    reply(call,
          m_store.rollKey(call->params.value(0), call->params.value(1), roll,
                          SqlStore::ActAs{call->admin}),
          [this](const RolledKey& rolled) { return json(201, wire::rolledKeyJson(rolled)); });
}

void ApiServer::listAllKeys(const CallPtr& call)
{
    HttpReply bad;
    PageQuery page;
    if (!queryPage(call, DefaultKeysPageSize, &page, &bad))
        return answer(call, bad);
    reply(call, m_store.keysPage(page), [](const Page<ApiKey>& keys) {
        // Written directly, not through QJsonObject: up to 1,000 keys a page.
        const wire::KeysPage answer{keys.items, wire::encodeCursor(keys.next)};
        return HttpReply{
            200, {{QByteArrayLiteral("Content-Type"), JsonType}}, wire::keysPageText(answer)};
    });
}

// ---- the signed-in administrator's own keys, on its personal app ----

void ApiServer::listMyKeys(const CallPtr& call)
{
    reply(call, m_store.listMyKeys(SqlStore::ActAs{call->admin}),
          [this](const QList<ApiKey>& keys) { return json(200, wire::keyListJson(keys)); });
}

void ApiServer::createMyKey(const CallPtr& call)
{
    const std::optional<QJsonObject> body = bodyObject(call, wire::newKeyMembers());
    if (!body)
        return;
    QStringList wrongTypes;
    const NewKey key = wire::newKeyFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    reply(call, m_store.createMyKey(key, SqlStore::ActAs{call->admin}),
          [this](const CreatedKey& created) { return json(201, wire::createdKeyJson(created)); });
}

void ApiServer::deleteMyKey(const CallPtr& call)
{
    reply(call, m_store.deleteMyKey(call->params.value(0), SqlStore::ActAs{call->admin}),
          [](const Done&) {
              return HttpReply{204, {}, {}};
          });
}

} // namespace sk
