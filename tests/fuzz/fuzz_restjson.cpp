// Fuzz target: what the console's RestStore reads from a server's answers (the *FromJson()
// decoders of src/wire), without a network.
//
// The first byte picks the status of the answer; the rest is its body, read the ways
// RestStore reads bodies: as a problem document (wire::errorFromProblem, for every status it
// maps), as an apps page, a key list, an audit list, a created key, a verify answer, GET
// /api/v1/me and the catalog of GET /api/v1/scopes. The documents are read with the same calls
// RestStore makes; RestStore itself needs a server (its contract suite runs against one).
#include "Catalog.h"
#include "FuzzSupport.h"
#include "WireErrors.h"
#include "WireJson.h"
#include "WirePageReader.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wire = sk::wire;

namespace {

const int Statuses[] = {400, 401, 403, 404, 405, 409, 412, 413, 415, 422,
                        428, 429, 500, 502, 503, 504, 507, 200, 201, 299};

void checkTime(const QDateTime& t)
{
    // A time read from an answer is a valid UTC time or none.
    SK_FUZZ_CHECK(!t.isValid() || t.timeSpec() == Qt::UTC || t.offsetFromUtc() == 0);
    if (t.isValid()) {
        // and what RestStore writes of it reads back as the same instant
        const QDateTime back = wire::timeFromJson(wire::timeValue(t));
        const int year = t.date().year();
        if (year >= 1 && year <= 9999)
            SK_FUZZ_CHECK(back.isValid() && back.toMSecsSinceEpoch() == t.toMSecsSinceEpoch());
    }
}

void readDocuments(const QJsonObject& o)
{
    // GET /api/v1/apps: a page of apps and where the next one starts.
    for (const sk::App& app : wire::appsPageFromJson(o).apps) {
        checkTime(app.createdAt);
        checkTime(app.updatedAt);
    }
    // GET /api/v1/apps/{id}, POST and PATCH answers: one app.
    (void)wire::appFromJson(o);
    // GET …/keys: a key list; POST …/keys: {key, secret}.
    for (const sk::ApiKey& key : wire::keyListFromJson(o)) {
        checkTime(key.createdAt);
        checkTime(key.expiresAt);
        checkTime(key.lastUsedAt);
        checkTime(key.stopsAt);
    }
    checkTime(wire::createdKeyFromJson(o).key.expiresAt);
    // POST …/keys/{key_id}/roll: {key, secret, old_key}.
    checkTime(wire::rolledKeyFromJson(o).oldKey.stopsAt);
    // GET /api/v1/audit.
    for (const sk::AuditEntry& e : wire::auditListFromJson(o))
        checkTime(e.at);
    // POST /api/v1/verify: a verify answer, or not one.
    if (const std::optional<sk::VerifyResult> verify = wire::verifyFromJson(o)) {
        SK_FUZZ_CHECK(o.value(QLatin1String("valid")).isBool());
        SK_FUZZ_CHECK(verify->valid == (verify->code == sk::VerifyCode::Valid));
    }
    // GET /api/v1/me: a role always, "admin" when the server names none.
    const sk::AdminAccount me = wire::meFromJson(o);
    checkTime(me.expiresAt);
    SK_FUZZ_CHECK(o.contains(QLatin1String("role")) || me.role == QLatin1String("admin"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const int status = Statuses[data[0] % (sizeof Statuses / sizeof Statuses[0])];
    const QByteArray body = sk::fuzz::bytes(data + 1, size - 1);

    const sk::Error error = wire::errorFromProblem(
        status, body, QStringLiteral("The server answered HTTP %1.").arg(status));
    // An error always has a message to show: the server's detail or the fallback.
    SK_FUZZ_CHECK(!error.message().isEmpty());
    SK_FUZZ_CHECK(error.code() == wire::codeFor(status));
    // A 401's reason.
    (void)wire::problemFromJson(status, body).reason;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        readDocuments(doc.object());
    // Pages read straight from their text (WirePageReader.h) hold exactly what the JSON
    // readers give, or are not read that way.
    if (const std::optional<wire::KeysPage> fast = wire::readKeysPage(body)) {
        SK_FUZZ_CHECK(parseError.error == QJsonParseError::NoError && doc.isObject());
        SK_FUZZ_CHECK(wire::keysPageText(*fast) ==
                      wire::keysPageText(wire::keysPageFromJson(doc.object())));
    }
    if (const std::optional<wire::AppsPage> fast = wire::readAppsPage(body)) {
        SK_FUZZ_CHECK(parseError.error == QJsonParseError::NoError && doc.isObject());
        SK_FUZZ_CHECK(wire::appsPageText(*fast) ==
                      wire::appsPageText(wire::appsPageFromJson(doc.object())));
    }
    // The next page's cursor read from the end of a page's text (to ask for that page early)
    // is the one its reader finds.
    if (const std::optional<QString> hint = wire::trailingNextCursor(body)) {
        if (const std::optional<wire::AppsPage> page = wire::readAppsPage(body))
            SK_FUZZ_CHECK(page->nextCursor == *hint);
        if (const std::optional<wire::KeysPage> page = wire::readKeysPage(body))
            SK_FUZZ_CHECK(page->nextCursor == *hint);
    }
    // GET /api/v1/scopes: the store's catalog.
    (void)sk::Catalog::fromJson(body, QStringLiteral("http://127.0.0.1:8080"));
    return 0;
}
