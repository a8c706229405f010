// Scopekeeper store: what the files of SqlBackend share (SqlBackend.cpp, SqlSchema.cpp,
// SqlApps.cpp, SqlKeys.cpp, SqlAudit.cpp, SqlAdmins.cpp, SqlDemo.cpp). Not for use elsewhere.
#pragma once

#include "Clock.h"
#include "SqlBackend.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace sk {

// One transaction; rolled back unless committed.
class SqlBackend::Transaction
{
public:
    explicit Transaction(const SqlBackend* backend);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool started() const { return m_active; }
    bool commit();
    QSqlError lastError() const;

private:
    const SqlBackend* m_backend;
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

namespace sql {

inline qint64 toMs(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

inline QDateTime fromMs(const QVariant& v)
{
    if (v.isNull())
        return {};
    return utcFromMSecs(v.toLongLong());
}

/// A new identifier: `kind`, '_', then 22 random base-62 digits.
QString newId(const char* kind);

/// Whether `error` is a UNIQUE (or PRIMARY KEY) constraint failing.
bool isUniqueViolation(const QSqlError& error);

} // namespace sql

} // namespace sk
