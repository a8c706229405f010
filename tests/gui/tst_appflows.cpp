// The "API Apps" flows driven through real widgets (offscreen): create, edit, stale edit,
// cancel with changes, delete; the "API Keys" and "Activity" pages.
#include "ActivityPage.h"
#include "AppDialog.h"
#include "AppFilterProxyModel.h"
#include "AppListModel.h"
#include "AppsPage.h"
#include "AuditLogModel.h"
#include "KeyListModel.h"
#include "KeysPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ScopePicker.h"
#include "SqlStore.h"
#include "Toast.h"
#include "Translations.h"
#include "Wait.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

class TestAppFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createAppStartsUntitledAndNeedsANameAndAScope();
    void createAppThenMovesToItsKeysStep();
    void selectAllTicksTheWholeGroup();
    void duplicateNameIsShownAtTheFieldAndNothingIsLost();
    void enterEditsAndSaveApplies();
    void cancelWithChangesAsksBeforeDiscarding();
    void staleEditIsNeverSavedAndOffersReload();
    void deleteAppAsksNamingTheAppAndItsKeys();
    void emptyStateOffersCreateAnApp();
    void keysPageListsEveryKeyWithItsStatus();
    void keysPageDeletesSeveralAfterOneConfirmation();
    void activityPageShowsWhoDidWhat();
    void navigationReachesEveryPageByKeyboard();
    void keyboardOnlyCreatesAnAppAndAKey();

private:
    App addApp(const QString& name, const QStringList& scopes, int keys = 0);
    MainWindow* openWindow();
    AppDialog* waitForAppDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppFlows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    options.actor = QStringLiteral("admin");
    m_store = std::make_unique<SqlStore>(options);
    QVERIFY(waitFor(m_store->open()).ok());
    MessageBox::takeQuestionCount();
}

void TestAppFlows::cleanup()
{
    // Deleting one dialog can delete others (its children): hold them by QPointer.
    QList<QPointer<QWidget>> dialogs;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(w))
            dialogs << w;
    }
    for (const QPointer<QWidget>& w : dialogs)
        delete w.data();
    m_window.reset();
    m_store.reset();
    m_dir.reset();
    MessageBox::setNextAnswer(MessageBox::NoAnswer);
}

App TestAppFlows::addApp(const QString& name, const QStringList& scopes, int keys)
{
    Result<App> app = waitFor(m_store->createApp(NewApp{name, scopes}));
    if (!app.ok())
        qFatal("createApp: %s", qPrintable(app.error().toString()));
    for (int i = 0; i < keys; ++i) {
        const auto key = waitFor(m_store->createKey(
            app->id, NewKey{QStringLiteral("key %1").arg(i + 1), systemNow().addDays(30 + i)}));
        if (!key.ok())
            qFatal("createKey: %s", qPrintable(key.error().toString()));
    }
    return waitFor(m_store->app(app->id)).value();
}

MainWindow* TestAppFlows::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_store.get(), waitFor(m_store->open()).value());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qFatal("window not exposed");
    if (!QTest::qWaitFor([this] { return m_window->appListModel()->hasLoaded(); }, 5000))
        qWarning("the window has not loaded its apps");
    return m_window.get();
}

AppDialog* TestAppFlows::waitForAppDialog()
{
    const auto dialog = [this] { return m_window->findChild<AppDialog*>(); };
    return QTest::qWaitFor([&] { return dialog() != nullptr; }, 2000) ? dialog() : nullptr;
}

void TestAppFlows::createAppStartsUntitledAndNeedsANameAndAScope()
{
    openWindow();
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("createAppButton")),
                      Qt::LeftButton);
    AppDialog* dialog = waitForAppDialog();
    QVERIFY(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"));
    auto* next = dialog->findChild<QPushButton*>(QStringLiteral("nextButton"));
    auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("nameErrorLabel"));
    auto* scopesError = dialog->findChild<QLabel*>(QStringLiteral("scopesErrorLabel"));
    QCOMPARE(name->text(), QStringLiteral("Untitled app"));
    QCOMPARE(name->accessibleName(), QStringLiteral("App name"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Untitled app"));
    QVERIFY(!next->isEnabled()); // no scope yet
    QVERIFY(scopesError->isVisible());
    QCOMPARE(scopesError->text(), QStringLiteral("Choose at least one scope."));

    // The scope tabs are the catalog's groups.
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("scopeGroupsTabWidget"));
    QVERIFY(tabs);
    QStringList groups;
    for (int i = 0; i < tabs->count(); ++i)
        groups << tabs->tabText(i);
    QCOMPARE(groups, QStringList({QStringLiteral("Workflows"), QStringLiteral("Models"),
                                  QStringLiteral("Guardrails")}));

    dialog->findChild<ScopePicker*>()->checkBox(QStringLiteral("model:deploy"))->click();
    QVERIFY(next->isEnabled());
    QVERIFY(!scopesError->isVisible());

    name->clear();
    QVERIFY(!next->isEnabled());
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), QStringLiteral("App name must not be empty."));
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!next->isEnabled());
    name->setText(QString(101, QLatin1Char('x')));
    QVERIFY(!next->isEnabled());
    QVERIFY(nameError->text().contains(QStringLiteral("101")));
    name->setText(QStringLiteral("Payments"));
    QVERIFY(next->isEnabled());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Payments"));
}

