// Scopekeeper store: has anyone committed to a SQLite database in WAL mode since the last look?
//
// Answered from the WAL-index header at the start of the database's "-shm" file, the way
// SQLite's own readers check it before a read transaction (https://www.sqlite.org/walformat.html,
// "The WAL-Index Header"): every commit, from any connection or process, rewrites the header
// (its change counter, last frame and checksums), and every restart of the WAL log changes its
// salts. Reading it takes no lock and no system call, where PRAGMA data_version takes a read
// transaction (file locks and a process-wide mutex) on every call.
//
// The header is written in two copies, the second first; a reader takes the first, then the
// second, and trusts them only when they agree. A header that is being written is reported as
// unknown: the caller must then ask SQLite.
//
// Only valid while the caller keeps a connection to the database open: that connection's
// shared lock keeps SQLite from truncating or rebuilding the -shm file underneath the map.
#pragma once

#include <QFile>
#include <QString>
#include <array>
#include <optional>

namespace sk {

class WalCommitWatch
{
public:
    /// The first copy of the WAL-index header (48 bytes).
    using Header = std::array<unsigned char, 48>;

    explicit WalCommitWatch(const QString& databasePath);
    ~WalCommitWatch();
    WalCommitWatch(const WalCommitWatch&) = delete;
    WalCommitWatch& operator=(const WalCommitWatch&) = delete;

    /// Maps the header; false when the database has no WAL index to read (not in WAL mode, no
    /// shared-memory file, or one too short).
    bool open();
    /// A consistent copy of the header now; nullopt while a writer is changing it, or when the
    /// index has not been built (then nothing can be told from it).
    std::optional<Header> header() const;

private:
    QFile m_file;
    const unsigned char* m_map = nullptr;
};

} // namespace sk
