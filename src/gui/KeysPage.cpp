#include "KeysPage.h"

#include "DeleteFlows.h"
#include "Icons.h"
#include "KeyFilterProxyModel.h"
#include "KeyFlow.h"
#include "KeyListModel.h"
#include "ReadOnly.h"
#include "Store.h"
#include "UserKeyDialog.h"
#include "WhenDone.h"
#include "ui_KeysPage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QSignalBlocker>

namespace sk {

KeysPage::KeysPage(Store* store, QWidget* parent)
    : ListPage(store, parent)
    , m_ui(std::make_unique<Ui::KeysPage>())
    , m_model(new KeyListModel(store, KeyListModel::AllKeysLayout, QString(), this))
    , m_proxy(new KeyFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->keysTableView;
    setUpTable({m_ui->pageTitleLabel, m_ui->searchLineEdit, view}, m_model, m_proxy,
               &KeyFilterProxyModel::setSearchText,
               {KeyListModel::KeyIdRole,
                KeyListModel::AllKeysAppColumn,
                Qt::AscendingOrder,
                {{KeyListModel::AllKeysNameColumn, 200},
                 {KeyListModel::AllKeysAppColumn, 160},
                 {KeyListModel::AllKeysScopesColumn, 240},
                 {KeyListModel::AllKeysExpiryColumn, 110},
                 {KeyListModel::AllKeysLastUsedColumn, 110}}});
    loadWhenShown();
    m_ui->deleteKeysButton->setIcon(themedIcon(QStringLiteral("delete")));

    setUpKeyActions({KeyListModel::AllKeysStatusColumn, [this] { return selectedKeys(); },
                     [this] { deleteSelectedKeys(); }, [this] { newKey(); }});

    fillStatusFilter();
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStatusFilter(
            m_ui->statusFilterComboBox->itemData(index).value<KeyFilterProxyModel::StatusFilter>());
    });
    connect(m_ui->newKeyButton, &QPushButton::clicked, this, &KeysPage::newKey);
    connect(m_ui->deleteKeysButton, &QPushButton::clicked, this, &KeysPage::deleteSelectedKeys);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeysPage::updateState);
    connect(m_model, &KeyListModel::loaded, this, &KeysPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &KeysPage::updateState);
    updateState();
}

KeysPage::~KeysPage() = default;

QList<ApiKey> KeysPage::selectedKeys() const
{
    QList<ApiKey> keys;
    for (const QModelIndex& row : m_ui->keysTableView->selectionModel()->selectedRows())
        keys << m_model->keyAt(m_proxy->mapToSource(row).row());
    return keys;
}

void KeysPage::fillStatusFilter()
{
    using F = KeyFilterProxyModel::StatusFilter;
    QComboBox* combo = m_ui->statusFilterComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All statuses"), QVariant::fromValue(F::All));
    QList<F> filters{F::Active, F::ExpiresSoon, F::Rolling, F::Expired};
    if (m_expiryReminderDays > 0)
        filters << F::ExpiresWithin;
    filters << F::NeverUsed << F::NotUsedRecently;
    for (const F filter : filters)
        combo->addItem(m_proxy->filterText(filter), QVariant::fromValue(filter));
    const int current = combo->findData(QVariant::fromValue(m_proxy->statusFilter()));
    if (current >= 0) {
        combo->setCurrentIndex(current);
    } else {
        combo->setCurrentIndex(0);
        m_proxy->setStatusFilter(F::All);
    }
}

void KeysPage::setFilterDays(int expiryReminderDays, int staleDays)
{
    m_expiryReminderDays = expiryReminderDays;
    if (expiryReminderDays > 0)
        m_proxy->setExpiryWindowDays(expiryReminderDays);
    m_proxy->setStaleDays(staleDays);
    fillStatusFilter();
}

void KeysPage::showExpiringKeys()
{
    if (m_expiryReminderDays <= 0)
        return;
    m_ui->searchLineEdit->clear();
    m_ui->statusFilterComboBox->setCurrentIndex(m_ui->statusFilterComboBox->findData(
        QVariant::fromValue(KeyFilterProxyModel::StatusFilter::ExpiresWithin)));
}

void KeysPage::updateState()
{
    const bool empty = m_model->hasLoaded() && m_model->rowCount() == 0;
    m_ui->emptyStateLabel->setVisible(empty);
    m_ui->keysTableView->setVisible(!empty);
    const int selected = int(m_ui->keysTableView->selectionModel()->selectedRows().size());
    allowChange(m_ui->deleteKeysButton, selected > 0, readOnlyReason());
    allowChange(m_ui->newKeyButton, true, readOnlyReason());
    m_ui->deleteKeysButton->setText(selected > 1 ? tr("Delete %n key(s)", nullptr, selected)
                                                 : tr("Delete key"));
}

void KeysPage::newKey()
{
    if (isReadOnly())
        return;
    if (m_scoping == Scoping::PerKey) {
        startMyKeyCreation(this, store());
        return;
    }
    // Pick the app first, from the store's current list.
    whenDone(this, store()->listApps(), [this](const Result<QList<App>>& apps) {
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
        picker->setLabelText(
            tr("Which app is the key for? It grants that app's scopes, all of them "
               "or only some."));
        picker->setComboBoxItems(names);
        picker->setComboBoxEditable(false);
        picker->setOkButtonText(tr("Next"));
        connect(picker, &QInputDialog::textValueSelected, this,
                [this, list = apps.value()](const QString& name) {
                    for (const App& app : list) {
                        if (app.name == name) {
                            startKeyCreation(this, store(), app);
                            return;
                        }
                    }
                });
        picker->open();
    });
}

void KeysPage::deleteSelectedKeys()
{
    if (isReadOnly())
        return;
    const QList<ApiKey> keys = selectedKeys();
    if (!keys.isEmpty())
        confirmAndDeleteKeys(this, store(), keys);
}

} // namespace sk
