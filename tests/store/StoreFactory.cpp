#include "StoreFactory.h"

#include "StoreContract.h"
#include "StoreTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

namespace sk::test {

SqlStoreOptions fixtureStoreOptions(const StoreFixture& fixture, const Catalog& catalog,
                                    const QString& actor, Scoping scoping)
{
    SqlStoreOptions options;
    options.createIfMissing = true;
    options.catalog = catalog;
    options.actor = actor;
    options.clock = fixture.clock.clock();
    options.scoping = scoping;
    return options;
}

SqlStoreOptions reopenOptions(SqlStoreOptions options)
{
    options.createIfMissing = false;
    options.catalog = Catalog::builtIn(Catalog::defaultId()).value();
    options.scoping.reset();
    return options;
}

std::unique_ptr<SqlStore> openSqlStore(const SqlStoreOptions& options, QString* error)
{
    auto store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> opened = waitFor(store->open());
    if (!opened.ok()) {
        *error = describe(opened.error());
        return nullptr;
    }
    return store;
}

std::unique_ptr<StoreFixture> sqlStoreFixture(std::unique_ptr<StoreFixture> fixture,
                                              const SqlStoreOptions& options, QString* error)
{
    fixture->store = openSqlStore(options, error);
    if (!fixture->store)
        return nullptr;
    StoreFixture* f = fixture.get();
    fixture->flushUsage = flushUsageOf([f] { return static_cast<SqlStore*>(f->store.get()); });
    fixture->closeStore = [f] { f->store.reset(); };
    fixture->reopen = [f, options = reopenOptions(options)]() -> Result<StoreInfo> {
        f->store.reset();
        auto store = std::make_unique<SqlStore>(options);
        Result<StoreInfo> info = waitFor(store->open());
        f->store = std::move(store);
        return info;
    };
    return fixture;
}

std::function<Result<Done>()> flushUsageOf(std::function<SqlStore*()> store)
{
    return [store = std::move(store)]() -> Result<Done> {
        SqlStore* sql = store();
        if (!sql)
            return Error(ErrorCode::Unavailable, QStringLiteral("the store is closed"));
        return waitFor(sql->flushUsage());
    };
}

std::function<QStringList()> filesUnder(const QString& folder)
{
    return [folder] {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    };
}

int runContract(StoreFactory& factory, int argc, char** argv)
{
    StoreContract contract(factory);
    return QTest::qExec(&contract, argc, argv);
}

} // namespace sk::test
