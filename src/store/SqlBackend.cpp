#include "SqlBackend.h"

#include "AuditChain.h"
#include "Identity.h"
#include "KeyFormat.h"
#include "Rules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <atomic>

namespace sk {

namespace {

std::atomic<int> connectionCounter{0};

qint64 toMs(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant& v)
{
    if (v.isNull())
        return {};
    return utcFromMSecs(v.toLongLong());
}

// An audit entry's columns, in the order auditEntryFrom() reads them.
const QString AuditColumns =
    QStringLiteral("seq, at, actor, action, app_id, app_name, key_id, key_name, detail, chain");

AuditEntry auditEntryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.sequence = q.value(0).toLongLong();
    e.at = fromMs(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.appId = q.value(4).toString();
    e.appName = q.value(5).toString();
    e.keyId = q.value(6).toString();
    e.keyName = q.value(7).toString();
    e.detail = q.value(8).toString();
    e.chain = q.value(9).toString().toLatin1();
    return e;
}

QString newId(const char* kind)
{
    // Identifiers are not secrets; they only need to be unique.
    const quint64 hi = QRandomGenerator::global()->generate64();
    const quint64 lo = QRandomGenerator::global()->generate64();
    return QLatin1String(kind) + QLatin1Char('_') + KeyFormat::toBase62(hi, 11) +
           KeyFormat::toBase62(lo, 11);
}

// Escapes LIKE wildcards; the statements say ESCAPE '\'.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

bool isUniqueViolation(const QSqlError& error)
{
    const QString native = error.nativeErrorCode();
    // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067), SQLITE_CONSTRAINT_PRIMARYKEY (1555);
    // PostgreSQL: unique_violation (23505).
    return native == QLatin1String("2067") || native == QLatin1String("1555") ||
           native == QLatin1String("23505") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

} // namespace

// One transaction; rolled back unless committed.
class SqlBackend::Transaction
{
public:
    explicit Transaction(const SqlBackend* backend)
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
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool started() const { return m_active; }
    bool commit()
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
    QSqlError lastError() const
    {
        return m_error.type() != QSqlError::NoError ? m_error : m_db.lastError();
    }

private:
    const SqlBackend* m_backend;
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

SqlBackend::SqlBackend(SqlStoreOptions options)
    : m_options(std::move(options))
    , m_connectionName(QStringLiteral("scopekeeper-%1").arg(connectionCounter.fetch_add(1)))
    , m_actor(m_options.actor.trimmed().isEmpty() ? osUserName() : m_options.actor.trimmed())
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
    const QDateTime t = m_options.clock().addMSecs(m_clockShiftMs);
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
    // starting); libpq's own words when the socket closed under it.
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
    const QString lower = text.toLower();
    // By the database's own code: SQLite's result code, PostgreSQL's SQLSTATE.
    const QString native = error.nativeErrorCode();
    const bool sqlite = m_options.driver == SqlStoreOptions::Driver::Sqlite;
    if ((sqlite && native == QLatin1String("13")) ||
        (!sqlite && native == QLatin1String("53100")) ||
        lower.contains(QLatin1String("disk is full")) ||
        lower.contains(QLatin1String("no space left"))) {
        return Error(ErrorCode::DiskFull,
                     tr("The disk that holds the store is full, so %1 did not happen; nothing "
                        "was changed. Free some space on it (the store is %2) and try again.")
                         .arg(doing, m_info.location));
    }
    if ((sqlite && (native == QLatin1String("5") || native == QLatin1String("6"))) ||
        (!sqlite && native == QLatin1String("55P03"))) {
        return busyError(doing);
    }
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")) ||
        lower.contains(QLatin1String("read only"))) {
        return Error(ErrorCode::ReadOnly,
                     tr("The store cannot be written (%1): %2").arg(doing, text));
    }
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy"))) {
        return busyError(doing);
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

bool SqlBackend::tableExists(const QString& table, bool* ok)
{
    QSqlQuery q = query();
    const QString sql =
        m_options.driver == SqlStoreOptions::Driver::Sqlite
            ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
            : QStringLiteral("SELECT 1 FROM information_schema.tables "
                             "WHERE table_schema = current_schema() AND table_name = ?");
    *ok = exec(q, sql, {table});
    return *ok && q.next();
}

QString SqlBackend::autoIncrementColumn() const
{
    return m_options.driver == SqlStoreOptions::Driver::Sqlite
               ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
               : QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
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

Result<Done> SqlBackend::inspectExisting(bool* isNew)
{
    bool ok = false;
    const bool hasMeta = tableExists(QStringLiteral("meta"), &ok);
    if (!ok) {
        const QSqlError error = query().lastError();
        return Error(ErrorCode::NotAStore,
                     tr("“%1” is not a Scopekeeper store (it cannot be read as a database). It "
                        "was not changed.")
                         .arg(m_info.location));
    }
    if (!hasMeta) {
        // An empty database becomes a new store; one with other tables belongs to someone else.
        QSqlQuery q = query();
        const QString sql = m_options.driver == SqlStoreOptions::Driver::Sqlite
                                ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master")
                                : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                                 "WHERE table_schema = current_schema()");
        if (!exec(q, sql) || !q.next())
            return storageError(q.lastError(), tr("reading the database's tables"));
        if (q.value(0).toLongLong() > 0) {
            return Error(ErrorCode::NotAStore,
                         tr("“%1” is a database, but not a Scopekeeper store. It was not "
                            "changed.")
                             .arg(m_info.location));
        }
        *isNew = true;
        return Done{};
    }
    // "meta" is a common table name: another program's table has other columns.
    const QSqlRecord metaColumns =
        QSqlDatabase::database(m_connectionName, false).record(QStringLiteral("meta"));
    if (!metaColumns.contains(QStringLiteral("key")) ||
        !metaColumns.contains(QStringLiteral("value"))) {
        return Error(ErrorCode::NotAStore,
                     tr("“%1” is a database, but not a Scopekeeper store. It was not changed.")
                         .arg(m_info.location));
    }
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT key, value FROM meta")))
        return storageError(q.lastError(), tr("reading the store's description"));
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (meta.value(QStringLiteral("application")) != applicationTag()) {
        return Error(ErrorCode::NotAStore,
                     tr("“%1” is a database, but not a Scopekeeper store. It was not changed.")
                         .arg(m_info.location));
    }
    m_info.schemaVersion = meta.value(QStringLiteral("schema_version")).toInt();
    if (m_info.schemaVersion > SchemaVersion) {
        return Error(ErrorCode::NewerStore,
                     tr("“%1” was written by a newer version of Scopekeeper (store format %2; "
                        "this version reads up to %3). Update Scopekeeper to open it. It was "
                        "not changed.")
                         .arg(m_info.location)
                         .arg(m_info.schemaVersion)
                         .arg(SchemaVersion));
    }
    if (m_info.schemaVersion < 1) {
        return Error(ErrorCode::NotAStore,
                     tr("“%1” has a damaged store description (no format version). It was not "
                        "changed.")
                         .arg(m_info.location));
    }
    *isNew = false;
    return Done{};
}

Result<Done> SqlBackend::createSchema()
{
    Catalog catalog = m_options.catalog;
    if (catalog.isEmpty()) {
        Result<Catalog> builtIn = Catalog::builtIn(Catalog::defaultId());
        if (!builtIn.ok())
            return builtIn.error();
        catalog = builtIn.value();
    }
    QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE apps ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_fold TEXT NOT NULL UNIQUE,"
                       " created_by TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE app_scopes ("
                       " app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,"
                       " scope TEXT NOT NULL,"
                       " PRIMARY KEY (app_id, scope))"),
        QStringLiteral("CREATE TABLE api_keys ("
                       " id TEXT PRIMARY KEY,"
                       " app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " name_fold TEXT NOT NULL,"
                       " prefix TEXT NOT NULL,"
                       " secret_hash TEXT NOT NULL UNIQUE,"
                       " created_by TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL,"
                       " last_used_at BIGINT,"
                       " UNIQUE (app_id, name_fold))"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " seq %1,"
                       " at BIGINT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " app_id TEXT,"
                       " app_name TEXT,"
                       " key_id TEXT,"
                       " key_name TEXT,"
                       " detail TEXT NOT NULL DEFAULT '')")
            .arg(autoIncrementColumn()),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE INDEX audit_log_app ON audit_log (app_id)"),
    };
    statements += adminsSchema();
    statements += summarySchema();
    statements += skeletonSchema();
    statements += accountsSchema();
    statements += chainSchema();
    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), tr("creating the store"));
    QSqlQuery q = query();
    for (const QString& sql : statements) {
        if (!exec(q, sql))
            return storageError(q.lastError(), tr("creating the store"));
    }
    const QList<QPair<QString, QString>> meta = {
        {QStringLiteral("application"), applicationTag()},
        {QStringLiteral("schema_version"), QString::number(SchemaVersion)},
        {QStringLiteral("catalog_id"), catalog.id()},
        {QStringLiteral("catalog_json"), QString::fromUtf8(catalog.toJson())},
        {QStringLiteral("demo"), m_options.demo ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("created_at"), QString::number(toMs(now()))},
    };
    for (const auto& [key, value] : meta) {
        if (!exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {key, value}))
            return storageError(q.lastError(), tr("creating the store"));
    }
    if (m_options.driver == SqlStoreOptions::Driver::Sqlite) {
        // 'SPK1': lets file(1) and other tools recognise a Scopekeeper store.
        exec(q, QStringLiteral("PRAGMA application_id = 1397771057"));
    }
    if (!tx.commit())
        return storageError(tx.lastError(), tr("creating the store"));
    m_info.schemaVersion = SchemaVersion;
    return Done{};
}

