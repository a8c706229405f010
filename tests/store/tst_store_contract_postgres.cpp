// The store contract, run against SqlStore on PostgreSQL: a new schema per test, in the
// database the PG* environment variables name (libpq's own defaults fill in the rest).
//
// Skipped unless PGHOST or PGDATABASE is set; .ci/run and scripts/test run it for real under
// pg_virtualenv (a throwaway PostgreSQL cluster).
#include "PostgresTestSupport.h"
#include "SqlStore.h"
#include "StoreFactory.h"

#include <QCoreApplication>
#include <QTest>

namespace {

class PostgresStoreFactory final : public StoreFactory
{
public:
    QString name() const override { return QStringLiteral("SqlStore on PostgreSQL"); }

    std::unique_ptr<StoreFixture> create(const sk::Catalog& catalog, const QString& actor,
                                         sk::Scoping scoping) override
    {
        m_error.clear();
        std::shared_ptr<sk::test::PostgresSchema> schema =
            sk::test::PostgresSchema::create(&m_error);
        if (!schema)
            return nullptr;
        auto fixture = std::make_unique<StoreFixture>();
        fixture->keepAlive = schema; // dropped after the store has closed
        // The server's files are not ours to read: filesWritten stays empty, and the tests
        // that scan files are skipped.
        sk::SqlStoreOptions options =
            sk::test::fixtureStoreOptions(*fixture, catalog, actor, scoping);
        options.driver = sk::SqlStoreOptions::Driver::Postgres;
        options.postgresConnInfo = schema->connInfo();
        return sk::test::sqlStoreFixture(std::move(fixture), options, &m_error);
    }

    QString lastError() const override { return m_error; }

private:
    QString m_error;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!sk::test::postgresConfigured()) {
        sk::test::SkipWithoutPostgres skip;
        return QTest::qExec(&skip, argc, argv);
    }
    PostgresStoreFactory factory;
    return sk::test::runContract(factory, argc, argv);
}
