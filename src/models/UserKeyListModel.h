// Scopekeeper models: the caller's own API keys (Store::listMyKeys()) as the rows of the "User
// API Keys" page of a per-key store: Key Name, Expiry Date, Scope. Each key names its own
// scopes; the catalog gives their names (tooltips, search). Reloads when the store's keys
// change. Never holds a secret: the store's ApiKey has none.
//
// UserKeyFilterProxyModel filters its rows by what is typed (every word must match the key's
// name, prefix or one of its scopes' ids or names) and sorts them by SortRole.
#pragma once

#include "Catalog.h"
#include "StoreListModel.h"
#include "Types.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sk {

class UserKeyListModel : public StoreListModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ExpiryColumn,
        ScopeColumn,
        ColumnCount
    };
    enum Role
    {
        KeyIdRole = Qt::UserRole + 1,
        SortRole,       // names case-folded, dates as QDateTime
        SearchTextRole, // name, prefix, scope ids and names, case-folded
    };
    Q_ENUM(Role)

    explicit UserKeyListModel(Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ApiKey keyAt(int row) const;
    /// The row of the key with that id, or -1.
    int rowOf(const QString& keyId) const;
    /// How many of the rows expire within `days` days at `now` and have not expired
    /// (Rules::expiresWithin): the expiry reminder's count on a local per-key store.
    int countExpiringWithin(int days, const QDateTime& now) const;
    /// The scopes `key` grants: its own list (every key of a per-key store has one).
    static QStringList scopesOf(const ApiKey& key) { return key.scopes.value_or(QStringList()); }

protected:
    void requestLoad(quint64 generation) override;
    void clearRows() override;

private:
    struct Row
    {
        ApiKey key;
        QString searchText;
    };
    void showKeys(const QList<ApiKey>& keys);
    QString scopeText(const QString& id) const;

    Catalog m_catalog;
    QList<Row> m_rows;
};

class UserKeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserKeyFilterProxyModel(QObject* parent = nullptr);
    QString searchText() const { return m_text; }

public Q_SLOTS:
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
};

} // namespace sk
