// Scopekeeper models: filters keys by status, and by key name, app name or prefix
// (case-insensitively; every word typed must match).
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
    };
    Q_ENUM(StatusFilter)

    explicit KeyFilterProxyModel(QObject* parent = nullptr);

    QString searchText() const { return m_text; }
    StatusFilter statusFilter() const { return m_statusFilter; }

    /// "All", "Active", "Expires soon", "Expired": what a status filter is called in a list.
    static QString statusFilterText(StatusFilter filter);

public Q_SLOTS:
    void setSearchText(const QString& text);
    void setStatusFilter(sk::KeyFilterProxyModel::StatusFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    template <typename Change> void changeFilter(Change change);

    QString m_text;      // as typed
    QStringList m_terms; // case-folded words; a row must contain every one
    StatusFilter m_statusFilter = StatusFilter::All;
};

} // namespace sk
