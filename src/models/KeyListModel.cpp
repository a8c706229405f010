#include "KeyListModel.h"

#include <QLocale>
#include <algorithm>
#include <array>

namespace sk {

namespace {

// The status timer never waits longer than this: it is re-armed in case the computer slept or
// its clock was changed.
constexpr qint64 MaxStatusWaitMs = 3600 * 1000LL;
constexpr qint64 MinStatusWaitMs = 250;

constexpr std::array<KeyListModel::Field, KeyListModel::AllKeysColumnCount> AllKeysFields{
    KeyListModel::NameField,    KeyListModel::AppField,      KeyListModel::ScopesField,
    KeyListModel::ExpiresField, KeyListModel::LastUsedField, KeyListModel::StatusField,
};
constexpr std::array<KeyListModel::Field, KeyListModel::AppKeysColumnCount> AppKeysFields{
    KeyListModel::NameField,      KeyListModel::PrefixField,    KeyListModel::ScopesField,
    KeyListModel::CreatedByField, KeyListModel::CreatedOnField, KeyListModel::ExpiresField,
    KeyListModel::LastUsedField,
};

} // namespace

KeyListModel::KeyListModel(Store* store, Layout layout, const QString& appId, QObject* parent)
    : StoreListModel(store, parent)
    , m_layout(layout)
    , m_appId(appId)
    , m_clock(&systemNow)
{
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, &KeyListModel::refreshStatus);
}

bool KeyListModel::followsKeysOf(const QString& appId) const
{
    return m_appId.isEmpty() || appId == m_appId;
}

int KeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyListModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_layout == AllKeysLayout ? int(AllKeysColumnCount) : int(AppKeysColumnCount);
}

int KeyListModel::columnOf(Field field) const
{
    if (m_layout == AllKeysLayout) {
        for (int c = 0; c < AllKeysColumnCount; ++c) {
            if (AllKeysFields[c] == field)
                return c;
        }
    } else {
        for (int c = 0; c < AppKeysColumnCount; ++c) {
            if (AppKeysFields[c] == field)
                return c;
        }
    }
    return -1;
}

KeyListModel::Field KeyListModel::fieldAt(int column) const
{
    Q_ASSERT(column >= 0 && column < columnCount());
    return m_layout == AllKeysLayout ? AllKeysFields[column] : AppKeysFields[column];
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const bool allKeys = m_layout == AllKeysLayout;
    switch (fieldAt(section)) {
    case NameField:
        return allKeys ? tr("Key Name") : tr("Name");
    case AppField:
        return tr("App");
    case ScopesField:
        return tr("Scopes");
    case PrefixField:
        return tr("Prefix");
    case CreatedByField:
        return tr("Created by");
    case CreatedOnField:
        return tr("Created on");
    case ExpiresField:
        return allKeys ? tr("Expiry Date") : tr("Expires");
    case LastUsedField:
        return tr("Last used");
    case StatusField:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> KeyListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyIdRole, "keyId");
    names.insert(AppIdRole, "appId");
    names.insert(SortRole, "sortValue");
    names.insert(StatusRole, "status");
    names.insert(SearchTextRole, "searchText");
    names.insert(ScopesRole, "scopes");
    names.insert(NarrowedRole, "narrowed");
    return names;
}

QVariant KeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case KeyIdRole:
        return row.key.id;
    case AppIdRole:
        return row.key.appId;
    case StatusRole:
        return QVariant::fromValue(row.status);
    case SearchTextRole:
        return row.searchText;
    case ScopesRole:
        return row.scopes;
    case NarrowedRole:
        return row.key.scopes.has_value();
    default:
        break;
    }
    return fieldData(fieldAt(index.column()), row, role);
}

