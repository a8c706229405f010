#include "KeysPage.h"

#include "ColumnWidths.h"
#include "DeleteFlows.h"
#include "Icons.h"
#include "KeyFilterProxyModel.h"
#include "KeyFlow.h"
#include "KeyListModel.h"
#include "Placeholders.h"
#include "ReadOnly.h"
#include "RowActionsDelegate.h"
#include "Store.h"
#include "ViewStateKeeper.h"
#include "WhenDone.h"
#include "ui_KeysPage.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>

namespace sk {

KeysPage::KeysPage(Store* store, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KeysPage>())
    , m_store(store)
    , m_readOnly(readOnlyReason(store))
    , m_model(new KeyListModel(store, KeyListModel::AllKeysLayout, QString(), this))
    , m_proxy(new KeyFilterProxyModel(this))
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    QFont titleFont = m_ui->pageTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->pageTitleLabel->setFont(titleFont);
    m_ui->deleteKeysButton->setIcon(themedIcon(QStringLiteral("delete")));

    m_proxy->setSourceModel(m_model);
    QTableView* view = m_ui->keysTableView;
    view->setModel(m_proxy);
    // A reload (F5, the automatic refresh) keeps the selected keys and the scroll position.
    new ViewStateKeeper(view, m_model, KeyListModel::KeyIdRole);
    view->sortByColumn(KeyListModel::AllKeysAppColumn, Qt::AscendingOrder);
    QHeaderView* header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setColumnWidths(header, {{KeyListModel::AllKeysNameColumn, 200},
                             {KeyListModel::AllKeysAppColumn, 160},
                             {KeyListModel::AllKeysScopesColumn, 240},
                             {KeyListModel::AllKeysExpiryColumn, 110},
                             {KeyListModel::AllKeysLastUsedColumn, 110}});

    QList<RowActionsDelegate::Action> rowActions{
        {RowActionsDelegate::RowAction::Delete, themedIcon(QStringLiteral("delete")),
         tr("Delete key")}};
    if (!m_readOnly.isEmpty())
        rowActions.clear(); // no icon for what cannot be done
    auto* delegate = new RowActionsDelegate(view, KeyListModel::AllKeysStatusColumn, rowActions);
    connect(delegate, &RowActionsDelegate::actionTriggered, this,
            [this](RowActionsDelegate::RowAction, const QModelIndex& index) {
                m_ui->keysTableView->selectRow(index.row());
                deleteSelectedKeys();
            });
    auto* deleteAction = new QAction(tr("Delete key"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(deleteAction);
    allowChange(deleteAction, true, m_readOnly);
    connect(deleteAction, &QAction::triggered, this, &KeysPage::deleteSelectedKeys);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.setToolTipsVisible(true); // why an entry is disabled
        const QModelIndex index = m_ui->keysTableView->indexAt(pos);
        if (index.isValid()) {
            if (!m_ui->keysTableView->selectionModel()->isRowSelected(index.row(), {}))
                m_ui->keysTableView->selectRow(index.row());
            allowChange(menu.addAction(themedIcon(QStringLiteral("delete")),
                                       tr("Delete %n key(s)", nullptr, int(selectedKeys().size())),
                                       this, &KeysPage::deleteSelectedKeys),
                        true, m_readOnly);
            menu.addSeparator();
        }
        allowChange(menu.addAction(themedIcon(QStringLiteral("add")), tr("New API key…"), this,
                                   &KeysPage::newKey),
                    true, m_readOnly);
        menu.exec(m_ui->keysTableView->viewport()->mapToGlobal(pos));
    });

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy,
            &KeyFilterProxyModel::setSearchText);
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStatusFilter(static_cast<KeyFilterProxyModel::StatusFilter>(index));
    });
    connect(m_ui->newKeyButton, &QPushButton::clicked, this, &KeysPage::newKey);
    connect(m_ui->deleteKeysButton, &QPushButton::clicked, this, &KeysPage::deleteSelectedKeys);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeysPage::updateState);
    connect(m_model, &KeyListModel::loaded, this, &KeysPage::updateState);
    connect(m_model, &KeyListModel::loadFailed, this, &KeysPage::loadFailed);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &KeysPage::updateState);
    updateState();
}

KeysPage::~KeysPage() = default;

void KeysPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_model->hasLoaded() && !m_model->isLoading())
        m_model->reload();
}

void KeysPage::reload()
{
    m_model->reload();
}

void KeysPage::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

QList<ApiKey> KeysPage::selectedKeys() const
{
    QList<ApiKey> keys;
    for (const QModelIndex& row : m_ui->keysTableView->selectionModel()->selectedRows())
        keys << m_model->keyAt(m_proxy->mapToSource(row).row());
    return keys;
}

void KeysPage::updateState()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    m_ui->emptyStateLabel->setVisible(empty);
    m_ui->keysTableView->setVisible(!empty);
    const int selected = int(m_ui->keysTableView->selectionModel()->selectedRows().size());
    allowChange(m_ui->deleteKeysButton, selected > 0, m_readOnly);
    allowChange(m_ui->newKeyButton, true, m_readOnly);
    m_ui->deleteKeysButton->setText(selected > 1 ? tr("Delete %n key(s)", nullptr, selected)
                                                 : tr("Delete key"));
}

void KeysPage::newKey()
{
    if (!m_readOnly.isEmpty())
        return;
    // Pick the app first, from the store's current list.
    whenDone(this, m_store->listApps(), [this](const Result<QList<App>>& apps) {
        if (!apps.ok()) {
            Q_EMIT loadFailed(apps.error());
            return;
        }
        if (apps->isEmpty()) {
            Q_EMIT loadFailed(
                Error(ErrorCode::NotFound, tr("There are no apps yet. Create an app first: a key "
                                              "belongs to an app and grants its scopes.")));
            return;
        }
        QStringList names;
        for (const App& app : apps.value())
            names << app.name;
        auto* picker = new QInputDialog(this);
        picker->setObjectName(QStringLiteral("pickAppDialog"));
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setWindowTitle(tr("New API key"));
        picker->setLabelText(tr("Which app is the key for? It grants exactly that app's scopes."));
        picker->setComboBoxItems(names);
        picker->setComboBoxEditable(false);
        picker->setOkButtonText(tr("Next"));
        connect(picker, &QInputDialog::textValueSelected, this,
                [this, list = apps.value()](const QString& name) {
                    for (const App& app : list) {
                        if (app.name == name) {
                            startKeyCreation(this, m_store, app);
                            return;
                        }
                    }
                });
        picker->open();
    });
}

void KeysPage::deleteSelectedKeys()
{
    if (!m_readOnly.isEmpty())
        return;
    const QList<ApiKey> keys = selectedKeys();
    if (!keys.isEmpty())
        confirmAndDeleteKeys(this, m_store, keys);
}

} // namespace sk
