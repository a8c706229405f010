#include "KeyFilterProxyModel.h"

#include "KeyListModel.h"
#include "SearchTerms.h"

namespace sk {

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

QString KeyFilterProxyModel::statusFilterText(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return tr("All");
    case StatusFilter::Active:
        return KeyListModel::statusText(KeyListModel::Active);
    case StatusFilter::ExpiresSoon:
        return KeyListModel::statusText(KeyListModel::ExpiresSoon);
    case StatusFilter::Expired:
        return KeyListModel::statusText(KeyListModel::Expired);
    }
    return {};
}

template <typename Change> void KeyFilterProxyModel::changeFilter(Change change)
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

void KeyFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    changeFilter([&] {
        m_text = text;
        m_terms = searchTerms(text);
    });
}

void KeyFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    changeFilter([&] { m_statusFilter = filter; });
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_statusFilter != StatusFilter::All) {
        const auto status = index.data(KeyListModel::StatusRole).value<KeyListModel::Status>();
        switch (m_statusFilter) {
        case StatusFilter::All:
            break;
        case StatusFilter::Active:
            if (status != KeyListModel::Active)
                return false;
            break;
        case StatusFilter::ExpiresSoon:
            if (status != KeyListModel::ExpiresSoon)
                return false;
            break;
        case StatusFilter::Expired:
            if (status != KeyListModel::Expired)
                return false;
            break;
        }
    }
    return m_terms.isEmpty() ||
           containsAllTerms(index.data(KeyListModel::SearchTextRole).toString(), m_terms);
}

} // namespace sk
