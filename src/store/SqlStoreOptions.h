#pragma once

#include "Catalog.h"
#include "Clock.h"
#include "Types.h"

#include <QString>
#include <optional>

namespace sk {

struct SqlStoreOptions
{
    enum class Driver
    {
        Sqlite,
        Postgres
    };

    Driver driver = Driver::Sqlite;
    /// Driver::Sqlite: the store file.
    QString sqlitePath;
    /// Driver::Postgres: a libpq connection string ("host=… dbname=… user=…"); the PG*
    /// environment variables fill in what it leaves out.
    QString postgresConnInfo;

    /// Create the store when it does not exist yet; otherwise opening a missing store fails.
    bool createIfMissing = true;
    /// The catalog a new store is created with; an empty one means the default built-in.
    Catalog catalog;
    /// Mark a new store as a demonstration store.
    bool demo = false;
    /// Which demonstration SqlStore::seedDemo() fills a new store with.
    enum class DemoVariant
    {
        /// The bank use case of "AI for Process": three apps and their keys.
        Bank,
        /// "--demo aimms": the AIMMS Cloud Portal's User API Keys, a few personal keys of the
        /// store's actor with different scopes. The store gets the "aimms-pro" catalog,
        /// whatever `catalog` says, and so is per-key unless `scoping` says otherwise.
        Aimms,
    };
    DemoVariant demoVariant = DemoVariant::Bank;
    /// How a new store scopes its keys; nothing means the catalog's default (per-key for
    /// "aimms-pro", per-app otherwise). An existing store keeps the mode it was created with.
    std::optional<Scoping> scoping;

    /// "Created by" and the audit log's "who"; empty means the OS user name.
    QString actor;
    /// Where "now" comes from; empty means the system clock.
    Clock clock;
    /// How often last-used times are written (they are kept in memory in between).
    qint64 usageFlushIntervalMs = 60 * 1000;
};

} // namespace sk
