#include "Fields.h"
#include "KeyFormat.h"
#include "Rules.h"
#include "SqlBackend.h"
#include "SqlSupport.h"

namespace sk {

using sql::fromMs;
using sql::toMs;

// ---- server administrators ----------------------------------------------------------------

Result<Done> SqlBackend::createAdmin(const QString& adminName, const QByteArray& tokenHash,
                                     const QString& actor)
{
    return createAdmin(adminName, tokenHash, AdminAccount::adminRole(), now().addDays(MaxAdminDays),
                       actor);
}

Result<Done> SqlBackend::createAdmin(const QString& adminName, const QByteArray& tokenHash,
                                     const QString& role, const QDateTime& expiresAt,
                                     const QString& actor)
{
    if (role != AdminAccount::adminRole() && role != AdminAccount::auditorRole()) {
        return Error::invalid(QStringLiteral("role"),
                              tr("The role is “admin” or “auditor”, not “%1”.").arg(role));
    }
    if (!expiresAt.isValid() || expiresAt <= now() ||
        expiresAt > now().addDays(MaxAdminDays).addSecs(60)) {
        return Error::invalid(
            fields::ExpiresAt,
            tr("An administrator token expires within %1 days.").arg(MaxAdminDays));
    }
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QString name = Rules::normalizeName(adminName);
    const QString field = fields::Name;
    // The app-name rules: no control characters (a line break would forge a log line), no
    // invisible ones, at most 100 characters.
    if (const std::optional<FieldError> problem = Rules::checkAdminName(name))
        return Error::invalid(problem->field, problem->message);
    if (tokenHash.size() != 64)
        return Error(ErrorCode::Internal, tr("An administrator token hash must be SHA-256 hex."));
    const FieldError taken{field, tr("An administrator named “%1” already exists.").arg(name)};
    const QString doing = tr("creating the administrator");
    return transaction<Done>(doing, [&]() -> Result<Done> {
        QSqlQuery q = query();
        if (!exec(q, QStringLiteral("SELECT 1 FROM admins WHERE name_fold = ?"),
                  {Rules::foldName(name)})) {
            return storageError(q.lastError(), doing);
        }
        if (q.next())
            return Error(ErrorCode::Conflict, taken.message, {taken});
        q.finish();
        if (!exec(
                q,
                QStringLiteral("INSERT INTO admins (name_fold, name, token_hash, created_at, role, "
                               "expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {Rules::foldName(name), name, QString::fromLatin1(tokenHash), toMs(now()), role,
                 toMs(expiresAt)})) {
            if (sql::isUniqueViolation(q.lastError()))
                return Error(ErrorCode::Conflict, taken.message, {taken});
            return storageError(q.lastError(), doing);
        }
        if (auto r = appendAudit(actor, audit::AdminCreated{name, role, expiresAt}); !r.ok())
            return r.error();
        return Done{};
    });
}

Result<QString> SqlBackend::adminForTokenHash(const QByteArray& tokenHash)
{
    Result<AdminAccount> account = adminAccountForTokenHash(tokenHash);
    if (!account.ok())
        return account.error();
    return account->name;
}

Result<AdminAccount> SqlBackend::adminAccountForTokenHash(const QByteArray& tokenHash)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT name, token_hash, role, created_at, expires_at, revoked_at, "
                             "last_used_at, name_fold FROM admins WHERE token_hash = ?"),
              {QString::fromLatin1(tokenHash)})) {
        return storageError(q.lastError(), tr("checking an administrator token"));
    }
    // Field "reason": unknown, revoked or expired; field "name": whose token it was, if known.
    const auto refused = [](const QString& reason, const QString& name = {}) {
        QList<FieldError> fields{FieldError{QStringLiteral("reason"), reason}};
        if (!name.isEmpty())
            fields << FieldError{fields::Name, name};
        return Error(ErrorCode::Unauthorized, tr("The administrator token was not recognised."),
                     fields);
    };
    if (!q.next() || !KeyFormat::constantTimeEquals(q.value(1).toString().toLatin1(), tokenHash))
        return refused(QStringLiteral("unknown"));
    AdminAccount account;
    account.name = q.value(0).toString();
    account.role = q.value(2).toString();
    account.createdAt = fromMs(q.value(3).toLongLong());
    if (!q.value(4).isNull())
        account.expiresAt = fromMs(q.value(4).toLongLong());
    if (!q.value(5).isNull())
        account.revokedAt = fromMs(q.value(5).toLongLong());
    if (!q.value(6).isNull())
        account.lastUsedAt = fromMs(q.value(6).toLongLong());
    const QString nameFold = q.value(7).toString();
    q.finish();
    if (account.revokedAt.isValid())
        return refused(QStringLiteral("revoked"), account.name);
    const QDateTime at = now();
    if (account.expiresAt.isValid() && account.expiresAt <= at)
        return refused(QStringLiteral("expired"), account.name);
    // Last used: written at most once a minute per administrator.
    if (!account.lastUsedAt.isValid() || account.lastUsedAt.msecsTo(at) >= 60 * 1000) {
        exec(q, QStringLiteral("UPDATE admins SET last_used_at = ? WHERE name_fold = ?"),
             {toMs(at), nameFold});
        q.finish();
        account.lastUsedAt = at;
    }
    return account;
}

Result<QList<AdminAccount>> SqlBackend::listAdmins()
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT name, role, created_at, expires_at, revoked_at, "
                                "last_used_at FROM admins ORDER BY name_fold"))) {
        return storageError(q.lastError(), tr("listing the administrators"));
    }
    QList<AdminAccount> accounts;
    while (q.next()) {
        AdminAccount a;
        a.name = q.value(0).toString();
        a.role = q.value(1).toString();
        a.createdAt = fromMs(q.value(2).toLongLong());
        if (!q.value(3).isNull())
            a.expiresAt = fromMs(q.value(3).toLongLong());
        if (!q.value(4).isNull())
            a.revokedAt = fromMs(q.value(4).toLongLong());
        if (!q.value(5).isNull())
            a.lastUsedAt = fromMs(q.value(5).toLongLong());
        accounts.append(a);
    }
    return accounts;
}

Result<Done> SqlBackend::revokeAdmin(const QString& adminName, const QString& actor)
{
    const QString name = Rules::normalizeName(adminName);
    const QString doing = tr("revoking the administrator");
    return write<Done>(doing, [&]() -> Result<Done> {
        QSqlQuery q = query();
        if (!exec(q, QStringLiteral("SELECT name, revoked_at FROM admins WHERE name_fold = ?"),
                  {Rules::foldName(name)}))
            return storageError(q.lastError(), doing);
        if (!q.next())
            return Error(ErrorCode::NotFound,
                         tr("There is no administrator named “%1”.").arg(name));
        const QString stored = q.value(0).toString();
        if (!q.value(1).isNull())
            return Done{}; // revoked already: done all the same, and no second entry
        q.finish();
        if (!exec(q, QStringLiteral("UPDATE admins SET revoked_at = ? WHERE name_fold = ?"),
                  {toMs(now()), Rules::foldName(name)}))
            return storageError(q.lastError(), doing);
        if (auto r = appendAudit(actor, audit::AdminRevoked{stored}); !r.ok())
            return r.error();
        return Done{};
    });
}

} // namespace sk