Result<Done> SqlBackend::migrate(int fromVersion)
{
    // One step per version, each in its own transaction that also records the version it
    // reached: an interrupted upgrade resumes where it stopped, and a failed step changes
    // nothing.
    // A step whose values SQL cannot work out fills them in afterwards, in its transaction.
    struct Step
    {
        int version;
        QStringList statements;
        Result<Done> (SqlBackend::*fill)() = nullptr;
    };
    const QList<Step> steps = {
        {2, adminsSchema()},
        {3, summarySchema()},
        {4, skeletonSchema(), &SqlBackend::fillSkeletons},
        {5, accountsSchema()},
        {6, chainSchema(), &SqlBackend::startAuditChain},
    };
    for (const auto& [version, statements, fill] : steps) {
        if (fromVersion >= version)
            continue;
        Transaction tx(this);
        if (!tx.started())
            return storageError(tx.lastError(), tr("upgrading the store"));
        QSqlQuery q = query();
        for (const QString& sql : statements) {
            if (!exec(q, sql))
                return storageError(q.lastError(), tr("upgrading the store"));
        }
        if (fill) {
            if (auto r = (this->*fill)(); !r.ok())
                return r.error();
        }
        if (!exec(q, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                  {QString::number(version)})) {
            return storageError(q.lastError(), tr("upgrading the store"));
        }
        if (!tx.commit())
            return storageError(tx.lastError(), tr("upgrading the store"));
        m_info.schemaVersion = version;
    }
    return Done{};
}

QStringList SqlBackend::summarySchema() const
{
    // Schema 3: each app row carries its key count and its scopes (space-separated, sorted),
    // so that the apps list is one pass over one table. Filled in from the tables for stores
    // that had apps already.
    const QString aggregate = m_options.driver == SqlStoreOptions::Driver::Sqlite
                                  ? QStringLiteral("group_concat(scope, ' ')")
                                  : QStringLiteral("string_agg(scope, ' ' ORDER BY scope)");
    return {
        QStringLiteral("ALTER TABLE apps ADD COLUMN key_count BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE apps ADD COLUMN scope_list TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE apps SET key_count = (SELECT COUNT(*) FROM api_keys k WHERE "
                       "k.app_id = apps.id), scope_list = COALESCE((SELECT %1 FROM (SELECT "
                       "scope FROM app_scopes s WHERE s.app_id = apps.id ORDER BY scope) "
                       "ordered), '')")
            .arg(aggregate),
    };
}

QStringList SqlBackend::skeletonSchema() const
{
    // Schema 4: look-alike app names ("Pаyments" beside "Payments") are found by their
    // skeleton (Rules::nameSkeleton), kept beside the name; '' where there is none.
    return {
        QStringLiteral("ALTER TABLE apps ADD COLUMN name_skeleton TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX apps_name_skeleton ON apps (name_skeleton)"),
    };
}

Result<Done> SqlBackend::fillSkeletons()
{
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT id, name FROM apps")))
        return storageError(q.lastError(), tr("upgrading the store"));
    QList<QPair<QString, QString>> apps;
    while (q.next())
        apps.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto& [id, name] : std::as_const(apps)) {
        if (!exec(q, QStringLiteral("UPDATE apps SET name_skeleton = ? WHERE id = ?"),
                  {Rules::nameSkeleton(name), id}))
            return storageError(q.lastError(), tr("upgrading the store"));
    }
    return Done{};
}

