// Scopekeeper models: the store's audit log as table rows (When, Who, What, App, Key, Details),
// newest first. Loads through the asynchronous Store and reloads when the store changes.
#pragma once

#include "Error.h"
#include "Types.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace sk {

class Store;

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        AppColumn,
        KeyColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // When sorts by the entry's sequence: the order of events
        SearchTextRole, // every column's text and the raw action, case-folded: what the filter
                        // matches
        SequenceRole,
        ActionRole, // the raw action: "app.create", "key.delete", …
        AppIdRole,
        KeyIdRole,
    };
    Q_ENUM(Role)

    explicit AuditLogModel(Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Only the entries of this app (an empty id: of every app). Takes effect at the next load.
    void setAppId(const QString& appId) { m_query.appId = appId; }
    QString appId() const { return m_query.appId; }
    /// At most this many entries, the newest. Takes effect at the next load.
    void setLimit(int limit) { m_query.limit = limit; }
    int limit() const { return m_query.limit; }

    AuditEntry entryAt(int row) const;
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }

    /// "Created app", "Deleted key", …; an action it does not know, as it is.
    static QString actionText(const QString& action);
    /// An entry's details in the user's language, from its structured data
    /// (audit::Details); an entry without data it can read is shown by its detail as it is.
    static QString detailText(const AuditEntry& entry);
    /// The actions actionText() knows, in the order a filter list shows them.
    static QStringList knownActions();
    /// A role as the audit log shows it ("admin", "auditor").
    static QString roleText(const QString& role);
    /// Why a token was refused, as the audit log shows it ("unknown", "expired", …).
    static QString refusalText(const QString& reason);

public Q_SLOTS:
    /// Loads the log again; answers from an older request that arrive later are dropped.
    void reload();
    /// Shows no rows and forgets that it loaded (e.g. after signing out of a server); an
    /// answer still on its way is dropped.
    void clear();

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// Emitted when the rows show the store's audit log after a (re)load.
    void loaded();
    void loadFailed(const sk::Error& error);

private:
    void scheduleReload();
    void applyEntries(QList<AuditEntry> entries);
    QString displayText(const AuditEntry& entry, int column) const;

    QPointer<Store> m_store;
    AuditQuery m_query;
    QList<AuditEntry> m_entries;
    QList<QString> m_searchTexts;
    QTimer m_reloadTimer; // gathers the store's signals into one reload
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace sk
