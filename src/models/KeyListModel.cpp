#include "KeyListModel.h"

#include "Store.h"
#include "WhenDone.h"

#include <QLocale>
#include <array>
#include <memory>
#include <optional>

namespace sk {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;
// The status timer never waits longer than this: it is re-armed in case the computer slept or
// its clock was changed.
constexpr qint64 MaxStatusWaitMs = 3600 * 1000LL;
constexpr qint64 MinStatusWaitMs = 250;

constexpr std::array<KeyListModel::Field, KeyListModel::AllKeysColumnCount> AllKeysFields{
    KeyListModel::NameField,    KeyListModel::AppField,      KeyListModel::ScopesField,
    KeyListModel::ExpiresField, KeyListModel::LastUsedField, KeyListModel::StatusField,
};
constexpr std::array<KeyListModel::Field, KeyListModel::AppKeysColumnCount> AppKeysFields{
    KeyListModel::NameField,      KeyListModel::PrefixField,  KeyListModel::CreatedByField,
    KeyListModel::CreatedOnField, KeyListModel::ExpiresField, KeyListModel::LastUsedField,
};

} // namespace

KeyListModel::KeyListModel(Store* store, Layout layout, const QString& appId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_layout(layout)
    , m_appId(appId)
    , m_clock(&systemNow)
{
    qRegisterMetaType<sk::Error>();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &KeyListModel::reload);
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, &KeyListModel::refreshStatus);
    if (m_store) {
        // A store may announce one change with both signals; they become one reload.
        connect(m_store, &Store::appsChanged, this, &KeyListModel::scheduleReload);
        connect(m_store, &Store::keysChanged, this, [this](const QString& changedAppId) {
            if (m_appId.isEmpty() || changedAppId == m_appId)
                scheduleReload();
        });
    }
}

int KeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
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
    return names;
}

QVariant KeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ApiKey& key = m_keys.at(row);
    switch (role) {
    case KeyIdRole:
        return key.id;
    case AppIdRole:
        return key.appId;
    case StatusRole:
        return QVariant::fromValue(m_statuses.at(row));
    case SearchTextRole:
        return m_searchTexts.at(row);
    default:
        break;
    }
    return fieldData(fieldAt(index.column()), row, role);
}

QVariant KeyListModel::fieldData(Field field, int row, int role) const
{
    const ApiKey& key = m_keys.at(row);
    const QLocale locale;
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
        const QStringList scopes = m_appScopes.value(key.appId);
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return scopes.join(QStringLiteral(", "));
        if (role == SortRole)
            return scopes.join(QLatin1Char(','));
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const QString& id : scopes) {
                const Scope scope = m_catalog.scope(id);
                lines << (scope.name.isEmpty() ? id
                                               : QStringLiteral("%1 (%2)").arg(scope.name, id));
            }
            return lines.join(QLatin1Char('\n'));
        }
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
            return locale.toString(key.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return locale.toString(key.createdAt.toLocalTime(), QLocale::LongFormat);
        if (role == Qt::EditRole || role == SortRole)
            return key.createdAt;
        break;
    case ExpiresField:
        if (role == Qt::DisplayRole)
            return locale.toString(key.expiresAt.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return locale.toString(key.expiresAt.toLocalTime(), QLocale::LongFormat);
        if (role == Qt::EditRole || role == SortRole)
            return key.expiresAt;
        break;
    case LastUsedField:
        if (role == Qt::DisplayRole) {
            return key.lastUsedAt.isValid()
                       ? locale.toString(key.lastUsedAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        }
        if (role == Qt::ToolTipRole) {
            return key.lastUsedAt.isValid()
                       ? locale.toString(key.lastUsedAt.toLocalTime(), QLocale::LongFormat)
                       : tr("This key has never been used.");
        }
        if (role == Qt::EditRole || role == SortRole)
            return key.lastUsedAt; // a null date (never used) sorts before every date
        break;
    case StatusField:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return statusText(m_statuses.at(row));
        if (role == Qt::ToolTipRole)
            return statusToolTip(row);
        if (role == SortRole)
            return int(m_statuses.at(row));
        break;
    }
    return {};
}

QString KeyListModel::statusToolTip(int row) const
{
    const QDateTime expiresAt = m_keys.at(row).expiresAt;
    const QString when = QLocale().toString(expiresAt.toLocalTime(), QLocale::LongFormat);
    switch (m_statuses.at(row)) {
    case Expired:
        return tr("Expired on %1; services refuse this key.").arg(when);
    case ExpiresSoon: {
        const qint64 left = qMax<qint64>(0, now().msecsTo(expiresAt));
        const int days = int((left + DayMs - 1) / DayMs);
        return tr("Expires in %n day(s), on %1.", nullptr, days).arg(when);
    }
    case Active:
        break;
    }
    return tr("Expires on %1.").arg(when);
}

void KeyListModel::setAppId(const QString& appId)
{
    if (appId == m_appId)
        return;
    const bool active = m_loaded || m_loading;
    m_appId = appId;
    ++m_generation; // answers for the previous app are dropped
    applyKeys({}, {});
    m_loaded = false;
    if (active)
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
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : ApiKey();
}

int KeyListModel::rowOf(const QString& keyId) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == keyId)
            return row;
    }
    return -1;
}

KeyListModel::Status KeyListModel::statusAt(int row) const
{
    return row >= 0 && row < m_statuses.size() ? m_statuses.at(row) : Active;
}

