// Scopekeeper models: how KeyListModel loads its rows: one app's keys in one answer, every
// key page after page (streamed into an empty model, gathered for a reload of rows shown).
#include "KeyListModel.h"
#include "Store.h"
#include "WhenDone.h"

#include <optional>

namespace sk {

void KeyListModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, PageQuery::MaxRows);
}

void KeyListModel::requestLoad(quint64 generation)
{
    if (m_appId.isEmpty()) {
        requestAllKeys(generation);
    } else if (m_catalog.isEmpty()) {
        // The catalog gives the scope names of the Scopes column's tooltips.
        whenDone(this, store()->catalog(), [this, generation](const Result<Catalog>& catalog) {
            if (!isCurrent(generation))
                return;
            if (catalog.ok())
                m_catalog = catalog.value().translated();
            requestKeys(generation);
        });
    } else {
        requestKeys(generation);
    }
}

KeyListModel::Row KeyListModel::makeRow(const ApiKey& key,
                                        const QHash<QString, QStringList>& appScopes)
{
    const QStringList ofApp = appScopes.value(key.appId);
    Row row{key, Rules::effectiveScopes(key.scopes, ofApp), int(ofApp.size()), Active, {}};
    // Scope ids are lower-case already (Catalog::isValidScopeId): only the names are folded.
    row.searchText =
        QStringList{key.name, key.appName, key.prefix}.join(QLatin1Char('\n')).toCaseFolded();
    for (const QString& scope : std::as_const(row.scopes))
        row.searchText += QLatin1Char('\n') + scope;
    return row;
}

void KeyListModel::requestKeys(quint64 generation)
{
    if (!store())
        return;
    // The rows need the app's scopes too (an inherited key's answer has none): both are asked
    // for at once.
    struct Pending
    {
        std::optional<Result<QList<ApiKey>>> keys;
        std::optional<Result<App>> app;
    };
    auto pending = std::make_shared<Pending>();
    auto finishWhenBoth = [this, generation, pending] {
        if (!isCurrent(generation) || !pending->keys || !pending->app)
            return; // a newer reload is under way, or the other answer is still to come
        const Result<QList<ApiKey>>& keys = *pending->keys;
        const Result<App>& app = *pending->app;
        if (!keys.ok() || (!app.ok() && app.error().code() == ErrorCode::NotFound)) {
            // The app was deleted: its keys went with it, so none are shown any more.
            const Error& error = keys.ok() ? app.error() : keys.error();
            if (error.code() == ErrorCode::NotFound)
                applyRows({});
            finishLoad(generation, Result<Done>(error), [](const Done&) {}); // ends in loadFailed
            return;
        }
        finishLoad(generation, app, [this, &keys](const App& owner) {
            const QHash<QString, QStringList> appScopes{{owner.id, owner.scopes}};
            QList<Row> rows;
            rows.reserve(keys.value().size());
            for (const ApiKey& key : keys.value())
                rows << makeRow(key, appScopes);
            applyRows(std::move(rows));
        });
    };
    whenDone(this, store()->listKeys(m_appId),
             [pending, finishWhenBoth](const Result<QList<ApiKey>>& answer) {
                 pending->keys = answer;
                 finishWhenBoth();
             });
    whenDone(this, store()->app(m_appId), [pending, finishWhenBoth](const Result<App>& answer) {
        pending->app = answer;
        finishWhenBoth();
    });
}

/// A load of every key, page after page.
struct KeyListModel::PagedLoad
{
    quint64 generation = 0;
    bool stream = false;         // no rows were shown: each page's rows are appended as it comes
    bool catalogPending = false; // the catalog is still to come
    std::optional<QHash<QString, QStringList>> appScopes; // once the apps have come
    QList<ApiKey> keys;                                   // arrived and not shown yet
    bool lastPage = false;
    bool ended = false; // loaded or failed: later answers are dropped

    bool dropped(const KeyListModel* model) const { return ended || !model->isCurrent(generation); }
};

void KeyListModel::requestAllKeys(quint64 generation)
{
    if (!store())
        return;
    auto load = std::make_shared<PagedLoad>();
    load->generation = generation;
    load->stream = m_rows.isEmpty();
    requestPage(load, {});
    // The rows show their effective scopes, an inherited key's being its app's (its answer has
    // none): the apps are asked for beside the first page. The catalog only names the scopes in
    // tooltips: the rows do not wait for it, only the end of the load does.
    whenDone(this, store()->listApps(), [this, load](const Result<QList<App>>& apps) {
        if (load->dropped(this))
            return;
        if (!apps.ok()) {
            failLoad(load, apps.error());
            return;
        }
        QHash<QString, QStringList> appScopes;
        for (const App& app : apps.value())
            appScopes.insert(app.id, app.scopes);
        load->appScopes = std::move(appScopes);
        advance(load);
    });
    if (m_catalog.isEmpty()) {
        load->catalogPending = true;
        whenDone(this, store()->catalog(), [this, load](const Result<Catalog>& catalog) {
            if (load->dropped(this))
                return;
            if (catalog.ok())
                m_catalog = catalog.value().translated();
            load->catalogPending = false;
            advance(load);
        });
    }
}

void KeyListModel::requestPage(const std::shared_ptr<PagedLoad>& load, const QString& after)
{
    if (!store())
        return;
    whenDone(this, store()->keysPage(PageQuery{after, m_pageSize}),
             [this, load](const Result<Page<ApiKey>>& page) {
                 if (load->dropped(this))
                     return;
                 if (!page.ok()) {
                     failLoad(load, page.error());
                     return;
                 }
                 load->keys += page->items;
                 // The next page is on its way while this one is shown.
                 if (page->next.isEmpty())
                     load->lastPage = true;
                 else
                     requestPage(load, page->next);
                 advance(load);
             });
}

void KeyListModel::advance(const std::shared_ptr<PagedLoad>& load)
{
    if (!load->appScopes)
        return; // the rows wait for their apps' scopes
    const auto rowsOf = [&load] {
        QList<Row> rows;
        rows.reserve(load->keys.size());
        for (const ApiKey& key : std::as_const(load->keys))
            rows << makeRow(key, *load->appScopes);
        load->keys.clear();
        return rows;
    };
    if (load->stream && !load->keys.isEmpty())
        appendRows(rowsOf());
    if (!load->lastPage || load->catalogPending)
        return;
    load->ended = true;
    finishLoad(load->generation, Result<Done>(Done{}), [this, &load, &rowsOf](const Done&) {
        if (load->stream)
            refreshStatus(); // a status may have changed while the pages came; arms the timer
        else
            applyRows(rowsOf()); // one reset: views keep their selection and scroll position
    });
}

void KeyListModel::failLoad(const std::shared_ptr<PagedLoad>& load, const Error& error)
{
    load->ended = true;
    if (load->stream)
        refreshStatus(); // the rows already shown stay, and their statuses follow the clock
    finishLoad(load->generation, Result<Done>(error), [](const Done&) {}); // ends in loadFailed
}

} // namespace sk
