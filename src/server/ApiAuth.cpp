// Scopekeeper server: who is asking. The administrator token of each admin request, the
// role a route needs, and the throttle on addresses that send refused tokens (each refusal,
// bounded, also an audit entry).
#include "AdminToken.h"
#include "ApiCall.h"

#include <QDateTime>
#include <algorithm>
#include <utility>

namespace sk {

void ApiServer::authenticate(const CallPtr& call, const RouteSpec& route)
{
    const HttpHeaders challenge = {
        {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"scopekeeper\"")}};
    // An address that sent too many refused tokens waits, whatever it sends now: guessing
    // tokens costs a minute per 20 tries.
    const QString client = call->request.client;
    if (const qint64 wait = throttledFor(client); wait > 0) {
        call->refusal = QStringLiteral("throttled");
        answer(call, problem(429,
                             tr("Too many refused administrator tokens from %1; try again in %2 s.")
                                 .arg(client)
                                 .arg(wait),
                             {}, {{QByteArrayLiteral("Retry-After"), QByteArray::number(wait)}}));
        return;
    }
    const QByteArray header = call->request.authorization.trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme) {
        call->refusal = QStringLiteral("no-token");
        answer(call, problem(401,
                             tr("This request needs an administrator token: send it as "
                                "“Authorization: Bearer <token>”."),
                             {}, challenge));
        return;
    }
    const QString token = QString::fromLatin1(header.mid(scheme.size()).trimmed());
    if (!AdminToken::isWellFormed(token)) {
        // Not even in the token format: refused without a lookup.
        call->refusal = QStringLiteral("malformed");
        countRefusedToken(client, call->refusal);
        answer(call, problem(401, tr("The administrator token was not recognised."), {}, challenge,
                             QStringLiteral("unknown")));
        return;
    }
    whenDone(
        this, m_store.adminAccountForTokenHash(AdminToken::hash(token)),
        [this, call, &route, challenge, client](const Result<AdminAccount>& admin) {
            if (!admin.ok()) {
                if (admin.error().code() == ErrorCode::Unauthorized) {
                    const QString reason = admin.error().fieldErrors().isEmpty()
                                               ? QStringLiteral("unknown")
                                               : admin.error().fieldErrors().constFirst().message;
                    call->refusal = reason;
                    const QList<FieldError> fields = admin.error().fieldErrors();
                    const auto named =
                        std::find_if(fields.cbegin(), fields.cend(), [](const FieldError& f) {
                            return f.field == QLatin1String("name");
                        });
                    countRefusedToken(client, reason,
                                      named != fields.cend() ? named->message : QString());
                    answer(call, problem(401,
                                         reason == QLatin1String("revoked")
                                             ? tr("The administrator token was revoked.")
                                         : reason == QLatin1String("expired")
                                             ? tr("The administrator token has expired.")
                                             : tr("The administrator token was not recognised."),
                                         {}, challenge, reason));
                } else {
                    answer(call, errorReply(call, admin.error()));
                }
                return;
            }
            call->admin = admin->name;
            call->account = admin.value();
            // An auditor reads everything and changes nothing.
            if (admin->isAuditor() && route.access == Access::Writer) {
                answer(call, problem(403, tr("“%1” is an auditor: an auditor reads apps, "
                                             "keys and the audit log, and changes nothing.")
                                              .arg(admin->name)));
                return;
            }
            (this->*route.handler)(call);
        });
}

qint64 ApiServer::throttledFor(const QString& client)
{
    const auto it = m_refusedTokens.find(client);
    if (it == m_refusedTokens.end())
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (it->blockedUntilMs > now)
        return (it->blockedUntilMs - now + 999) / 1000;
    return 0;
}

void ApiServer::countRefusedToken(const QString& client, const QString& reason,
                                  const QString& administrator)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Bounded: a flood from many addresses cannot grow this without end. Addresses with no
    // refusal in the last window and no block go first.
    if (m_refusedTokens.size() >= MaxThrottledAddresses) {
        for (auto it = m_refusedTokens.begin(); it != m_refusedTokens.end();) {
            if (it->blockedUntilMs <= now &&
                (it->times.isEmpty() || it->times.constLast() <= now - ThrottleWindowMs))
                it = m_refusedTokens.erase(it);
            else
                ++it;
        }
        if (m_refusedTokens.size() >= MaxThrottledAddresses)
            m_refusedTokens.clear();
    }
    RefusedTokens& record = m_refusedTokens[client];
    while (!record.times.isEmpty() && record.times.constFirst() <= now - ThrottleWindowMs)
        record.times.removeFirst();
    record.times.append(now);
    if (record.times.size() >= m_throttleRefusals) {
        record.blockedUntilMs = now + ThrottleWindowMs;
        record.times.clear();
    }

    // The audit log: one entry per address and window, and a bound for all addresses.
    while (!m_refusalEntryTimes.isEmpty() &&
           m_refusalEntryTimes.constFirst() <= now - ThrottleWindowMs)
        m_refusalEntryTimes.removeFirst();
    if ((record.auditedAtMs != 0 && now - record.auditedAtMs < ThrottleWindowMs) ||
        m_refusalEntryTimes.size() >= MaxRefusalEntriesPerWindow) {
        ++record.unaudited;
        return;
    }
    m_refusalEntryTimes.append(now);
    record.auditedAtMs = now;
    const RefusedToken entry{reason, client, administrator, std::exchange(record.unaudited, 0)};
    whenDone(this, m_store.recordRefusedToken(entry), [this](const Result<Done>& written) {
        if (!written.ok())
            log(QStringLiteral("audit: a refused token was not recorded: ") +
                written.error().toString());
    });
}

} // namespace sk