KeyListModel::Status KeyListModel::status(const QDateTime& expiresAt, const QDateTime& now)
{
    const qint64 left = now.msecsTo(expiresAt);
    if (left <= 0)
        return Expired;
    if (left <= ExpiresSoonDays * DayMs)
        return ExpiresSoon;
    return Active;
}

QString KeyListModel::statusText(Status status)
{
    switch (status) {
    case Active:
        return tr("Active");
    case ExpiresSoon:
        return tr("Expires soon");
    case Expired:
        return tr("Expired");
    }
    return {};
}

QString KeyListModel::searchText(const ApiKey& key) const
{
    return QStringList{key.name, key.appName, key.prefix}.join(QLatin1Char('\n')).toCaseFolded();
}

void KeyListModel::scheduleReload()
{
    // Only a model in use follows the store; one never loaded waits until it is shown.
    if (m_store && (m_loaded || m_loading))
        m_reloadTimer.start();
}

void KeyListModel::reload()
{
    if (!m_store)
        return;
    m_reloadTimer.stop();
    const quint64 generation = ++m_generation;
    setLoading(true);
    if (m_layout == AllKeysLayout && m_catalog.isEmpty()) {
        // The catalog gives the scope names of the Scopes column's tooltips.
        whenDone(this, m_store->catalog(), [this, generation](const Result<Catalog>& catalog) {
            if (generation != m_generation)
                return;
            if (catalog.ok())
                m_catalog = catalog.value().translated();
            requestKeys(generation);
        });
    } else {
        requestKeys(generation);
    }
}

void KeyListModel::requestKeys(quint64 generation)
{
    if (!m_store)
        return;
    // The all-keys layout needs the apps' scopes too; both are asked for at once.
    struct Pending
    {
        std::optional<Result<QList<ApiKey>>> keys;
        std::optional<Result<QList<App>>> apps;
    };
    auto pending = std::make_shared<Pending>();
    const bool needApps = m_layout == AllKeysLayout;
    if (!needApps)
        pending->apps = Result<QList<App>>(QList<App>());
    auto finishWhenBoth = [this, generation, pending] {
        if (generation != m_generation || !pending->keys || !pending->apps)
            return; // a newer reload is under way, or the other answer is still to come
        finishLoad(*pending->keys, *pending->apps);
    };
    const QFuture<Result<QList<ApiKey>>> keys =
        m_appId.isEmpty() ? m_store->listAllKeys() : m_store->listKeys(m_appId);
    whenDone(this, keys, [pending, finishWhenBoth](const Result<QList<ApiKey>>& answer) {
        pending->keys = answer;
        finishWhenBoth();
    });
    if (needApps) {
        whenDone(this, m_store->listApps(),
                 [pending, finishWhenBoth](const Result<QList<App>>& answer) {
                     pending->apps = answer;
                     finishWhenBoth();
                 });
    }
}

void KeyListModel::finishLoad(const Result<QList<ApiKey>>& keys, const Result<QList<App>>& apps)
{
    setLoading(false);
    if (!keys.ok()) {
        // The app was deleted: its keys went with it, so none are shown any more.
        if (keys.error().code() == ErrorCode::NotFound && !m_appId.isEmpty())
            applyKeys({}, {});
        Q_EMIT loadFailed(keys.error());
        return;
    }
    if (!apps.ok()) {
        Q_EMIT loadFailed(apps.error());
        return;
    }
    QHash<QString, QStringList> appScopes;
    for (const App& app : apps.value())
        appScopes.insert(app.id, app.scopes);
    applyKeys(keys.value(), std::move(appScopes));
    m_loaded = true;
    Q_EMIT loaded();
}

void KeyListModel::clear()
{
    ++m_generation;
    m_reloadTimer.stop();
    applyKeys({}, {});
    m_loaded = false;
    setLoading(false);
}

void KeyListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void KeyListModel::applyKeys(QList<ApiKey> keys, QHash<QString, QStringList> appScopes)
{
    // A reset is cheapest for whole lists; views keep their selection by key id themselves.
    const QDateTime t = now();
    beginResetModel();
    m_keys = std::move(keys);
    m_appScopes = std::move(appScopes);
    m_statuses.clear();
    m_searchTexts.clear();
    m_statuses.reserve(m_keys.size());
    m_searchTexts.reserve(m_keys.size());
    for (const ApiKey& key : std::as_const(m_keys)) {
        m_statuses << status(key.expiresAt, t);
        m_searchTexts << searchText(key);
    }
    endResetModel();
    scheduleStatusRefresh(t);
}

void KeyListModel::refreshStatus()
{
    const QDateTime t = now();
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_keys.size(); ++row) {
        const Status s = status(m_keys.at(row).expiresAt, t);
        if (s == m_statuses.at(row))
            continue;
        m_statuses[row] = s;
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
    for (const ApiKey& key : std::as_const(m_keys)) {
        for (const QDateTime& boundary :
             {key.expiresAt.addMSecs(-ExpiresSoonDays * DayMs), key.expiresAt}) {
            const qint64 ms = at.msecsTo(boundary);
            if (ms > 0 && (next < 0 || ms < next))
                next = ms;
        }
    }
    if (next < 0) {
        m_statusTimer.stop();
        return;
    }
    m_statusTimer.start(int(qBound(MinStatusWaitMs, next, MaxStatusWaitMs)));
}

} // namespace sk