void TestAppFlows::createAppThenMovesToItsKeysStep()
{
    openWindow();
    m_window->appsPage()->createApp();
    AppDialog* dialog = waitForAppDialog();
    QVERIFY(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"));
    name->setText(QStringLiteral("  Payments  "));
    dialog->findChild<ScopePicker*>()->checkBox(QStringLiteral("workflow:deploy"))->click();
    dialog->findChild<ScopePicker*>()->checkBox(QStringLiteral("model:export"))->click();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("nextButton")),
                      Qt::LeftButton);

    QTRY_COMPARE(dialog->step(), AppDialog::Step::Keys);
    const QList<App> apps = waitFor(m_store->listApps()).value();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.at(0).name, QStringLiteral("Payments"));
    QCOMPARE(apps.at(0).scopes,
             QStringList({QStringLiteral("model:export"), QStringLiteral("workflow:deploy")}));
    QVERIFY(Toast::current(m_window.get()));
    QCOMPARE(Toast::current(m_window.get())->text(), QStringLiteral("App “Payments” created."));

    auto* createKey = dialog->findChild<QPushButton*>(QStringLiteral("createKeyButton"));
    auto* done = dialog->findChild<QPushButton*>(QStringLiteral("doneButton"));
    QVERIFY(createKey->isVisible());
    QVERIFY(done->isVisible());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("nextButton"))->isVisible());

    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible() || m_window->findChild<AppDialog*>() == nullptr);
    // Back on the apps table, whose row is the app's summary, selected.
    QTRY_COMPARE(m_window->appListModel()->rowCount(), 1);
    QTRY_VERIFY(m_window->appsPage()->currentApp().has_value());
    QCOMPARE(m_window->appsPage()->currentApp()->name, QStringLiteral("Payments"));
    QCOMPARE(m_window->appListModel()->index(0, AppListModel::CreatedByColumn).data().toString(),
             QStringLiteral("admin"));
}

void TestAppFlows::selectAllTicksTheWholeGroup()
{
    openWindow();
    m_window->appsPage()->createApp();
    AppDialog* dialog = waitForAppDialog();
    QVERIFY(dialog);
    auto* picker = dialog->findChild<ScopePicker*>();
    QCheckBox* all = picker->selectAllCheckBox(QStringLiteral("workflows"));
    QVERIFY(all);
    all->click();
    QCOMPARE(picker->selectedScopes(),
             QStringList({QStringLiteral("workflow:deploy"), QStringLiteral("workflow:export"),
                          QStringLiteral("workflow:import"), QStringLiteral("workflow:undeploy")}));
    QCOMPARE(all->checkState(), Qt::Checked);
    picker->checkBox(QStringLiteral("workflow:export"))->click();
    QCOMPARE(all->checkState(), Qt::PartiallyChecked);
    all->click(); // partly ticked → all
    QCOMPARE(picker->selectedScopes().size(), 4);
    all->click(); // all → none
    QVERIFY(picker->selectedScopes().isEmpty());
    QCOMPARE(all->checkState(), Qt::Unchecked);
}

