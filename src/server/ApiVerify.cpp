// Scopekeeper server: POST /api/v1/verify, the route services call. Answered on the I/O
// thread that read it whenever it can be (SQLite), otherwise on the event loop, where the
// requests that arrive together go to the store as one job (PostgreSQL).
#include "ApiCall.h"
#include "WireJson.h"
#include "WirePaths.h"
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

bool ApiServer::verifyOnIoThread(const RawRequest& request, QByteArray* body)
{
    // Only the well-formed request the store answers is handled here, read as it came
    // (wire::plainVerifyRequest: no JSON parser, no copy); anything to refuse or to explain,
    // or written in an unusual way, goes the usual way, through verify().
    if (request.method != "POST" ||
        request.target != QByteArrayView(wire::route::Verify.data(), wire::route::Verify.size()) ||
        m_stopping.load() || (m_httpsRequired && !request.https && !request.local) ||
        !wire::isJsonMediaType(request.contentType))
        return false;
    const std::optional<wire::PlainVerifyRequest> verify = wire::plainVerifyRequest(request.body);
    if (!verify)
        return false;
    QElapsedTimer timer;
    timer.start();
    ++m_fastInFlight;
    const auto done = qScopeGuard([this] { --m_fastInFlight; });
    if (m_stopping.load())
        return false;
    const std::optional<Result<VerifyResult>> result =
        m_store.verifyOnThisThread(verify->secret, verify->scope);
    if (!result || !result->ok())
        return false;
    wire::appendVerifyJson(body, result->value());
    // Made in this thread's own buffer, whose memory is kept from line to line.
    thread_local QByteArray line;
    line.resize(0);
    appendVerifyLine(&line, request.client, timer.nsecsElapsed());
    {
        std::lock_guard lock(m_ioLogMutex);
        m_ioLog += line;
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
    QByteArray lines;
    {
        std::lock_guard lock(m_ioLogMutex);
        lines.swap(m_ioLog);
        m_ioLogScheduled = false;
    }
    logLines(lines);
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
