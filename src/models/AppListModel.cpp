#include "AppListModel.h"

#include "Store.h"
#include "WhenDone.h"

#include <QLocale>

namespace sk {

AppListModel::AppListModel(Store* store, QObject* parent)
    : StoreListModel(store, parent)
{
    // Key counts are part of an app's row: every change of the store reloads it.
}

int AppListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AppListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ScopesColumn:
        return tr("Scopes");
    case KeysColumn:
        return tr("Keys");
    case CreatedByColumn:
        return tr("Created by");
    case CreatedOnColumn:
        return tr("Created on");
    default:
        return {};
    }
}

QHash<int, QByteArray> AppListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AppIdRole, "appId");
    names.insert(SortRole, "sortValue");
    names.insert(ScopeIdsRole, "scopeIds");
    names.insert(SearchTextRole, "searchText");
    names.insert(VersionRole, "version");
    return names;
}

QVariant AppListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const App& app = m_apps.at(index.row());
    switch (role) {
    case AppIdRole:
        return app.id;
    case ScopeIdsRole:
        return app.scopes;
    case SearchTextRole:
        return m_searchTexts.at(index.row());
    case VersionRole:
        return app.version;
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return app.name;
        if (role == SortRole)
            return m_sortKeys.at(index.row()).name;
        break;
    case ScopesColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return app.scopes.join(QStringLiteral(", "));
        if (role == SortRole)
            return app.scopes.join(QLatin1Char(','));
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const QString& id : app.scopes) {
                const Scope scope = m_catalog.scope(id);
                lines << (scope.name.isEmpty() ? id
                                               : QStringLiteral("%1 (%2)").arg(scope.name, id));
            }
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case KeysColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(app.keyCount);
        if (role == Qt::EditRole || role == SortRole)
            return app.keyCount;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%n key(s)", nullptr, app.keyCount);
        break;
    case CreatedByColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return app.createdBy;
        if (role == SortRole)
            return m_sortKeys.at(index.row()).createdBy;
        break;
    case CreatedOnColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(app.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(app.createdAt.toLocalTime(), QLocale::LongFormat);
        if (role == Qt::EditRole || role == SortRole)
            return app.createdAt;
        break;
    default:
        break;
    }
    return {};
}

bool AppListModel::lessThan(int leftRow, int rightRow, int column) const
{
    const App& l = m_apps.at(leftRow);
    const App& r = m_apps.at(rightRow);
    const SortKeys& lk = m_sortKeys.at(leftRow);
    const SortKeys& rk = m_sortKeys.at(rightRow);
    // Ties fall back to the name, then the id, so that the order is stable and predictable.
    const auto byName = [&] {
        const int c = lk.name.compare(rk.name);
        return c != 0 ? c < 0 : l.id < r.id;
    };
    switch (column) {
    case ScopesColumn: {
        const int c = lk.scopes.compare(rk.scopes);
        return c != 0 ? c < 0 : byName();
    }
    case KeysColumn:
        return l.keyCount != r.keyCount ? l.keyCount < r.keyCount : byName();
    case CreatedByColumn: {
        const int c = lk.createdBy.compare(rk.createdBy);
        return c != 0 ? c < 0 : byName();
    }
    case CreatedOnColumn:
        return l.createdAt != r.createdAt ? l.createdAt < r.createdAt : byName();
    case NameColumn:
    default:
        return byName();
    }
}

App AppListModel::appAt(int row) const
{
    return row >= 0 && row < m_apps.size() ? m_apps.at(row) : App();
}

int AppListModel::rowOf(const QString& appId) const
{
    for (int row = 0; row < m_apps.size(); ++row) {
        if (m_apps.at(row).id == appId)
            return row;
    }
    return -1;
}

namespace {

// Case folding, with a fast path for the common all-ASCII text.
QString folded(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return text.toCaseFolded();
    }
    QString result = text;
    for (QChar& c : result) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return result;
}

} // namespace

QString AppListModel::searchText(const App& app, const QString& foldedName) const
{
    QString text = foldedName;
    for (const QString& id : app.scopes) {
        text += QLatin1Char('\n');
        auto it = m_foldedScopeTexts.constFind(id);
        if (it == m_foldedScopeTexts.constEnd()) {
            const QString name = m_catalog.scope(id).name;
            it = m_foldedScopeTexts.insert(
                id, folded(name.isEmpty() ? id : id + QLatin1Char('\n') + name));
        }
        text += *it;
    }
    return text;
}

void AppListModel::requestLoad(quint64 generation)
{
    // The catalog (scope names for tooltips and search) and the apps are asked for at once;
    // the store's thread answers them in order, so the catalog is there when the apps arrive.
    if (m_catalog.isEmpty()) {
        whenDone(this, store()->catalog(), [this](const Result<Catalog>& catalog) {
            if (catalog.ok() && m_catalog.isEmpty())
                m_catalog = catalog.value().translated();
        });
    }
    whenDone(this, store()->listApps(), [this, generation](const Result<QList<App>>& apps) {
        finishLoad(generation, apps, [this](const QList<App>& value) { applyApps(value); });
    });
}

void AppListModel::applyApps(QList<App> apps)
{
    // A reset is cheapest for whole lists; views keep their selection by app id themselves.
    beginResetModel();
    m_apps = std::move(apps);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_apps.size());
    m_sortKeys.clear();
    m_sortKeys.reserve(m_apps.size());
    m_foldedScopeTexts.clear(); // the catalog may have arrived since
    for (const App& app : std::as_const(m_apps)) {
        const QString name = folded(app.name);
        m_searchTexts << searchText(app, name);
        m_sortKeys << SortKeys{name, app.scopes.join(QLatin1Char(',')), folded(app.createdBy)};
    }
    endResetModel();
}

} // namespace sk
