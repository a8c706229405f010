// Scopekeeper server: the routes about the server and its administrators: health, who the
// token belongs to, the scope catalog and the audit log.
#include "ApiCall.h"
#include "WireFields.h"
#include "WireJson.h"

namespace sk {

void ApiServer::health(const CallPtr& call)
{
    answer(call, json(200, wire::healthJson()));
}

void ApiServer::me(const CallPtr& call)
{
    // The administrator the token belongs to, as "created_by" and the audit log name it,
    // with the role and when the token expires.
    answer(call, json(200, wire::meJson(call->account)));
}

void ApiServer::scopes(const CallPtr& call)
{
    reply(call, m_store.catalog(), [this](const Catalog& catalog) {
        return HttpReply{200,
                         {{QByteArrayLiteral("Content-Type"), JsonType}},
                         wire::scopesJson(catalog.toJson(), m_store.scoping())};
    });
}

void ApiServer::audit(const CallPtr& call)
{
    HttpReply bad;
    AuditQuery query;
    if (!queryLimit(call, DefaultAuditLimit, MaxAuditLimit, &query.limit, &bad))
        return answer(call, bad);
    query.appId = call->request.query.queryItemValue(wire::param::AppId, QUrl::FullyDecoded);
    reply(call, m_store.audit(query), [this](const QList<AuditEntry>& entries) {
        return json(200, wire::auditListJson(entries));
    });
}

} // namespace sk
