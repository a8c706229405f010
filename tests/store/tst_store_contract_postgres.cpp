// The store contract, run against SqlStore on PostgreSQL: a new schema per test, in the
// database the PG* environment variables name (libpq's own defaults fill in the rest).
//
// Skipped unless PGHOST or PGDATABASE is set; .ci/run and scripts/test run it for real under
// pg_virtualenv (a throwaway PostgreSQL cluster).
#include "PostgresTestSupport.h"
#include "SqlStore.h"
#include "StoreContract.h"
#include "StoreFactory.h"
#include "StoreTestSupport.h"

#include <QCoreApplication>
#include <QTest>

namespace {

class PostgresStoreFactory final : public StoreFactory
{
public:
    QString name() const override { return QStringLiteral("SqlStore on PostgreSQL"); }

    std::unique_ptr<StoreFixture> create(const sk::Catalog& catalog, const QString& actor) override
    {
        m_error.clear();
        std::shared_ptr<sk::test::PostgresSchema> schema =
            sk::test::PostgresSchema::create(&m_error);
        if (!schema)
            return nullptr;
        auto fixture = std::make_unique<StoreFixture>();
        fixture->keepAlive = schema; // dropped after the store has closed
        fixture->clockControllable = true;

        sk::SqlStoreOptions options;
        options.driver = sk::SqlStoreOptions::Driver::Postgres;
        options.postgresConnInfo = schema->connInfo();
        options.createIfMissing = true;
        options.catalog = catalog;
        options.actor = actor;
        options.clock = fixture->clock.clock();
        auto store = std::make_unique<sk::SqlStore>(options);
        const sk::Result<sk::StoreInfo> opened = sk::waitFor(store->open());
        if (!opened.ok()) {
            m_error = sk::test::describe(opened.error());
            return nullptr;
        }
        fixture->store = std::move(store);

        StoreFixture* f = fixture.get();
        fixture->flushUsage = [f]() -> sk::Result<sk::Done> {
            auto* sql = qobject_cast<sk::SqlStore*>(f->store.get());
            if (!sql)
                return sk::Error(sk::ErrorCode::Unavailable, QStringLiteral("the store is closed"));
            return sk::waitFor(sql->flushUsage());
        };
        fixture->closeStore = [f] { f->store.reset(); };
        // The server's files are not ours to read: filesWritten stays empty, and the tests
        // that scan files are skipped.
        return fixture;
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
    StoreContract contract(factory);
    return QTest::qExec(&contract, argc, argv);
}