void TestAppFlows::duplicateNameIsShownAtTheFieldAndNothingIsLost()
{
    addApp(QStringLiteral("Payments"), {QStringLiteral("model:deploy")});
    openWindow();
    m_window->appsPage()->createApp();
    AppDialog* dialog = waitForAppDialog();
    QVERIFY(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"));
    name->setText(QStringLiteral("PAYMENTS"));
    dialog->findChild<ScopePicker*>()->checkBox(QStringLiteral("model:export"))->click();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("nextButton")),
                      Qt::LeftButton);
    auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("nameErrorLabel"));
    QTRY_VERIFY(nameError->isVisible());
    QVERIFY2(nameError->text().contains(QStringLiteral("already exists")),
             qPrintable(nameError->text()));
    QCOMPARE(dialog->step(), AppDialog::Step::Details);
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("PAYMENTS"));
    QCOMPARE(dialog->findChild<ScopePicker*>()->selectedScopes(),
             QStringList({QStringLiteral("model:export")}));
    QCOMPARE(waitFor(m_store->listApps())->size(), 1);
}

void TestAppFlows::enterEditsAndSaveApplies()
{
    addApp(QStringLiteral("Marketing"), {QStringLiteral("model:export")});
    openWindow();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("appsTableView"));
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    AppDialog* dialog = waitForAppDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), AppDialog::Mode::Edit);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"));
    QCOMPARE(name->text(), QStringLiteral("Marketing"));
    auto* sections = dialog->findChild<QTabWidget*>(QStringLiteral("sectionsTabWidget"));
    QCOMPARE(sections->tabText(0), QStringLiteral("API Scopes"));
    QCOMPARE(sections->tabText(1), QStringLiteral("API Keys"));
    auto* picker = dialog->findChild<ScopePicker*>();
    QCOMPARE(picker->selectedScopes(), QStringList({QStringLiteral("model:export")}));

    name->setText(QStringLiteral("Marketing EU"));
    picker->checkBox(QStringLiteral("guardrails:deploy"))->click();
    QVERIFY(dialog->hasUnsavedChanges());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<AppDialog*>() == nullptr || !dialog->isVisible());
    const App saved = waitFor(m_store->listApps())->constFirst();
    QCOMPARE(saved.name, QStringLiteral("Marketing EU"));
    QCOMPARE(saved.scopes,
             QStringList({QStringLiteral("guardrails:deploy"), QStringLiteral("model:export")}));
    QVERIFY(Toast::current(m_window.get()));
    QVERIFY(Toast::current(m_window.get())->text().contains(QStringLiteral("saved")));
    QTRY_COMPARE(m_window->appListModel()->index(0, 0).data().toString(),
                 QStringLiteral("Marketing EU"));
}

void TestAppFlows::cancelWithChangesAsksBeforeDiscarding()
{
    addApp(QStringLiteral("Marketing"), {QStringLiteral("model:export")});
    openWindow();
    m_window->findChild<QTableView*>(QStringLiteral("appsTableView"))->selectRow(0);
    m_window->appsPage()->editCurrentApp();
    AppDialog* dialog = waitForAppDialog();
    QVERIFY(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"));
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"));

    name->setText(QStringLiteral("Renamed"));
    MessageBox::setNextAnswer(MessageBox::Reject);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Renamed"));

    MessageBox::setNextAnswer(MessageBox::Accept);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QTRY_VERIFY(m_window->findChild<AppDialog*>() == nullptr);
    QCOMPARE(waitFor(m_store->listApps())->constFirst().name, QStringLiteral("Marketing"));

    // Without changes, Cancel closes without asking.
    m_window->appsPage()->editCurrentApp();
    dialog = waitForAppDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QCOMPARE(MessageBox::takeQuestionCount(), 0);
    QTRY_VERIFY(m_window->findChild<AppDialog*>() == nullptr);
}

void TestAppFlows::staleEditIsNeverSavedAndOffersReload()
{
    const App app = addApp(QStringLiteral("Marketing"), {QStringLiteral("model:export")});
    openWindow();
    m_window->findChild<QTableView*>(QStringLiteral("appsTableView"))->selectRow(0);
    m_window->appsPage()->editCurrentApp();
    AppDialog* dialog = waitForAppDialog();
    QVERIFY(dialog);

    // Someone else changes the app meanwhile.
    QVERIFY(
        waitFor(m_store->setAppScopes(app.id, {QStringLiteral("model:deploy")}, app.version)).ok());

    dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"))
        ->setText(QStringLiteral("Mine"));
    MessageBox::setNextAnswer(MessageBox::Reject); // keep editing
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    auto* general = dialog->findChild<QLabel*>(QStringLiteral("generalErrorLabel"));
    QTRY_VERIFY(general->isVisible());
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("changed by someone else")));
    QVERIFY(dialog->isVisible());
    App stored = waitFor(m_store->app(app.id)).value();
    QCOMPARE(stored.name, QStringLiteral("Marketing")); // never overwritten
    QCOMPARE(stored.scopes, QStringList({QStringLiteral("model:deploy")}));

    MessageBox::setNextAnswer(MessageBox::Accept); // reload
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(dialog->findChild<ScopePicker*>()->selectedScopes(),
                 QStringList({QStringLiteral("model:deploy")}));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"))->text(),
             QStringLiteral("Marketing"));
    QCOMPARE(dialog->app().version, stored.version);
    stored = waitFor(m_store->app(app.id)).value();
    QCOMPARE(stored.name, QStringLiteral("Marketing"));
}

