#include "AuditLogModel.h"

#include "Store.h"
#include "WhenDone.h"

#include <QLocale>
#include <QRegularExpression>

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
    if (action == QLatin1String("app.create"))
        return tr("Created app");
    if (action == QLatin1String("app.update"))
        return tr("Changed app");
    if (action == QLatin1String("app.delete"))
        return tr("Deleted app");
    if (action == QLatin1String("key.create"))
        return tr("Created key");
    if (action == QLatin1String("key.delete"))
        return tr("Deleted key");
    if (action == QLatin1String("admin.create"))
        return tr("Created administrator");
    if (action == QLatin1String("admin.revoke"))
        return tr("Revoked administrator");
    if (action == QLatin1String("token.refused"))
        return tr("Refused token");
    if (action == QLatin1String("audit.chain"))
        return tr("Started the audit chain");
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
    return {QStringLiteral("app.create"),   QStringLiteral("app.update"),
            QStringLiteral("app.delete"),   QStringLiteral("key.create"),
            QStringLiteral("key.delete"),   QStringLiteral("admin.create"),
            QStringLiteral("admin.revoke"), QStringLiteral("token.refused")};
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
    // The neutral forms SqlBackend writes (see its appendAudit() calls).
    static const QRegularExpression keyCreated(QStringLiteral("^prefix (\\S+), expires (\\S+)$"));
    static const QRegularExpression renamed(QStringLiteral("^renamed from “(.*)”$"));
    static const QRegularExpression scopes(QStringLiteral("^scopes: (.*)$"));
    static const QRegularExpression keysDeleted(QStringLiteral("^keys deleted with it: (\\d+)$"));
    // Written by scopekeeper-server (administrators, refused tokens, the audit chain).
    static const QRegularExpression adminCreated(
        QStringLiteral("^administrator “(.*)”, role (\\S+), expires (\\S+)$"));
    static const QRegularExpression adminNamed(QStringLiteral("^administrator “(.*)”$"));
    static const QRegularExpression refused(QStringLiteral("^reason (\\S+), from (\\S+)$"));
    static const QRegularExpression moreRefused(
        QStringLiteral("^(\\d+) more refused from there since the last entry$"));
    static const QRegularExpression unchained(
        QStringLiteral("^earlier entries not chained: (\\d+)$"));
    QStringList parts;
    const QStringList pieces = entry.detail.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (const QString& piece : pieces) {
        if (const auto m = keyCreated.match(piece); m.hasMatch()) {
            const QDateTime expires = QDateTime::fromString(m.captured(2), Qt::ISODate);
            parts << (expires.isValid()
                          ? tr("prefix %1, expires %2")
                                .arg(m.captured(1), QLocale().toString(expires.toLocalTime().date(),
                                                                       QLocale::ShortFormat))
                          : piece);
        } else if (const auto m = renamed.match(piece); m.hasMatch()) {
            parts << tr("renamed from “%1”").arg(m.captured(1));
        } else if (const auto m = scopes.match(piece); m.hasMatch()) {
            parts << tr("scopes: %1").arg(m.captured(1));
        } else if (const auto m = keysDeleted.match(piece); m.hasMatch()) {
            parts << tr("%n key(s) deleted with it", nullptr, m.captured(1).toInt());
        } else if (const auto m = adminCreated.match(piece); m.hasMatch()) {
            const QDateTime expires = QDateTime::fromString(m.captured(3), Qt::ISODate);
            parts << tr("administrator “%1”, role %2, expires %3")
                         .arg(m.captured(1), roleText(m.captured(2)),
                              expires.isValid() ? QLocale().toString(expires.toLocalTime().date(),
                                                                     QLocale::ShortFormat)
                                                : m.captured(3));
        } else if (const auto m = adminNamed.match(piece); m.hasMatch()) {
            parts << tr("administrator “%1”").arg(m.captured(1));
        } else if (const auto m = refused.match(piece); m.hasMatch()) {
            parts << tr("%1 token, from %2").arg(refusalText(m.captured(1)), m.captured(2));
        } else if (const auto m = moreRefused.match(piece); m.hasMatch()) {
            parts << tr("%n more refused from there since the entry before", nullptr,
                        m.captured(1).toInt());
        } else if (const auto m = unchained.match(piece); m.hasMatch()) {
            parts << tr("%n earlier entries not chained", nullptr, m.captured(1).toInt());
        } else {
            parts << piece;
        }
    }
    return parts.join(QStringLiteral("; "));
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
