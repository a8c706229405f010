// The store contract, run against SqlStore on SQLite (a new file in a new folder per test).
#include "SqlStore.h"
#include "StoreFactory.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace {

class SqliteStoreFactory final : public StoreFactory
{
public:
    QString name() const override { return QStringLiteral("SqlStore on SQLite"); }

    std::unique_ptr<StoreFixture> create(const sk::Catalog& catalog, const QString& actor,
                                         sk::Scoping scoping) override
    {
        m_error.clear();
        auto dir = std::make_shared<QTemporaryDir>();
        if (!dir->isValid()) {
            m_error = QStringLiteral("no temporary folder: %1").arg(dir->errorString());
            return nullptr;
        }
        auto fixture = std::make_unique<StoreFixture>();
        fixture->keepAlive = dir;
        fixture->filesWritten = sk::test::filesUnder(dir->path());
        sk::SqlStoreOptions options =
            sk::test::fixtureStoreOptions(*fixture, catalog, actor, scoping);
        options.driver = sk::SqlStoreOptions::Driver::Sqlite;
        options.sqlitePath = dir->filePath(QStringLiteral("contract.sqlite"));
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
    SqliteStoreFactory factory;
    return sk::test::runContract(factory, argc, argv);
}
