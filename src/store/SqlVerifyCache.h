// Scopekeeper store: verify() on the calling thread for a store on SQLite (scopekeeper-server).
//
// Its own read-only connection to the store file, used on one thread only. Keys it has
// looked up (found or not) are remembered; the memory is dropped whenever the database has
// changed since the previous call, which PRAGMA data_version on this connection tells on
// every call (any commit by any other connection: the store's database thread, another
// process, another server on the same file). So a change is seen by the very next call, and
// a cached answer is never older than the last commit. In WAL mode, the WAL-index header
// (WalCommitWatch) tells first, without a lock, whether anything was committed since the last
// check; only then is data_version asked. A key not in memory is looked up on
// this connection, synchronously: in WAL mode a reader does not wait for writers.
//
// Used through SqlStore::verifyHere(). Not for PostgreSQL, where only the database can tell
// whether another instance changed something.
#pragma once

#include "Clock.h"
#include "Error.h"
#include "Types.h"
#include "WalCommitWatch.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace sk {

class SqlVerifyCache
{
public:
    /// The most keys remembered; past it the memory starts again (a flood of unknown keys
    /// cannot grow it without bound).
    static constexpr qsizetype MaxEntries = 100000;

    SqlVerifyCache(QString sqlitePath, Clock clock);
    ~SqlVerifyCache();
    SqlVerifyCache(const SqlVerifyCache&) = delete;
    SqlVerifyCache& operator=(const SqlVerifyCache&) = delete;

    /// Opens the connection; false (and the reason) when it cannot be used.
    bool open(QString* error);
    /// What SqlBackend::verify() answers for the store as it is now.
    Result<VerifyResult> verify(QStringView secret, QStringView scope);
    /// The same for a key and a scope as bytes (as they came in a request), without a copy.
    Result<VerifyResult> verify(QLatin1StringView secret, QLatin1StringView scope);
    /// Where the last-used time of each valid call goes (key id, ms since the epoch); without
    /// one, they are kept for takeUsage().
    using UsageSink = std::function<void(const QString& keyId, qint64 ms)>;
    void setUsageSink(UsageSink sink) { m_usageSink = std::move(sink); }
    /// The last-used times of the valid calls since the previous take (key id → ms since the
    /// epoch), for the database thread to write.
    QHash<QString, qint64> takeUsage();
    bool hasUsage() const { return !m_usage.isEmpty(); }
    /// Keys remembered now (for tests).
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        bool found = false;
        QString keyId;
        QString appId;
        QString keyName;
        QString appName;
        QStringList scopes;     // sorted
        qint64 expiresAtMs = 0; // or when a roll stops it (stops_at), if that is sooner
    };

    Result<Done> dropIfChanged();
    Result<Entry> lookUp(const QByteArray& hash);
    /// The entry of a well-formed secret, remembered or looked up.
    Result<const Entry*> entryFor(QLatin1StringView secret);
    template <typename Scope>
    Result<VerifyResult> verifyWellFormed(QLatin1StringView secret, Scope scope);

    QString m_path;
    Clock m_clock;
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_dataVersion;
    std::unique_ptr<QSqlQuery> m_lookup;
    qint64 m_version = -1;
    std::unique_ptr<WalCommitWatch> m_walWatch; // null: not in WAL mode, ask data_version
    std::optional<WalCommitWatch::Header> m_checkedHeader; // as it was before the last ask
    QHash<QByteArray, Entry> m_entries; // by SHA-256 of the secret (the 32 bytes)
    QCryptographicHash m_hasher{QCryptographicHash::Sha256};
    QHash<QString, qint64> m_usage;
    UsageSink m_usageSink;
};

} // namespace sk
