// Scopekeeper models: the store's audit log as table rows (When, Who, What, App, Key, Details),
// newest first. Loads through the asynchronous Store and reloads when the store changes.
#pragma once

#include "StoreListModel.h"
#include "Types.h"

namespace sk {

class AuditLogModel : public StoreListModel
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

protected:
    void requestLoad(quint64 generation) override;
    void clearRows() override { applyEntries({}); }

private:
    void applyEntries(QList<AuditEntry> entries);
    QString displayText(const AuditEntry& entry, int column) const;

    AuditQuery m_query;
    QList<AuditEntry> m_entries;
    QList<QString> m_searchTexts;
};

} // namespace sk