QStringList SqlBackend::accountsSchema() const
{
    // Schema 5: each administrator has a role, an expiry, and may be revoked.
    return {
        QStringLiteral("ALTER TABLE admins ADD COLUMN role TEXT NOT NULL DEFAULT 'admin'"),
        QStringLiteral("ALTER TABLE admins ADD COLUMN expires_at BIGINT"),
        QStringLiteral("ALTER TABLE admins ADD COLUMN revoked_at BIGINT"),
        QStringLiteral("ALTER TABLE admins ADD COLUMN last_used_at BIGINT"),
        // Tokens made before expiry existed get the longest life from the upgrade on.
        QStringLiteral("UPDATE admins SET expires_at = %1 WHERE expires_at IS NULL")
            .arg(toMs(now().addDays(MaxAdminDays))),
    };
}

QStringList SqlBackend::chainSchema() const
{
    // Schema 6: each audit entry's link in the hash chain (AuditChain); NULL before it.
    return {QStringLiteral("ALTER TABLE audit_log ADD COLUMN chain TEXT")};
}

Result<Done> SqlBackend::startAuditChain()
{
    // The entries already there cannot be vouched for: they stay unchained, and the chain
    // starts with an entry that counts them, so that none can go unnoticed later.
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT COUNT(*) FROM audit_log")) || !q.next())
        return storageError(q.lastError(), tr("upgrading the store"));
    const qint64 unchained = q.value(0).toLongLong();
    q.finish();
    if (unchained == 0)
        return Done{};
    const QString actor = std::exchange(m_actor, applicationTag());
    Result<Done> r = audit(AuditChain::chainStartAction(), {}, {}, {}, {},
                           AuditChain::chainStartDetail(unchained));
    m_actor = actor;
    return r;
}

QStringList SqlBackend::adminsSchema() const
{
    // Administrators of a scopekeeper-server: only the SHA-256 of a token is kept.
    return {QStringLiteral("CREATE TABLE admins ("
                           " name_fold TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " token_hash TEXT NOT NULL UNIQUE,"
                           " created_at BIGINT NOT NULL)")};
}

Result<Done> SqlBackend::loadMeta()
{
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT key, value FROM meta")))
        return storageError(q.lastError(), tr("reading the store's description"));
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    Result<Catalog> catalog = Catalog::fromJson(meta.value(QStringLiteral("catalog_json")).toUtf8(),
                                                tr("the store's catalog"));
    if (!catalog.ok())
        return catalog.error();
    m_catalog = catalog.value();
    m_info.catalogId = m_catalog.id();
    m_info.demo = meta.value(QStringLiteral("demo")) == QLatin1String("1");
    m_info.schemaVersion = meta.value(QStringLiteral("schema_version")).toInt();
    return Done{};
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

// ---- apps -------------------------------------------------------------------------------

Result<QList<App>> SqlBackend::listApps(const AppQuery& appQuery)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QString text = Rules::foldName(appQuery.text.trimmed());
    QString where;
    QVariantList values;
    if (!text.isEmpty()) {
        where = QStringLiteral(" WHERE a.name_fold LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM "
                               "app_scopes s WHERE s.app_id = a.id AND s.scope LIKE ? ESCAPE "
                               "'\\')");
        values = {likePattern(text), likePattern(text)};
    }
    // Each app row carries its key count and scope list (kept up to date in the transactions
    // that change them, schema 3), so listing 10,000 apps is one pass over one table.
    QSqlQuery q = query();
    const QString sql = QStringLiteral("SELECT a.id, a.name, a.created_by, a.created_at, "
                                       "a.updated_at, a.version, a.key_count, a.scope_list "
                                       "FROM apps a") +
                        where + QStringLiteral(" ORDER BY a.name_fold, a.id");
    if (!exec(q, sql, values))
        return storageError(q.lastError(), tr("listing the apps"));
    QList<App> apps;
    while (q.next()) {
        App a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString();
        a.createdBy = q.value(2).toString();
        a.createdAt = fromMs(q.value(3));
        a.updatedAt = fromMs(q.value(4));
        a.version = q.value(5).toLongLong();
        a.keyCount = q.value(6).toInt();
        a.scopes = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        apps << a;
    }
    for (App& a : apps)
        a.scopes.sort();
    return apps;
}

Result<App> SqlBackend::loadApp(const QString& appId)
{
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT a.id, a.name, a.created_by, a.created_at, a.updated_at, "
                             "a.version, a.key_count FROM apps a WHERE a.id = ?"),
              {appId})) {
        return storageError(q.lastError(), tr("reading the app"));
    }
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The app does not exist (any more)."),
                     {FieldError{QStringLiteral("app_id"), tr("No app has this id.")}});
    App a;
    a.id = q.value(0).toString();
    a.name = q.value(1).toString();
    a.createdBy = q.value(2).toString();
    a.createdAt = fromMs(q.value(3));
    a.updatedAt = fromMs(q.value(4));
    a.version = q.value(5).toLongLong();
    a.keyCount = q.value(6).toInt();
    q.finish();
    if (!exec(q, QStringLiteral("SELECT scope FROM app_scopes WHERE app_id = ? ORDER BY scope"),
              {appId})) {
        return storageError(q.lastError(), tr("reading the app's scopes"));
    }
    while (q.next())
        a.scopes << q.value(0).toString();
    return a;
}

Result<App> SqlBackend::app(const QString& appId)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    return loadApp(appId);
}

