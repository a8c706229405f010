// Scopekeeper models: API keys as table rows, either every key of every app (the "API Keys"
// page) or the keys of one app, in one of two column layouts. Loads through the asynchronous
// Store and reloads when the store changes.
//
// Every key of every app comes page after page (Store::keysPage()). A first load (no rows
// shown) appends each page's rows as it arrives, so the first rows show after the first page;
// a reload of rows already shown gathers every page and then replaces the rows in one reset,
// which views answer by keeping their selection (ViewStateKeeper). isLoading() stays true
// until the last page; a failing page ends the load in loadFailed() and the rows already
// shown stay. One app's keys come in one answer (Store::listKeys()). Both layouts show a key's
// effective scopes (Rules::effectiveScopes): a narrowed key's own, an inherited key's app's,
// which is why the apps (or the one app) are asked for beside the keys. A key's status (Active,
// Expires soon, Expired: Rules::keyStatus) is computed against a clock that can be injected, and
// follows it while the model lives.
//
// The model never holds a secret: the store's ApiKey has none.
#pragma once

#include "Catalog.h"
#include "Clock.h"
#include "Rules.h"
#include "StoreListModel.h"
#include "Types.h"

#include <QHash>
#include <QTimer>
#include <memory>

namespace sk {

class KeyListModel : public StoreListModel
{
    Q_OBJECT

public:
    enum Layout
    {
        /// Key Name, App, Scopes, Expiry Date, Last used, Status (the "API Keys" page).
        AllKeysLayout,
        /// Name, Prefix, Scopes, Created by, Created on, Expires, Last used (an app's own key
        /// list).
        AppKeysLayout,
    };
    Q_ENUM(Layout)

    /// The columns of AllKeysLayout.
    enum AllKeysColumn
    {
        AllKeysNameColumn,
        AllKeysAppColumn,
        AllKeysScopesColumn,
        AllKeysExpiryColumn,
        AllKeysLastUsedColumn,
        AllKeysStatusColumn,
        AllKeysColumnCount
    };
    /// The columns of AppKeysLayout.
    enum AppKeysColumn
    {
        AppKeysNameColumn,
        AppKeysPrefixColumn,
        AppKeysScopesColumn,
        AppKeysCreatedByColumn,
        AppKeysCreatedOnColumn,
        AppKeysExpiresColumn,
        AppKeysLastUsedColumn,
        AppKeysColumnCount
    };
    /// What a column shows, whatever the layout.
    enum Field
    {
        NameField,
        AppField,
        ScopesField,
        PrefixField,
        CreatedByField,
        CreatedOnField,
        ExpiresField,
        LastUsedField,
        StatusField,
    };
    Q_ENUM(Field)

    enum Role
    {
        KeyIdRole = Qt::UserRole + 1,
        AppIdRole,
        SortRole,       // sorts as a person expects: dates as QDateTime, status in Status order
        StatusRole,     // the key's Status (on every column of the row)
        SearchTextRole, // key name, app name, prefix and effective scope ids, case-folded:
                        // what the filter matches
        ScopesRole,     // the key's effective scope ids (QStringList, sorted)
        NarrowedRole,   // whether the key has scopes of its own (bool)
    };
    Q_ENUM(Role)

    /// In this order: SortRole sorts Active before Expires soon before Expired. The same as
    /// Rules::KeyStatus, as a Q_ENUM for StatusRole.
    enum Status
    {
        Active = int(Rules::KeyStatus::Active),
        ExpiresSoon = int(Rules::KeyStatus::ExpiresSoon),
        Rolling = int(Rules::KeyStatus::Rolling),
        Expired = int(Rules::KeyStatus::Expired),
    };
    Q_ENUM(Status)

    /// A key expiring within this many days (or exactly this many) "expires soon".
    static constexpr int ExpiresSoonDays = Rules::ExpiresSoonDays;

    /// An empty `appId` shows every key of every app; otherwise the keys of that app.
    explicit KeyListModel(Store* store, Layout layout = AllKeysLayout, const QString& appId = {},
                          QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Layout layout() const { return m_layout; }
    /// The column that shows `field` in this layout, or -1.
    int columnOf(Field field) const;
    Field fieldAt(int column) const;

    /// How many keys a page of every key holds at most (1…PageQuery::MaxRows, the default);
    /// smaller pages are for tests and benchmarks. Takes effect at the next load.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    QString appId() const { return m_appId; }
    /// Shows the keys of another app (an empty id: of every app). Clears the rows, and loads
    /// again when the model had loaded or was loading.
    void setAppId(const QString& appId);

    /// Where "now" comes from for the status; an empty clock means sk::systemNow. Statuses are
    /// computed again at once.
    void setClock(Clock clock);
    QDateTime now() const;

    ApiKey keyAt(int row) const;
    /// The row of the key with that id, or -1.
    int rowOf(const QString& keyId) const;
    Status statusAt(int row) const;
    /// The scopes the key of `row` grants now: its own (narrowed) that its app still holds, or
    /// its app's (inherited), sorted.
    QStringList effectiveScopesAt(int row) const;

    /// How many of the rows expire within `days` days at now() and have not expired
    /// (Rules::expiresWithin): the expiry reminder's count. 0 when `days` is 0 or less.
    int countExpiringWithin(int days) const;

    /// The status of a key that expires at `expiresAt`, at `now` (Rules::keyStatus).
    /// A rolled key (`stopsAt` valid) is Rolling until it stops.
    static Status status(const QDateTime& expiresAt, const QDateTime& now,
                         const QDateTime& stopsAt = {});
    /// "Active", "Expires soon", "Expired".
    static QString statusText(Status status);

public Q_SLOTS:
    /// Computes every status again against the clock; emits dataChanged for rows that changed.
    /// Runs by itself when the next key crosses a status boundary.
    void refreshStatus();

protected:
    void requestLoad(quint64 generation) override;
    void clearRows() override { applyRows({}); }
    bool followsKeysOf(const QString& appId) const override;

private:
    /// A key and what its row shows beside it.
    struct Row
    {
        ApiKey key;
        QStringList scopes;    // its effective scope ids (Rules::effectiveScopes)
        int appScopeCount = 0; // how many scopes its app holds
        Status status = Active;
        QString searchText;
    };

    struct PagedLoad;

    void requestKeys(quint64 generation);
    void requestAllKeys(quint64 generation);
    void requestPage(const std::shared_ptr<PagedLoad>& load, const QString& after);
    void advance(const std::shared_ptr<PagedLoad>& load);
    void failLoad(const std::shared_ptr<PagedLoad>& load, const Error& error);
    static Row makeRow(const ApiKey& key, const QHash<QString, QStringList>& appScopes);
    void applyRows(QList<Row> rows);
    void appendRows(QList<Row> rows);
    void scheduleStatusRefresh(const QDateTime& at);
    QVariant fieldData(Field field, const Row& row, int role) const;
    QString statusToolTip(const Row& row) const;
    QString scopesToolTip(const Row& row) const;
    static QString narrowedText(const Row& row);

    Layout m_layout;
    QString m_appId;
    Clock m_clock;
    Catalog m_catalog;
    QList<Row> m_rows;
    int m_pageSize = PageQuery::MaxRows;
    QTimer m_statusTimer; // fires when the next status boundary is crossed
};

} // namespace sk
