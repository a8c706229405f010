#include "AuditChain.h"
#include "SqlBackend.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace sk {

using sql::fromMs;
using sql::toMs;

namespace {

// An audit entry's columns, in the order auditEntryFrom() reads them.
const QString AuditColumns = QStringLiteral(
    "seq, at, actor, action, app_id, app_name, key_id, key_name, detail, chain, data");

AuditEntry auditEntryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.sequence = q.value(0).toLongLong();
    e.at = fromMs(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.appId = q.value(4).toString();
    e.appName = q.value(5).toString();
    e.keyId = q.value(6).toString();
    e.keyName = q.value(7).toString();
    e.detail = q.value(8).toString();
    e.chain = q.value(9).toString().toLatin1();
    e.data = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    return e;
}

} // namespace

// ---- audit ------------------------------------------------------------------------------

Result<Done> SqlBackend::appendAudit(const QString& actor, const audit::Details& details,
                                     const QString& appId, const QString& appName,
                                     const QString& keyId, const QString& keyName)
{
    // Called inside the change's transaction. Each entry is linked to the one before it
    // (AuditChain); on PostgreSQL the table is locked until the commit, so that two servers
    // writing at once cannot both link to the same entry.
    QSqlQuery q = query();
    const QString doing = tr("writing the audit log");
    if (m_options.driver == SqlStoreOptions::Driver::Postgres &&
        !exec(q, QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")))
        return storageError(q.lastError(), doing);
    if (!exec(q, QStringLiteral("SELECT chain FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return storageError(q.lastError(), doing);
    const QByteArray previous =
        q.next() && !q.value(0).isNull() ? q.value(0).toString().toLatin1() : AuditChain::origin();
    q.finish();
    AuditEntry entry;
    entry.at = QDateTime::fromMSecsSinceEpoch(toMs(now()), QTimeZone::utc());
    entry.actor = actor.isNull() ? QStringLiteral("") : actor; // NOT NULL, as detail
    entry.action = toWireName(audit::actionOf(details));
    entry.appId = appId;
    entry.appName = appName;
    entry.keyId = keyId;
    entry.keyName = keyName;
    // The detail, which the chain covers, is the data written out (NOT NULL: never bound as NULL).
    entry.detail = audit::prose(details);
    if (entry.detail.isNull())
        entry.detail = QStringLiteral("");
    const auto orNull = [](const QString& v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    QVariantList values = {entry.at.toMSecsSinceEpoch(),
                           entry.actor,
                           entry.action,
                           orNull(appId),
                           orNull(appName),
                           orNull(keyId),
                           orNull(keyName),
                           entry.detail};
    QString columns =
        QStringLiteral("at, actor, action, app_id, app_name, key_id, key_name, detail");
    QString placeholders = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?");
    // An upgrade from before schema 8 that writes an entry (the chain start) does so before the
    // data column exists; the step to 8 then derives its data from its detail.
    if (m_info.schemaVersion >= 8) {
        columns += QStringLiteral(", data");
        placeholders += QStringLiteral(", ?");
        values << QString::fromUtf8(
            QJsonDocument(audit::toJson(details)).toJson(QJsonDocument::Compact));
    }
    if (!exec(q,
              QStringLiteral("INSERT INTO audit_log (%1) VALUES (%2) RETURNING seq")
                  .arg(columns, placeholders),
              values) ||
        !q.next()) {
        return storageError(q.lastError(), doing);
    }
    entry.sequence = q.value(0).toLongLong();
    q.finish();
    if (!exec(q, QStringLiteral("UPDATE audit_log SET chain = ? WHERE seq = ?"),
              {QString::fromLatin1(AuditChain::link(previous, entry)), entry.sequence}))
        return storageError(q.lastError(), doing);
    return Done{};
}

Result<AuditChain::Report> SqlBackend::checkAuditChain()
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(AuditColumns)))
        return storageError(q.lastError(), tr("reading the audit log"));
    AuditChain::Walker walker;
    while (q.next()) {
        if (!walker.feed(auditEntryFrom(q)))
            break;
    }
    return walker.report();
}

Result<QList<AuditEntry>> SqlBackend::auditEntries(const AuditQuery& auditQuery)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QSqlQuery q = query();
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(AuditColumns);
    QVariantList values;
    if (!auditQuery.appId.isEmpty()) {
        sql += QStringLiteral(" WHERE app_id = ?");
        values << auditQuery.appId;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << qMax(1, auditQuery.limit);
    if (!exec(q, sql, values))
        return storageError(q.lastError(), tr("reading the audit log"));
    QList<AuditEntry> entries;
    while (q.next())
        entries << auditEntryFrom(q);
    return entries;
}

Result<Done> SqlBackend::recordRefusedToken(const RefusedToken& refusal)
{
    const QString doing = tr("writing the audit log");
    return write<Done>(doing, [&]() -> Result<Done> {
        return appendAudit(
            refusal.administrator,
            audit::TokenRefused{refusal.reason, refusal.client, refusal.alsoRefused});
    });
}

} // namespace sk
