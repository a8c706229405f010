// The store contract, run against RestStore talking to a real scopekeeper-server: an
// ApiServer started in this process on 127.0.0.1 (an ephemeral port) over a SqlStore on a new
// SQLite file per test. The server's store gets the fixture's clock (expiry), its usage flush
// (last-used times) and its files (database and access log) for the tests that scan them.
#include "AdminToken.h"
#include "ApiServer.h"
#include "RestStore.h"
#include "SqlStore.h"
#include "StoreFactory.h"
#include "StoreTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {

/// The server side of one fixture: its folder, its store and the HTTP server over it.
struct ServerSide
{
    QTemporaryDir dir;
    std::unique_ptr<sk::SqlStore> store;
    std::unique_ptr<sk::ApiServer> server;
    QFile log;

    /// Stops the server and closes its store, so that its files are final.
    void stop()
    {
        server.reset();
        store.reset();
        log.close();
    }
    ~ServerSide() { stop(); }
};

class RestStoreFactory final : public StoreFactory
{
public:
    QString name() const override { return QStringLiteral("RestStore over loopback"); }

    std::unique_ptr<StoreFixture> create(const sk::Catalog& catalog, const QString& actor,
                                         sk::Scoping scoping) override
    {
        m_error.clear();
        auto side = std::make_shared<ServerSide>();
        if (!side->dir.isValid()) {
            m_error = QStringLiteral("no temporary folder: %1").arg(side->dir.errorString());
            return nullptr;
        }
        auto fixture = std::make_unique<StoreFixture>();
        fixture->keepAlive = side;
        // The server's store runs on the fixture's clock; its files are the fixture's files.
        fixture->filesWritten = sk::test::filesUnder(side->dir.path());
        sk::SqlStoreOptions options = sk::test::fixtureStoreOptions(
            *fixture, catalog, QStringLiteral("scopekeeper-server"), scoping);
        options.driver = sk::SqlStoreOptions::Driver::Sqlite;
        options.sqlitePath = side->dir.filePath(QStringLiteral("server.sqlite"));
        const QString token = sk::AdminToken::generate();
        side->store = sk::test::openSqlStore(options, &m_error);
        if (!side->store)
            return nullptr;
        const sk::Result<sk::Done> admin =
            sk::waitFor(side->store->createAdmin(actor, sk::AdminToken::hash(token)));
        if (!admin.ok()) {
            m_error = sk::test::describe(admin.error());
            return nullptr;
        }
        std::unique_ptr<sk::RestStore> store = serve(*side, token, actor, &m_error);
        if (!store)
            return nullptr;
        const sk::Result<sk::StoreInfo> connected = sk::waitFor(store->open());
        if (!connected.ok()) {
            m_error = sk::test::describe(connected.error());
            return nullptr;
        }
        if (connected->catalogId != catalog.id()) {
            m_error = QStringLiteral("the server's catalog is %1, not %2")
                          .arg(connected->catalogId, catalog.id());
            return nullptr;
        }
        fixture->store = std::move(store);

        ServerSide* s = side.get();
        fixture->flushUsage = sk::test::flushUsageOf([s] { return s->store.get(); });
        StoreFixture* f = fixture.get();
        fixture->closeStore = [f, s] {
            f->store.reset();
            s->stop();
        };
        // The server stops and starts again on the same file: its own catalog and mode.
        fixture->reopen = [f, s, token, actor,
                           options =
                               sk::test::reopenOptions(options)]() -> sk::Result<sk::StoreInfo> {
            f->store.reset();
            s->stop();
            QString error;
            s->store = sk::test::openSqlStore(options, &error);
            std::unique_ptr<sk::RestStore> store;
            if (s->store)
                store = serve(*s, token, actor, &error);
            if (!store)
                return sk::Error(sk::ErrorCode::Unavailable, error);
            sk::Result<sk::StoreInfo> info = sk::waitFor(store->open());
            f->store = std::move(store);
            return info;
        };
        return fixture;
    }

    /// Starts the HTTP server over `side`'s open store, its log beside the database, and
    /// answers a RestStore (not yet open) that talks to it with `token`.
    static std::unique_ptr<sk::RestStore> serve(ServerSide& side, const QString& token,
                                                const QString& actor, QString* error)
    {
        // The access log goes to a file beside the database, so the secret scan reads it too.
        side.log.setFileName(side.dir.filePath(QStringLiteral("server.log")));
        if (!side.log.open(QIODevice::WriteOnly | QIODevice::Append)) {
            *error = QStringLiteral("cannot write the server log: %1").arg(side.log.errorString());
            return nullptr;
        }
        side.server = std::make_unique<sk::ApiServer>(*side.store);
        ServerSide* s = &side;
        side.server->setLogSink([s](const QString& line) {
            s->log.write(line.toUtf8() + '\n');
            s->log.flush();
        });
        if (!side.server->listen(QHostAddress(QHostAddress::LocalHost), 0, nullptr, error)) {
            *error = QStringLiteral("the server cannot listen: %1").arg(*error);
            return nullptr;
        }
        sk::RestStoreOptions rest;
        rest.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(side.server->port()));
        rest.token = token;
        rest.actor = actor;
        return std::make_unique<sk::RestStore>(rest);
    }

    QString lastError() const override { return m_error; }

private:
    QString m_error;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    RestStoreFactory factory;
    return sk::test::runContract(factory, argc, argv);
}
