#include "Fields.h"
#include "Rules.h"
#include "SqlBackend.h"
#include "SqlSupport.h"

namespace sk {

using sql::fromMs;
using sql::toMs;

namespace {

// Escapes LIKE wildcards; the statements say ESCAPE '\'.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

// ---- apps -------------------------------------------------------------------------------

namespace {

// An app's columns as both statements select them: id, name, created_by, created_at,
// updated_at, version, key_count (its scopes come separately).
App appFrom(const QSqlQuery& q)
{
    App a;
    a.id = q.value(0).toString();
    a.name = q.value(1).toString();
    a.createdBy = q.value(2).toString();
    a.createdAt = fromMs(q.value(3));
    a.updatedAt = fromMs(q.value(4));
    a.version = q.value(5).toLongLong();
    a.keyCount = q.value(6).toInt();
    return a;
}

} // namespace

Result<QList<App>> SqlBackend::listApps(const AppQuery& appQuery)
{
    Result<Page<App>> all = appsPage(appQuery, PageQuery{{}, 0});
    if (!all.ok())
        return all.error();
    return all->items;
}

Result<Page<App>> SqlBackend::appsPage(const AppQuery& query, const PageQuery& page)
{
    const std::optional<AppsPageAhead> ahead = std::exchange(m_appsAhead, std::nullopt);
    const bool madeAhead = ahead && ahead->text == query.text && ahead->page.after == page.after &&
                           ahead->page.limit == page.limit && ahead->result.ok() &&
                           changeStamp() == ahead->stamp;
    m_appsPagesAnsweredAhead += madeAhead ? 1 : 0;
    const Result<Page<App>> result = madeAhead ? ahead->result : readAppsPage(query, page);
    m_nextAppsPage.reset();
    if (result.ok() && page.limit > 0 && !result->next.isEmpty())
        m_nextAppsPage = std::pair{query, PageQuery{result->next, page.limit}};
    return result;
}

void SqlBackend::readAppsPageAhead()
{
    if (!m_nextAppsPage || m_options.driver != SqlStoreOptions::Driver::Sqlite)
        return;
    const auto [query, page] = *std::exchange(m_nextAppsPage, std::nullopt);
    // Taken before the page is read: a commit while it is read makes the page count as old.
    const std::optional<QByteArray> stamp = changeStamp();
    if (!stamp)
        return;
    m_appsAhead = AppsPageAhead{query.text, page, *stamp, readAppsPage(query, page)};
}

std::optional<QByteArray> SqlBackend::changeStamp() const
{
    QSqlQuery q = query();
    if (!exec(q, QStringLiteral("SELECT total_changes()")) || !q.next())
        return std::nullopt;
    QByteArray stamp = q.value(0).toByteArray();
    if (!exec(q, QStringLiteral("PRAGMA data_version")) || !q.next())
        return std::nullopt;
    stamp += ' ';
    stamp += q.value(0).toByteArray();
    return stamp;
}

Result<Page<App>> SqlBackend::readAppsPage(const AppQuery& appQuery, const PageQuery& page)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    const QString text = Rules::foldName(appQuery.text.trimmed());
    QStringList conditions;
    QVariantList values;
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(a.name_fold LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM "
                                     "app_scopes s WHERE s.app_id = a.id AND s.scope LIKE ? "
                                     "ESCAPE '\\'))");
        values << likePattern(text) << likePattern(text);
    }
    // Personal apps (apps.owner, Store::createMyKey) are never listed among the apps.
    conditions << QStringLiteral("a.owner IS NULL");
    if (!page.after.isEmpty()) {
        // Keyset paging: after the last app of the page before, in the order of the index on
        // name_fold (byte order of UTF-8 in SQLite and, through COLLATE "C", in PostgreSQL).
        const std::optional<QJsonArray> after = sql::parsePosition(page.after, {"s", "s"});
        if (!after)
            return sql::badCursor();
        conditions << QStringLiteral("(a.name_fold > ? OR (a.name_fold = ? AND a.id > ?))");
        values << after->at(0).toString() << after->at(0).toString() << after->at(1).toString();
    }
    // Each app row carries its key count and scope list (kept up to date in the transactions
    // that change them, schema 3), so listing 10,000 apps is one pass over one table.
    QString sql = QStringLiteral("SELECT a.id, a.name, a.created_by, a.created_at, a.updated_at, "
                                 "a.version, a.key_count, a.scope_list, a.name_fold FROM apps a");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.name_fold, a.id");
    if (page.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << page.limit + 1; // one more tells whether there is a next page
    }
    QSqlQuery q = query();
    if (!exec(q, sql, values))
        return storageError(q.lastError(), tr("listing the apps"));
    Page<App> apps;
    QString lastFold;
    while (q.next()) {
        if (page.limit > 0 && apps.items.size() == page.limit) {
            apps.next = sql::positionText({lastFold, apps.items.constLast().id});
            break;
        }
        App a = appFrom(q);
        a.scopes = q.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        a.scopes.sort();
        lastFold = q.value(8).toString();
        apps.items << a;
    }
    return apps;
}

