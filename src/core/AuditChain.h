// Scopekeeper core: the hash chain that makes the audit log tamper-evident.
//
// Each entry's link is the SHA-256 (hex) of the link before it and of the entry's fields in a
// canonical form (a version tag, then each field as its UTF-8 length and bytes). Changing an
// entry changes its link; removing or inserting one breaks the link of the entry after it. The
// first entry of a chain follows origin(). A store that had entries before the chain existed
// starts its chain with a ChainStart entry that counts them; they stay "unchained".
//
// What the chain does not stop: someone who can write the store and recompute every link, or
// who removes entries from the end. Recording the last link elsewhere (audit verify prints it)
// covers both. The link does not cover an entry's structured data (AuditEntry::data, added
// later); a walk checks instead that the data renders to the detail the link covers.
#pragma once

#include "Types.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sk::AuditChain {

// The entry that starts the chain in a store that had entries before it is an
// AuditAction::ChainStart (audit::ChainStarted: its detail "earlier entries not chained: N").

/// N from a chain start's detail; nullopt when the detail is not one.
std::optional<qint64> unchainedCount(const QString& detail);

/// The link before the first entry of a chain: 64 zeros.
QByteArray origin();
/// The link of `entry` (its sequence, time to the millisecond, actor, action, app, key and
/// detail) after `previous`.
QByteArray link(const QByteArray& previous, const AuditEntry& entry);

/// Why an entry breaks the chain.
enum class Break
{
    None,
    Unaccounted,  // unchained entries before it, and it is not a chain start
    CountChanged, // a chain start that counted another number of unchained entries
    MissingLink,  // an entry without a link after the chain started
    LinkMismatch, // its link is not the one its fields and the link before it give
    DataMismatch, // its structured data does not say what its detail says
                  // (audit::dataAgrees): the data was changed, the link cannot tell
};

/// What a walk along the chain found.
struct Report
{
    qint64 unchained = 0; // entries before the chain started
    qint64 chained = 0;   // entries whose links were checked and hold
    QByteArray head;      // the last link that holds (origin() when there is none)
    qint64 brokenAt = 0;  // the sequence of the first entry that breaks the chain
    Break problem = Break::None;
    qint64 countedBefore = 0; // CountChanged: what the chain start counted
    bool whole() const { return problem == Break::None; }
};

/// Walks entries in sequence order: feed() each, then report().
class Walker
{
public:
    /// False once the chain is broken (the rest need not be fed).
    bool feed(const AuditEntry& entry);
    Report report() const { return m_report; }

private:
    bool m_started = false;
    Report m_report{0, 0, origin(), 0, Break::None, 0};
};

} // namespace sk::AuditChain