QVariant KeyListModel::fieldData(Field field, const Row& row, int role) const
{
    const ApiKey& key = row.key;
    switch (field) {
    case NameField:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return key.name;
        if (role == SortRole)
            return key.name.toCaseFolded();
        break;
    case AppField:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return key.appName;
        if (role == SortRole)
            return key.appName.toCaseFolded();
        break;
    case ScopesField: {
        const QStringList& scopes = row.scopes;
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return scopes.isEmpty() ? tr("None") : scopes.join(QStringLiteral(", "));
        if (role == SortRole)
            return scopes.join(QLatin1Char(','));
        if (role == Qt::ToolTipRole)
            return scopesToolTip(row);
        if (role == Qt::AccessibleDescriptionRole && row.key.scopes)
            return narrowedText(row);
        break;
    }
    case PrefixField:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return key.prefix;
        if (role == SortRole)
            return key.prefix;
        break;
    case CreatedByField:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return key.createdBy;
        if (role == SortRole)
            return key.createdBy.toCaseFolded();
        break;
    case CreatedOnField:
        if (role == Qt::DisplayRole)
            return QLocale().toString(key.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(key.createdAt.toLocalTime(), QLocale::LongFormat);
        if (role == Qt::EditRole || role == SortRole)
            return key.createdAt;
        break;
    case ExpiresField:
        if (role == Qt::DisplayRole)
            return QLocale().toString(key.expiresAt.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(key.expiresAt.toLocalTime(), QLocale::LongFormat);
        if (role == Qt::EditRole || role == SortRole)
            return key.expiresAt;
        break;
    case LastUsedField:
        if (role == Qt::DisplayRole) {
            return key.lastUsedAt.isValid()
                       ? QLocale().toString(key.lastUsedAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        }
        if (role == Qt::ToolTipRole) {
            return key.lastUsedAt.isValid()
                       ? QLocale().toString(key.lastUsedAt.toLocalTime(), QLocale::LongFormat)
                       : tr("This key has never been used.");
        }
        if (role == Qt::EditRole || role == SortRole)
            return key.lastUsedAt; // a null date (never used) sorts before every date
        break;
    case StatusField:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return statusText(row.status);
        if (role == Qt::ToolTipRole)
            return statusToolTip(row);
        if (role == SortRole)
            return int(row.status);
        break;
    }
    return {};
}

QString KeyListModel::statusToolTip(const Row& row) const
{
    const QDateTime& expiresAt = row.key.expiresAt;
    const QString when = QLocale().toString(expiresAt.toLocalTime(), QLocale::LongFormat);
    switch (row.status) {
    case Expired:
        if (row.key.stopsAt.isValid() && row.key.stopsAt < expiresAt) {
            return tr("Rolled: stopped on %1; services refuse this key.")
                .arg(QLocale().toString(row.key.stopsAt.toLocalTime(), QLocale::LongFormat));
        }
        return tr("Expired on %1; services refuse this key.").arg(when);
    case Rolling:
        return tr("Rolled: stops on %1; services refuse this key from then on.")
            .arg(QLocale().toString(row.key.stopsAt.toLocalTime(), QLocale::LongFormat));
    case ExpiresSoon:
        return tr("Expires in %n day(s), on %1.", nullptr, Rules::daysUntilExpiry(expiresAt, now()))
            .arg(when);
    case Active:
        break;
    }
    return tr("Expires on %1.").arg(when);
}

QString KeyListModel::narrowedText(const Row& row)
{
    if (row.scopes.isEmpty()) {
        return tr("Narrowed: its app holds none of the key's scopes any more, so it grants "
                  "nothing.");
    }
    //: %1: how many scopes the key grants; %n: how many its app holds
    return tr("Narrowed: %1 of the app's %n scope(s).", nullptr, row.appScopeCount)
        .arg(row.scopes.size());
}

QString KeyListModel::scopesToolTip(const Row& row) const
{
    QStringList lines;
    lines << (row.key.scopes ? narrowedText(row) : tr("All of the app's scopes:"));
    for (const QString& id : row.scopes) {
        const Scope scope = m_catalog.scope(id);
        lines << (scope.name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(scope.name, id));
    }
    return lines.join(QLatin1Char('\n'));
}

void KeyListModel::setAppId(const QString& appId)
{
    if (appId == m_appId)
        return;
    const bool inUse = hasLoaded() || isLoading();
    m_appId = appId;
    dropRows(); // answers for the previous app are dropped
    if (inUse)
        reload();
}

void KeyListModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&systemNow);
    refreshStatus();
}

QDateTime KeyListModel::now() const
{
    return m_clock();
}

ApiKey KeyListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : ApiKey();
}

int KeyListModel::countExpiringWithin(int days) const
{
    if (days <= 0)
        return 0;
    const QDateTime current = now();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Row& row) {
        return Rules::expiresWithin(row.key.expiresAt, days, current, row.key.stopsAt);
    }));
}

int KeyListModel::rowOf(const QString& keyId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key.id == keyId)
            return row;
    }
    return -1;
}

KeyListModel::Status KeyListModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : Active;
}

QStringList KeyListModel::effectiveScopesAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).scopes : QStringList();
}

KeyListModel::Status KeyListModel::status(const QDateTime& expiresAt, const QDateTime& now,
                                          const QDateTime& stopsAt)
{
    switch (Rules::keyStatus(expiresAt, now, stopsAt)) {
    case Rules::KeyStatus::Active:
        break;
    case Rules::KeyStatus::ExpiresSoon:
        return ExpiresSoon;
    case Rules::KeyStatus::Rolling:
        return Rolling;
    case Rules::KeyStatus::Expired:
        return Expired;
    }
    return Active;
}

QString KeyListModel::statusText(Status status)
{
    switch (status) {
    case Active:
        return tr("Active");
    case ExpiresSoon:
        return tr("Expires soon");
    case Rolling:
        return tr("Rolling");
    case Expired:
        return tr("Expired");
    }
    return {};
}

void KeyListModel::applyRows(QList<Row> rows)
{
    // A reset is cheapest for whole lists; views keep their selection by key id themselves.
    const QDateTime t = now();
    beginResetModel();
    m_rows = std::move(rows);
    for (Row& row : m_rows)
        row.status = status(row.key.expiresAt, t, row.key.stopsAt);
    endResetModel();
    scheduleStatusRefresh(t);
}

void KeyListModel::appendRows(QList<Row> rows)
{
    const QDateTime t = now();
    for (Row& row : rows)
        row.status = status(row.key.expiresAt, t, row.key.stopsAt);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows += std::move(rows);
    endInsertRows();
    // The status timer is armed once the last page has come (refreshStatus()).
}

void KeyListModel::refreshStatus()
{
    const QDateTime t = now();
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Status s = status(m_rows.at(row).key.expiresAt, t, m_rows.at(row).key.stopsAt);
        if (s == m_rows.at(row).status)
            continue;
        m_rows[row].status = s;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0) // StatusRole is on every column; the tooltips of the row change too
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    scheduleStatusRefresh(t);
}

void KeyListModel::scheduleStatusRefresh(const QDateTime& at)
{
    qint64 next = -1; // milliseconds to the next boundary any key crosses
    for (const Row& row : std::as_const(m_rows)) {
        const QDateTime change = Rules::nextKeyStatusChange(row.key.expiresAt, at, row.key.stopsAt);
        const qint64 ms = change.isValid() ? at.msecsTo(change) : -1;
        if (ms > 0 && (next < 0 || ms < next))
            next = ms;
    }
    if (next < 0) {
        m_statusTimer.stop();
        return;
    }
    m_statusTimer.start(int(qBound(MinStatusWaitMs, next, MaxStatusWaitMs)));
}

} // namespace sk