Result<App> SqlBackend::createApp(const NewApp& newApp)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QString name = Rules::normalizeName(newApp.name);
    QList<FieldError> problems;
    if (auto e = Rules::checkAppName(name))
        problems << *e;
    if (auto e = Rules::checkScopes(newApp.scopes, m_catalog))
        problems << *e;
    if (!problems.isEmpty())
        return Error::invalid(problems);
    const QStringList scopes = Rules::normalizeScopes(newApp.scopes);

    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), tr("creating the app"));
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT 1 FROM apps WHERE name_fold = ?"), {Rules::foldName(name)}))
        return storageError(q.lastError(), tr("creating the app"));
    if (q.next())
        return Error(ErrorCode::Conflict, QString(), {Rules::duplicateAppName(name)});
    q.finish();
    const QString skeleton = Rules::nameSkeleton(name);
    if (!skeleton.isEmpty()) {
        if (!exec(q, QStringLiteral("SELECT name FROM apps WHERE name_skeleton = ?"), {skeleton}))
            return storageError(q.lastError(), tr("creating the app"));
        if (q.next()) {
            return Error(ErrorCode::Conflict, QString(),
                         {Rules::lookAlikeAppName(name, q.value(0).toString())});
        }
        q.finish();
    }

    const QString id = newId("app");
    const qint64 t = toMs(now());
    if (!exec(q,
              QStringLiteral("INSERT INTO apps (id, name, name_fold, created_by, created_at, "
                             "updated_at, version, key_count, scope_list, name_skeleton) VALUES "
                             "(?, ?, ?, ?, ?, ?, 1, 0, ?, ?)"),
              {id, name, Rules::foldName(name), m_actor, t, t, scopes.join(QLatin1Char(' ')),
               skeleton})) {
        if (isUniqueViolation(q.lastError()))
            return Error(ErrorCode::Conflict, QString(), {Rules::duplicateAppName(name)});
        return storageError(q.lastError(), tr("creating the app"));
    }
    for (const QString& scope : scopes) {
        if (!exec(q, QStringLiteral("INSERT INTO app_scopes (app_id, scope) VALUES (?, ?)"),
                  {id, scope})) {
            return storageError(q.lastError(), tr("creating the app"));
        }
    }
    if (auto r = audit(QStringLiteral("app.create"), id, name, {}, {},
                       QStringLiteral("scopes: %1").arg(scopes.join(QStringLiteral(", "))));
        !r.ok()) {
        return r.error();
    }
    Result<App> created = loadApp(id);
    if (!created.ok())
        return created;
    if (!tx.commit())
        return storageError(tx.lastError(), tr("creating the app"));
    return created;
}

Result<App> SqlBackend::updateApp(const QString& appId, const AppPatch& patch,
                                  qint64 expectedVersion)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QList<FieldError> problems;
    QString name;
    if (patch.name) {
        name = Rules::normalizeName(*patch.name);
        if (auto e = Rules::checkAppName(name))
            problems << *e;
    }
    QStringList scopes;
    if (patch.scopes) {
        if (auto e = Rules::checkScopes(*patch.scopes, m_catalog))
            problems << *e;
        scopes = Rules::normalizeScopes(*patch.scopes);
    }
    if (!problems.isEmpty())
        return Error::invalid(problems);

    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), tr("changing the app"));
    Result<App> before = loadApp(appId);
    if (!before.ok())
        return before;
    if (before->version != expectedVersion) {
        return Error(ErrorCode::Stale,
                     tr("“%1” was changed by someone else since it was loaded. Reload it to see "
                        "the changes, then make yours again.")
                         .arg(before->name));
    }
    // A change that changes nothing is not a change: no new version, no audit entry.
    if ((!patch.name || name == before->name) && (!patch.scopes || scopes == before->scopes))
        return before;
    QSqlQuery q = query();
    if (patch.name && Rules::foldName(name) != Rules::foldName(before->name)) {
        if (!exec(q, QStringLiteral("SELECT 1 FROM apps WHERE name_fold = ? AND id <> ?"),
                  {Rules::foldName(name), appId})) {
            return storageError(q.lastError(), tr("renaming the app"));
        }
        if (q.next())
            return Error(ErrorCode::Conflict, QString(), {Rules::duplicateAppName(name)});
        q.finish();
    }
    const QString newName = patch.name ? name : before->name;
    const QString skeleton = Rules::nameSkeleton(newName);
    if (patch.name && !skeleton.isEmpty()) {
        if (!exec(q, QStringLiteral("SELECT name FROM apps WHERE name_skeleton = ? AND id <> ?"),
                  {skeleton, appId})) {
            return storageError(q.lastError(), tr("renaming the app"));
        }
        if (q.next()) {
            return Error(ErrorCode::Conflict, QString(),
                         {Rules::lookAlikeAppName(name, q.value(0).toString())});
        }
        q.finish();
    }
    const qint64 t = toMs(now());
    if (!exec(q,
              QStringLiteral("UPDATE apps SET name = ?, name_fold = ?, updated_at = ?, version = "
                             "version + 1, scope_list = ?, name_skeleton = ? WHERE id = ? AND "
                             "version = ?"),
              {newName, Rules::foldName(newName), t,
               (patch.scopes ? scopes : before->scopes).join(QLatin1Char(' ')), skeleton, appId,
               expectedVersion})) {
        if (isUniqueViolation(q.lastError()))
            return Error(ErrorCode::Conflict, QString(), {Rules::duplicateAppName(name)});
        return storageError(q.lastError(), tr("changing the app"));
    }
    if (q.numRowsAffected() != 1) {
        return Error(ErrorCode::Stale,
                     tr("“%1” was changed by someone else since it was loaded. Reload it to see "
                        "the changes, then make yours again.")
                         .arg(before->name));
    }
    // Audit details are stored: they are written in one neutral form, not in the writer's
    // language.
    QStringList details;
    if (patch.name && newName != before->name)
        details << QStringLiteral("renamed from “%1”").arg(before->name);
    if (patch.scopes && scopes != before->scopes) {
        if (!exec(q, QStringLiteral("DELETE FROM app_scopes WHERE app_id = ?"), {appId}))
            return storageError(q.lastError(), tr("changing the app's scopes"));
        for (const QString& scope : scopes) {
            if (!exec(q, QStringLiteral("INSERT INTO app_scopes (app_id, scope) VALUES (?, ?)"),
                      {appId, scope})) {
                return storageError(q.lastError(), tr("changing the app's scopes"));
            }
        }
        QStringList added, removed;
        for (const QString& s : scopes) {
            if (!before->scopes.contains(s))
                added << QLatin1Char('+') + s;
        }
        for (const QString& s : before->scopes) {
            if (!scopes.contains(s))
                removed << QChar(0x2212) + s;
        }
        details << QStringLiteral("scopes: %1").arg((added + removed).join(QLatin1Char(' ')));
    }
    if (auto r = audit(QStringLiteral("app.update"), appId, newName, {}, {},
                       details.join(QStringLiteral("; ")));
        !r.ok()) {
        return r.error();
    }
    Result<App> after = loadApp(appId);
    if (!after.ok())
        return after;
    if (!tx.commit())
        return storageError(tx.lastError(), tr("changing the app"));
    return after;
}

