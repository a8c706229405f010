// Scopekeeper models: filters the audit log by text in any column (case-insensitively; every
// word typed must match) and, optionally, by action.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sk {

class AuditFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFilterProxyModel(QObject* parent = nullptr);

    QString searchText() const { return m_text; }
    /// The raw action shown ("app.create", …); empty when every action is.
    QString actionFilter() const { return m_action; }

public Q_SLOTS:
    void setSearchText(const QString& text);
    void setActionFilter(const QString& action);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    template <typename Change> void changeFilter(Change change);

    QString m_text;      // as typed
    QStringList m_terms; // case-folded words; a row must contain every one
    QString m_action;
};

} // namespace sk
