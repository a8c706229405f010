// Scopekeeper models: filters keys by status, and by key name, app name or prefix
// (case-insensitively; every word typed must match). Beside the statuses: the keys that expire
// within a number of days (the expiry reminder's "Show"), those never used, and those not used
// in a number of days (stale keys to retire; Rules::notUsedIn).
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sk {

class KeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        All,
        Active,
        ExpiresSoon,
        Expired,
        /// Not expired, expiring within expiryWindowDays() (Rules::expiresWithin).
        ExpiresWithin,
        NeverUsed,
        /// Not used in staleDays() days, a key never used counting from its creation.
        NotUsedRecently,
        /// Rolled, and still working until it stops (KeyListModel::Rolling).
        Rolling,
    };
    Q_ENUM(StatusFilter)

    explicit KeyFilterProxyModel(QObject* parent = nullptr);

    QString searchText() const { return m_text; }
    StatusFilter statusFilter() const { return m_statusFilter; }

    int expiryWindowDays() const { return m_expiryWindowDays; }
    int staleDays() const { return m_staleDays; }

    /// "All", "Active", "Expires soon", "Expired", "Expires within 30 days", "Never used",
    /// "Not used in 90 days": what a status filter is called in a list.
    static QString statusFilterText(StatusFilter filter, int days = 0);
    /// This filter's text, with this proxy's number of days.
    QString filterText(StatusFilter filter) const;

public Q_SLOTS:
    void setSearchText(const QString& text);
    void setStatusFilter(sk::KeyFilterProxyModel::StatusFilter filter);
    /// The days of ExpiresWithin (at least 1).
    void setExpiryWindowDays(int days);
    /// The days of NotUsedRecently (at least 1).
    void setStaleDays(int days);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    template <typename Change> void changeFilter(Change change);

    QString m_text;      // as typed
    QStringList m_terms; // case-folded words; a row must contain every one
    StatusFilter m_statusFilter = StatusFilter::All;
    int m_expiryWindowDays;
    int m_staleDays;
};

} // namespace sk
