#include "AppsPage.h"

#include "AppDialog.h"
#include "AppFilterProxyModel.h"
#include "AppListModel.h"
#include "ColumnWidths.h"
#include "DeleteFlows.h"
#include "Icons.h"
#include "Placeholders.h"
#include "ReadOnly.h"
#include "RowActionsDelegate.h"
#include "ShortcutText.h"
#include "Store.h"
#include "ViewStateKeeper.h"
#include "ui_AppsPage.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <utility>

namespace sk {

AppsPage::AppsPage(Store* store, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AppsPage>())
    , m_store(store)
    , m_model(new AppListModel(store, this))
    , m_proxy(new AppFilterProxyModel(this))
    , m_readOnly(readOnlyReason(store))
{
    // Ask for the apps first: the store reads them while the page is being built.
    m_model->reload();
    m_ui->setupUi(this);
    fitPlaceholders(this);

    QFont titleFont = m_ui->pageTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->pageTitleLabel->setFont(titleFont);
    m_ui->createAppButton->setIcon(themedIcon(QStringLiteral("add")));
    m_ui->emptyCreateAppButton->setIcon(themedIcon(QStringLiteral("add")));
    m_ui->editAppButton->setIcon(themedIcon(QStringLiteral("edit")));
    m_ui->deleteAppButton->setIcon(themedIcon(QStringLiteral("delete")));
    m_ui->createAppButton->setToolTip(
        tr("Create an app (%1)").arg(shortcutText(QKeySequence::New)));
    m_ui->editAppButton->setToolTip(
        tr("Edit the selected app (%1)").arg(shortcutText(Qt::Key_Return)));
    if (!m_readOnly.isEmpty()) {
        // An auditor opens an app to read it.
        m_ui->editAppButton->setText(tr("View app"));
        m_ui->editAppButton->setAccessibleName(tr("View app"));
        m_ui->editAppButton->setToolTip(
            tr("View the selected app (%1)").arg(shortcutText(Qt::Key_Return)));
    }
    m_ui->deleteAppButton->setToolTip(
        tr("Delete the selected app (%1)").arg(shortcutText(QKeySequence::Delete)));

    m_proxy->setSourceModel(m_model);
    QTableView* view = m_ui->appsTableView;
    view->setModel(m_proxy);
    // A reload (F5, the automatic refresh) keeps the selected app and the scroll position.
    new ViewStateKeeper(view, m_model, AppListModel::AppIdRole);
    view->sortByColumn(AppListModel::NameColumn, Qt::AscendingOrder);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rows have one height: the hidden vertical header then needs no per-row work when
    // 10,000 rows arrive.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setColumnWidths(header, {{AppListModel::NameColumn, 220},
                             {AppListModel::ScopesColumn, 320},
                             {AppListModel::KeysColumn, 60},
                             {AppListModel::CreatedByColumn, 120}});

    using RowAction = RowActionsDelegate::RowAction;
    QList<RowActionsDelegate::Action> rowActions{
        {RowAction::Edit, themedIcon(QStringLiteral("edit")), tr("Edit app")},
        {RowAction::Delete, themedIcon(QStringLiteral("delete")), tr("Delete app")}};
    if (!m_readOnly.isEmpty()) // no icon for what cannot be done
        rowActions = {{RowAction::Edit, themedIcon(QStringLiteral("edit")), tr("View app")}};
    auto* delegate = new RowActionsDelegate(view, AppListModel::CreatedOnColumn, rowActions);
    connect(delegate, &RowActionsDelegate::actionTriggered, this,
            [this](RowAction action, const QModelIndex& index) {
                m_ui->appsTableView->selectRow(index.row());
                switch (action) {
                case RowAction::Edit:
                    editCurrentApp();
                    break;
                case RowAction::Delete:
                    deleteCurrentApp();
                    break;
                }
            });

    // Keyboard: Enter edits, Del deletes (only while the table has the focus).
    auto* editAction = new QAction(tr("Edit app"), this);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(editAction);
    connect(editAction, &QAction::triggered, this, &AppsPage::editCurrentApp);
    auto* deleteAction = new QAction(tr("Delete app"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(deleteAction);
    allowChange(deleteAction, true, m_readOnly);
    connect(deleteAction, &QAction::triggered, this, &AppsPage::deleteCurrentApp);
    connect(view, &QAbstractItemView::doubleClicked, this, &AppsPage::editCurrentApp);

    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.setToolTipsVisible(true); // why an entry is disabled
        if (m_ui->appsTableView->indexAt(pos).isValid()) {
            m_ui->appsTableView->selectRow(m_ui->appsTableView->indexAt(pos).row());
            menu.addAction(themedIcon(QStringLiteral("edit")),
                           m_readOnly.isEmpty() ? tr("Edit app") : tr("View app"), this,
                           &AppsPage::editCurrentApp);
            allowChange(menu.addAction(themedIcon(QStringLiteral("delete")), tr("Delete app"), this,
                                       &AppsPage::deleteCurrentApp),
                        true, m_readOnly);
            menu.addSeparator();
        }
        allowChange(menu.addAction(themedIcon(QStringLiteral("add")), tr("Create an App"), this,
                                   &AppsPage::createApp),
                    true, m_readOnly);
        menu.exec(m_ui->appsTableView->viewport()->mapToGlobal(pos));
    });

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy,
            &AppFilterProxyModel::setSearchText);
    connect(m_ui->createAppButton, &QPushButton::clicked, this, &AppsPage::createApp);
    connect(m_ui->emptyCreateAppButton, &QPushButton::clicked, this, &AppsPage::createApp);
    connect(m_ui->editAppButton, &QPushButton::clicked, this, &AppsPage::editCurrentApp);
    connect(m_ui->deleteAppButton, &QPushButton::clicked, this, &AppsPage::deleteCurrentApp);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppsPage::updateState);
    connect(m_model, &AppListModel::loaded, this, [this] {
        updateState();
        if (!m_selectAfterLoad.isEmpty())
            selectApp(std::exchange(m_selectAfterLoad, QString()));
    });
    connect(m_model, &AppListModel::loadFailed, this, &AppsPage::loadFailed);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AppsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AppsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AppsPage::updateState);

    m_ui->appsStackedWidget->setCurrentWidget(m_ui->appsTablePage);
    updateState();
}

