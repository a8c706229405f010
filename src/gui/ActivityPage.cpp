#include "ActivityPage.h"

#include "AuditFilterProxyModel.h"
#include "AuditLogModel.h"
#include "ui_ActivityPage.h"

#include <QComboBox>

namespace sk {

ActivityPage::ActivityPage(Store* store, QWidget* parent)
    : ListPage(store, parent)
    , m_ui(std::make_unique<Ui::ActivityPage>())
    , m_model(new AuditLogModel(store, this))
    , m_proxy(new AuditFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setUpTable({m_ui->pageTitleLabel, m_ui->searchLineEdit, m_ui->activityTableView}, m_model,
               m_proxy, &AuditFilterProxyModel::setSearchText,
               {AuditLogModel::SequenceRole,
                AuditLogModel::WhenColumn,
                Qt::DescendingOrder,
                {{AuditLogModel::WhenColumn, 150},
                 {AuditLogModel::WhoColumn, 110},
                 {AuditLogModel::WhatColumn, 110},
                 {AuditLogModel::AppColumn, 160},
                 {AuditLogModel::KeyColumn, 160}}});
    loadWhenShown();

    m_ui->actionFilterComboBox->addItem(tr("All actions"), QString());
    for (const QString& action : AuditLogModel::knownActions())
        m_ui->actionFilterComboBox->addItem(AuditLogModel::actionText(action), action);
    connect(m_ui->actionFilterComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setActionFilter(m_ui->actionFilterComboBox->itemData(index).toString());
    });
}

ActivityPage::~ActivityPage() = default;

} // namespace sk
