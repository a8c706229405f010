#include "AuditFilterProxyModel.h"

#include "AuditLogModel.h"
#include "SearchTerms.h"

namespace sk {

AuditFilterProxyModel::AuditFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditLogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

template <typename Change> void AuditFilterProxyModel::changeFilter(Change change)
{
    // beginFilterChange() exists from Qt 6.9 and endFilterChange() from Qt 6.10;
    // invalidateRowsFilter() is deprecated from Qt 6.13.
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    change();
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    change();
    invalidateRowsFilter();
#endif
}

void AuditFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    changeFilter([&] {
        m_text = text;
        m_terms = searchTerms(text);
    });
}

void AuditFilterProxyModel::setActionFilter(const QString& action)
{
    if (action == m_action)
        return;
    changeFilter([&] { m_action = action; });
}

bool AuditFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_action.isEmpty() && index.data(AuditLogModel::ActionRole).toString() != m_action)
        return false;
    return m_terms.isEmpty() ||
           containsAllTerms(index.data(AuditLogModel::SearchTextRole).toString(), m_terms);
}

} // namespace sk