AppsPage::~AppsPage() = default;

void AppsPage::reload()
{
    m_model->reload();
}

void AppsPage::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

std::optional<App> AppsPage::currentApp() const
{
    const QModelIndexList rows = m_ui->appsTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->appAt(m_proxy->mapToSource(rows.constFirst()).row());
}

void AppsPage::updateState()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    m_ui->appsStackedWidget->setCurrentWidget(empty ? m_ui->emptyStatePage : m_ui->appsTablePage);
    m_ui->searchLineEdit->setEnabled(!empty);
    allowChange(m_ui->createAppButton, m_model->hasLoaded(), m_readOnly);
    allowChange(m_ui->emptyCreateAppButton, true, m_readOnly);
    const bool selected = currentApp().has_value();
    m_ui->editAppButton->setEnabled(selected);
    allowChange(m_ui->deleteAppButton, selected, m_readOnly);
}

void AppsPage::selectApp(const QString& appId)
{
    const int row = m_model->rowOf(appId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_ui->appsTableView->selectRow(index.row());
    m_ui->appsTableView->scrollTo(index);
}

void AppsPage::createApp()
{
    if (!m_readOnly.isEmpty())
        return;
    auto* dialog = AppDialog::forNewApp(m_store, m_model->catalog(), this);
    connect(dialog, &AppDialog::appCreated, this,
            [this](const App& app) { m_selectAfterLoad = app.id; });
    dialog->open();
}

void AppsPage::editCurrentApp()
{
    if (const auto app = currentApp())
        editApp(*app);
}

void AppsPage::editApp(const App& app)
{
    auto* dialog = AppDialog::forApp(m_store, m_model->catalog(), app, this);
    dialog->open();
}

void AppsPage::deleteCurrentApp()
{
    if (!m_readOnly.isEmpty())
        return;
    if (const auto app = currentApp())
        confirmAndDeleteApp(this, m_store, *app);
}

} // namespace sk
