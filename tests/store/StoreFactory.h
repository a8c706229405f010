// Scopekeeper store tests: where the contract suite gets its stores from.
//
// The contract suite (StoreContract) knows nothing about SQLite, PostgreSQL or HTTP: every
// Store implementation provides a StoreFactory that makes one fresh, empty, opened store per
// test function, and the same suite runs unchanged against each of them.
#pragma once

#include "Catalog.h"
#include "Clock.h"
#include "Error.h"
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
};

class StoreFactory
{
public:
    virtual ~StoreFactory() = default;
    /// For the test log: "SqlStore on SQLite", "RestStore over loopback", …
    virtual QString name() const = 0;
    /// A new, empty, opened store created with `catalog`, whose changes are made by `actor`.
    /// Returns null when that fails; lastError() then says why.
    virtual std::unique_ptr<StoreFixture> create(const sk::Catalog& catalog,
                                                 const QString& actor) = 0;
    /// Why the last create() returned null.
    virtual QString lastError() const { return {}; }
};
