// Scopekeeper store: what the files of SqlBackend share (SqlBackend.cpp, SqlSchema.cpp,
// SqlApps.cpp, SqlKeys.cpp, SqlAudit.cpp, SqlAdmins.cpp, SqlDemo.cpp). Not for use elsewhere.
#pragma once

#include "Clock.h"
#include "Fields.h"
#include "SqlBackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>
#include <initializer_list>
#include <optional>
#include <utility>

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

template <typename T, typename Body>
Result<T> SqlBackend::transaction(const QString& doing, Body&& body)
{
    Transaction tx(this);
    if (!tx.started())
        return storageError(tx.lastError(), doing);
    Result<T> result = std::forward<Body>(body)();
    if (result.ok() && !tx.commit())
        return storageError(tx.lastError(), doing);
    return result; // a failed body: rolled back as tx goes
}

template <typename T, typename Body> Result<T> SqlBackend::write(const QString& doing, Body&& body)
{
    if (auto open = checkOpen(); !open.ok())
        return open.error();
    return transaction<T>(doing, std::forward<Body>(body));
}

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

/// A page's end as Page::next: its sort columns as compact JSON text.
inline QString positionText(const QJsonArray& columns)
{
    return QString::fromUtf8(QJsonDocument(columns).toJson(QJsonDocument::Compact));
}

/// The sort columns of a Page::next, when it has the shape `kinds` gives ("s": a string, "n":
/// a whole number); nothing for anything else, which a client may have made up.
inline std::optional<QJsonArray> parsePosition(const QString& text,
                                               std::initializer_list<const char*> kinds)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() ||
        doc.array().size() != qsizetype(kinds.size()))
        return std::nullopt;
    const QJsonArray columns = doc.array();
    qsizetype i = 0;
    for (const char* kind : kinds) {
        const QJsonValue v = columns.at(i++);
        const bool number = kind[0] == 'n';
        if (number ? !v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) : !v.isString())
            return std::nullopt;
    }
    return columns;
}

/// The answer to a page position the store did not make.
inline Error badCursor()
{
    const QString message =
        QCoreApplication::translate("SqlStore", "The page position is not one this store gave.");
    return Error::invalid(fields::Cursor, message);
}

} // namespace sql

} // namespace sk
