#include "UserKeyListModel.h"

#include "Clock.h"
#include "Rules.h"
#include "SearchTerms.h"
#include "Store.h"
#include "WhenDone.h"

#include <QLocale>
#include <algorithm>
#include <memory>
#include <optional>

namespace sk {

UserKeyListModel::UserKeyListModel(Store* store, QObject* parent)
    : StoreListModel(store, parent)
{
}

int UserKeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserKeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant UserKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Key Name");
    case ExpiryColumn:
        return tr("Expiry Date");
    case ScopeColumn:
        return tr("Scope");
    default:
        break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString UserKeyListModel::scopeText(const QString& id) const
{
    const Scope scope = m_catalog.scope(id);
    return scope.name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(scope.name, id);
}

QVariant UserKeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const ApiKey& key = row.key;
    if (role == KeyIdRole)
        return key.id;
    if (role == SearchTextRole)
        return row.searchText;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return key.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (prefix %2)").arg(key.name, key.prefix);
        if (role == SortRole)
            return key.name.toCaseFolded();
        break;
    case ExpiryColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(key.expiresAt.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole) {
            const QString when =
                QLocale().toString(key.expiresAt.toLocalTime(), QLocale::LongFormat);
            return key.expiresAt <= systemNow()
                       ? tr("Expired on %1; services refuse this key.").arg(when)
                       : tr("Expires on %1.").arg(when);
        }
        if (role == Qt::EditRole || role == SortRole)
            return key.expiresAt;
        break;
    case ScopeColumn: {
        const QStringList scopes = scopesOf(key);
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return scopes.join(QStringLiteral(", "));
        if (role == SortRole)
            return scopes.join(QLatin1Char(','));
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const QString& id : scopes)
                lines << scopeText(id);
            return lines.join(QLatin1Char('\n'));
        }
        break;
    }
    default:
        break;
    }
    return {};
}

ApiKey UserKeyListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : ApiKey();
}

int UserKeyListModel::countExpiringWithin(int days, const QDateTime& now) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Row& row) {
        return Rules::expiresWithin(row.key.expiresAt, days, now, row.key.stopsAt);
    }));
}

int UserKeyListModel::rowOf(const QString& keyId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key.id == keyId)
            return row;
    }
    return -1;
}

void UserKeyListModel::requestLoad(quint64 generation)
{
    Store* s = store();
    if (!m_catalog.isEmpty()) {
        whenDone(this, s->listMyKeys(), [this, generation](const Result<QList<ApiKey>>& keys) {
            finishLoad(generation, keys, [this](const QList<ApiKey>& list) { showKeys(list); });
        });
        return;
    }
    // The catalog names the scopes in tooltips and the search; it is asked for once, beside the
    // first load, and the rows wait for both answers.
    struct Both
    {
        std::optional<Result<QList<ApiKey>>> keys;
        bool catalogDone = false;
    };
    auto both = std::make_shared<Both>();
    const auto finish = [this, generation, both] {
        if (both->keys && both->catalogDone) {
            finishLoad(generation, *both->keys,
                       [this](const QList<ApiKey>& list) { showKeys(list); });
        }
    };
    whenDone(this, s->catalog(), [this, both, finish](const Result<Catalog>& catalog) {
        if (catalog.ok())
            m_catalog = catalog.value().translated();
        both->catalogDone = true; // without it, the rows show the scope ids alone
        finish();
    });
    whenDone(this, s->listMyKeys(), [both, finish](const Result<QList<ApiKey>>& keys) {
        both->keys = keys;
        finish();
    });
}

void UserKeyListModel::showKeys(const QList<ApiKey>& keys)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(keys.size());
    for (const ApiKey& key : keys) {
        QStringList words{key.name, key.prefix};
        for (const QString& id : scopesOf(key))
            words << scopeText(id);
        m_rows << Row{key, words.join(QLatin1Char(' ')).toCaseFolded()};
    }
    endResetModel();
}

void UserKeyListModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

UserKeyFilterProxyModel::UserKeyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserKeyListModel::SortRole);
    setDynamicSortFilter(true);
}

void UserKeyFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
        // beginFilterChange() exists from Qt 6.9 and endFilterChange() from Qt 6.10;
        // invalidateRowsFilter() is deprecated from Qt 6.13.
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
#endif
    m_text = text;
    m_terms = searchTerms(text);
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    invalidateRowsFilter();
#endif
}

bool UserKeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return containsAllTerms(index.data(UserKeyListModel::SearchTextRole).toString(), m_terms);
}

} // namespace sk
