// Scopekeeper console: the main window's key lifecycle: the expiry reminder in the message bar
// and File > Export Inventory….
#include "Inventory.h"
#include "KeyListModel.h"
#include "KeysPage.h"
#include "MainWindow.h"
#include "Store.h"
#include "Toast.h"
#include "UserKeyListModel.h"
#include "UserKeysPage.h"
#include "WhenDone.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace sk {

void MainWindow::setupLifecycle()
{
    m_ui->showExpiringButton->hide();
    m_ui->dismissMessageButton->hide();
    connect(m_keysPage->model(), &KeyListModel::loaded, this, &MainWindow::updateExpiryReminder);
    if (m_userKeysPage) {
        connect(m_userKeysPage->model(), &UserKeyListModel::loaded, this,
                &MainWindow::updateExpiryReminder);
    }
    connect(m_ui->showExpiringButton, &QPushButton::clicked, this, &MainWindow::showExpiringKeys);
    connect(m_ui->dismissMessageButton, &QPushButton::clicked, this, [this] {
        if (!m_reminderShown)
            return;
        m_dismissed = {expiringKeyCount(), m_reminderDays};
        m_reminderShown = false;
        m_ui->messageBarFrame->hide();
    });

    m_ui->exportInventoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_ui->exportInventoryAction->setStatusTip(m_ui->exportInventoryAction->toolTip());
    connect(m_ui->exportInventoryAction, &QAction::triggered, this, &MainWindow::exportInventory);
}

QString MainWindow::expiryReminderText(int keys, int days)
{
    return tr("%n key(s) expire within %1", "the expiry reminder; %1: “14 days”", keys)
        .arg(tr("%n day(s)", nullptr, days));
}

QString MainWindow::expiryReminderText() const
{
    return m_reminderShown ? m_ui->messageBarLabel->text() : QString();
}

bool MainWindow::remindsFromUserKeys() const
{
    return m_userKeysPage && !hasPage(KeysPageIndex);
}

int MainWindow::expiringKeyCount() const
{
    const KeyListModel* keys = m_keysPage->model();
    if (remindsFromUserKeys()) {
        const UserKeyListModel* mine = m_userKeysPage->model();
        return mine->hasLoaded() ? mine->countExpiringWithin(m_reminderDays, keys->now()) : -1;
    }
    return keys->hasLoaded() ? keys->countExpiringWithin(m_reminderDays) : -1;
}

void MainWindow::clearStoreError()
{
    if (m_errorShown) {
        m_errorShown = false;
        m_ui->messageBarFrame->hide();
    }
    updateExpiryReminder();
}

void MainWindow::updateExpiryReminder()
{
    if (m_signedOut || m_errorShown)
        return; // a problem with the store comes first; the reminder waits until it is over
    const int count = m_reminderDays > 0 ? qMax(0, expiringKeyCount()) : 0;
    if (count == 0 || m_dismissed == qMakePair(count, m_reminderDays)) {
        if (count == 0)
            m_dismissed = {}; // a new reminder later shows again
        if (m_reminderShown) {
            m_reminderShown = false;
            m_ui->messageBarFrame->hide();
        }
        return;
    }
    m_reminderShown = true;
    m_ui->messageBarLabel->setText(expiryReminderText(count, m_reminderDays));
    m_ui->retryButton->hide();
    m_ui->connectButton->hide();
    m_ui->showExpiringButton->show();
    m_ui->dismissMessageButton->show();
    m_ui->messageBarFrame->show();
}

void MainWindow::showExpiringKeys()
{
    if (!hasPage(KeysPageIndex)) {
        // A local per-key store hides "API Keys" ("User API Keys" shows the same keys, but
        // has no status filter): the reminder's keys are shown there, filtered, all the same;
        // the page loads now that it is shown.
        const int row = rowOf(KeysPageIndex);
        if (row < 0)
            return;
        m_ui->navigationListWidget->item(row)->setHidden(false);
    }
    showPage(KeysPageIndex);
    m_keysPage->showExpiringKeys();
}

