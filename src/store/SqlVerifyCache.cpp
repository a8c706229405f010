#include "SqlVerifyCache.h"

#include "KeyFormat.h"
#include "Rules.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <atomic>
#include <utility>

namespace sk {

namespace {

std::atomic<int> cacheCounter{0};

Error storage(const QSqlError& error)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("SqlStore", "The store failed while %1: %2")
                     .arg(QCoreApplication::translate("SqlStore", "verifying a key"),
                          error.text().trimmed()));
}

} // namespace

SqlVerifyCache::SqlVerifyCache(QString sqlitePath, Clock clock)
    : m_path(std::move(sqlitePath))
    , m_clock(clock ? std::move(clock) : Clock(systemNow))
    , m_connectionName(QStringLiteral("scopekeeper-verify-%1").arg(++cacheCounter))
{
}

SqlVerifyCache::~SqlVerifyCache()
{
    m_walWatch.reset(); // before the connection that keeps its file whole
    m_dataVersion.reset();
    m_lookup.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqlVerifyCache::open(QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Read-only: this connection never writes, so PRAGMA data_version sees every commit.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    m_dataVersion = std::make_unique<QSqlQuery>(db);
    m_dataVersion->setForwardOnly(true);
    m_lookup = std::make_unique<QSqlQuery>(db);
    m_lookup->setForwardOnly(true);
    // The same statement as SqlBackend's verify.
    if (!m_dataVersion->prepare(QStringLiteral("PRAGMA data_version")) ||
        !m_lookup->prepare(
            QStringLiteral("SELECT k.id, k.app_id, k.name, k.expires_at, k.secret_hash, a.name, "
                           "a.scope_list, k.scope_list, k.stops_at FROM api_keys k JOIN apps a "
                           "ON a.id = k.app_id WHERE k.secret_hash = ?"))) {
        *error = m_lookup->lastError().text();
        return false;
    }
    // The first read builds this connection's view of the WAL index; then, in WAL mode, its
    // header can be watched.
    QSqlQuery mode(db);
    if (dropIfChanged().ok() && mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next() &&
        mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
        auto watch = std::make_unique<WalCommitWatch>(m_path);
        if (watch->open())
            m_walWatch = std::move(watch);
    }
    return true;
}

Result<Done> SqlVerifyCache::dropIfChanged()
{
    // Read before data_version is asked: when it is the same at the next call, nothing was
    // committed since, so what data_version said then still holds.
    const std::optional<WalCommitWatch::Header> header =
        m_walWatch ? m_walWatch->header() : std::nullopt;
    if (header && header == m_checkedHeader)
        return Done{};
    QSqlQuery& q = *m_dataVersion;
    if (!q.exec() || !q.next())
        return storage(q.lastError());
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (version != m_version) {
        m_entries.clear();
        m_version = version;
    }
    m_checkedHeader = header;
    return Done{};
}

Result<SqlVerifyCache::Entry> SqlVerifyCache::lookUp(const QByteArray& hash)
{
    QSqlQuery& q = *m_lookup;
    q.bindValue(0, QString::fromLatin1(hash));
    if (!q.exec())
        return storage(q.lastError());
    Entry e;
    if (q.next() && KeyFormat::constantTimeEquals(q.value(4).toString().toLatin1(), hash)) {
        e.found = true;
        e.keyId = q.value(0).toString();
        e.appId = q.value(1).toString();
        e.keyName = q.value(2).toString();
        e.expiresAtMs = q.value(3).toLongLong();
        if (!q.value(8).isNull()) // a rolled key stops then (schema 10)
            e.expiresAtMs = std::min(e.expiresAtMs, q.value(8).toLongLong());
        e.appName = q.value(5).toString();
        // A narrowed key's scopes that its app still holds (as SqlBackend's verify).
        const QStringList appScopes =
            q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::optional<QStringList> own;
        if (!q.value(7).isNull())
            own = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        e.scopes = Rules::effectiveScopes(own, appScopes);
    }
    q.finish();
    return e;
}

Result<const SqlVerifyCache::Entry*> SqlVerifyCache::entryFor(QLatin1StringView secret)
{
    if (Result<Done> checked = dropIfChanged(); !checked.ok())
        return checked.error();
    m_hasher.reset();
    m_hasher.addData(QByteArrayView(secret.data(), secret.size()));
    const QByteArrayView digest = m_hasher.resultView();
    // Looked up without a copy of the digest; copied only to be remembered.
    auto it = m_entries.constFind(QByteArray::fromRawData(digest.data(), digest.size()));
    if (it == m_entries.constEnd()) {
        const QByteArray key = digest.toByteArray();
        Result<Entry> looked = lookUp(key.toHex());
        if (!looked.ok())
            return looked.error();
        if (m_entries.size() >= MaxEntries)
            m_entries.clear();
        it = m_entries.insert(key, looked.value());
    }
    return &it.value();
}

template <typename Scope>
Result<VerifyResult> SqlVerifyCache::verifyWellFormed(QLatin1StringView secret, Scope scope)
{
    Result<const Entry*> found = entryFor(secret);
    if (!found.ok())
        return found.error();
    const Entry& e = *found.value();
    VerifyResult result;
    if (!e.found) {
        result.code = VerifyCode::NotFound;
        return result;
    }
    result.keyId = e.keyId;
    result.appId = e.appId;
    result.keyName = e.keyName;
    result.appName = e.appName;
    result.scopes = e.scopes;
    const qint64 now = m_clock().toMSecsSinceEpoch();
    if (e.expiresAtMs <= now)
        result.code = VerifyCode::Expired;
    else if (!e.scopes.contains(scope))
        result.code = VerifyCode::ForbiddenScope;
    else
        result.code = VerifyCode::Valid;
    result.valid = result.code == VerifyCode::Valid;
    if (result.valid) {
        if (m_usageSink)
            m_usageSink(e.keyId, now);
        else
            m_usage.insert(e.keyId, now);
    }
    return result;
}

Result<VerifyResult> SqlVerifyCache::verify(QStringView secret, QStringView scope)
{
    if (!KeyFormat::isWellFormed(secret)) {
        VerifyResult result;
        result.code = VerifyCode::Malformed;
        return result;
    }
    // Well-formed: "spk_" and base62 only, so its Latin-1 bytes are the secret's UTF-8.
    std::array<char, KeyFormat::SecretLength> bytes{};
    for (qsizetype i = 0; i < secret.size(); ++i)
        bytes[std::size_t(i)] = char(secret.at(i).unicode());
    return verifyWellFormed(QLatin1StringView(bytes.data(), qsizetype(bytes.size())), scope);
}

Result<VerifyResult> SqlVerifyCache::verify(QLatin1StringView secret, QLatin1StringView scope)
{
    if (!KeyFormat::isWellFormed(secret)) {
        VerifyResult result;
        result.code = VerifyCode::Malformed;
        return result;
    }
    return verifyWellFormed(secret, scope);
}

QHash<QString, qint64> SqlVerifyCache::takeUsage()
{
    return std::exchange(m_usage, {});
}

} // namespace sk
