#include "SqlBackend.h"

#include "KeyFormat.h"
#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>

namespace sk {

using sql::fromMs;
using sql::toMs;

namespace {

std::atomic<int> connectionCounter{0};

// What a failure means for the one who asked, apart from a lost connection.
enum class Failure
{
    DiskFull,
    Busy,
    ReadOnly,
    Other,
};

// By the database's own code: SQLite's result code, PostgreSQL's SQLSTATE.
Failure failureByCode(const QString& native, SqlStoreOptions::Driver driver)
{
    if (driver == SqlStoreOptions::Driver::Sqlite) {
        // An extended result code (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED…) has its
        // primary code in its low byte.
        switch (native.toInt() & 0xff) {
        case 13: // SQLITE_FULL
            return Failure::DiskFull;
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Failure::Busy;
        case 8: // SQLITE_READONLY
            return Failure::ReadOnly;
        default:
            return Failure::Other;
        }
    }
    if (native == QLatin1String("53100")) // disk_full
        return Failure::DiskFull;
    if (native == QLatin1String("55P03")) // lock_not_available
        return Failure::Busy;
    if (native == QLatin1String("25006")) // read_only_sql_transaction
        return Failure::ReadOnly;
    return Failure::Other;
}

// By the database's words, for the failures that come without a code: Qt's SQLite driver
// keeps only SQLite's message when BEGIN, COMMIT or ROLLBACK fails through QSqlDatabase
// (QSQLiteDriver::commitTransaction() makes its QSqlError without the result code), and so
// a COMMIT that meets a full disk or a lock is known by its words alone.
Failure failureByText(const QString& text)
{
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("disk is full")) ||
        lower.contains(QLatin1String("no space left")))
        return Failure::DiskFull;
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")) ||
        lower.contains(QLatin1String("read only")))
        return Failure::ReadOnly;
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
        return Failure::Busy;
    return Failure::Other;
}

} // namespace

namespace sql {

QString newId(const char* kind)
{
    // Identifiers are not secrets; they only need to be unique.
    const quint64 hi = QRandomGenerator::global()->generate64();
    const quint64 lo = QRandomGenerator::global()->generate64();
    return QLatin1String(kind) + QLatin1Char('_') + KeyFormat::toBase62(hi, 11) +
           KeyFormat::toBase62(lo, 11);
}

bool isUniqueViolation(const QSqlError& error)
{
    // Only statements are asked, and a failed statement carries its code (Qt's SQLite driver
    // turns on SQLite's extended result codes): SQLITE_CONSTRAINT_UNIQUE (2067),
    // SQLITE_CONSTRAINT_PRIMARYKEY (1555); PostgreSQL's unique_violation (23505).
    const QString native = error.nativeErrorCode();
    return native == QLatin1String("2067") || native == QLatin1String("1555") ||
           native == QLatin1String("23505");
}

} // namespace sql

SqlBackend::Transaction::Transaction(const SqlBackend* backend)
    : m_backend(backend)
    , m_db(QSqlDatabase::database(backend->m_connectionName, false))
{
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        // Take the write lock up front: a deferred transaction that has read and then
        // wants to write while another process (a console, a server) writes gets
        // SQLITE_BUSY at once, without the busy timeout; BEGIN IMMEDIATE waits for it.
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = begin.lastError();
    } else {
        m_active = m_db.transaction();
    }
}

SqlBackend::Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool SqlBackend::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    // Why the commit failed (a full disk, a lock): SQLite may have rolled back already,
    // and the rollback's own complaint would hide it.
    m_error = m_db.lastError();
    // The connection was lost with the COMMIT under way: it may have happened or not,
    // so the work must not be done again on its own (reconnectForRetry()).
    if (m_backend->isConnectionLost(m_error))
        m_backend->m_commitInDoubt = true;
    m_db.rollback();
    return false;
}

QSqlError SqlBackend::Transaction::lastError() const
{
    return m_error.type() != QSqlError::NoError ? m_error : m_db.lastError();
}

SqlBackend::SqlBackend(SqlStoreOptions options)
    : m_options(std::move(options))
    , m_connectionName(QStringLiteral("scopekeeper-%1").arg(connectionCounter.fetch_add(1)))
{
    if (!m_options.clock)
        m_options.clock = systemNow;
}

SqlBackend::~SqlBackend()
{
    close();
}

QDateTime SqlBackend::now() const
{
    const QDateTime t = m_options.clock();
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), QTimeZone::utc());
}

QSqlQuery SqlBackend::query() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    return q;
}

