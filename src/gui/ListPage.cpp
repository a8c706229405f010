#include "ListPage.h"

#include "ColumnWidths.h"
#include "Icons.h"
#include "KeyFlow.h"
#include "Placeholders.h"
#include "ReadOnly.h"
#include "RollKeyDialog.h"
#include "RowActionsDelegate.h"
#include "ViewStateKeeper.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace sk {

ListPage::ListPage(Store* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_readOnly(sk::readOnlyReason(store))
{
}

ListPage::~ListPage() = default;

void ListPage::setUpParts(const Parts& parts, QAbstractItemModel* source,
                          QSortFilterProxyModel* proxy, const Table& table)
{
    m_parts = parts;
    fitPlaceholders(this);
    QFont titleFont = parts.title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    parts.title->setFont(titleFont);

    proxy->setSourceModel(source);
    QTableView* view = parts.table;
    view->setModel(proxy);
    // A reload (F5, the automatic refresh) keeps the selected rows and the scroll position.
    new ViewStateKeeper(view, source, table.idRole);
    view->sortByColumn(table.sortColumn, table.sortOrder);
    QHeaderView* header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setColumnWidths(header, table.columnWidths);
}

void ListPage::reload()
{
    if (m_reload)
        m_reload();
}

void ListPage::focusSearch()
{
    if (!m_parts.search)
        return;
    m_parts.search->setFocus(Qt::ShortcutFocusReason);
    m_parts.search->selectAll();
}

void ListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loadWhenShown && m_loadIfNeeded)
        m_loadIfNeeded();
}

void ListPage::setContextMenu(std::function<void(QMenu*, const QModelIndex&)> fill)
{
    QTableView* view = m_parts.table;
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, fill = std::move(fill)](const QPoint& pos) {
                QMenu menu(this);
                menu.setToolTipsVisible(true); // why an entry is disabled
                fill(&menu, view->indexAt(pos));
                if (!menu.isEmpty())
                    menu.exec(view->viewport()->mapToGlobal(pos));
            });
}

QAction* ListPage::addTableShortcut(const QString& text, const QList<QKeySequence>& keys,
                                    bool changes, std::function<void()> triggered)
{
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    m_parts.table->addAction(action);
    if (changes)
        allowChange(action, true, m_readOnly);
    connect(action, &QAction::triggered, this, std::move(triggered));
    return action;
}

void ListPage::setUpKeyActions(const KeyActions& actions)
{
    QTableView* view = m_parts.table;
    QList<RowActionsDelegate::Action> rowActions{{RowActionsDelegate::RowAction::Delete,
                                                  themedIcon(QStringLiteral("delete")),
                                                  tr("Delete key")}};
    if (isReadOnly())
        rowActions.clear(); // no icon for what cannot be done
    auto* delegate = new RowActionsDelegate(view, actions.rowActionsColumn, rowActions);
    connect(delegate, &RowActionsDelegate::actionTriggered, this,
            [view, deleteSelected = actions.deleteSelected](RowActionsDelegate::RowAction,
                                                            const QModelIndex& index) {
                view->selectRow(index.row());
                deleteSelected();
            });
    addTableShortcut(tr("Delete key"), {QKeySequence(QKeySequence::Delete)}, true,
                     actions.deleteSelected);
    setContextMenu([this, view, actions](QMenu* menu, const QModelIndex& index) {
        if (index.isValid()) {
            if (!view->selectionModel()->isRowSelected(index.row(), {}))
                view->selectRow(index.row());
            allowChange(
                menu->addAction(themedIcon(QStringLiteral("delete")),
                                tr("Delete %n key(s)", nullptr, int(actions.selectedKeys().size())),
                                this, actions.deleteSelected),
                true, readOnlyReason());
            const QList<ApiKey> keys = actions.selectedKeys();
            if (keys.size() == 1) {
                const ApiKey key = keys.first();
                const QString why = readOnlyReason().isEmpty() ? RollKeyDialog::whyNotRollable(key)
                                                               : readOnlyReason();
                allowChange(menu->addAction(tr("Roll key…"), this,
                                            [this, key] {
                                                if (readOnlyReason().isEmpty())
                                                    startKeyRoll(this, store(), key);
                                            }),
                            true, why);
            }
            menu->addSeparator();
        }
        allowChange(menu->addAction(themedIcon(QStringLiteral("add")), tr("New API key…"), this,
                                    actions.newKey),
                    true, readOnlyReason());
    });
}

} // namespace sk
