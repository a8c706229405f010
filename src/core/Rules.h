// Scopekeeper core: the domain rules every store enforces, in one place.
#pragma once

#include "Catalog.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sk {

class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)

public:
    static constexpr int MaxNameLength = 100; // in characters (code points), after trimming

    /// Trimmed (Unicode white space) and in Unicode normalization form C.
    static QString normalizeName(const QString& name);
    /// The form in which names are compared for uniqueness: case-folded.
    static QString foldName(const QString& normalizedName);
    /// Length in characters as a person counts them (code points, not UTF-16 units).
    static qsizetype characterCount(const QString& text);

    /// Field "name". `name` must already be normalized.
    static std::optional<FieldError> checkAppName(const QString& name);
    static std::optional<FieldError> checkKeyName(const QString& name);
    /// An administrator's name (scopekeeper-server admin create): the same rules.
    static std::optional<FieldError> checkAdminName(const QString& name);
    /// A page of a listing holds 1…PageQuery::MaxRows rows (field "limit").
    static std::optional<FieldError> checkPageLimit(int limit);
    /// Unicode's Default_Ignorable_Code_Point: invisible characters (zero-width, bidi marks,
    /// variation selectors, tags, …), refused in every name.
    static bool isDefaultIgnorable(char32_t codePoint);
    /// Field "scopes": at least one, every one in the catalog.
    static std::optional<FieldError> checkScopes(const QStringList& scopes, const Catalog& catalog);
    /// Sorted, without duplicates.
    static QStringList normalizeScopes(const QStringList& scopes);
    /// Field "scopes" of a narrowed key (NewKey::scopes), normalized: at least one, every one
    /// among its app's scopes (the message names those that are not).
    static std::optional<FieldError> checkKeyScopes(const QStringList& scopes,
                                                    const QStringList& appScopes);
    /// What a key may do: a narrowed key's scopes that its app still holds; the app's scopes
    /// when the key inherits them. Sorted.
    static QStringList effectiveScopes(const std::optional<QStringList>& keyScopes,
                                       const QStringList& appScopes);
    /// Field "expires_at": after `now`, and at most one year after `createdAt`.
    static std::optional<FieldError> checkExpiry(const QDateTime& expiresAt,
                                                 const QDateTime& createdAt);
    /// The latest expiry a key created at `createdAt` may have.
    static QDateTime latestExpiry(const QDateTime& createdAt) { return createdAt.addYears(1); }

    /// What a key's expiry means at a given moment, in this order (sorting by it puts the
    /// active keys first).
    enum class KeyStatus
    {
        Active,
        ExpiresSoon,
        Rolling, // rolled (Store::rollKey): works until its stops_at, then Expired
        Expired,
    };
    /// A key expiring within this many days (or exactly this many; a day is 24 hours)
    /// "expires soon".
    static constexpr int ExpiresSoonDays = 14;
    /// The status at `now` of a key that expires at `expiresAt`: expired from `expiresAt` on
    /// (services refuse it then), expiring soon from ExpiresSoonDays before it.
    /// A rolled key (`stopsAt` valid) is Rolling until `stopsAt`, then Expired.
    static KeyStatus keyStatus(const QDateTime& expiresAt, const QDateTime& now,
                               const QDateTime& stopsAt = {});
    /// The first moment after `now` at which keyStatus() changes; invalid once it never will
    /// (the key has expired or stopped).
    static QDateTime nextKeyStatusChange(const QDateTime& expiresAt, const QDateTime& now,
                                         const QDateTime& stopsAt = {});

    /// The longest grace a roll may give the old key (Store::rollKey).
    static constexpr int MaxRollGraceDays = 30;
    /// Field "grace_seconds": 0…MaxRollGraceDays days.
    static std::optional<FieldError> checkRollGrace(qint64 graceSeconds);
    /// Whether the key that expires at `expiresAt` (and stops at `stopsAt`, when already
    /// rolled) may be rolled at `now`: not once it has expired (field "expires_at"), nor while
    /// it is being rolled (field "stops_at").
    static std::optional<FieldError> checkRollable(const QDateTime& expiresAt,
                                                   const QDateTime& stopsAt, const QDateTime& now);
    /// When a key rolled at `now` with `graceSeconds` stops: then, at the latest at its expiry.
    static QDateTime rollStopsAt(const QDateTime& now, qint64 graceSeconds,
                                 const QDateTime& expiresAt);
    /// A rolled key's default name: "<old name> (rolled <yyyy-MM-dd>)", the old name shortened
    /// to keep within MaxNameLength.
    static QString rolledKeyName(const QString& oldName, const QDateTime& now);
    /// The days left at `now` until `expiresAt`, a day begun counting as one ("expires in 1
    /// day" an hour before); 0 once it has passed.
    static int daysUntilExpiry(const QDateTime& expiresAt, const QDateTime& now);

    /// The reminder window before a key expires (Preferences; the console's message bar),
    /// in days; 0 turns the reminder off.
    static constexpr int DefaultExpiryReminderDays = 14;
    /// Whether a key that expires at `expiresAt` expires within `days` days (a day is 24
    /// hours; exactly `days` days counts) at `now`, and has not expired yet. False when `days`
    /// is 0 or less. A rolled key (`stopsAt` set) never counts: it is being replaced already.
    static bool expiresWithin(const QDateTime& expiresAt, int days, const QDateTime& now,
                              const QDateTime& stopsAt = {});

    /// After how many days without use a key is stale by default (Preferences).
    static constexpr int DefaultStaleDays = 90;
    /// Since when a key has not been used: its last use, or its creation when it was never
    /// used.
    static QDateTime staleSince(const QDateTime& lastUsedAt, const QDateTime& createdAt);
    /// Whether a key was not used in the last `days` days at `now` (staleSince() at least
    /// `days` days before `now`). A key never used counts from its creation.
    static bool notUsedIn(const QDateTime& lastUsedAt, const QDateTime& createdAt, int days,
                          const QDateTime& now);

    static FieldError duplicateAppName(const QString& name);
    /// Two names that look alike ("Payments" and "Pаyments", with a Cyrillic а) have the same
    /// skeleton (Unicode UTS #39, through ICU's spoof checker), case-folded. Empty when ICU is
    /// not available: then only names equal when case-folded are duplicates.
    static QString nameSkeleton(const QString& normalizedName);
    static FieldError lookAlikeAppName(const QString& name, const QString& existing);
    static FieldError duplicateKeyName(const QString& name);

private:
    static std::optional<FieldError> checkName(const QString& name, const QString& what);
};

} // namespace sk
