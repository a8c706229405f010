#include "MainWindow.h"

#include "ActivityPage.h"
#include "AppListModel.h"
#include "AppsPage.h"
#include "AuditLogModel.h"
#include "ErrorStyle.h"
#include "Icons.h"
#include "KeyListModel.h"
#include "KeysPage.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "ReadOnly.h"
#include "ShortcutText.h"
#include "Store.h"
#include "Toast.h"
#include "UserKeyListModel.h"
#include "UserKeysPage.h"
#include "Version.h"
#include "WhenDone.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <algorithm>

namespace sk {

MainWindow::MainWindow(Store* store, const StoreInfo& info, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_info(info)
    , m_appsPage(new AppsPage(store, this))
{
    m_ui->setupUi(this);
    setWindowIcon(appIcon());

    const bool onServer = store->isRemote();
    m_onServer = onServer;
    const QString fileName = onServer ? info.location : QFileInfo(info.location).fileName();
    setWindowTitle(info.demo ? tr("%1 (demo) — Scopekeeper").arg(fileName)
                             : tr("%1 — Scopekeeper").arg(fileName));

    // The demo banner follows the palette (light or dark) and cannot be missed.
    m_ui->demoBannerLabel->setVisible(info.demo);
    m_ui->demoBannerLabel->setAutoFillBackground(true);
    m_ui->demoBannerLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->demoBannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->messageBarFrame->hide();
    m_ui->connectButton->hide();

    m_ui->pagesStackedWidget->addWidget(m_appsPage);
    m_keysPage = new KeysPage(store, this);
    m_keysPage->setObjectName(QStringLiteral("keysPage"));
    connect(m_keysPage, &KeysPage::loadFailed, this, &MainWindow::showStoreError);
    m_activityPage = new ActivityPage(store, this);
    m_activityPage->setObjectName(QStringLiteral("activityPage"));
    connect(m_activityPage, &ActivityPage::loadFailed, this, &MainWindow::showStoreError);
    m_ui->pagesStackedWidget->addWidget(m_keysPage);
    m_ui->pagesStackedWidget->addWidget(m_activityPage);

    const bool perKey = info.scoping == Scoping::PerKey;
    m_keysPage->setScoping(info.scoping);
    if (perKey) {
        m_userKeysPage = new UserKeysPage(store, this);
        m_userKeysPage->setObjectName(QStringLiteral("userKeysPage"));
        connect(m_userKeysPage, &UserKeysPage::loadFailed, this, &MainWindow::showStoreError);
        m_ui->pagesStackedWidget->addWidget(m_userKeysPage); // at UserKeysPageIndex
    }
    setupNavigation(perKey);

    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        showPage(currentPage());
        if (currentPage() == AppsPageIndex)
            m_appsPage->focusSearch();
        else if (currentPage() == KeysPageIndex)
            m_keysPage->focusSearch();
        else if (currentPage() == UserKeysPageIndex)
            m_userKeysPage->focusSearch();
        else
            m_activityPage->focusSearch();
    });
    setupMenus();

