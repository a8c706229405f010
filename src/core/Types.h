// Scopekeeper core: the domain's plain values. No behaviour, no I/O.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace sk {

/// An API app: a name and the scopes every one of its keys grants.
struct App
{
    QString id;
    QString name;
    QStringList scopes; // sorted, catalog ids
    QString createdBy;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    int keyCount = 0;
    qint64 version = 0; // bumped by every change; updates name the version they were based on
};

/// An API key as stored: never its secret.
struct ApiKey
{
    QString id;
    QString appId;
    QString appName;
    QString name;
    QString prefix; // "spk_" and the next four characters
    QString createdBy;
    QDateTime createdAt;  // UTC
    QDateTime expiresAt;  // UTC
    QDateTime lastUsedAt; // UTC; null when never used
    /// When a rolled key stops working (Store::rollKey): the roll's time plus its grace, at the
    /// latest its expiry. Invalid: the key has not been rolled.
    QDateTime stopsAt; // UTC
    /// A narrowed key's effective scopes: those it was given at creation that its app still
    /// holds (sorted). Absent when the key inherits its app's scopes.
    std::optional<QStringList> scopes;
};

/// The answer to creating a key: the only time its secret exists outside the caller.
struct CreatedKey
{
    ApiKey key;
    QString secret;
};

struct NewApp
{
    QString name;
    QStringList scopes;
};

/// A change to an app; fields left empty are not changed.
struct AppPatch
{
    std::optional<QString> name;
    std::optional<QStringList> scopes;
};

struct NewKey
{
    QString name;
    QDateTime expiresAt;
    /// A narrowed key: a non-empty subset of its app's scopes. Absent: the key inherits the
    /// app's scopes, whatever they are at each verify.
    std::optional<QStringList> scopes = std::nullopt;
};

/// Rolling a key: a new key on the same app, with the old one's scopes, and the old key stops
/// `graceSeconds` later (0…Rules::MaxRollGraceDays days), at the latest when it expires.
struct RollKey
{
    std::optional<QString> name; // absent: "<old name> (rolled <date>)" (Rules::rolledKeyName)
    QDateTime expiresAt;         // the new key's
    qint64 graceSeconds = 0;
};

/// The answer to rolling a key: the new key (with its secret, once) and the old one as it is now.
struct RolledKey
{
    CreatedKey newKey;
    ApiKey oldKey;
};

struct AppQuery
{
    QString text; // matches names and scope ids, case-insensitively; empty matches all
};

/// Which page of a listing: where it starts and how many rows it holds at most.
struct PageQuery
{
    static constexpr int MaxRows = 1000; // the most rows a page may hold
    QString after; // the `next` of the page before, as the store made it; empty: the first page
    int limit = MaxRows; // 1…MaxRows
};

/// One page of a listing in the store's stable order (apps by case-folded name, then id; keys
/// by their app's, then by creation and id): a row that stays in the store is neither repeated
/// nor skipped when others come and go between pages.
template <class T> struct Page
{
    QList<T> items;
    QString next; // where the next page starts (opaque); empty on the last page
};

enum class VerifyCode
{
    Valid,
    Malformed,      // not in the key format, or its checksum is wrong: no lookup was made
    NotFound,       // no such key (never created, or deleted)
    Expired,        // the key's expiry has passed, or the time a roll stops it (stops_at)
    ForbiddenScope, // the key's app does not have the scope
};

/// "MALFORMED", "NOT_FOUND", "EXPIRED", "FORBIDDEN_SCOPE"; empty for Valid.
QString verifyCodeName(VerifyCode code);

struct VerifyResult
{
    bool valid = false;
    VerifyCode code = VerifyCode::NotFound;
    QString appId;
    QString appName;
    QString keyId;
    QString keyName;
    QStringList scopes; // the key's effective scopes (a narrowed key's ∩ its app's), when found
};

struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // its wire name ("app.create", …: AuditAction), kept as text
    QString appId;
    QString appName;
    QString keyId;
    QString keyName;
    QString detail;   // in one neutral English form, which the chain covers
    QJsonObject data; // the same, structured (audit::Details); empty when there is none
    QByteArray chain; // its link in the audit chain (AuditChain); empty: before the chain
};

/// Administrator tokens refused from one client address (an audit entry, rate-limited).
struct RefusedToken
{
    QString reason;         // "unknown", "malformed", "expired", "revoked"
    QString client;         // the client's address
    QString administrator;  // whose token it was, when known (expired, revoked)
    qint64 alsoRefused = 0; // refused from this address since the entry before, not recorded
};

struct AuditQuery
{
    QString appId; // empty: every app
    int limit = 1000;
};

/// An administrator of a scopekeeper-server (never their token: only its hash is stored).
struct AdminAccount
{
    QString name;
    QString role; // "admin" (changes everything) or "auditor" (reads everything, changes nothing)
    QDateTime createdAt;
    QDateTime expiresAt;  // after it, the token is refused
    QDateTime lastUsedAt; // invalid: never
    QDateTime revokedAt;  // valid: revoked, the token is refused

    static QString adminRole() { return QStringLiteral("admin"); }
    static QString auditorRole() { return QStringLiteral("auditor"); }
    bool isAuditor() const { return role == auditorRole(); }
};

/// What a store says about itself once it is open.
/// How a store's keys get their scopes; chosen when the store is created, never changed.
enum class Scoping
{
    /// An app holds the scopes and its keys inherit them, or a subset chosen per key (the
    /// default; "AI for Process").
    PerApp,
    /// Keys are their holder's own and each names its scopes ("User API Keys", as in the AIMMS
    /// Cloud Portal): every key lives on its holder's personal app and is narrowed.
    PerKey,
};
/// "per-app", "per-key": the names the command lines, the wire and the meta table use.
QString scopingName(Scoping scoping);
/// The scoping `name` names; nothing for any other text.
std::optional<Scoping> scopingFromName(const QString& name);
/// The mode a new store with the catalog `catalogId` gets unless one is chosen: per-key for
/// "aimms-pro" (the AIMMS Cloud Portal's User API Keys), per-app for every other catalog.
Scoping defaultScoping(const QString& catalogId);

struct StoreInfo
{
    QString location; // a file path or a server URL
    QString catalogId;
    bool demo = false;
    bool created = false; // true when open() made a new store
    Scoping scoping = Scoping::PerApp;
    int schemaVersion = 0;
    // On a server, what the signed-in administrator's account allows (GET /api/v1/me):
    QString role;              // "admin", "auditor"; empty on a local store
    QDateTime accessExpiresAt; // when its token stops working; invalid: never
    /// Reads everything, changes nothing (an auditor).
    bool readOnly() const { return role == QLatin1String("auditor"); }
};

} // namespace sk

Q_DECLARE_METATYPE(sk::App)
Q_DECLARE_METATYPE(sk::ApiKey)