bool SqlBackend::exec(QSqlQuery& q, const QString& sql, const QVariantList& values) const
{
    // Without values, run the text as it is: PostgreSQL cannot PREPARE a statement such as
    // CREATE TABLE, and QPSQL prepares on the server.
    if (values.isEmpty())
        return q.exec(sql);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

bool SqlBackend::isConnectionLost(const QSqlError& error) const
{
    if (m_options.driver != SqlStoreOptions::Driver::Postgres)
        return false; // a file does not go away between statements
    // SQLSTATE class 08 (connection exception), 57P01–57P03 (the server shut down or is
    // starting). When the socket closed under it, libpq has no answer from the server and so
    // no SQLSTATE: QPSQL's error then has no code, and libpq's own words are all there is.
    const QString native = error.nativeErrorCode();
    if (error.type() == QSqlError::ConnectionError || native.startsWith(QLatin1String("08")) ||
        native == QLatin1String("57P01") || native == QLatin1String("57P02") ||
        native == QLatin1String("57P03"))
        return true;
    const QString text = error.text();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("could not send data to server")) ||
           text.contains(QLatin1String("could not receive data from server"));
}

bool SqlBackend::reconnect() const
{
    m_verifyQuery.reset(); // prepared on the connection that was lost
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    if (!db.open())
        return false;
    m_connectionLost = false;
    return true;
}

bool SqlBackend::reconnectForRetry()
{
    const bool inDoubt = m_commitInDoubt;
    m_commitInDoubt = false;
    if (!m_open || !m_connectionLost || inDoubt)
        return false;
    return reconnect();
}

Error SqlBackend::storageError(const QSqlError& error, const QString& doing) const
{
    if (isConnectionLost(error)) {
        m_connectionLost = true;
        return Error(ErrorCode::Unavailable,
                     tr("The connection to the database (%1) was lost, so %2 may not have "
                        "happened. Try again once the database can be reached.")
                         .arg(m_info.location, doing));
    }
    const QString text = error.text().trimmed();
    const QString native = error.nativeErrorCode();
    const Failure failure =
        native.isEmpty() ? failureByText(text) : failureByCode(native, m_options.driver);
    switch (failure) {
    case Failure::DiskFull:
        return Error(ErrorCode::DiskFull,
                     tr("The disk that holds the store is full, so %1 did not happen; nothing "
                        "was changed. Free some space on it (the store is %2) and try again.")
                         .arg(doing, m_info.location));
    case Failure::Busy:
        return busyError(doing);
    case Failure::ReadOnly:
        return Error(ErrorCode::ReadOnly,
                     tr("The store cannot be written (%1): %2").arg(doing, text));
    case Failure::Other:
        break;
    }
    return Error(ErrorCode::Storage, tr("The store failed while %1: %2").arg(doing, text));
}

Error SqlBackend::busyError(const QString& doing) const
{
    return Error(ErrorCode::Busy,
                 tr("Another program holds the store locked (the store is %2), so %1 did not "
                    "happen; nothing was changed. Try again in a moment; if it stays locked, "
                    "close the other program that has it open.")
                     .arg(doing, m_info.location));
}

Result<Done> SqlBackend::checkOpen() const
{
    if (!m_open)
        return Error(ErrorCode::Unavailable, tr("The store is not open."));
    // The connection was lost earlier (PostgreSQL restarted, or the network went): each job
    // tries once to open it again, so the store works again as soon as the database does.
    if (m_connectionLost && !reconnect()) {
        return Error(
            ErrorCode::Unavailable,
            tr("The database (%1) cannot be reached: %2")
                .arg(m_info.location,
                     QSqlDatabase::database(m_connectionName, false).lastError().text().trimmed()));
    }
    return Done{};
}

Result<StoreInfo> SqlBackend::open()
{
    if (m_open)
        return m_info;
    Result<StoreInfo> result =
        m_options.driver == SqlStoreOptions::Driver::Sqlite ? openSqlite() : openPostgres();
    if (!result.ok()) {
        close();
        return result;
    }
    m_open = true;
    m_lastUsageFlushMs = toMs(now());
    return result;
}

bool SqlBackend::makePrivatePath(const QString& folder)
{
    // The folders made for a store are their owner's only (0700), whatever the umask; those
    // that exist already are left as they are.
    QStringList missing;
    QDir probe(folder);
    while (!probe.exists()) {
        missing.prepend(probe.absolutePath());
        if (!probe.cdUp()) {
            const QString parent = QFileInfo(probe.absolutePath()).absolutePath();
            if (parent == probe.absolutePath())
                return false;
            probe.setPath(parent);
        }
    }
    for (const QString& path : std::as_const(missing)) {
        if (!QDir().mkdir(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                    QFileDevice::WriteUser | QFileDevice::ExeUser) &&
            !QFileInfo(path).isDir())
            return false;
    }
    return true;
}

