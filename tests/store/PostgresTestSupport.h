// Scopekeeper store tests: throwaway PostgreSQL schemas for the tests that run on PostgreSQL.
//
// The database comes from the PG* environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER,
// PGPASSWORD), as pg_virtualenv sets them. Without PGHOST or PGDATABASE the tests skip.
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QUuid>
#include <memory>

namespace sk::test {

inline bool postgresConfigured()
{
    return !qEnvironmentVariableIsEmpty("PGHOST") || !qEnvironmentVariableIsEmpty("PGDATABASE");
}

/// A test class that only says why the PostgreSQL tests did not run.
class SkipWithoutPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSKIP("PostgreSQL is not configured: set PGHOST or PGDATABASE (e.g. run under "
              "pg_virtualenv) to run these tests");
    }
    void postgres() {}
};

/// A new, empty schema, dropped with everything in it when the last owner lets go. Stores
/// reach it with connInfo() (it sets the search_path).
class PostgresSchema
{
public:
    static std::shared_ptr<PostgresSchema> create(QString* error)
    {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        auto schema = std::shared_ptr<PostgresSchema>(
            new PostgresSchema(QStringLiteral("sk_test_%1").arg(id.left(20)),
                               QStringLiteral("sk-pg-admin-%1").arg(id)));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), schema->m_connection);
        if (!db.isValid()) {
            *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed");
            return nullptr;
        }
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to PostgreSQL: %1").arg(db.lastError().text());
            return nullptr;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages TO warning")); // no NOTICE per table
        if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema->m_name))) {
            *error = QStringLiteral("cannot create a schema: %1").arg(q.lastError().text());
            return nullptr;
        }
        schema->m_created = true;
        return schema;
    }

    ~PostgresSchema()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (m_created && db.isOpen()) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_name)))
                    qWarning("cannot drop schema %s: %s", qPrintable(m_name),
                             qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    QString name() const { return m_name; }
    /// libpq connection options that put a store in this schema.
    QString connInfo() const { return QStringLiteral("options='-c search_path=%1'").arg(m_name); }

    PostgresSchema(const PostgresSchema&) = delete;
    PostgresSchema& operator=(const PostgresSchema&) = delete;

private:
    PostgresSchema(QString name, QString connection)
        : m_name(std::move(name))
        , m_connection(std::move(connection))
    {
    }

    QString m_name;
    QString m_connection;
    bool m_created = false;
};

} // namespace sk::test
