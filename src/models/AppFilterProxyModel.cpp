#include "AppFilterProxyModel.h"

#include "AppListModel.h"
#include "SearchTerms.h"

namespace sk {

AppFilterProxyModel::AppFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AppListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AppFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_accepted.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // Rows that come or go make the remembered answers stale: ask again.
    const auto forget = [this] { m_accepted.clear(); };
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
}

bool AppFilterProxyModel::matches(const QStringList& terms, int sourceRow) const
{
    const auto* apps = qobject_cast<const AppListModel*>(sourceModel());
    const QString haystack =
        apps ? apps->searchTextAt(sourceRow)
             : sourceModel()->index(sourceRow, 0).data(AppListModel::SearchTextRole).toString();
    return containsAllTerms(haystack, terms);
}

void AppFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList terms = searchTerms(text);
    // Answer for every row once, remember the answers for filterAcceptsRow(), and count how
    // many rows change. Many changing at once (from or to every row, or "model:" → "model:d"
    // on 10,000 apps) is far cheaper for the view as one layout change than as thousands of
    // row removals and insertions; a few are cheaper moved one by one.
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    QList<bool> accepted(rows);
    int changed = 0;
    const bool knewBefore = m_accepted.size() == rows;
    for (int row = 0; row < rows; ++row) {
        accepted[row] = terms.isEmpty() || matches(terms, row);
        const bool before =
            knewBefore ? m_accepted.at(row) : (m_terms.isEmpty() || matches(m_terms, row));
        changed += accepted.at(row) != before;
    }
    m_accepted = std::move(accepted);
    if (changed > ManyChangedRows) {
        m_terms = terms;
        invalidate();
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_terms = terms;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_terms = terms;
    invalidateRowsFilter();
#endif
}

bool AppFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (const auto* apps = qobject_cast<const AppListModel*>(sourceModel()))
        return apps->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool AppFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceParent);
    if (m_terms.isEmpty())
        return true;
    if (m_accepted.size() == sourceModel()->rowCount())
        return m_accepted.at(sourceRow);
    return matches(m_terms, sourceRow);
}

} // namespace sk