Result<StoreInfo> SqlBackend::openSqlite()
{
    const QString path = m_options.sqlitePath;
    m_info.location = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (path.isEmpty())
        return Error::invalid(QStringLiteral("database"), tr("No store file was given."));

    const QFileInfo file(path);
    const bool exists = file.exists();
    if (exists && !file.isFile()) {
        return Error(
            ErrorCode::NotAStore,
            tr("“%1” is a folder or a device, not a Scopekeeper store file.").arg(m_info.location));
    }
    if (exists && file.size() > 0) {
        // Look at the header before SQLite touches the file: a file that is not an SQLite
        // database is left exactly as it is.
        QFile raw(path);
        if (!raw.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Storage,
                         tr("“%1” cannot be read: %2").arg(m_info.location, raw.errorString()));
        }
        const QByteArray header = raw.read(16);
        if (header != QByteArray("SQLite format 3\0", 16)) {
            return Error(ErrorCode::NotAStore,
                         tr("“%1” is not a Scopekeeper store (it is not an SQLite database). "
                            "It was not changed.")
                             .arg(m_info.location));
        }
    }
    if (!exists) {
        if (!m_options.createIfMissing) {
            return Error(ErrorCode::NotFound,
                         tr("There is no store at “%1”.").arg(m_info.location));
        }
        const QDir dir = file.absoluteDir();
        if (!dir.exists() && !makePrivatePath(dir.absolutePath())) {
            return Error(ErrorCode::ReadOnly,
                         tr("The store “%1” cannot be created: the folder “%2” cannot be "
                            "created.")
                             .arg(m_info.location, QDir::toNativeSeparators(dir.absolutePath())));
        }
        // The store is made here, for its owner only (0600), whatever the umask; SQLite gives
        // its -wal and -shm files the same permissions.
        QFile created(path);
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            created.close();
            created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ReadUser | QFileDevice::WriteUser);
        }
    }
    const QFileInfo dirInfo(file.absolutePath());
    if (!dirInfo.isDir() || !dirInfo.isWritable() || (exists && !file.isWritable())) {
        return Error(
            ErrorCode::ReadOnly,
            tr("The store “%1” cannot be written: %2 is read-only. Scopekeeper needs "
               "to write the file and the folder it is in.")
                .arg(
                    m_info.location,
                    exists && !file.isWritable()
                        ? tr("the file")
                        : tr("the folder “%1”").arg(QDir::toNativeSeparators(dirInfo.filePath()))));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error(ErrorCode::Internal, tr("Qt's SQLite driver (QSQLITE) is not installed."));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return storageError(db.lastError(), tr("opening “%1”").arg(m_info.location));

    bool isNew = false;
    if (auto r = inspectExisting(&isNew); !r.ok())
        return r.error();

    // Only now, with the file known to be ours (or new), may anything be written.
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("PRAGMA foreign_keys = ON")))
        return storageError(q.lastError(), tr("enabling foreign keys"));
    if (!exec(q, QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return storageError(q.lastError(), tr("enabling the write-ahead log"));
    q.finish();
    // FULL: the write-ahead log reaches the disk before a commit returns, so a change that
    // was acknowledged (a key shown once, a 201) survives a power loss. NORMAL could roll back
    // the last commits; the cost is one fsync per change (docs/benchmarks.md).
    if (!exec(q, QStringLiteral("PRAGMA synchronous = FULL")))
        return storageError(q.lastError(), tr("setting the sync mode"));

    if (isNew) {
        if (auto r = createSchema(); !r.ok())
            return r.error();
        m_info.created = true;
    } else if (m_info.schemaVersion < SchemaVersion) {
        if (auto r = migrate(m_info.schemaVersion); !r.ok())
            return r.error();
    }
    if (auto r = loadMeta(); !r.ok())
        return r.error();
    return m_info;
}

QString SqlBackend::withoutPassword(const QString& connInfo)
{
    const QString trimmed = connInfo.trimmed();
    // The URI form: postgresql://user:secret@host/db?password=secret
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        QUrl url(trimmed);
        if (!url.password().isEmpty())
            url.setPassword(QStringLiteral("***"));
        QUrlQuery query(url);
        const QList<QPair<QString, QString>> items = query.queryItems();
        for (const auto& [key, value] : items) {
            if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
                query.removeAllQueryItems(key);
                query.addQueryItem(key, QStringLiteral("***"));
            }
        }
        url.setQuery(query);
        return url.isValid() ? url.toString() : QStringLiteral("postgresql://…");
    }
    // The keyword form: key = value pairs, a value quoted with '…' (\\ and \' escaped) or not.
    QString out;
    qsizetype i = 0;
    const qsizetype n = trimmed.size();
    while (i < n) {
        while (i < n && trimmed.at(i).isSpace())
            out += trimmed.at(i++);
        const qsizetype keyStart = i;
        while (i < n && trimmed.at(i) != QLatin1Char('=') && !trimmed.at(i).isSpace())
            ++i;
        const QString key = trimmed.mid(keyStart, i - keyStart);
        out += key;
        while (i < n && trimmed.at(i).isSpace())
            out += trimmed.at(i++);
        if (i >= n || trimmed.at(i) != QLatin1Char('='))
            continue;
        out += trimmed.at(i++);
        while (i < n && trimmed.at(i).isSpace())
            out += trimmed.at(i++);
        const qsizetype valueStart = i;
        if (i < n && trimmed.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && trimmed.at(i) != QLatin1Char('\'')) {
                if (trimmed.at(i) == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            ++i; // the closing quote
        } else {
            while (i < n && !trimmed.at(i).isSpace())
                ++i;
        }
        const bool secret = key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0;
        out += secret ? QStringLiteral("***") : trimmed.mid(valueStart, i - valueStart);
    }
    return out;
}

