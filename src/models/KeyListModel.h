// Scopekeeper models: API keys as table rows, either every key of every app (the "API Keys"
// page) or the keys of one app, in one of two column layouts. Loads through the asynchronous
// Store and reloads when the store changes. A key's status (Active, Expires soon, Expired) is
// computed against a clock that can be injected, and follows it while the model lives.
//
// The model never holds a secret: the store's ApiKey has none.
#pragma once

#include "Catalog.h"
#include "Clock.h"
#include "Error.h"
#include "Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace sk {

class Store;

class KeyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Layout
    {
        /// Key Name, App, Scopes, Expiry Date, Last used, Status (the "API Keys" page).
        AllKeysLayout,
        /// Name, Prefix, Created by, Created on, Expires, Last used (an app's own key list).
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
        SearchTextRole, // key name, app name and prefix, case-folded: what the filter matches
    };
    Q_ENUM(Role)

    /// In this order: SortRole sorts Active before Expires soon before Expired.
    enum Status
    {
        Active,
        ExpiresSoon,
        Expired,
    };
    Q_ENUM(Status)

    /// A key expiring within this many days (or exactly this many) "expires soon".
    static constexpr int ExpiresSoonDays = 14;

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
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }

    /// The status of a key that expires at `expiresAt`, at `now`.
    static Status status(const QDateTime& expiresAt, const QDateTime& now);
    /// "Active", "Expires soon", "Expired".
    static QString statusText(Status status);

public Q_SLOTS:
    /// Loads the keys again; answers from an older request that arrive later are dropped.
    void reload();
    /// Shows no rows and forgets that it loaded (e.g. after signing out of a server); an
    /// answer still on its way is dropped.
    void clear();
    /// Computes every status again against the clock; emits dataChanged for rows that changed.
    /// Runs by itself when the next key crosses a status boundary.
    void refreshStatus();

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// Emitted when the rows show the store's keys after a (re)load.
    void loaded();
    void loadFailed(const sk::Error& error);

private:
    void scheduleReload();
    void requestKeys(quint64 generation);
    void finishLoad(const Result<QList<ApiKey>>& keys, const Result<QList<App>>& apps);
    void setLoading(bool loading);
    void applyKeys(QList<ApiKey> keys, QHash<QString, QStringList> appScopes);
    void scheduleStatusRefresh(const QDateTime& at);
    QString searchText(const ApiKey& key) const;
    QVariant fieldData(Field field, int row, int role) const;
    QString statusToolTip(int row) const;

    QPointer<Store> m_store;
    Layout m_layout;
    QString m_appId;
    Clock m_clock;
    Catalog m_catalog;
    QList<ApiKey> m_keys;
    QList<Status> m_statuses;
    QList<QString> m_searchTexts;
    QHash<QString, QStringList> m_appScopes; // app id → scope ids (AllKeysLayout only)
    QTimer m_reloadTimer;                    // gathers the store's signals into one reload
    QTimer m_statusTimer;                    // fires when the next status boundary is crossed
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace sk
