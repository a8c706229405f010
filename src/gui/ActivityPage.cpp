#include "ActivityPage.h"

#include "AuditFilterProxyModel.h"
#include "AuditLogModel.h"
#include "ColumnWidths.h"
#include "Placeholders.h"
#include "ViewStateKeeper.h"
#include "ui_ActivityPage.h"

#include <QHeaderView>

namespace sk {

ActivityPage::ActivityPage(Store* store, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivityPage>())
    , m_model(new AuditLogModel(store, this))
    , m_proxy(new AuditFilterProxyModel(this))
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    QFont titleFont = m_ui->pageTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->pageTitleLabel->setFont(titleFont);

    m_ui->actionFilterComboBox->addItem(tr("All actions"), QString());
    for (const QString& action : AuditLogModel::knownActions())
        m_ui->actionFilterComboBox->addItem(AuditLogModel::actionText(action), action);

    m_proxy->setSourceModel(m_model);
    QTableView* view = m_ui->activityTableView;
    view->setModel(m_proxy);
    // A reload (F5, the automatic refresh) keeps the selected entries and the scroll position.
    new ViewStateKeeper(view, m_model, AuditLogModel::SequenceRole);
    view->sortByColumn(AuditLogModel::WhenColumn, Qt::DescendingOrder);
    QHeaderView* header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setColumnWidths(header, {{AuditLogModel::WhenColumn, 150},
                             {AuditLogModel::WhoColumn, 110},
                             {AuditLogModel::WhatColumn, 110},
                             {AuditLogModel::AppColumn, 160},
                             {AuditLogModel::KeyColumn, 160}});

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy,
            &AuditFilterProxyModel::setSearchText);
    connect(m_ui->actionFilterComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setActionFilter(m_ui->actionFilterComboBox->itemData(index).toString());
    });
    connect(m_model, &AuditLogModel::loadFailed, this, &ActivityPage::loadFailed);
}

ActivityPage::~ActivityPage() = default;

void ActivityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_model->hasLoaded() && !m_model->isLoading())
        m_model->reload();
}

void ActivityPage::reload()
{
    m_model->reload();
}

void ActivityPage::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

} // namespace sk