Result<App> SqlBackend::loadApp(const QString& appId, bool personalToo)
{
    QSqlQuery q = query();
    if (!exec(q,
              QStringLiteral("SELECT a.id, a.name, a.created_by, a.created_at, a.updated_at, "
                             "a.version, a.key_count FROM apps a WHERE a.id = ?%1")
                  .arg(personalToo ? QString() : QStringLiteral(" AND a.owner IS NULL")),
              {appId})) {
        return storageError(q.lastError(), tr("reading the app"));
    }
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The app does not exist (any more)."),
                     {FieldError{fields::AppId, tr("No app has this id.")}});
    App a = appFrom(q);
    q.finish();
    if (!exec(q, QStringLiteral("SELECT scope FROM app_scopes WHERE app_id = ? ORDER BY scope"),
              {appId})) {
        return storageError(q.lastError(), tr("reading the app's scopes"));
    }
    while (q.next())
        a.scopes << q.value(0).toString();
    return a;
}

Result<App> SqlBackend::app(const QString& appId)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    return loadApp(appId);
}

Result<App> SqlBackend::createApp(const NewApp& newApp, const QString& actor)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    if (m_info.scoping == Scoping::PerKey)
        return perKeyRefusal();
    const QString name = Rules::normalizeName(newApp.name);
    QList<FieldError> problems;
    if (auto e = Rules::checkAppName(name))
        problems << *e;
    if (auto e = Rules::checkScopes(newApp.scopes, m_catalog))
        problems << *e;
    if (!problems.isEmpty())
        return Error::invalid(problems);
    const QStringList scopes = Rules::normalizeScopes(newApp.scopes);

    const QString doing = tr("creating the app");
    return transaction<App>(doing, [&]() -> Result<App> {
        QSqlQuery q = query();
        if (!exec(q, QStringLiteral("SELECT 1 FROM apps WHERE name_fold = ?"),
                  {Rules::foldName(name)}))
            return storageError(q.lastError(), doing);
        if (q.next())
            return Error(ErrorCode::Conflict, QString(), {Rules::duplicateAppName(name)});
        q.finish();
        const QString skeleton = Rules::nameSkeleton(name);
        if (!skeleton.isEmpty()) {
            if (!exec(q, QStringLiteral("SELECT name FROM apps WHERE name_skeleton = ?"),
                      {skeleton}))
                return storageError(q.lastError(), doing);
            if (q.next()) {
                return Error(ErrorCode::Conflict, QString(),
                             {Rules::lookAlikeAppName(name, q.value(0).toString())});
            }
            q.finish();
        }

        const QString id = sql::newId("app");
        const qint64 t = toMs(now());
        if (!exec(
                q,
                QStringLiteral("INSERT INTO apps (id, name, name_fold, created_by, created_at, "
                               "updated_at, version, key_count, scope_list, name_skeleton) VALUES "
                               "(?, ?, ?, ?, ?, ?, 1, 0, ?, ?)"),
                {id, name, Rules::foldName(name), actor, t, t, scopes.join(QLatin1Char(' ')),
                 skeleton})) {
            if (sql::isUniqueViolation(q.lastError()))
                return Error(ErrorCode::Conflict, QString(), {Rules::duplicateAppName(name)});
            return storageError(q.lastError(), doing);
        }
        for (const QString& scope : scopes) {
            if (!exec(q, QStringLiteral("INSERT INTO app_scopes (app_id, scope) VALUES (?, ?)"),
                      {id, scope})) {
                return storageError(q.lastError(), doing);
            }
        }
        if (auto r = appendAudit(actor, audit::AppCreated{scopes}, id, name); !r.ok()) {
            return r.error();
        }
        return loadApp(id);
    });
}