    connect(m_appsPage, &AppsPage::loadFailed, this, &MainWindow::showStoreError);
    // A page that loads again shows the store is back: the message bar goes.
    const auto loadedAgain = [this] {
        m_tokenRefused = false;
        clearStoreError();
    };
    connect(m_appsPage->model(), &AppListModel::loaded, this, loadedAgain);
    connect(m_keysPage->model(), &KeyListModel::loaded, this, loadedAgain);
    connect(m_activityPage->model(), &AuditLogModel::loaded, this, loadedAgain);
    if (m_userKeysPage)
        connect(m_userKeysPage->model(), &UserKeyListModel::loaded, this, loadedAgain);
    connect(&m_autoRefreshTimer, &QTimer::timeout, this, &MainWindow::autoRefresh);
    setupLifecycle();
    applyPreferences();
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::refreshCurrentPage);
    connect(m_ui->connectButton, &QPushButton::clicked, this,
            &MainWindow::connectToServerRequested);
    m_ui->refreshAction->setIcon(themedIcon(QStringLiteral("refresh")));
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentPage);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto* storeLabel = new QLabel(this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    if (onServer)
        storeLabel->setText(tr("Server: %1").arg(info.location));
    else if (info.demo)
        storeLabel->setText(tr("Demo store: %1").arg(info.location));
    else
        storeLabel->setText(tr("Local store: %1").arg(info.location));
    m_ui->signOutAction->setEnabled(onServer);
    storeLabel->setToolTip(tr("Scope catalog: %1").arg(info.catalogId));
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(storeLabel, 1);
    if (onServer && !store->actor().isEmpty()) {
        // Who the server takes the console for: "Created by" and the activity say this name.
        auto* actorLabel = new QLabel(tr("Signed in as %1").arg(store->actor()), this);
        actorLabel->setObjectName(QStringLiteral("actorLabel"));
        actorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(actorLabel);
    }
    if (const QString readOnly = readOnlyReason(store); !readOnly.isEmpty()) {
        // An auditor: every change is disabled, each saying why; this says it once for all.
        auto* readOnlyLabel = new QLabel(tr("Read-only"), this);
        readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
        readOnlyLabel->setToolTip(readOnly);
        readOnlyLabel->setAccessibleDescription(readOnly);
        statusBar()->addPermanentWidget(readOnlyLabel);
        allowChange(m_ui->newAppAction, true, readOnly);
        if (m_newUserKeyAction)
            allowChange(m_newUserKeyAction, true, readOnly);
        for (QObject* shownIn : m_ui->newAppAction->associatedObjects()) {
            if (auto* menu = qobject_cast<QMenu*>(shownIn))
                menu->setToolTipsVisible(true);
        }
    }
    showTokenExpiry(info.accessExpiresAt);
}

void MainWindow::showTokenExpiry(const QDateTime& expiresAt)
{
    // Warned two weeks ahead, so that a new token can be asked for before work stops.
    constexpr qint64 WarnDays = 14;
    if (!expiresAt.isValid())
        return;
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(expiresAt);
    if (seconds > WarnDays * 24 * 3600)
        return;
    // Days as a person counts them: a token made for 7 days "expires in 7 days" at first.
    const int days = int(std::max<qint64>(0, (seconds + 24 * 3600 - 1) / (24 * 3600)));
    const bool today = expiresAt.toLocalTime().date() == QDate::currentDate();
    auto* label =
        new QLabel(today || days == 0 ? tr("Your token expires today")
                                      : tr("Your token expires in %n day(s)", nullptr, days),
                   this);
    label->setObjectName(QStringLiteral("tokenExpiryLabel"));
    const QString why =
        tr("Your administrator token stops working on %1. Ask the server's operator for a new "
           "one before then, and connect with it.")
            .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::LongFormat));
    label->setToolTip(why);
    label->setAccessibleDescription(why);
    styleAsError(label);
    statusBar()->addPermanentWidget(label);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupNavigation(bool perKey)
{
    QListWidget* nav = m_ui->navigationListWidget;
    for (int page = AppsPageIndex; page <= ActivityPageIndex; ++page)
        nav->item(page)->setData(Qt::UserRole, page);
    nav->item(AppsPageIndex)->setIcon(themedIcon(QStringLiteral("apps")));
    nav->item(KeysPageIndex)->setIcon(themedIcon(QStringLiteral("key")));
    nav->item(ActivityPageIndex)->setIcon(themedIcon(QStringLiteral("activity")));
    if (perKey) {
        // First: the page the store opens on.
        auto* item = new QListWidgetItem(themedIcon(QStringLiteral("key")), tr("User API Keys"));
        item->setData(Qt::UserRole, int(UserKeysPageIndex));
        nav->insertItem(0, item);
        nav->item(rowOf(AppsPageIndex))->setHidden(true);
        if (!m_onServer)
            nav->item(rowOf(KeysPageIndex))->setHidden(true);
    }
    // Ctrl+1, Ctrl+2, …: the pages in the order the navigation shows them.
    int number = 0;
    for (int row = 0; row < nav->count(); ++row) {
        QListWidgetItem* item = nav->item(row);
        if (item->isHidden())
            continue;
        const auto page = static_cast<Page>(item->data(Qt::UserRole).toInt());
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + number++));
        item->setToolTip(tr("%1 (%2)").arg(item->text(), shortcutText(keys)));
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this, page] { showPage(page); });
    }
    connect(nav, &QListWidget::currentRowChanged, this, [this, nav](int row) {
        if (QListWidgetItem* item = nav->item(row))
            m_ui->pagesStackedWidget->setCurrentIndex(item->data(Qt::UserRole).toInt());
    });
    nav->setCurrentRow(perKey ? rowOf(UserKeysPageIndex) : rowOf(AppsPageIndex));
    nav->setFixedWidth(nav->sizeHintForColumn(0) + 24);
}

