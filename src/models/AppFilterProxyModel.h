// Scopekeeper models: filters apps by name or scope (id or name), case-insensitively.
#pragma once

#include <QSortFilterProxyModel>

namespace sk {

class AppFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AppFilterProxyModel(QObject* parent = nullptr);

    QString searchText() const { return m_text; }
    void setSourceModel(QAbstractItemModel* model) override;

public Q_SLOTS:
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    static constexpr int ManyChangedRows = 200;

    bool matches(const QStringList& terms, int sourceRow) const;

    QString m_text;         // as typed
    QStringList m_terms;    // case-folded words; a row must contain every one
    QList<bool> m_accepted; // the answer per source row for m_terms; empty when unknown
};

} // namespace sk