Result<Done> SqlBackend::deleteApp(const QString& appId)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), tr("deleting the app"));
    Result<App> before = loadApp(appId);
    if (!before.ok())
        return before.error();
    QSqlQuery q = query();
    QStringList keyIds;
    if (!exec(q, QStringLiteral("SELECT id FROM api_keys WHERE app_id = ?"), {appId}))
        return storageError(q.lastError(), tr("deleting the app"));
    while (q.next())
        keyIds << q.value(0).toString();
    q.finish();
    // The keys go in the same transaction as the app (the foreign keys would cascade too).
    if (!exec(q, QStringLiteral("DELETE FROM api_keys WHERE app_id = ?"), {appId}) ||
        !exec(q, QStringLiteral("DELETE FROM app_scopes WHERE app_id = ?"), {appId}) ||
        !exec(q, QStringLiteral("DELETE FROM apps WHERE id = ?"), {appId})) {
        return storageError(q.lastError(), tr("deleting the app"));
    }
    if (auto r = audit(QStringLiteral("app.delete"), appId, before->name, {}, {},
                       QStringLiteral("keys deleted with it: %1").arg(keyIds.size()));
        !r.ok()) {
        return r;
    }
    if (!tx.commit())
        return storageError(tx.lastError(), tr("deleting the app"));
    for (const QString& id : keyIds)
        m_pendingUsage.remove(id);
    return Done{};
}

// ---- keys -------------------------------------------------------------------------------

namespace {

const char KeyColumns[] = "k.id, k.app_id, a.name, k.name, k.prefix, k.created_by, k.created_at, "
                          "k.expires_at, k.last_used_at";

ApiKey readKey(const QSqlQuery& q, const QHash<QString, qint64>& pendingUsage)
{
    ApiKey k;
    k.id = q.value(0).toString();
    k.appId = q.value(1).toString();
    k.appName = q.value(2).toString();
    k.name = q.value(3).toString();
    k.prefix = q.value(4).toString();
    k.createdBy = q.value(5).toString();
    k.createdAt = fromMs(q.value(6));
    k.expiresAt = fromMs(q.value(7));
    k.lastUsedAt = fromMs(q.value(8));
    // Uses not yet written count too.
    const auto pending = pendingUsage.constFind(k.id);
    if (pending != pendingUsage.constEnd() &&
        (!k.lastUsedAt.isValid() || *pending > toMs(k.lastUsedAt))) {
        k.lastUsedAt = QDateTime::fromMSecsSinceEpoch(*pending, QTimeZone::utc());
    }
    return k;
}

} // namespace

Result<QList<ApiKey>> SqlBackend::listKeys(const QString& appId)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    if (auto a = loadApp(appId); !a.ok())
        return a.error();
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM api_keys k JOIN apps a ON a.id = k.app_id WHERE "
                             "k.app_id = ? ORDER BY k.created_at, k.id")
                  .arg(QLatin1String(KeyColumns)),
              {appId})) {
        return storageError(q.lastError(), tr("listing the app's keys"));
    }
    QList<ApiKey> keys;
    while (q.next())
        keys << readKey(q, m_pendingUsage);
    return keys;
}

Result<QList<ApiKey>> SqlBackend::listAllKeys()
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT %1 FROM api_keys k JOIN apps a ON a.id = k.app_id ORDER "
                                "BY a.name_fold, k.created_at, k.id")
                     .arg(QLatin1String(KeyColumns)))) {
        return storageError(q.lastError(), tr("listing the keys"));
    }
    QList<ApiKey> keys;
    while (q.next())
        keys << readKey(q, m_pendingUsage);
    return keys;
}

Result<CreatedKey> SqlBackend::createKey(const QString& appId, const NewKey& newKey)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QDateTime createdAt = now();
    const QString name = Rules::normalizeName(newKey.name);
    QList<FieldError> problems;
    if (auto e = Rules::checkKeyName(name))
        problems << *e;
    if (auto e = Rules::checkExpiry(newKey.expiresAt, createdAt))
        problems << *e;
    if (!problems.isEmpty())
        return Error::invalid(problems);

    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), tr("creating the key"));
    Result<App> owner = loadApp(appId);
    if (!owner.ok())
        return owner.error();
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT 1 FROM api_keys WHERE app_id = ? AND name_fold = ?"),
              {appId, Rules::foldName(name)})) {
        return storageError(q.lastError(), tr("creating the key"));
    }
    if (q.next())
        return Error(ErrorCode::Conflict, QString(), {Rules::duplicateKeyName(name)});
    q.finish();

    CreatedKey created;
    created.secret = KeyFormat::generate();
    ApiKey& key = created.key;
    key.id = newId("key");
    key.appId = appId;
    key.appName = owner->name;
    key.name = name;
    key.prefix = KeyFormat::displayPrefix(created.secret);
    key.createdBy = m_actor;
    key.createdAt = createdAt;
    key.expiresAt = QDateTime::fromMSecsSinceEpoch(toMs(newKey.expiresAt), QTimeZone::utc());
    // Only the hash and the prefix are written; the secret leaves in the answer alone.
    if (!exec(q,
              QStringLiteral("INSERT INTO api_keys (id, app_id, name, name_fold, prefix, "
                             "secret_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?, ?)"),
              {key.id, appId, name, Rules::foldName(name), key.prefix,
               QString::fromLatin1(KeyFormat::hash(created.secret)), m_actor, toMs(createdAt),
               toMs(key.expiresAt)})) {
        if (isUniqueViolation(q.lastError()))
            return Error(ErrorCode::Conflict, QString(), {Rules::duplicateKeyName(name)});
        return storageError(q.lastError(), tr("creating the key"));
    }
    if (!exec(q, QStringLiteral("UPDATE apps SET key_count = key_count + 1 WHERE id = ?"), {appId}))
        return storageError(q.lastError(), tr("creating the key"));
    if (auto r = audit(QStringLiteral("key.create"), appId, owner->name, key.id, name,
                       QStringLiteral("prefix %1, expires %2")
                           .arg(key.prefix, key.expiresAt.toString(Qt::ISODate)));
        !r.ok()) {
        return r.error();
    }
    if (!tx.commit())
        return storageError(tx.lastError(), tr("creating the key"));
    return created;
}

Result<Done> SqlBackend::deleteKey(const QString& appId, const QString& keyId)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), tr("deleting the key"));
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT k.name, a.name FROM api_keys k JOIN apps a ON a.id = "
                             "k.app_id WHERE k.id = ? AND k.app_id = ?"),
              {keyId, appId})) {
        return storageError(q.lastError(), tr("deleting the key"));
    }
    if (!q.next()) {
        return Error(
            ErrorCode::NotFound, tr("The key does not exist (any more)."),
            {FieldError{QStringLiteral("key_id"), tr("This app has no key with this id.")}});
    }
    const QString keyName = q.value(0).toString();
    const QString appName = q.value(1).toString();
    q.finish();
    if (!exec(q, QStringLiteral("DELETE FROM api_keys WHERE id = ? AND app_id = ?"),
              {keyId, appId}) ||
        !exec(q, QStringLiteral("UPDATE apps SET key_count = key_count - 1 WHERE id = ?"), {appId}))
        return storageError(q.lastError(), tr("deleting the key"));
    if (auto r = audit(QStringLiteral("key.delete"), appId, appName, keyId, keyName, {}); !r.ok())
        return r;
    if (!tx.commit())
        return storageError(tx.lastError(), tr("deleting the key"));
    m_pendingUsage.remove(keyId);
    return Done{};
}