void MainWindow::exportInventory()
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    const QFileInfo store(m_store->isRemote() ? QStringLiteral("server") : m_store->location());
    const QString suggested =
        QDir(m_store->isRemote() ? QDir::homePath() : store.absolutePath())
            .filePath(tr("%1-inventory-%2.csv")
                          .arg(store.completeBaseName(),
                               QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    QString filter = csvFilter;
    QString file =
        QFileDialog::getSaveFileName(this, tr("Export Inventory"), suggested,
                                     csvFilter + QStringLiteral(";;") + jsonFilter, &filter);
    if (file.isEmpty())
        return;
    const auto [target, format] = inventoryTarget(file, filter == jsonFilter);
    exportInventoryTo(target, format);
}

std::pair<QString, MainWindow::InventoryFormat> MainWindow::inventoryTarget(const QString& file,
                                                                            bool jsonFilterChosen)
{
    // The extension typed decides; without one, the filter chosen (and the file gets it).
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return {file, InventoryFormat::Json};
    if (suffix == QLatin1String("csv"))
        return {file, InventoryFormat::Csv};
    const InventoryFormat format = jsonFilterChosen ? InventoryFormat::Json : InventoryFormat::Csv;
    if (!suffix.isEmpty())
        return {file, format};
    return {file + (jsonFilterChosen ? QStringLiteral(".json") : QStringLiteral(".csv")), format};
}

void MainWindow::exportInventoryTo(const QString& file, InventoryFormat format)
{
    if (m_signedOut)
        return;                                     // nothing more is asked of the server
    m_ui->exportInventoryAction->setEnabled(false); // one at a time
    statusBar()->showMessage(tr("Exporting the inventory…"));
    const auto failed = [this, file](const QString& why) { inventoryNotWritten(file, why); };
    whenDone(this, m_store->listApps(), [=, this](const Result<QList<App>>& apps) {
        if (!apps.ok())
            return failed(apps.error().message());
        whenDone(this, m_store->listAllKeys(),
                 [=, this, apps = apps.value()](const Result<QList<ApiKey>>& keys) {
                     if (!keys.ok())
                         return failed(keys.error().message());
                     writeInventory(file, format, apps, keys.value());
                 });
    });
}

void MainWindow::inventoryNotWritten(const QString& file, const QString& why)
{
    m_ui->exportInventoryAction->setEnabled(!m_signedOut);
    statusBar()->clearMessage();
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Inventory"),
                                tr("The inventory was not written to %1.").arg(shown),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportErrorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(why);
    box->open();
    Q_EMIT inventoryExported(file, 0, why);
}

void MainWindow::writeInventory(const QString& file, InventoryFormat format, const QList<App>& apps,
                                const QList<ApiKey>& keys)
{
    const QList<InventoryRow> rows = Inventory::rows(apps, keys, m_keysPage->model()->now());
    const QByteArray text =
        format == InventoryFormat::Json ? Inventory::toJson(rows) : Inventory::toCsv(rows);
    // All or nothing: QSaveFile writes beside the file and renames it into place at commit();
    // a failure (a full disk, no permission) leaves no file, nor a half one.
    QSaveFile out(file);
    const bool written = out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
    const QString writeError = out.errorString();
    if (!written)
        out.cancelWriting();
    if (!written || !out.commit())
        return inventoryNotWritten(file, written ? out.errorString() : writeError);
    m_ui->exportInventoryAction->setEnabled(!m_signedOut);
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    const int count = int(rows.size());
    const QString done = tr("Exported %n row(s) to %1", nullptr, count).arg(shown);
    statusBar()->showMessage(done, 15000);
    Toast::show(this, done, 8000);
    Q_EMIT inventoryExported(file, count, QString());
}

} // namespace sk