int MainWindow::rowOf(Page page) const
{
    const QListWidget* nav = m_ui->navigationListWidget;
    for (int row = 0; row < nav->count(); ++row) {
        if (nav->item(row)->data(Qt::UserRole).toInt() == page)
            return row;
    }
    return -1;
}

bool MainWindow::hasPage(Page page) const
{
    const int row = rowOf(page);
    return row >= 0 && !m_ui->navigationListWidget->item(row)->isHidden();
}

void MainWindow::setupMenus()
{
    m_ui->newAppAction->setIcon(themedIcon(QStringLiteral("add")));
    connect(m_ui->newAppAction, &QAction::triggered, this, [this] {
        if (!hasPage(AppsPageIndex))
            return;
        showPage(AppsPageIndex);
        m_appsPage->createApp();
    });
    if (m_userKeysPage) {
        // A per-key store has no apps: Ctrl+N makes a key.
        m_ui->newAppAction->setVisible(false);
        m_ui->newAppAction->setEnabled(false);
        m_newUserKeyAction =
            new QAction(themedIcon(QStringLiteral("add")), tr("New API &Key…"), this);
        m_newUserKeyAction->setObjectName(QStringLiteral("newUserKeyAction"));
        m_newUserKeyAction->setShortcut(QKeySequence::New);
        m_ui->fileMenu->insertAction(m_ui->newAppAction, m_newUserKeyAction);
        connect(m_newUserKeyAction, &QAction::triggered, this, [this] {
            showPage(UserKeysPageIndex);
            m_userKeysPage->newKey();
        });
    } else {
        m_ui->newAppAction->setShortcut(QKeySequence::New);
    }
    m_ui->preferencesAction->setShortcut(QKeySequence::Preferences);
    m_ui->preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_ui->preferencesAction, &QAction::triggered, this, [this] {
        auto* dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &MainWindow::applyPreferences);
        dialog->open();
    });
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    m_ui->aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    connect(m_ui->newLocalStoreAction, &QAction::triggered, this,
            &MainWindow::newLocalStoreRequested);
    connect(m_ui->openLocalStoreAction, &QAction::triggered, this,
            &MainWindow::openLocalStoreRequested);
    m_ui->openLocalStoreAction->setShortcut(QKeySequence::Open);
    connect(m_ui->newDemoStoreAction, &QAction::triggered, this,
            &MainWindow::newDemoStoreRequested);
    connect(m_ui->connectToServerAction, &QAction::triggered, this,
            &MainWindow::connectToServerRequested);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    // A local store is backed up here; a server's by its operator, on the server's computer.
    connect(m_ui->backUpStoreAction, &QAction::triggered, this, &MainWindow::backUpStore);
    const bool local = !m_store->isRemote();
    m_ui->backUpStoreAction->setEnabled(local);
    const QString backupHelp =
        local ? tr("Write a copy of this store to a new file, to restore it from later")
              : tr("A server's store is backed up on the server's computer, with "
                   "“scopekeeper-server backup FILE”");
    m_ui->backUpStoreAction->setToolTip(backupHelp);
    m_ui->backUpStoreAction->setStatusTip(backupHelp);
    m_ui->fileMenu->setToolTipsVisible(true);
    connect(m_ui->recentStoresMenu, &QMenu::aboutToShow, this, [this] {
        QMenu* menu = m_ui->recentStoresMenu;
        menu->clear();
        const QStringList stores = Preferences().recentStores();
        for (const QString& path : stores) {
            QAction* action = menu->addAction(QDir::toNativeSeparators(path));
            action->setEnabled(QFileInfo::exists(path));
            connect(action, &QAction::triggered, this,
                    [this, path] { Q_EMIT openRecentStoreRequested(path); });
        }
        if (stores.isEmpty())
            menu->addAction(tr("No recent stores"))->setEnabled(false);
    });
}

