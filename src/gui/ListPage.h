// Scopekeeper console: what the pages of the main window ("API Apps", "API Keys", "Activity")
// have in common: a title, a search field filtering a table through a proxy, a table that
// keeps its selection and scroll position across reloads, loading (at once or when first
// shown), load failures, the account's read-only reason, the table's context menu and
// shortcuts, and the actions on keys that the pages of keys share.
#pragma once

#include "Error.h"
#include "Types.h"

#include <QKeySequence>
#include <QLineEdit>
#include <QList>
#include <QWidget>
#include <functional>
#include <initializer_list>
#include <utility>

class QAbstractItemModel;
class QAction;
class QLabel;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace sk {

class Store;

class ListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ListPage(Store* store, QWidget* parent = nullptr);
    ~ListPage() override;

    /// Puts the focus in the search field, its text selected (Ctrl+F).
    void focusSearch();

public Q_SLOTS:
    /// Reads the page's rows again (F5, the automatic refresh).
    void reload();

Q_SIGNALS:
    void loadFailed(const sk::Error& error);

protected:
    /// The parts of the page's form the base looks after.
    struct Parts
    {
        QLabel* title;
        QLineEdit* search;
        QTableView* table;
    };
    struct Table
    {
        int idRole; // the source model's role that tells its rows apart
        int sortColumn;
        Qt::SortOrder sortOrder;
        std::initializer_list<std::pair<int, int>> columnWidths; // column, designed width
    };

    /// After setupUi(): a larger bold title, search fields wide enough for their hints, and
    /// the table showing `source` through `proxy` (which the search text filters through
    /// `setSearchText`), keeping its selection and scroll position across reloads. `source`'s
    /// loadFailed() is the page's; reload() reloads it.
    template <class Model, class Proxy>
    void setUpTable(const Parts& parts, Model* source, Proxy* proxy,
                    void (Proxy::*setSearchText)(const QString&), const Table& table)
    {
        setUpParts(parts, source, proxy, table);
        connect(parts.search, &QLineEdit::textChanged, proxy, setSearchText);
        connect(source, &Model::loadFailed, this, &ListPage::loadFailed);
        m_reload = [source] { source->reload(); };
        m_loadIfNeeded = [source] {
            if (!source->hasLoaded() && !source->isLoading())
                source->reload();
        };
    }
    /// The page loads when it is first shown, not when the window opens.
    void loadWhenShown() { m_loadWhenShown = true; }

    /// The table's context menu: `fill` adds the entries for the row at `index` (invalid: no
    /// row there) to a menu that shows why an entry is disabled.
    void setContextMenu(std::function<void(QMenu* menu, const QModelIndex& index)> fill);
    /// A shortcut that works while the table has the focus. `changes`: it would change the
    /// store, so a read-only account's does nothing.
    QAction* addTableShortcut(const QString& text, const QList<QKeySequence>& keys, bool changes,
                              std::function<void()> triggered);

    /// What a page of keys does with its keys, for setUpKeyActions().
    struct KeyActions
    {
        int rowActionsColumn; // the column the row's Delete icon is drawn in
        std::function<QList<ApiKey>()> selectedKeys;
        std::function<void()> deleteSelected; // asks first
        std::function<void()> newKey;
    };
    /// After setUpTable(), on a page of keys: a Delete icon on the row under the mouse (none
    /// when read-only) that deletes that row's key, Del deleting the selected keys, and the
    /// context menu: deleting the selected keys (the clicked row selected if it was not),
    /// rolling the key when just one is selected, and a new key, each disabled with the reason
    /// when it cannot be done.
    void setUpKeyActions(const KeyActions& actions);

    Store* store() const { return m_store; }
    /// Why the account cannot change anything; empty when it can.
    const QString& readOnlyReason() const { return m_readOnly; }
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }

    void showEvent(QShowEvent* event) override;

private:
    void setUpParts(const Parts& parts, QAbstractItemModel* source, QSortFilterProxyModel* proxy,
                    const Table& table);

    Store* const m_store;
    const QString m_readOnly;
    Parts m_parts{};
    std::function<void()> m_reload;
    std::function<void()> m_loadIfNeeded;
    bool m_loadWhenShown = false;
};

} // namespace sk
