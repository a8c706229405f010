// Schema 8: each audit entry carries its details as structured data (audit::Details, JSON in
// the "data" column) beside the English detail that the audit chain covers. The entries a store
// had before are given theirs here, read back from their detail once; the detail itself, and so
// the chain, is left as it is.
#include "AuditDetails.h"
#include "SqlBackend.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace sk {

namespace {

std::optional<QDateTime> instant(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? std::optional<QDateTime>(t.toUTC()) : std::nullopt;
}

std::optional<qint64> number(const QString& text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

/// "scopes: +a +b −c": what an app.update added and removed.
std::optional<audit::ScopeChange> scopeChange(const QString& text)
{
    static const QString lead = QStringLiteral("scopes: ");
    if (!text.startsWith(lead))
        return std::nullopt;
    audit::ScopeChange change;
    for (const QString& item : text.mid(lead.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (item.size() < 2)
            return std::nullopt;
        if (item.front() == QLatin1Char('+'))
            change.added << item.mid(1);
        else if (item.front() == QChar(0x2212))
            change.removed << item.mid(1);
        else
            return std::nullopt;
    }
    return change;
}

/// An app.update's detail: "renamed from “A”", "scopes: …", both joined by "; ", or nothing.
/// The old name may hold "; " and quotes of its own: it ends at the last "”" before the scopes.
std::optional<audit::AppUpdated> appUpdated(const QString& detail, const QString& appName)
{
    audit::AppUpdated updated;
    if (detail.isEmpty())
        return updated;
    static const QString renamed = QStringLiteral("renamed from “");
    QString rest = detail;
    if (rest.startsWith(renamed)) {
        static const QString before = QStringLiteral("”; scopes: ");
        const qsizetype scopesAt = rest.lastIndexOf(before);
        qsizetype end = -1;
        if (scopesAt >= renamed.size())
            end = scopesAt;
        else if (rest.endsWith(QStringLiteral("”")))
            end = rest.size() - 1;
        if (end < renamed.size())
            return std::nullopt;
        updated.renamed = audit::Rename{rest.mid(renamed.size(), end - renamed.size()), appName};
        rest = rest.mid(end + 1);
        if (rest.startsWith(QStringLiteral("; ")))
            rest = rest.mid(2);
        else if (!rest.isEmpty())
            return std::nullopt;
    }
    if (!rest.isEmpty()) {
        const std::optional<audit::ScopeChange> change = scopeChange(rest);
        if (!change)
            return std::nullopt;
        updated.scopes = change;
    }
    return updated;
}

/// The details an entry's detail, in the form its writer used, stands for; nullopt when it is
/// not in that form.
std::optional<audit::Details> fromProse(AuditAction action, const QString& detail,
                                        const QString& appName)
{
    static const QRegularExpression appCreated(QStringLiteral("^scopes: (.*)$"));
    static const QRegularExpression appDeleted(QStringLiteral("^keys deleted with it: (\\d+)$"));
    static const QRegularExpression keyCreated(QStringLiteral("^prefix (\\S+), expires (\\S+)$"));
    static const QRegularExpression adminCreated(
        QStringLiteral("^administrator “(.*)”, role (\\S+), expires (\\S+)$"));
    static const QRegularExpression adminRevoked(QStringLiteral("^administrator “(.*)”$"));
    static const QRegularExpression tokenRefused(QStringLiteral(
        "^reason (\\S+), from (\\S+)(?:; (\\d+) more refused from there since the last entry)?$"));
    static const QRegularExpression chainStarted(
        QStringLiteral("^earlier entries not chained: (\\d+)$"));
    switch (action) {
    case AuditAction::AppCreate:
        if (const auto m = appCreated.match(detail); m.hasMatch()) {
            return audit::AppCreated{m.captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts)};
        }
        break;
    case AuditAction::AppUpdate:
        if (const auto updated = appUpdated(detail, appName))
            return *updated;
        break;
    case AuditAction::AppDelete:
        if (const auto m = appDeleted.match(detail); m.hasMatch()) {
            if (const auto n = number(m.captured(1)))
                return audit::AppDeleted{*n};
        }
        break;
    case AuditAction::KeyCreate:
        if (const auto m = keyCreated.match(detail); m.hasMatch()) {
            if (const auto expires = instant(m.captured(2)))
                return audit::KeyCreated{m.captured(1), *expires};
        }
        break;
    case AuditAction::KeyDelete:
        if (detail.isEmpty())
            return audit::KeyDeleted{};
        break;
    case AuditAction::AdminCreate:
        if (const auto m = adminCreated.match(detail); m.hasMatch()) {
            if (const auto expires = instant(m.captured(3)))
                return audit::AdminCreated{m.captured(1), m.captured(2), *expires};
        }
        break;
    case AuditAction::AdminRevoke:
        if (const auto m = adminRevoked.match(detail); m.hasMatch())
            return audit::AdminRevoked{m.captured(1)};
        break;
    case AuditAction::TokenRefused:
        if (const auto m = tokenRefused.match(detail); m.hasMatch()) {
            const auto also =
                m.captured(3).isEmpty() ? std::optional<qint64>(0) : number(m.captured(3));
            if (also && (*also > 0 || m.captured(3).isEmpty()))
                return audit::TokenRefused{m.captured(1), m.captured(2), *also};
        }
        break;
    case AuditAction::ChainStart:
        if (const auto m = chainStarted.match(detail); m.hasMatch()) {
            if (const auto n = number(m.captured(1)))
                return audit::ChainStarted{*n};
        }
        break;
    case AuditAction::KeyRoll: // always written with its data (schema 10 on)
    case AuditAction::Unknown:
        break;
    }
    return std::nullopt;
}

} // namespace

QStringList SqlBackend::auditDataSchema() const
{
    // Schema 7: each audit entry's details as JSON (audit::toJson); NULL where there are none.
    return {QStringLiteral("ALTER TABLE audit_log ADD COLUMN data TEXT")};
}

Result<Done> SqlBackend::fillAuditData()
{
    // Only data that says exactly what the detail says is kept (audit::dataAgrees(), as a
    // walk along the chain checks it); an entry whose detail is in no form known here keeps
    // none, and is shown by its detail.
    QSqlQuery q = query();
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT seq, action, app_name, detail FROM audit_log")))
        return storageError(q.lastError(), tr("upgrading the store"));
    QList<QPair<qint64, QString>> filled;
    while (q.next()) {
        AuditEntry entry;
        entry.action = q.value(1).toString();
        entry.appName = q.value(2).toString();
        entry.detail = q.value(3).toString();
        const std::optional<audit::Details> details =
            fromProse(fromWireName(entry.action), entry.detail, entry.appName);
        if (!details)
            continue;
        entry.data = audit::toJson(*details);
        if (!entry.data.isEmpty() && !audit::dataAgrees(entry))
            continue;
        filled.append(
            {q.value(0).toLongLong(),
             QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Compact))});
    }
    q.finish();
    QSqlQuery update = query();
    if (!update.prepare(QStringLiteral("UPDATE audit_log SET data = ? WHERE seq = ?")))
        return storageError(update.lastError(), tr("upgrading the store"));
    for (const auto& [seq, data] : std::as_const(filled)) {
        update.bindValue(0, data);
        update.bindValue(1, seq);
        if (!update.exec())
            return storageError(update.lastError(), tr("upgrading the store"));
    }
    return Done{};
}

} // namespace sk