QString MainWindow::suggestedBackupPath() const
{
    const QFileInfo store(m_store->location());
    const QString name = tr("%1-backup-%2.sqlite")
                             .arg(store.completeBaseName(),
                                  QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    return store.absoluteDir().filePath(name);
}

void MainWindow::backUpStore()
{
    if (m_store->isRemote())
        return;
    // Never over a file: the store refuses one that exists, and says so; the dialog does not
    // offer to replace it.
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Back Up Store"), suggestedBackupPath(), tr("Scopekeeper stores (*.sqlite)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        backUpStoreTo(file);
}

void MainWindow::backUpStoreTo(const QString& file)
{
    if (m_store->isRemote())
        return; // the action is disabled, and says where a server's store is backed up
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    m_ui->backUpStoreAction->setEnabled(false); // one at a time
    statusBar()->showMessage(tr("Backing up the store to %1…").arg(shown));
    whenDone(this, m_store->backUpTo(file), [this, file, shown](const Result<Done>& done) {
        m_ui->backUpStoreAction->setEnabled(true);
        if (done.ok()) {
            const QString text = tr("Store backed up to %1").arg(shown);
            statusBar()->showMessage(text, 15000);
            Toast::show(this, text, 8000);
            Q_EMIT backupFinished(file, Error(), true);
            return;
        }
        statusBar()->clearMessage();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Back Up Store"),
                                    tr("The store was not backed up to %1.").arg(shown),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("backupErrorMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(done.error().message());
        box->open();
        Q_EMIT backupFinished(file, done.error(), false);
    });
}

AppListModel* MainWindow::appListModel() const
{
    return m_appsPage->model();
}

void MainWindow::showPage(Page page)
{
    if (hasPage(page))
        m_ui->navigationListWidget->setCurrentRow(rowOf(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pagesStackedWidget->currentIndex());
}

void MainWindow::refreshCurrentPage()
{
    if (m_signedOut)
        return;
    clearStoreError();
    reloadCurrentPage();
}

void MainWindow::reloadCurrentPage()
{
    switch (currentPage()) {
    case AppsPageIndex:
        m_appsPage->reload();
        break;
    case KeysPageIndex:
        m_keysPage->reload();
        break;
    case ActivityPageIndex:
        m_activityPage->reload();
        break;
    case UserKeysPageIndex:
        m_userKeysPage->reload();
        break;
    }
}

void MainWindow::applyPreferences()
{
    const Preferences preferences;
    setAutoRefreshInterval(preferences.autoRefreshSeconds() * 1000);
    m_reminderDays = preferences.expiryReminderDays();
    m_keysPage->setFilterDays(m_reminderDays, preferences.staleKeyDays());
    // The reminder counts the API Keys page's keys: loaded once, now, for both (a local
    // per-key store's "User API Keys", on screen at once, has them all).
    KeyListModel* keys = m_keysPage->model();
    if (m_reminderDays > 0 && !remindsFromUserKeys() && !keys->hasLoaded() && !keys->isLoading() &&
        !m_signedOut) {
        // After the apps on screen at the start, not beside them: 100,000 keys from a server
        // took the start from 110 to 158 ms.
        AppListModel* apps = m_appsPage->model();
        if (hasPage(AppsPageIndex) && !apps->hasLoaded()) {
            if (!m_reminderAwaitsApps) {
                m_reminderAwaitsApps = true;
                connect(
                    apps, &AppListModel::loaded, this,
                    [this] {
                        m_reminderAwaitsApps = false;
                        applyPreferences();
                    },
                    Qt::SingleShotConnection);
            }
        } else {
            keys->reload();
        }
    }
    updateExpiryReminder();
}

void MainWindow::setAutoRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_autoRefreshTimer.stop();
        return;
    }
    if (m_autoRefreshTimer.isActive() && m_autoRefreshTimer.interval() == ms)
        return;
    m_autoRefreshTimer.start(ms);
}

int MainWindow::autoRefreshInterval() const
{
    return m_autoRefreshTimer.isActive() ? m_autoRefreshTimer.interval() : 0;
}

bool MainWindow::isCurrentPageLoading() const
{
    switch (currentPage()) {
    case AppsPageIndex:
        return m_appsPage->model()->isLoading();
    case KeysPageIndex:
        return m_keysPage->model()->isLoading();
    case ActivityPageIndex:
        return m_activityPage->model()->isLoading();
    case UserKeysPageIndex:
        return m_userKeysPage->model()->isLoading();
    }
    return false;
}

void MainWindow::autoRefresh()
{
    // Never a second request while one is on its way (a slow server, 10,000 apps); and a
    // refused token is not asked again and again: the message bar offers to connect.
    if (m_signedOut || m_tokenRefused || isCurrentPageLoading())
        return;
    // Like F5, but the message bar stays until the page has loaded again.
    reloadCurrentPage();
}

void MainWindow::showStoreError(const Error& error)
{
    if (m_signedOut)
        return; // the bar says how to sign in again; "no token" is no news
    // The store's message says what failed: a server that cannot be reached, one that did
    // not answer in time, a refused token. What the bar offers follows from it: a refused
    // token does not get better by asking again, a valid one does.
    const bool tokenRefused = m_onServer && error.code() == ErrorCode::Unauthorized;
    m_tokenRefused = tokenRefused;
    m_errorShown = true;
    m_reminderShown = false;
    m_ui->showExpiringButton->hide();
    m_ui->dismissMessageButton->hide();
    m_ui->messageBarLabel->setText(error.message());
    m_ui->retryButton->setVisible(!tokenRefused);
    m_ui->connectButton->setVisible(tokenRefused);
    m_ui->messageBarFrame->show();
}

void MainWindow::showSignedOut(const QString& message)
{
    if (!m_signedOut) {
        m_signedOut = true;
        m_autoRefreshTimer.stop();
        // What was shown came from the server with the token now gone: it goes too.
        m_appsPage->model()->clear();
        m_keysPage->model()->clear();
        m_activityPage->model()->clear();
        if (m_userKeysPage)
            m_userKeysPage->model()->clear();
        m_ui->pagesStackedWidget->setEnabled(false);
        for (QAction* action : {m_ui->newAppAction, m_ui->refreshAction, m_ui->signOutAction,
                                m_ui->exportInventoryAction})
            action->setEnabled(false);
        if (m_newUserKeyAction)
            m_newUserKeyAction->setEnabled(false);
        if (auto* storeLabel = findChild<QLabel*>(QStringLiteral("storeLabel")))
            storeLabel->setText(tr("Server: %1 (signed out)").arg(m_info.location));
        if (auto* actorLabel = findChild<QLabel*>(QStringLiteral("actorLabel")))
            actorLabel->hide();
    }
    m_errorShown = true;
    m_reminderShown = false;
    m_ui->showExpiringButton->hide();
    m_ui->dismissMessageButton->hide();
    m_ui->messageBarLabel->setText(message);
    m_ui->retryButton->hide();
    m_ui->connectButton->show();
    m_ui->messageBarFrame->show();
}

void MainWindow::showNote(const QString& text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showAbout()
{
    // The third-party components the programs use, with their licences (Qt's version is the
    // one running, which may be newer than the one built against).
    const QStringList components{
        tr("Qt %1 — GNU Lesser General Public License v3").arg(QString::fromLatin1(qVersion())),
        tr("QtKeychain — BSD 3-Clause License"),
        tr("SQLite — public domain"),
        tr("PostgreSQL libpq — PostgreSQL License"),
        tr("OpenSSL — Apache License 2.0"),
        tr("Boost (Asio, Beast; in scopekeeper-server) — Boost Software License 1.0"),
    };
    QString list;
    for (const QString& component : components)
        list += QStringLiteral("<li>%1</li>").arg(component.toHtmlEscaped());
    const QString homepage = QString::fromLatin1(homepageUrl());

    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Scopekeeper"));
    box->setIconPixmap(appIcon().pixmap(64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Scopekeeper %1</h3><p>Scoped API apps and their API keys.</p>"
                    "<p><a href=\"%2\">%2</a></p>"
                    "<p>Copyright © 2026 The Scopekeeper authors.<br>"
                    "Free software under the MIT License.</p>"
                    "<p>Third-party components:</p><ul>%3</ul>")
                     .arg(QString::fromLatin1(versionString()), homepage, list));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace sk