// ---- verify -----------------------------------------------------------------------------

Result<VerifyResult> SqlBackend::verify(const QString& secret, const QString& scope)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    Result<VerifyResult> result = lookUp(secret, scope);
    flushUsageWhenDue();
    return result;
}

Result<QList<Result<VerifyResult>>>
SqlBackend::verifyBatch(const QList<std::pair<QString, QString>>& requests)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    // On SQLite, one read transaction for the whole batch: the WAL read lock is taken and
    // released once, not once per key. (PostgreSQL: no transaction, which would cost two more
    // round trips; each statement sees what is committed, as before.)
    QSqlQuery control = query();
    const bool readTransaction = m_options.driver == SqlStoreOptions::Driver::Sqlite &&
                                 requests.size() > 1 && control.exec(QStringLiteral("BEGIN"));
    QList<Result<VerifyResult>> results;
    results.reserve(requests.size());
    for (const auto& [secret, scope] : requests) {
        results << lookUp(secret, scope);
        // The connection is gone: the whole batch fails, so that it is run again once
        // connected (SqlStore), rather than answering each of the rest with an error.
        if (m_connectionLost)
            return results.constLast().error();
    }
    if (readTransaction && !control.exec(QStringLiteral("COMMIT")))
        control.exec(QStringLiteral("ROLLBACK"));
    flushUsageWhenDue();
    return results;
}

void SqlBackend::flushUsageWhenDue()
{
    if (!m_pendingUsage.isEmpty() &&
        toMs(now()) - m_lastUsageFlushMs >= m_options.usageFlushIntervalMs) {
        (void)flushUsage();
    }
}

Result<VerifyResult> SqlBackend::lookUp(const QString& secret, const QString& scope)
{
    VerifyResult result;
    if (!KeyFormat::isWellFormed(secret)) {
        result.code = VerifyCode::Malformed;
        return result;
    }
    const QByteArray hash = KeyFormat::hash(secret);
    if (!m_verifyQuery) {
        // One statement: the key, its app's name and the app's scopes from the summary column
        // (schema 3), which the transactions that change an app's scopes keep up to date, so
        // a change is seen by the very next verify, on every instance.
        m_verifyQuery = std::make_unique<QSqlQuery>(query());
        m_verifyQuery->prepare(
            QStringLiteral("SELECT k.id, k.app_id, k.name, k.expires_at, k.secret_hash, a.name, "
                           "a.scope_list FROM api_keys k JOIN apps a ON a.id = k.app_id WHERE "
                           "k.secret_hash = ?"));
    }
    QSqlQuery& q = *m_verifyQuery;
    q.bindValue(0, QString::fromLatin1(hash));
    if (!q.exec())
        return storageError(q.lastError(), tr("verifying a key"));
    if (!q.next() || !KeyFormat::constantTimeEquals(q.value(4).toString().toLatin1(), hash)) {
        q.finish();
        result.code = VerifyCode::NotFound;
        return result;
    }
    result.keyId = q.value(0).toString();
    result.appId = q.value(1).toString();
    result.keyName = q.value(2).toString();
    const qint64 expiresAt = q.value(3).toLongLong();
    result.appName = q.value(5).toString();
    result.scopes = q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    result.scopes.sort();
    q.finish();

    const qint64 t = toMs(now());
    if (expiresAt <= t)
        result.code = VerifyCode::Expired;
    else if (!result.scopes.contains(scope))
        result.code = VerifyCode::ForbiddenScope;
    else
        result.code = VerifyCode::Valid;
    result.valid = result.code == VerifyCode::Valid;

    if (result.valid)
        m_pendingUsage.insert(result.keyId, t); // written by flushUsageWhenDue()
    return result;
}

void SqlBackend::recordUsage(const QHash<QString, qint64>& usage)
{
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        qint64& at = m_pendingUsage[it.key()];
        at = std::max(at, it.value());
    }
}

Result<Done> SqlBackend::flushUsage()
{
    m_lastUsageFlushMs = toMs(now());
    if (m_pendingUsage.isEmpty() || !QSqlDatabase::contains(m_connectionName))
        return Done{};
    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), tr("recording when keys were last used"));
    QSqlQuery q = query();
    if (!q.prepare(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND "
                                  "(last_used_at IS NULL OR last_used_at < ?)"))) {
        return storageError(q.lastError(), tr("recording when keys were last used"));
    }
    for (auto it = m_pendingUsage.cbegin(); it != m_pendingUsage.cend(); ++it) {
        q.bindValue(0, it.value());
        q.bindValue(1, it.key());
        q.bindValue(2, it.value());
        if (!q.exec())
            return storageError(q.lastError(), tr("recording when keys were last used"));
    }
    if (!tx.commit())
        return storageError(tx.lastError(), tr("recording when keys were last used"));
    m_pendingUsage.clear();
    return Done{};
}

// ---- audit ------------------------------------------------------------------------------

