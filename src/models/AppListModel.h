// Scopekeeper models: the apps of a store as table rows (Name, Scopes, Keys, Created by,
// Created on). Loads through the asynchronous Store and reloads when the store changes.
#pragma once

#include "Catalog.h"
#include "StoreListModel.h"
#include "Types.h"

#include <QHash>

namespace sk {

class AppListModel : public StoreListModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ScopesColumn,
        KeysColumn,
        CreatedByColumn,
        CreatedOnColumn,
        ColumnCount
    };
    enum Role
    {
        AppIdRole = Qt::UserRole + 1,
        SortRole,     // a value that sorts as a person expects (dates as dates, counts as numbers)
        ScopeIdsRole, // QStringList of the app's scope ids
        SearchTextRole, // name, scope ids and scope names, case-folded: what the filter matches
        VersionRole,
    };
    Q_ENUM(Role)

    explicit AppListModel(Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The catalog used for scope names in tooltips and search; loaded with the apps.
    Catalog catalog() const { return m_catalog; }
    App appAt(int row) const;
    /// What the filter matches for a row: SearchTextRole without a QVariant.
    const QString& searchTextAt(int row) const { return m_searchTexts.at(row); }
    /// Whether row `leftRow` sorts before `rightRow` by `column`, as SortRole would say, without
    /// building QVariants (10,000 rows sort in milliseconds).
    bool lessThan(int leftRow, int rightRow, int column) const;
    /// The row of the app with that id, or -1.
    int rowOf(const QString& appId) const;

protected:
    void requestLoad(quint64 generation) override;
    void clearRows() override { applyApps({}); }

private:
    void applyApps(QList<App> apps);
    QString searchText(const App& app, const QString& foldedName) const;

    Catalog m_catalog;
    QList<App> m_apps;
    QList<QString> m_searchTexts;
    mutable QHash<QString, QString> m_foldedScopeTexts; // scope id → "id\nname", case-folded
    struct SortKeys
    {
        QString name;      // case-folded
        QString scopes;    // joined
        QString createdBy; // case-folded
    };
    QList<SortKeys> m_sortKeys;
};

} // namespace sk
