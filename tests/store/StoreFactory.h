// Scopekeeper store tests: where the contract suite gets its stores from.
//
// The contract suite (StoreContract) knows nothing about SQLite, PostgreSQL or HTTP: every
// Store implementation provides a StoreFactory that makes one fresh, empty, opened store per
// test function, and the same suite runs unchanged against each of them.
#pragma once

#include "Catalog.h"
#include "Clock.h"
#include "Error.h"
#include "SqlStore.h"
#include "Store.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

/// One fresh, empty, opened store, and the handles the contract needs around it.
struct StoreFixture
{
    /// Whatever must outlive the store (a temporary folder, a server process). Declared
    /// first, so it is destroyed last.
    std::shared_ptr<void> keepAlive;

    std::unique_ptr<sk::Store> store;

    /// Moves the store's "now" (expiry, created_at, last_used_at). The factory wires it into
    /// the store; the contract only calls advance()/setOffset().
    sk::ShiftableClock clock;
    /// False when moving `clock` cannot move the store's "now" (e.g. a remote server); the
    /// tests that need it are skipped.
    bool clockControllable = true;

    /// Forces batched last_used_at writes to disk. May be empty when the store writes them
    /// at once.
    std::function<sk::Result<sk::Done>()> flushUsage;
    /// Every file the store wrote (database, -wal, -journal, -shm, logs). Empty function:
    /// the store's files cannot be inspected, and the tests that read them are skipped.
    std::function<QStringList()> filesWritten;
    /// Closes (destroys) the store so its files are final. `store` is null afterwards.
    std::function<void()> closeStore;
    /// Closes the store and opens it again from what it wrote (with the default catalog and
    /// no scoping mode asked for: what it reports is its own); `store` is the new one.
    std::function<sk::Result<sk::StoreInfo>()> reopen;
};

class StoreFactory
{
public:
    virtual ~StoreFactory() = default;
    /// For the test log: "SqlStore on SQLite", "RestStore over loopback", …
    virtual QString name() const = 0;
    /// A new, empty, opened store created with `catalog` and `scoping`, whose changes are
    /// made by `actor`. Returns null when that fails; lastError() then says why.
    virtual std::unique_ptr<StoreFixture> create(const sk::Catalog& catalog, const QString& actor,
                                                 sk::Scoping scoping) = 0;
    /// Why the last create() returned null.
    virtual QString lastError() const { return {}; }
};

// What every factory does alike: the SqlStore it opens (its own, or the one behind a server),
// the usage flush and the files a fixture offers, and main().
namespace sk::test {

/// Options for a new SqlStore in a fixture: created if missing, with `catalog`, changes made
/// by `actor`, "now" from the fixture's clock. The caller says where (driver, path, conninfo).
SqlStoreOptions fixtureStoreOptions(const StoreFixture& fixture, const Catalog& catalog,
                                    const QString& actor, Scoping scoping);

/// `options` to open an existing store again: its own catalog and scoping mode (none asked).
SqlStoreOptions reopenOptions(SqlStoreOptions options);

/// A SqlStore opened with `options`; null, and `error` says why, when it does not open.
std::unique_ptr<SqlStore> openSqlStore(const SqlStoreOptions& options, QString* error);

/// The fixture of a store that is itself a SqlStore opened with `options` (see
/// fixtureStoreOptions()): flushUsage flushes it, closeStore destroys it, reopen opens it again.
/// `keepAlive` (its folder, its schema) outlives it. Null, and `error` says why, when it does not
/// open.
std::unique_ptr<StoreFixture> sqlStoreFixture(std::unique_ptr<StoreFixture> fixture,
                                              const SqlStoreOptions& options, QString* error);

/// StoreFixture::flushUsage for the SqlStore that `store` returns (null once it is closed).
std::function<Result<Done>()> flushUsageOf(std::function<SqlStore*()> store);

/// StoreFixture::filesWritten for a store that writes under `folder`: every file there.
std::function<QStringList()> filesUnder(const QString& folder);

/// The main() of a contract suite: the contract, run on the stores `factory` makes.
int runContract(StoreFactory& factory, int argc, char** argv);

} // namespace sk::test