Result<Done> SqlBackend::audit(const QString& action, const QString& appId, const QString& appName,
                               const QString& keyId, const QString& keyName, const QString& detail)
{
    // Called inside the change's transaction. Each entry is linked to the one before it
    // (AuditChain); on PostgreSQL the table is locked until the commit, so that two servers
    // writing at once cannot both link to the same entry.
    QSqlQuery q = query();
    const QString doing = tr("writing the audit log");
    if (m_options.driver == SqlStoreOptions::Driver::Postgres &&
        !exec(q, QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")))
        return storageError(q.lastError(), doing);
    if (!exec(q, QStringLiteral("SELECT chain FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return storageError(q.lastError(), doing);
    const QByteArray previous =
        q.next() && !q.value(0).isNull() ? q.value(0).toString().toLatin1() : AuditChain::origin();
    q.finish();
    AuditEntry entry;
    entry.at = QDateTime::fromMSecsSinceEpoch(toMs(now()), QTimeZone::utc());
    entry.actor = m_actor.isNull() ? QStringLiteral("") : m_actor; // NOT NULL, as detail
    entry.action = action;
    entry.appId = appId;
    entry.appName = appName;
    entry.keyId = keyId;
    entry.keyName = keyName;
    entry.detail = detail.isNull() ? QStringLiteral("") : detail; // NOT NULL: not bound as NULL
    const auto orNull = [](const QString& v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    if (!exec(q,
              QStringLiteral("INSERT INTO audit_log (at, actor, action, app_id, app_name, key_id, "
                             "key_name, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
              {entry.at.toMSecsSinceEpoch(), entry.actor, action, orNull(appId), orNull(appName),
               orNull(keyId), orNull(keyName), entry.detail}) ||
        !q.next()) {
        return storageError(q.lastError(), doing);
    }
    entry.sequence = q.value(0).toLongLong();
    q.finish();
    if (!exec(q, QStringLiteral("UPDATE audit_log SET chain = ? WHERE seq = ?"),
              {QString::fromLatin1(AuditChain::link(previous, entry)), entry.sequence}))
        return storageError(q.lastError(), doing);
    return Done{};
}

Result<AuditChain::Report> SqlBackend::checkAuditChain()
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(AuditColumns)))
        return storageError(q.lastError(), tr("reading the audit log"));
    AuditChain::Walker walker;
    while (q.next()) {
        if (!walker.feed(auditEntryFrom(q)))
            break;
    }
    return walker.report();
}

Result<QList<AuditEntry>> SqlBackend::audit(const AuditQuery& auditQuery)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(AuditColumns);
    QVariantList values;
    if (!auditQuery.appId.isEmpty()) {
        sql += QStringLiteral(" WHERE app_id = ?");
        values << auditQuery.appId;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << qMax(1, auditQuery.limit);
    if (!exec(q, sql, values))
        return storageError(q.lastError(), tr("reading the audit log"));
    QList<AuditEntry> entries;
    while (q.next())
        entries << auditEntryFrom(q);
    return entries;
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

// ---- server administrators ----------------------------------------------------------------

Result<Done> SqlBackend::createAdmin(const QString& adminName, const QByteArray& tokenHash)
{
    return createAdmin(adminName, tokenHash, AdminAccount::adminRole(),
                       now().addDays(MaxAdminDays));
}

Result<Done> SqlBackend::createAdmin(const QString& adminName, const QByteArray& tokenHash,
                                     const QString& role, const QDateTime& expiresAt)
{
    if (role != AdminAccount::adminRole() && role != AdminAccount::auditorRole()) {
        return Error::invalid(QStringLiteral("role"),
                              tr("The role is “admin” or “auditor”, not “%1”.").arg(role));
    }
    if (!expiresAt.isValid() || expiresAt <= now() ||
        expiresAt > now().addDays(MaxAdminDays).addSecs(60)) {
        return Error::invalid(
            QStringLiteral("expires_at"),
            tr("An administrator token expires within %1 days.").arg(MaxAdminDays));
    }
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QString name = Rules::normalizeName(adminName);
    const QString field = QStringLiteral("name");
    // The app-name rules: no control characters (a line break would forge a log line), no
    // invisible ones, at most 100 characters.
    if (const std::optional<FieldError> problem = Rules::checkAdminName(name))
        return Error::invalid(problem->field, problem->message);
    if (tokenHash.size() != 64)
        return Error(ErrorCode::Internal, tr("An administrator token hash must be SHA-256 hex."));
    const FieldError taken{field, tr("An administrator named “%1” already exists.").arg(name)};
    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), tr("creating the administrator"));
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT 1 FROM admins WHERE name_fold = ?"),
              {Rules::foldName(name)})) {
        return storageError(q.lastError(), tr("creating the administrator"));
    }
    if (q.next())
        return Error(ErrorCode::Conflict, taken.message, {taken});
    q.finish();
    if (!exec(q,
              QStringLiteral("INSERT INTO admins (name_fold, name, token_hash, created_at, role, "
                             "expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {Rules::foldName(name), name, QString::fromLatin1(tokenHash), toMs(now()), role,
               toMs(expiresAt)})) {
        if (isUniqueViolation(q.lastError()))
            return Error(ErrorCode::Conflict, taken.message, {taken});
        return storageError(q.lastError(), tr("creating the administrator"));
    }
    // The neutral form AuditLogModel reads.
    if (auto r = audit(QStringLiteral("admin.create"), {}, {}, {}, {},
                       QStringLiteral("administrator “%1”, role %2, expires %3")
                           .arg(name, role, expiresAt.toUTC().toString(Qt::ISODate)));
        !r.ok())
        return r.error();
    if (!tx.commit())
        return storageError(tx.lastError(), tr("creating the administrator"));
    return Done{};
}

Result<QString> SqlBackend::adminForTokenHash(const QByteArray& tokenHash)
{
    Result<AdminAccount> account = adminAccountForTokenHash(tokenHash);
    if (!account.ok())
        return account.error();
    return account->name;
}

Result<AdminAccount> SqlBackend::adminAccountForTokenHash(const QByteArray& tokenHash)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT name, token_hash, role, created_at, expires_at, revoked_at, "
                             "last_used_at, name_fold FROM admins WHERE token_hash = ?"),
              {QString::fromLatin1(tokenHash)})) {
        return storageError(q.lastError(), tr("checking an administrator token"));
    }
    // Field "reason": unknown, revoked or expired; field "name": whose token it was, if known.
    const auto refused = [](const QString& reason, const QString& name = {}) {
        QList<FieldError> fields{FieldError{QStringLiteral("reason"), reason}};
        if (!name.isEmpty())
            fields << FieldError{QStringLiteral("name"), name};
        return Error(ErrorCode::Unauthorized, tr("The administrator token was not recognised."),
                     fields);
    };
    if (!q.next() || !KeyFormat::constantTimeEquals(q.value(1).toString().toLatin1(), tokenHash))
        return refused(QStringLiteral("unknown"));
    AdminAccount account;
    account.name = q.value(0).toString();
    account.role = q.value(2).toString();
    account.createdAt = fromMs(q.value(3).toLongLong());
    if (!q.value(4).isNull())
        account.expiresAt = fromMs(q.value(4).toLongLong());
    if (!q.value(5).isNull())
        account.revokedAt = fromMs(q.value(5).toLongLong());
    if (!q.value(6).isNull())
        account.lastUsedAt = fromMs(q.value(6).toLongLong());
    const QString nameFold = q.value(7).toString();
    q.finish();
    if (account.revokedAt.isValid())
        return refused(QStringLiteral("revoked"), account.name);
    const QDateTime at = now();
    if (account.expiresAt.isValid() && account.expiresAt <= at)
        return refused(QStringLiteral("expired"), account.name);
    // Last used: written at most once a minute per administrator.
    if (!account.lastUsedAt.isValid() || account.lastUsedAt.msecsTo(at) >= 60 * 1000) {
        exec(q, QStringLiteral("UPDATE admins SET last_used_at = ? WHERE name_fold = ?"),
             {toMs(at), nameFold});
        q.finish();
        account.lastUsedAt = at;
    }
    return account;
}