void TestAppFlows::deleteAppAsksNamingTheAppAndItsKeys()
{
    const App app =
        addApp(QStringLiteral("Customer Support"), {QStringLiteral("guardrails:deploy")}, 2);
    openWindow();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("appsTableView"));
    table->setFocus();
    table->selectRow(0);

    MessageBox::setNextAnswer(MessageBox::Reject);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Customer Support")));
    QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("2 API keys")),
             qPrintable(MessageBox::lastQuestion()));
    // Declined: the store answers in order, so a delete sent before this listing would show.
    QCOMPARE(waitFor(m_store->listApps())->size(), 1);

    MessageBox::setNextAnswer(MessageBox::Accept);
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("deleteAppButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->appListModel()->rowCount(), 0);
    QVERIFY(waitFor(m_store->listApps())->isEmpty());
    QVERIFY(waitFor(m_store->listAllKeys())->isEmpty());
    QVERIFY(Toast::current(m_window.get()));
    QCOMPARE(Toast::current(m_window.get())->text(),
             QStringLiteral("App “Customer Support” deleted."));
    Q_UNUSED(app);
}

void TestAppFlows::emptyStateOffersCreateAnApp()
{
    openWindow();
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("appsStackedWidget"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
    auto* create = m_window->findChild<QPushButton*>(QStringLiteral("emptyCreateAppButton"));
    QVERIFY(create->isVisible());
    QCOMPARE(create->text(), QStringLiteral("Create an App"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(waitForAppDialog());
}

void TestAppFlows::keysPageListsEveryKeyWithItsStatus()
{
    addApp(QStringLiteral("Risk"), {QStringLiteral("model:deploy")}, 2);
    const App soon = addApp(QStringLiteral("Support"), {QStringLiteral("guardrails:deploy")});
    QVERIFY(waitFor(m_store->createKey(soon.id,
                                       NewKey{QStringLiteral("Triage"), systemNow().addDays(5)}))
                .ok());
    openWindow();
    m_window->showPage(MainWindow::KeysPageIndex);
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("keysTableView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringList({QStringLiteral("Key Name"), QStringLiteral("App"),
                                   QStringLiteral("Scopes"), QStringLiteral("Expiry Date"),
                                   QStringLiteral("Last used"), QStringLiteral("Status")}));
    QStringList statuses;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        statuses << view->model()->index(r, KeyListModel::AllKeysStatusColumn).data().toString();
    QCOMPARE(statuses.count(QStringLiteral("Active")), 2);
    QCOMPARE(statuses.count(QStringLiteral("Expires soon")), 1);

    auto* filter = m_window->findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    filter->setCurrentIndex(2); // Expires soon
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, KeyListModel::AllKeysNameColumn).data().toString(),
             QStringLiteral("Triage"));
    filter->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), 3);
}

void TestAppFlows::keysPageDeletesSeveralAfterOneConfirmation()
{
    addApp(QStringLiteral("Risk"), {QStringLiteral("model:deploy")}, 3);
    openWindow();
    m_window->showPage(MainWindow::KeysPageIndex);
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("keysTableView"));
    QTRY_COMPARE(view->model()->rowCount(), 3);
    view->setFocus();
    view->selectAll();
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("deleteKeysButton"));
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Delete 3 keys"));

    MessageBox::setNextAnswer(MessageBox::Reject);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("Delete 3 API keys?")),
             qPrintable(MessageBox::lastQuestion()));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("cannot be restored")));
    QCOMPARE(waitFor(m_store->listAllKeys())->size(), 3);

    MessageBox::setNextAnswer(MessageBox::Accept);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QVERIFY(waitFor(m_store->listAllKeys())->isEmpty());
    QTRY_VERIFY(Toast::current(m_window.get()));
    QCOMPARE(Toast::current(m_window.get())->text(), QStringLiteral("3 API keys deleted."));
}

