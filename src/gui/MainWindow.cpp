#include "MainWindow.h"

#include "AppFilterProxyModel.h"
#include "AppListModel.h"
#include "Store.h"
#include "Version.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QShortcut>

namespace sk {

MainWindow::MainWindow(Store* store, const StoreInfo& info, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_info(info)
    , m_model(new AppListModel(store, this))
    , m_proxy(new AppFilterProxyModel(this))
{
    m_ui->setupUi(this);

    const QString fileName = QFileInfo(info.location).fileName();
    setWindowTitle(info.demo ? tr("%1 (demo) — Scopekeeper").arg(fileName)
                             : tr("%1 — Scopekeeper").arg(fileName));

    // The demo banner follows the palette (light or dark) and cannot be missed.
    m_ui->demoBannerLabel->setVisible(info.demo);
    m_ui->demoBannerLabel->setAutoFillBackground(true);
    m_ui->demoBannerLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->demoBannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->messageBarFrame->hide();

    QFont titleFont = m_ui->pageTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->pageTitleLabel->setFont(titleFont);

    m_proxy->setSourceModel(m_model);
    m_ui->appsTableView->setModel(m_proxy);
    m_ui->appsTableView->sortByColumn(AppListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView* header = m_ui->appsTableView->horizontalHeader();
    header->setSectionResizeMode(AppListModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(AppListModel::NameColumn, 240);
    header->resizeSection(AppListModel::ScopesColumn, 360);
    header->resizeSection(AppListModel::KeysColumn, 60);
    header->resizeSection(AppListModel::CreatedByColumn, 120);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy,
            &AppFilterProxyModel::setSearchText);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });

    connect(m_model, &AppListModel::loaded, this, [this] {
        m_ui->messageBarFrame->hide();
        updateEmptyState();
    });
    connect(m_model, &AppListModel::loadFailed, this, &MainWindow::showStoreError);
    connect(m_ui->retryButton, &QPushButton::clicked, m_model, &AppListModel::reload);
    connect(m_ui->refreshAction, &QAction::triggered, m_model, &AppListModel::reload);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto* storeLabel = new QLabel(this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    storeLabel->setText(info.demo ? tr("Demo store: %1").arg(info.location)
                                  : tr("Local store: %1").arg(info.location));
    storeLabel->setToolTip(tr("Scope catalog: %1").arg(info.catalogId));
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(storeLabel, 1);

    m_ui->appsStackedWidget->setCurrentWidget(m_ui->appsTablePage);
    m_model->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_ui->appsStackedWidget->setCurrentWidget(empty ? m_ui->emptyStatePage : m_ui->appsTablePage);
    m_ui->searchLineEdit->setEnabled(!empty);
}

void MainWindow::showStoreError(const Error& error)
{
    m_ui->messageBarLabel->setText(error.message());
    m_ui->messageBarFrame->show();
}

void MainWindow::showNote(const QString& text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Scopekeeper"),
        tr("<h3>Scopekeeper %1</h3><p>Scoped API apps and their API keys.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QString::fromLatin1(versionString()), QString::fromLatin1(qVersion())));
}

} // namespace sk
