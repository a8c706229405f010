// Scopekeeper server: POST /api/v1/verify, the route services call. Answered on the I/O
// thread that read it whenever it can be (SQLite), otherwise on the event loop, where the
// requests that arrive together go to the store as one job (PostgreSQL).
#include "ApiCall.h"
#include "WireJson.h"
#include "WireRequests.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTimer>
#include <utility>

namespace sk {

void ApiServer::verify(const CallPtr& call)
{
    // Well-formed: a JSON object with a string "key" and a string "scope". Other members are
    // ignored, so that clients may send more in later versions.
    const std::optional<QJsonObject> body = wire::objectFrom(call->request.body);
    if (!body) {
        return answer(call, problem(400, tr("The body must be a JSON object "
                                            "{\"key\": \"spk_…\", \"scope\": \"…\"}.")));
    }
    QStringList wrongTypes;
    const wire::VerifyRequest request = wire::verifyRequestFromJson(*body, &wrongTypes);
    if (refuseWrongTypes(call, wrongTypes))
        return;
    const QString& secret = request.secret;
    const QString& scope = request.scope;
    // On SQLite, answered here, from keys remembered until the database changes (checked on
    // every call) or looked up on a read-only connection: no job on the database thread.
    if (std::optional<Result<VerifyResult>> here = m_store.verifyHere(secret, scope)) {
        if (!here->ok())
            return answer(call, errorReply(call, here->error()));
        return answer(call, HttpReply{200,
                                      {{QByteArrayLiteral("Content-Type"), JsonType}},
                                      wire::verifyJsonText(here->value())});
    }
    // Verify requests that arrive in the same pass of the event loop go to the database
    // thread as one job: one hand-off and one future for all of them, not one each. The batch
    // leaves in the next pass (a queued call), or at once when it is full.
    m_verifyBatch.append(PendingVerify{call, secret, scope});
    if (m_verifyBatch.size() >= MaxVerifyBatch) {
        sendVerifyBatch();
    } else if (!m_verifyBatchQueued) {
        m_verifyBatchQueued = true;
        QMetaObject::invokeMethod(this, &ApiServer::sendVerifyBatch, Qt::QueuedConnection);
    }
}

bool ApiServer::verifyOnIoThread(const HttpRequest& request,
                                 const std::shared_ptr<HttpExchange>& exchange)
{
    if (request.head || request.method != "POST" ||
        request.path != QLatin1String("/api/v1/verify") || m_stopping.load() ||
        plainFromAfar(request) || !wire::isJsonMediaType(request.contentType) ||
        wire::unicodeProblem(request.body))
        return false;
    QElapsedTimer timer;
    timer.start();
    ++m_fastInFlight;
    const auto done = qScopeGuard([this] { --m_fastInFlight; });
    if (m_stopping.load())
        return false;
    // Only the well-formed request the store answers is handled here; anything to refuse or
    // to explain (malformed JSON, a failing store) goes the usual way, through verify().
    const std::optional<QJsonObject> body = wire::objectFrom(request.body);
    if (!body)
        return false;
    QStringList wrongTypes;
    const wire::VerifyRequest verify = wire::verifyRequestFromJson(*body, &wrongTypes);
    if (!wrongTypes.isEmpty())
        return false;
    const std::optional<Result<VerifyResult>> result =
        m_store.verifyOnThisThread(verify.secret, verify.scope);
    if (!result || !result->ok())
        return false;
    exchange->send(
        HttpReply{200,
                  {{QByteArrayLiteral("Content-Type"), JsonType},
                   {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                   {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")}},
                  wire::verifyJsonText(result->value())});
    QString line =
        accessLine({request.method, request.path, 200, double(timer.nsecsElapsed()) / 1e6,
                    QString(), request.client, QString()});
    {
        std::lock_guard lock(m_ioLogMutex);
        m_ioLog.append(std::move(line));
    }
    // One hand-over for all the lines made in the next few milliseconds: the event loop's
    // thread is woken a hundred times a second at most, however many verify calls there are.
    if (!m_ioLogScheduled.exchange(true)) {
        QMetaObject::invokeMethod(
            this, [this] { QTimer::singleShot(IoLogDelayMs, this, &ApiServer::flushIoLog); },
            Qt::QueuedConnection);
    }
    return true;
}

void ApiServer::flushIoLog()
{
    QStringList lines;
    {
        std::lock_guard lock(m_ioLogMutex);
        lines.swap(m_ioLog);
        m_ioLogScheduled = false;
    }
    for (const QString& line : std::as_const(lines))
        log(line);
}

void ApiServer::sendVerifyBatch()
{
    m_verifyBatchQueued = false;
    if (m_verifyBatch.isEmpty())
        return;
    const QList<PendingVerify> batch = std::exchange(m_verifyBatch, {});
    QList<std::pair<QString, QString>> requests;
    requests.reserve(batch.size());
    for (const PendingVerify& v : batch)
        requests.append({v.secret, v.scope});
    whenDone(this, m_store.verifyBatch(requests),
             [this, batch](const Result<QList<Result<VerifyResult>>>& results) {
                 for (qsizetype i = 0; i < batch.size(); ++i) {
                     const CallPtr& call = batch.at(i).call;
                     if (!results.ok()) {
                         answer(call, errorReply(call, results.error()));
                         continue;
                     }
                     const Result<VerifyResult>& result = results->at(i);
                     if (!result.ok()) {
                         answer(call, errorReply(call, result.error()));
                         continue;
                     }
                     answer(call, HttpReply{200,
                                            {{QByteArrayLiteral("Content-Type"), JsonType}},
                                            wire::verifyJsonText(result.value())});
                 }
             });
}

} // namespace sk
