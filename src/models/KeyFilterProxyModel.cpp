#include "KeyFilterProxyModel.h"

#include "KeyListModel.h"
#include "SearchTerms.h"

namespace sk {

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_expiryWindowDays(Rules::DefaultExpiryReminderDays)
    , m_staleDays(Rules::DefaultStaleDays)
{
    setSortRole(KeyListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

QString KeyFilterProxyModel::filterText(StatusFilter filter) const
{
    return statusFilterText(filter, filter == StatusFilter::NotUsedRecently ? m_staleDays
                                                                            : m_expiryWindowDays);
}

QString KeyFilterProxyModel::statusFilterText(StatusFilter filter, int days)
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
    case StatusFilter::Rolling:
        return KeyListModel::statusText(KeyListModel::Rolling);
    case StatusFilter::ExpiresWithin:
        return tr("Expires within %n day(s)", nullptr, days);
    case StatusFilter::NeverUsed:
        return tr("Never used");
    case StatusFilter::NotUsedRecently:
        return tr("Not used in %n day(s)", nullptr, days);
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

void KeyFilterProxyModel::setExpiryWindowDays(int days)
{
    days = qMax(1, days);
    if (days == m_expiryWindowDays)
        return;
    changeFilter([&] { m_expiryWindowDays = days; });
}

void KeyFilterProxyModel::setStaleDays(int days)
{
    days = qMax(1, days);
    if (days == m_staleDays)
        return;
    changeFilter([&] { m_staleDays = days; });
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_statusFilter == StatusFilter::ExpiresWithin ||
        m_statusFilter == StatusFilter::NeverUsed ||
        m_statusFilter == StatusFilter::NotUsedRecently) {
        // These look at the key's times: only a KeyListModel has them.
        const auto* keys = qobject_cast<const KeyListModel*>(sourceModel());
        if (!keys)
            return false;
        const ApiKey key = keys->keyAt(sourceRow);
        const QDateTime now = keys->now();
        bool accepted = false;
        if (m_statusFilter == StatusFilter::ExpiresWithin) // as the reminder counts them
            accepted = Rules::expiresWithin(key.expiresAt, m_expiryWindowDays, now, key.stopsAt);
        else if (m_statusFilter == StatusFilter::NeverUsed)
            accepted = !key.lastUsedAt.isValid();
        else
            accepted = Rules::notUsedIn(key.lastUsedAt, key.createdAt, m_staleDays, now);
        if (!accepted)
            return false;
    } else if (m_statusFilter != StatusFilter::All) {
        const auto status = index.data(KeyListModel::StatusRole).value<KeyListModel::Status>();
        switch (m_statusFilter) {
        case StatusFilter::All:
        case StatusFilter::ExpiresWithin:
        case StatusFilter::NeverUsed:
        case StatusFilter::NotUsedRecently:
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
        case StatusFilter::Rolling:
            if (status != KeyListModel::Rolling)
                return false;
            break;
        }
    }
    return m_terms.isEmpty() ||
           containsAllTerms(index.data(KeyListModel::SearchTextRole).toString(), m_terms);
}

} // namespace sk