Result<StoreInfo> SqlBackend::openPostgres()
{
    // Shown in the start-up line and in messages: never the password.
    m_info.location =
        QStringLiteral("postgresql: %1").arg(withoutPassword(m_options.postgresConnInfo));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        return Error(ErrorCode::Internal, tr("Qt's PostgreSQL driver (QPSQL) is not installed."));
    }
    // QPSQL passes the connect options to libpq as they are; PG* variables fill the rest.
    // libpq waits for a connection without end by default: a database host that is gone
    // would hold every request (each one reconnects) until TCP gives up, minutes later.
    QString connInfo = m_options.postgresConnInfo;
    if (!connInfo.contains(QLatin1String("connect_timeout")) &&
        !qEnvironmentVariableIsSet("PGCONNECT_TIMEOUT"))
        connInfo += QStringLiteral(" connect_timeout=5");
    db.setConnectOptions(connInfo.trimmed());
    if (!db.open())
        return Error(
            ErrorCode::Unavailable,
            tr("The PostgreSQL database cannot be reached: %1").arg(db.lastError().text()));
    QSqlQuery q = query();
    // Several server instances may start at once: one creates the schema, the others wait.
    if (!exec(q, QStringLiteral("SELECT pg_advisory_lock(727165)")))
        return storageError(q.lastError(), tr("locking the schema"));
    q.finish();
    bool isNew = false;
    Result<Done> r = inspectExisting(&isNew);
    if (r.ok() && isNew) {
        r = createSchema();
        m_info.created = r.ok();
    } else if (r.ok() && m_info.schemaVersion < SchemaVersion) {
        r = migrate(m_info.schemaVersion);
    }
    exec(q, QStringLiteral("SELECT pg_advisory_unlock(727165)"));
    q.finish();
    if (!r.ok())
        return r.error();
    if (auto m = loadMeta(); !m.ok())
        return m.error();
    return m_info;
}

void SqlBackend::close()
{
    if (m_open)
        (void)flushUsage();
    m_open = false;
    m_verifyQuery.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

// ---- backup -----------------------------------------------------------------------------

Result<Done> SqlBackend::backUpTo(const QString& file)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    if (m_options.driver != SqlStoreOptions::Driver::Sqlite) {
        return Error::invalid(QStringLiteral("backup"),
                              tr("A store on PostgreSQL is backed up with pg_dump, not here."));
    }
    const QFileInfo target(file);
    if (target.exists()) {
        return Error::invalid(QStringLiteral("backup"),
                              tr("“%1” exists already; a backup never overwrites a file.")
                                  .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    if (!makePrivatePath(target.absolutePath())) {
        return Error(ErrorCode::Storage, tr("The folder “%1” cannot be made.")
                                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    // Made empty first, for its owner only like the store; VACUUM INTO then writes one
    // consistent snapshot into it (a read transaction: writers go on), whole, with no log
    // beside it.
    QFile made(target.absoluteFilePath());
    if (!made.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error(ErrorCode::Storage,
                     tr("“%1” cannot be written: %2")
                         .arg(QDir::toNativeSeparators(made.fileName()), made.errorString()));
    }
    made.close();
    made.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                        QFileDevice::WriteUser);
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("VACUUM INTO ?"), {target.absoluteFilePath()})) {
        QFile::remove(target.absoluteFilePath()); // no half-written backup is left to trust
        const Error failed = storageError(q.lastError(), tr("writing the backup"));
        if (failed.code() == ErrorCode::DiskFull) {
            // The backup's disk, not necessarily the store's: name the file being written.
            return Error(ErrorCode::DiskFull,
                         tr("The disk that holds “%1” is full, so the backup was not written; "
                            "nothing was left behind. Free some space on it, or choose another "
                            "place, and try again.")
                             .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
        }
        return failed;
    }
    return Done{};
}

} // namespace sk
