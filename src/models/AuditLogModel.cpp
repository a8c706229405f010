#include "AuditLogModel.h"

#include "AuditDetails.h"
#include "Overloaded.h"
#include "Store.h"
#include "WhenDone.h"

#include <QLocale>

namespace sk {

AuditLogModel::AuditLogModel(Store* store, QObject* parent)
    : StoreListModel(store, parent)
{
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case AppColumn:
        return tr("App");
    case KeyColumn:
        return tr("Key");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    names.insert(SequenceRole, "sequence");
    names.insert(ActionRole, "action");
    names.insert(AppIdRole, "appId");
    names.insert(KeyIdRole, "keyId");
    return names;
}

QString AuditLogModel::actionText(const QString& action)
{
    switch (fromWireName(action)) {
    case AuditAction::AppCreate:
        return tr("Created app");
    case AuditAction::AppUpdate:
        return tr("Changed app");
    case AuditAction::AppDelete:
        return tr("Deleted app");
    case AuditAction::KeyCreate:
        return tr("Created key");
    case AuditAction::KeyDelete:
        return tr("Deleted key");
    case AuditAction::KeyRoll:
        return tr("Rolled key");
    case AuditAction::AdminCreate:
        return tr("Created administrator");
    case AuditAction::AdminRevoke:
        return tr("Revoked administrator");
    case AuditAction::TokenRefused:
        return tr("Refused token");
    case AuditAction::ChainStart:
        return tr("Started the audit chain");
    case AuditAction::Unknown:
        break;
    }
    return action;
}

QString AuditLogModel::roleText(const QString& role)
{
    if (role == QLatin1String("admin"))
        return tr("administrator", "role");
    if (role == QLatin1String("auditor"))
        return tr("auditor", "role");
    return role;
}

QString AuditLogModel::refusalText(const QString& reason)
{
    if (reason == QLatin1String("unknown"))
        return tr("an unknown", "refused token");
    if (reason == QLatin1String("malformed"))
        return tr("a malformed", "refused token");
    if (reason == QLatin1String("expired"))
        return tr("an expired", "refused token");
    if (reason == QLatin1String("revoked"))
        return tr("a revoked", "refused token");
    return reason;
}

QStringList AuditLogModel::knownActions()
{
    QStringList actions;
    for (AuditAction action :
         {AuditAction::AppCreate, AuditAction::AppUpdate, AuditAction::AppDelete,
          AuditAction::KeyCreate, AuditAction::KeyDelete, AuditAction::KeyRoll,
          AuditAction::AdminCreate, AuditAction::AdminRevoke, AuditAction::TokenRefused})
        actions << toWireName(action);
    return actions;
}

QString AuditLogModel::displayText(const AuditEntry& entry, int column) const
{
    switch (column) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return entry.actor;
    case WhatColumn:
        return actionText(entry.action);
    case AppColumn:
        return entry.appName;
    case KeyColumn:
        return entry.keyName;
    case DetailsColumn:
        return detailText(entry);
    default:
        return {};
    }
}

QString AuditLogModel::detailText(const AuditEntry& entry)
{
    // From the entry's data; without data (a store's row it could not read, a server from
    // before data, an action this console does not know), its detail as it is.
    const std::optional<audit::Details> details = audit::detailsOf(entry);
    if (!details)
        return entry.detail;
    const auto date = [](const QDateTime& t) {
        return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
    };
    return std::visit(
        Overloaded{
            [](const audit::AppCreated& d) {
                return tr("scopes: %1").arg(d.scopes.join(QStringLiteral(", ")));
            },
            [](const audit::AppUpdated& d) {
                QStringList parts;
                if (d.renamed)
                    parts << tr("renamed from “%1”").arg(d.renamed->from);
                if (d.scopes) {
                    QStringList changes;
                    for (const QString& s : d.scopes->added)
                        changes << QLatin1Char('+') + s;
                    for (const QString& s : d.scopes->removed)
                        changes << QChar(0x2212) + s;
                    parts << tr("scopes: %1").arg(changes.join(QLatin1Char(' ')));
                }
                return parts.join(QStringLiteral("; "));
            },
            [](const audit::AppDeleted& d) {
                return tr("%n key(s) deleted with it", nullptr, int(d.keysDeleted));
            },
            [&date](const audit::KeyCreated& d) {
                return tr("prefix %1, expires %2").arg(d.prefix, date(d.expiresAt));
            },
            [](const audit::KeyDeleted&) { return QString(); },
            [&date](const audit::KeyRolled& d) {
                return tr("rolled from “%1” (prefix %2), which stops %3; prefix %4, expires %5")
                    .arg(d.oldKeyName, d.oldPrefix,
                         QLocale().toString(d.stopsAt.toLocalTime(), QLocale::ShortFormat),
                         d.prefix, date(d.expiresAt));
            },
            [&date](const audit::AdminCreated& d) {
                return tr("administrator “%1”, role %2, expires %3")
                    .arg(d.administrator, roleText(d.role), date(d.expiresAt));
            },
            [](const audit::AdminRevoked& d) {
                return tr("administrator “%1”").arg(d.administrator);
            },
            [](const audit::TokenRefused& d) {
                QString text = tr("%1 token, from %2").arg(refusalText(d.reason), d.client);
                if (d.alsoRefused > 0) {
                    text += QStringLiteral("; ") +
                            tr("%n more refused from there since the entry before", nullptr,
                               int(d.alsoRefused));
                }
                return text;
            },
            [](const audit::ChainStarted& d) {
                return tr("%n earlier entries not chained", nullptr, int(d.unchained));
            },
        },
        *details);
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case SearchTextRole:
        return m_searchTexts.at(index.row());
    case SequenceRole:
        return entry.sequence;
    case ActionRole:
        return entry.action;
    case AppIdRole:
        return entry.appId;
    case KeyIdRole:
        return entry.keyId;
    default:
        break;
    }
    const int column = index.column();
    switch (column) {
    case WhenColumn:
        if (role == Qt::DisplayRole)
            return displayText(entry, column);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
        if (role == Qt::EditRole)
            return entry.at;
        if (role == SortRole)
            return entry.sequence; // the store's order; timestamps can tie
        break;
    case WhatColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return displayText(entry, column);
        if (role == Qt::ToolTipRole)
            return entry.action;
        if (role == SortRole)
            return displayText(entry, column).toCaseFolded();
        break;
    case WhoColumn:
    case AppColumn:
    case KeyColumn:
    case DetailsColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return displayText(entry, column);
        if (role == SortRole)
            return displayText(entry, column).toCaseFolded();
        break;
    default:
        break;
    }
    return {};
}

AuditEntry AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : AuditEntry();
}

void AuditLogModel::requestLoad(quint64 generation)
{
    whenDone(this, store()->audit(m_query),
             [this, generation](const Result<QList<AuditEntry>>& entries) {
                 finishLoad(generation, entries,
                            [this](const QList<AuditEntry>& value) { applyEntries(value); });
             });
}

void AuditLogModel::applyEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_entries.size());
    for (const AuditEntry& entry : std::as_const(m_entries)) {
        QStringList parts{entry.action};
        for (int column = 0; column < ColumnCount; ++column)
            parts << displayText(entry, column);
        m_searchTexts << parts.join(QLatin1Char('\n')).toCaseFolded();
    }
    endResetModel();
}

} // namespace sk