Result<QList<AdminAccount>> SqlBackend::listAdmins()
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT name, role, created_at, expires_at, revoked_at, "
                                "last_used_at FROM admins ORDER BY name_fold"))) {
        return storageError(q.lastError(), tr("listing the administrators"));
    }
    QList<AdminAccount> accounts;
    while (q.next()) {
        AdminAccount a;
        a.name = q.value(0).toString();
        a.role = q.value(1).toString();
        a.createdAt = fromMs(q.value(2).toLongLong());
        if (!q.value(3).isNull())
            a.expiresAt = fromMs(q.value(3).toLongLong());
        if (!q.value(4).isNull())
            a.revokedAt = fromMs(q.value(4).toLongLong());
        if (!q.value(5).isNull())
            a.lastUsedAt = fromMs(q.value(5).toLongLong());
        accounts.append(a);
    }
    return accounts;
}

Result<Done> SqlBackend::revokeAdmin(const QString& adminName)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QString name = Rules::normalizeName(adminName);
    const QString doing = tr("revoking the administrator");
    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), doing);
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT name, revoked_at FROM admins WHERE name_fold = ?"),
              {Rules::foldName(name)}))
        return storageError(q.lastError(), doing);
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no administrator named “%1”.").arg(name));
    const QString stored = q.value(0).toString();
    if (!q.value(1).isNull())
        return Done{}; // revoked already: done all the same, and no second entry
    q.finish();
    if (!exec(q, QStringLiteral("UPDATE admins SET revoked_at = ? WHERE name_fold = ?"),
              {toMs(now()), Rules::foldName(name)}))
        return storageError(q.lastError(), doing);
    if (auto r = audit(QStringLiteral("admin.revoke"), {}, {}, {}, {},
                       QStringLiteral("administrator “%1”").arg(stored));
        !r.ok())
        return r.error();
    if (!tx.commit())
        return storageError(tx.lastError(), doing);
    return Done{};
}

Result<Done> SqlBackend::recordRefusedToken(const RefusedToken& refusal)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QString doing = tr("writing the audit log");
    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), doing);
    // The neutral form AuditLogModel reads.
    QString detail = QStringLiteral("reason %1, from %2").arg(refusal.reason, refusal.client);
    if (refusal.alsoRefused > 0) {
        detail += QStringLiteral("; %1 more refused from there since the last entry")
                      .arg(refusal.alsoRefused);
    }
    const QString actor = std::exchange(m_actor, refusal.administrator);
    Result<Done> r = audit(QStringLiteral("token.refused"), {}, {}, {}, {}, detail);
    m_actor = actor;
    if (!r.ok())
        return r.error();
    if (!tx.commit())
        return storageError(tx.lastError(), doing);
    return Done{};
}

// ---- demo -------------------------------------------------------------------------------

Result<Done> SqlBackend::seedDemo()
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    struct DemoKey
    {
        const char* name;
        int createdDaysAgo;
        int expiresInDays; // negative: already expired
    };
    struct DemoApp
    {
        const char* name;
        const char* creator;
        int createdDaysAgo;
        QStringList scopes;
        QList<DemoKey> keys;
    };
    const QList<DemoApp> apps = {
        {"Risk & Compliance",
         "maria.vos",
         400,
         {QStringLiteral("workflow:deploy"), QStringLiteral("workflow:undeploy"),
          QStringLiteral("workflow:import"), QStringLiteral("workflow:export"),
          QStringLiteral("model:deploy"), QStringLiteral("model:undeploy"),
          QStringLiteral("model:import"), QStringLiteral("model:export")},
         {{"Nightly risk scoring", 120, 245},
          {"Regulatory reporting", 355, 10},
          {"Stress test 2025", 399, -34}}},
        {"Customer Support",
         "tom.bakker",
         370,
         {QStringLiteral("guardrails:deploy"), QStringLiteral("guardrails:undeploy")},
         {{"Chat assistant guardrails", 30, 60}, {"Ticket triage", 360, 5}}},
        {"Marketing",
         "lisa.meijer",
         90,
         {QStringLiteral("workflow:export"), QStringLiteral("model:export")},
         {{"Campaign analytics", 14, 166}}},
    };
    for (const DemoApp& a : apps) {
        for (const QString& s : a.scopes) {
            if (!m_catalog.contains(s)) {
                return Error::invalid(
                    QStringLiteral("catalog"),
                    tr("The demo needs the “%1” catalog.").arg(Catalog::defaultId()));
            }
        }
    }
    // Replayed in the order it happened, so that the audit log reads like a real history
    // (newest first by sequence is newest first by date). An app comes before its keys.
    struct Event
    {
        int daysAgo;
        qsizetype app;
        qsizetype key; // -1: the app itself
    };
    QList<Event> events;
    for (qsizetype a = 0; a < apps.size(); ++a) {
        events.append({apps.at(a).createdDaysAgo, a, -1});
        for (qsizetype k = 0; k < apps.at(a).keys.size(); ++k)
            events.append({apps.at(a).keys.at(k).createdDaysAgo, a, k});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& x, const Event& y) { return x.daysAgo > y.daysAgo; });

    const QString actor = m_actor;
    const qint64 realNow = toMs(m_options.clock());
    QStringList appIds(apps.size());
    Result<Done> outcome = Done{};
    for (const Event& e : events) {
        const DemoApp& a = apps.at(e.app);
        m_actor = QString::fromUtf8(a.creator);
        m_clockShiftMs = -e.daysAgo * DayMs;
        if (e.key < 0) {
            Result<App> created = createApp(NewApp{QString::fromUtf8(a.name), a.scopes});
            if (!created.ok()) {
                outcome = created.error();
                break;
            }
            appIds[e.app] = created->id;
            continue;
        }
        const DemoKey& k = a.keys.at(e.key);
        const QDateTime expires =
            QDateTime::fromMSecsSinceEpoch(realNow + k.expiresInDays * DayMs, QTimeZone::utc());
        Result<CreatedKey> key =
            createKey(appIds.at(e.app), NewKey{QString::fromUtf8(k.name), expires});
        if (!key.ok()) {
            outcome = key.error();
            break;
        }
        // The demo's secrets are thrown away: demo keys work nowhere.
        key.value().secret.fill(QLatin1Char('0'));
    }
    m_clockShiftMs = 0;
    m_actor = actor;
    return outcome;
}

} // namespace sk