void TestAppFlows::activityPageShowsWhoDidWhat()
{
    const App app = addApp(QStringLiteral("Risk"), {QStringLiteral("model:deploy")}, 1);
    QVERIFY(waitFor(m_store->deleteApp(app.id)).ok());
    openWindow();
    m_window->showPage(MainWindow::ActivityPageIndex);
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("activityTableView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(0, AuditLogModel::WhatColumn).data().toString(),
             QStringLiteral("Deleted app"));
    QCOMPARE(view->model()->index(0, AuditLogModel::WhoColumn).data().toString(),
             QStringLiteral("admin"));
    QCOMPARE(view->model()->index(0, AuditLogModel::AppColumn).data().toString(),
             QStringLiteral("Risk"));
    auto* actions =
        m_window->activityPage()->findChild<QComboBox*>(QStringLiteral("actionFilterComboBox"));
    actions->setCurrentIndex(actions->findText(QStringLiteral("Created key")));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, AuditLogModel::KeyColumn).data().toString(),
             QStringLiteral("key 1"));
    actions->setCurrentIndex(0);
    auto* search =
        m_window->activityPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("nobody-did-this"));
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestAppFlows::navigationReachesEveryPageByKeyboard()
{
    openWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::KeysPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::ActivityPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::AppsPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(waitForAppDialog());
}

namespace {

// Presses Tab until `accept` likes the focused widget; at most `limit` times.
template <typename Accept> QWidget* tabUntil(QWidget* window, Accept accept, int limit = 20)
{
    for (int i = 0; i < limit; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (focus && accept(focus))
            return focus;
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
    }
    return nullptr;
}

QWidget* waitForActiveModal()
{
    return QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 2000)
               ? QApplication::activeModalWidget()
               : nullptr;
}

} // namespace

void TestAppFlows::keyboardOnlyCreatesAnAppAndAKey()
{
    openWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    AppDialog* dialog = waitForAppDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isActiveWindow());
    // The name starts selected: typing replaces "Untitled app".
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("appNameLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard App"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("appNameLineEdit"))->text(),
             QStringLiteral("Keyboard App"));

    // Tab to the first scope of the first group and tick it with Space.
    QWidget* box = tabUntil(dialog, [](QWidget* w) {
        return w->objectName().startsWith(QLatin1String("scopeCheckBox_"));
    });
    QVERIFY2(box, "no scope checkbox is reachable with Tab");
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(static_cast<QCheckBox*>(box)->isChecked());

    // Enter is "Next".
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(dialog->step(), AppDialog::Step::Keys);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("createKeyButton"));

    // "Create API Key" with the keyboard; type a name; Enter generates.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QWidget* createDialog = waitForActiveModal();
    QVERIFY(createDialog);
    QTRY_VERIFY(createDialog->findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit")));
    auto* keyName = createDialog->findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit"));
    QTRY_VERIFY(keyName->hasFocus());
    QTest::keyClicks(keyName, QStringLiteral("Keyboard key"));
    QTest::keyClick(keyName, Qt::Key_Return);

    // The one-time dialog: Enter is "Copy and Close".
    const auto secretDialogShown = [] {
        QWidget* modal = QApplication::activeModalWidget();
        return modal && modal->findChild<QLineEdit*>(QStringLiteral("secretLineEdit")) ? modal
                                                                                       : nullptr;
    };
    QVERIFY(QTest::qWaitFor([&] { return secretDialogShown() != nullptr; }, 3000));
    QWidget* secretDialog = secretDialogShown();
    QVERIFY(secretDialog);
    // A deep copy: the dialog wipes its own buffers in place when it closes.
    const QString shown =
        secretDialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
    const QString secret(shown.constData(), shown.size());
    QVERIFY(secret.startsWith(QStringLiteral("spk_")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), secret);
    QTRY_VERIFY(QApplication::activeModalWidget() == dialog);

    const QList<ApiKey> keys = waitFor(m_store->listAllKeys()).value();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0).name, QStringLiteral("Keyboard key"));
    QCOMPARE(keys.at(0).appName, QStringLiteral("Keyboard App"));
    QGuiApplication::clipboard()->clear();
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    sk::installTranslations(QLocale(QLocale::English));
    TestAppFlows test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_appflows.moc"
