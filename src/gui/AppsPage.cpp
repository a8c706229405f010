#include "AppsPage.h"

#include "AppDialog.h"
#include "AppFilterProxyModel.h"
#include "AppListModel.h"
#include "DeleteFlows.h"
#include "Icons.h"
#include "ReadOnly.h"
#include "RowActionsDelegate.h"
#include "ShortcutText.h"
#include "Store.h"
#include "ui_AppsPage.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <utility>

namespace sk {

AppsPage::AppsPage(Store* store, QWidget* parent)
    : ListPage(store, parent)
    , m_ui(std::make_unique<Ui::AppsPage>())
    , m_model(new AppListModel(store, this))
    , m_proxy(new AppFilterProxyModel(this))
{
    // Ask for the apps first: the store reads them while the page is being built.
    m_model->reload();
    m_ui->setupUi(this);
    QTableView* view = m_ui->appsTableView;
    setUpTable({m_ui->pageTitleLabel, m_ui->searchLineEdit, view}, m_model, m_proxy,
               &AppFilterProxyModel::setSearchText,
               {AppListModel::AppIdRole,
                AppListModel::NameColumn,
                Qt::AscendingOrder,
                {{AppListModel::NameColumn, 220},
                 {AppListModel::ScopesColumn, 320},
                 {AppListModel::KeysColumn, 60},
                 {AppListModel::CreatedByColumn, 120}}});

    m_ui->createAppButton->setIcon(themedIcon(QStringLiteral("add")));
    m_ui->emptyCreateAppButton->setIcon(themedIcon(QStringLiteral("add")));
    m_ui->editAppButton->setIcon(themedIcon(QStringLiteral("edit")));
    m_ui->deleteAppButton->setIcon(themedIcon(QStringLiteral("delete")));
    m_ui->createAppButton->setToolTip(
        tr("Create an app (%1)").arg(shortcutText(QKeySequence::New)));
    m_ui->editAppButton->setToolTip(
        tr("Edit the selected app (%1)").arg(shortcutText(Qt::Key_Return)));
    if (isReadOnly()) {
        // An auditor opens an app to read it.
        m_ui->editAppButton->setText(tr("View app"));
        m_ui->editAppButton->setAccessibleName(tr("View app"));
        m_ui->editAppButton->setToolTip(
            tr("View the selected app (%1)").arg(shortcutText(Qt::Key_Return)));
    }
    m_ui->deleteAppButton->setToolTip(
        tr("Delete the selected app (%1)").arg(shortcutText(QKeySequence::Delete)));

    view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rows have one height: the hidden vertical header then needs no per-row work when
    // 10,000 rows arrive.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);

    using RowAction = RowActionsDelegate::RowAction;
    QList<RowActionsDelegate::Action> rowActions{
        {RowAction::Edit, themedIcon(QStringLiteral("edit")), tr("Edit app")},
        {RowAction::Delete, themedIcon(QStringLiteral("delete")), tr("Delete app")}};
    if (isReadOnly()) // no icon for what cannot be done
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
    addTableShortcut(tr("Edit app"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                     false, [this] { editCurrentApp(); });
    addTableShortcut(tr("Delete app"), {QKeySequence(QKeySequence::Delete)}, true,
                     [this] { deleteCurrentApp(); });
    connect(view, &QAbstractItemView::doubleClicked, this, &AppsPage::editCurrentApp);

    setContextMenu([this](QMenu* menu, const QModelIndex& index) {
        if (index.isValid()) {
            m_ui->appsTableView->selectRow(index.row());
            menu->addAction(themedIcon(QStringLiteral("edit")),
                            isReadOnly() ? tr("View app") : tr("Edit app"), this,
                            &AppsPage::editCurrentApp);
            allowChange(menu->addAction(themedIcon(QStringLiteral("delete")), tr("Delete app"),
                                        this, &AppsPage::deleteCurrentApp),
                        true, readOnlyReason());
            menu->addSeparator();
        }
        allowChange(menu->addAction(themedIcon(QStringLiteral("add")), tr("Create an App"), this,
                                    &AppsPage::createApp),
                    true, readOnlyReason());
    });

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
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AppsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AppsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AppsPage::updateState);

    m_ui->appsStackedWidget->setCurrentWidget(m_ui->appsTablePage);
    updateState();
}

AppsPage::~AppsPage() = default;

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
    allowChange(m_ui->createAppButton, m_model->hasLoaded(), readOnlyReason());
    allowChange(m_ui->emptyCreateAppButton, true, readOnlyReason());
    const bool selected = currentApp().has_value();
    m_ui->editAppButton->setEnabled(selected);
    allowChange(m_ui->deleteAppButton, selected, readOnlyReason());
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
    if (isReadOnly())
        return;
    auto* dialog = AppDialog::forNewApp(store(), m_model->catalog(), this);
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
    auto* dialog = AppDialog::forApp(store(), m_model->catalog(), app, this);
    dialog->open();
}

void AppsPage::deleteCurrentApp()
{
    if (isReadOnly())
        return;
    if (const auto app = currentApp())
        confirmAndDeleteApp(this, store(), *app);
}

} // namespace sk
