#include "AppFilterProxyModel.h"

#include "AppListModel.h"

namespace sk {

AppFilterProxyModel::AppFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AppListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AppFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
#endif
    m_terms = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
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
    if (m_terms.isEmpty())
        return true;
    const auto* apps = qobject_cast<const AppListModel*>(sourceModel());
    const QString haystack = apps ? apps->searchTextAt(sourceRow)
                                  : sourceModel()
                                        ->index(sourceRow, 0, sourceParent)
                                        .data(AppListModel::SearchTextRole)
                                        .toString();
    for (const QString& term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace sk
