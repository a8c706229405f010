// The store contract, run against SqlStore on SQLite (a new file in a new folder per test).
#include "SqlStore.h"
#include "StoreContract.h"
#include "StoreFactory.h"
#include "StoreTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

namespace {

class SqliteStoreFactory final : public StoreFactory
{
public:
    QString name() const override { return QStringLiteral("SqlStore on SQLite"); }

    std::unique_ptr<StoreFixture> create(const sk::Catalog& catalog, const QString& actor) override
    {
        m_error.clear();
        auto dir = std::make_shared<QTemporaryDir>();
        if (!dir->isValid()) {
            m_error = QStringLiteral("no temporary folder: %1").arg(dir->errorString());
            return nullptr;
        }
        auto fixture = std::make_unique<StoreFixture>();
        fixture->keepAlive = dir;
        fixture->clockControllable = true;

        sk::SqlStoreOptions options;
        options.driver = sk::SqlStoreOptions::Driver::Sqlite;
        options.sqlitePath = dir->filePath(QStringLiteral("contract.sqlite"));
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
        fixture->filesWritten = [path = dir->path()] {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            return files;
        };
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
    SqliteStoreFactory factory;
    StoreContract contract(factory);
    return QTest::qExec(&contract, argc, argv);
}
