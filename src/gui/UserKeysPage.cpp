#include "UserKeysPage.h"

#include "DeleteFlows.h"
#include "Icons.h"
#include "KeyFlow.h"
#include "ReadOnly.h"
#include "UserKeyDialog.h"
#include "UserKeyListModel.h"
#include "ui_UserKeysPage.h"

namespace sk {

UserKeysPage::UserKeysPage(Store* store, QWidget* parent)
    : ListPage(store, parent)
    , m_ui(std::make_unique<Ui::UserKeysPage>())
    , m_model(new UserKeyListModel(store, this))
    , m_proxy(new UserKeyFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->userKeysTableView;
    setUpTable({m_ui->pageTitleLabel, m_ui->searchLineEdit, view}, m_model, m_proxy,
               &UserKeyFilterProxyModel::setSearchText,
               {UserKeyListModel::KeyIdRole,
                UserKeyListModel::NameColumn,
                Qt::AscendingOrder,
                {{UserKeyListModel::NameColumn, 240},
                 {UserKeyListModel::ExpiryColumn, 130},
                 {UserKeyListModel::ScopeColumn, 320}}});
    // The page a per-key store opens on: it loads at once.
    m_model->reload();
    m_ui->deleteKeysButton->setIcon(themedIcon(QStringLiteral("delete")));

    setUpKeyActions({UserKeyListModel::ScopeColumn, [this] { return selectedKeys(); },
                     [this] { deleteSelectedKeys(); }, [this] { newKey(); }});

    connect(m_ui->newKeyButton, &QPushButton::clicked, this, &UserKeysPage::newKey);
    connect(m_ui->deleteKeysButton, &QPushButton::clicked, this, &UserKeysPage::deleteSelectedKeys);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserKeysPage::updateState);
    connect(m_model, &UserKeyListModel::loaded, this, &UserKeysPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UserKeysPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UserKeysPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UserKeysPage::updateState);
    updateState();
}

UserKeysPage::~UserKeysPage() = default;

QList<ApiKey> UserKeysPage::selectedKeys() const
{
    QList<ApiKey> keys;
    for (const QModelIndex& row : m_ui->userKeysTableView->selectionModel()->selectedRows())
        keys << m_model->keyAt(m_proxy->mapToSource(row).row());
    return keys;
}

void UserKeysPage::updateState()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    m_ui->emptyStateLabel->setVisible(empty);
    m_ui->userKeysTableView->setVisible(!empty);
    const int selected = int(m_ui->userKeysTableView->selectionModel()->selectedRows().size());
    allowChange(m_ui->deleteKeysButton, selected > 0, readOnlyReason());
    allowChange(m_ui->newKeyButton, true, readOnlyReason());
    m_ui->deleteKeysButton->setText(selected > 1 ? tr("Delete %n key(s)", nullptr, selected)
                                                 : tr("Delete key"));
}

void UserKeysPage::newKey()
{
    if (isReadOnly())
        return;
    startMyKeyCreation(this, store());
}

void UserKeysPage::deleteSelectedKeys()
{
    if (isReadOnly())
        return;
    const QList<ApiKey> keys = selectedKeys();
    if (!keys.isEmpty())
        confirmAndDeleteMyKeys(this, store(), keys);
}

} // namespace sk