Result<App> SqlBackend::updateApp(const QString& appId, const AppPatch& patch,
                                  qint64 expectedVersion, const QString& actor)
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
    QList<FieldError> problems;
    QString name;
    if (patch.name) {
        name = Rules::normalizeName(*patch.name);
        if (auto e = Rules::checkAppName(name))
            problems << *e;
    }
    QStringList scopes;
    if (patch.scopes) {
        if (auto e = Rules::checkScopes(*patch.scopes, m_catalog))
            problems << *e;
        scopes = Rules::normalizeScopes(*patch.scopes);
    }
    if (!problems.isEmpty())
        return Error::invalid(problems);

    const QString doing = tr("changing the app");
    return transaction<App>(doing, [&]() -> Result<App> {
        Result<App> before = loadApp(appId);
        if (!before.ok())
            return before;
        if (before->version != expectedVersion) {
            return Error(
                ErrorCode::Stale,
                tr("“%1” was changed by someone else since it was loaded. Reload it to see "
                   "the changes, then make yours again.")
                    .arg(before->name));
        }
        // A change that changes nothing is not a change: no new version, no audit entry.
        if ((!patch.name || name == before->name) && (!patch.scopes || scopes == before->scopes))
            return before;
        QSqlQuery q = query();
        if (patch.name && Rules::foldName(name) != Rules::foldName(before->name)) {
            if (!exec(q, QStringLiteral("SELECT 1 FROM apps WHERE name_fold = ? AND id <> ?"),
                      {Rules::foldName(name), appId})) {
                return storageError(q.lastError(), tr("renaming the app"));
            }
            if (q.next())
                return Error(ErrorCode::Conflict, QString(), {Rules::duplicateAppName(name)});
            q.finish();
        }
        const QString newName = patch.name ? name : before->name;
        const QString skeleton = Rules::nameSkeleton(newName);
        if (patch.name && !skeleton.isEmpty()) {
            if (!exec(q,
                      QStringLiteral("SELECT name FROM apps WHERE name_skeleton = ? AND id <> ?"),
                      {skeleton, appId})) {
                return storageError(q.lastError(), tr("renaming the app"));
            }
            if (q.next()) {
                return Error(ErrorCode::Conflict, QString(),
                             {Rules::lookAlikeAppName(name, q.value(0).toString())});
            }
            q.finish();
        }
        const qint64 t = toMs(now());
        if (!exec(
                q,
                QStringLiteral("UPDATE apps SET name = ?, name_fold = ?, updated_at = ?, version = "
                               "version + 1, scope_list = ?, name_skeleton = ? WHERE id = ? AND "
                               "version = ?"),
                {newName, Rules::foldName(newName), t,
                 (patch.scopes ? scopes : before->scopes).join(QLatin1Char(' ')), skeleton, appId,
                 expectedVersion})) {
            if (sql::isUniqueViolation(q.lastError()))
                return Error(ErrorCode::Conflict, QString(), {Rules::duplicateAppName(name)});
            return storageError(q.lastError(), doing);
        }
        if (q.numRowsAffected() != 1) {
            return Error(
                ErrorCode::Stale,
                tr("“%1” was changed by someone else since it was loaded. Reload it to see "
                   "the changes, then make yours again.")
                    .arg(before->name));
        }
        audit::AppUpdated details;
        if (patch.name && newName != before->name)
            details.renamed = audit::Rename{before->name, newName};
        if (patch.scopes && scopes != before->scopes) {
            if (!exec(q, QStringLiteral("DELETE FROM app_scopes WHERE app_id = ?"), {appId}))
                return storageError(q.lastError(), tr("changing the app's scopes"));
            for (const QString& scope : scopes) {
                if (!exec(q, QStringLiteral("INSERT INTO app_scopes (app_id, scope) VALUES (?, ?)"),
                          {appId, scope})) {
                    return storageError(q.lastError(), tr("changing the app's scopes"));
                }
            }
            audit::ScopeChange change;
            for (const QString& s : scopes) {
                if (!before->scopes.contains(s))
                    change.added << s;
            }
            for (const QString& s : before->scopes) {
                if (!scopes.contains(s))
                    change.removed << s;
            }
            details.scopes = change;
        }
        if (auto r = appendAudit(actor, details, appId, newName); !r.ok()) {
            return r.error();
        }
        return loadApp(appId);
    });
}

Result<Done> SqlBackend::deleteApp(const QString& appId, const QString& actor)
{
    const QString doing = tr("deleting the app");
    QStringList keyIds;
    Result<Done> deleted = write<Done>(doing, [&]() -> Result<Done> {
        Result<App> before = loadApp(appId);
        if (!before.ok())
            return before.error();
        QSqlQuery q = query();
        if (!exec(q, QStringLiteral("SELECT id FROM api_keys WHERE app_id = ?"), {appId}))
            return storageError(q.lastError(), doing);
        while (q.next())
            keyIds << q.value(0).toString();
        q.finish();
        // The keys go in the same transaction as the app (the foreign keys would cascade too).
        if (!exec(q, QStringLiteral("DELETE FROM api_keys WHERE app_id = ?"), {appId}) ||
            !exec(q, QStringLiteral("DELETE FROM app_scopes WHERE app_id = ?"), {appId}) ||
            !exec(q, QStringLiteral("DELETE FROM apps WHERE id = ?"), {appId})) {
            return storageError(q.lastError(), doing);
        }
        if (auto r = appendAudit(actor, audit::AppDeleted{keyIds.size()}, appId, before->name);
            !r.ok()) {
            return r;
        }
        return Done{};
    });
    if (!deleted.ok())
        return deleted;
    for (const QString& id : std::as_const(keyIds))
        m_pendingUsage.remove(id);
    return Done{};
}

} // namespace sk
