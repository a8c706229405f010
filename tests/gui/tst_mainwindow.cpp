// The main window over a real store, driven through its widgets (offscreen).
#include "AppDialog.h"
#include "AppListModel.h"
#include "AppsPage.h"
#include "ForwardingStore.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "Rules.h"
#include "SqlStore.h"
#include "StoreSettling.h"
#include "Wait.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheAppsOfTheStore();
    void typingInSearchFiltersTheTable();
    void ctrlFFocusesSearch();
    void emptyStoreShowsTheEmptyState();
    void demoStoreShowsTheBanner();
    void statusBarNamesTheStore();
    void f5ShowsChangesMadeElsewhere();
    void autoRefreshShowsChangesAndKeepsWhatIsOnScreen();
    void autoRefreshNeverStacksRequests();
    void preferencesTurnTheAutoRefreshOnAtOnce();

private:
    std::unique_ptr<SqlStore> openStore(bool demo = false);
    void addApp(SqlStore& store, const QString& name, const QString& scope);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settings;
};

void TestMainWindow::initTestCase()
{
    // The preferences (automatic refresh) come from a settings file of the test's own.
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    Preferences().setExpiryReminderDays(Rules::DefaultExpiryReminderDays); // a test turned it off
    m_dir.reset();
}

std::unique_ptr<SqlStore> TestMainWindow::openStore(bool demo)
{
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    options.demo = demo;
    options.actor = QStringLiteral("trainer");
    auto store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> info = waitFor(store->open());
    if (!info.ok())
        qFatal("open failed: %s", qPrintable(info.error().toString()));
    return store;
}

void TestMainWindow::addApp(SqlStore& store, const QString& name, const QString& scope)
{
    const Result<App> app = waitFor(store.createApp(NewApp{name, {scope}}));
    if (!app.ok())
        qFatal("createApp failed: %s", qPrintable(app.error().toString()));
}

void TestMainWindow::showsTheAppsOfTheStore()
{
    auto store = openStore();
    addApp(*store, QStringLiteral("Customer Support"), QStringLiteral("guardrails:deploy"));
    addApp(*store, QStringLiteral("Marketing"), QStringLiteral("model:export"));
    const StoreInfo info = waitFor(store->open()).value();

    MainWindow window(store.get(), info);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("appsTableView"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->index(0, AppListModel::NameColumn).data().toString(),
             QStringLiteral("Customer Support"));
    QCOMPARE(table->model()->index(1, AppListModel::ScopesColumn).data().toString(),
             QStringLiteral("model:export"));
    QCOMPARE(table->model()->index(1, AppListModel::CreatedByColumn).data().toString(),
             QStringLiteral("trainer"));
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("demoBannerLabel"))->isVisible());
}

void TestMainWindow::typingInSearchFiltersTheTable()
{
    auto store = openStore();
    addApp(*store, QStringLiteral("Customer Support"), QStringLiteral("guardrails:deploy"));
    addApp(*store, QStringLiteral("Marketing"), QStringLiteral("model:export"));
    addApp(*store, QStringLiteral("Risk & Compliance"), QStringLiteral("workflow:deploy"));

    MainWindow window(store.get(), waitFor(store->open()).value());
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("appsTableView"));
    auto* search = window.appsPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(table && search);
    QTRY_COMPARE(table->model()->rowCount(), 3);

    QTest::keyClicks(search, QStringLiteral("deploy"));
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral(" workflow"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Risk & Compliance"));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::ctrlFFocusesSearch()
{
    auto store = openStore();
    addApp(*store, QStringLiteral("Marketing"), QStringLiteral("model:export"));
    MainWindow window(store.get(), waitFor(store->open()).value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("appsTableView"));
    auto* search = window.appsPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

void TestMainWindow::emptyStoreShowsTheEmptyState()
{
    auto store = openStore();
    MainWindow window(store.get(), waitFor(store->open()).value());
    window.show();
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("appsStackedWidget"));
    QVERIFY(stack);
    QTRY_VERIFY(window.appListModel()->hasLoaded());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));

    addApp(*store, QStringLiteral("Marketing"), QStringLiteral("model:export"));
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("appsTablePage"));
}

void TestMainWindow::demoStoreShowsTheBanner()
{
    auto store = openStore(/*demo=*/true);
    QVERIFY(waitFor(store->seedDemo()).ok());
    const StoreInfo info = waitFor(store->open()).value();
    QVERIFY(info.demo);
    MainWindow window(store.get(), info);
    window.show();
    auto* banner = window.findChild<QLabel*>(QStringLiteral("demoBannerLabel"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("work nowhere else")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
    QTRY_COMPARE(window.appListModel()->rowCount(), 3);
}

void TestMainWindow::statusBarNamesTheStore()
{
    auto store = openStore();
    const StoreInfo info = waitFor(store->open()).value();
    MainWindow window(store.get(), info);
    auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("storeLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("store.sqlite")), qPrintable(label->text()));
    QVERIFY(label->text().startsWith(QStringLiteral("Local store")));
}

void TestMainWindow::f5ShowsChangesMadeElsewhere()
{
    auto store = openStore();
    MainWindow window(store.get(), waitFor(store->open()).value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.appListModel()->hasLoaded());
    QCOMPARE(window.appListModel()->rowCount(), 0);
    QSignalSpy loaded(window.appListModel(), &AppListModel::loaded);

    {
        // Another program (a second console) changes the same file.
        auto other = std::make_unique<SqlStore>([&] {
            SqlStoreOptions o;
            o.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
            return o;
        }());
        QVERIFY(waitFor(other->open()).ok());
        addApp(*other, QStringLiteral("Made elsewhere"), QStringLiteral("model:export"));
    }
    // No signal crosses programs: once the window's store has answered everything asked of it
    // until now, the window has not loaded again.
    QVERIFY(test::settle(*store));
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(window.appListModel()->rowCount(), 0);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
}

void TestMainWindow::autoRefreshShowsChangesAndKeepsWhatIsOnScreen()
{
    auto store = openStore();
    for (int i = 0; i < 80; ++i)
        addApp(*store, QStringLiteral("App %1").arg(i, 2, 10, QLatin1Char('0')),
               QStringLiteral("model:export"));
    MainWindow window(store.get(), waitFor(store->open()).value());
    window.resize(900, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.autoRefreshInterval(), 0); // off unless chosen
    auto* table = window.findChild<QTableView*>(QStringLiteral("appsTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 80);

    // Someone looks at an app half-way down, scrolled there, with its dialog open.
    table->scrollTo(table->model()->index(60, 0), QAbstractItemView::PositionAtTop);
    table->selectRow(58);
    const QString selected = table->model()->index(58, 0).data().toString();
    QCOMPARE(selected, QStringLiteral("App 58"));
    const int scrolled = table->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    window.appsPage()->editCurrentApp();
    QTRY_VERIFY(window.findChild<AppDialog*>());
    QPointer<AppDialog> dialog = window.findChild<AppDialog*>();
    QTRY_VERIFY(dialog->isVisible());

    window.setAutoRefreshInterval(100);
    QCOMPARE(window.autoRefreshInterval(), 100);
    {
        // Another program (a second console) changes the same file.
        SqlStoreOptions o;
        o.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
        SqlStore other(o);
        QVERIFY(waitFor(other.open()).ok());
        addApp(other, QStringLiteral("App 99 made elsewhere"), QStringLiteral("model:export"));
    }
    // No F5: the next tick shows it…
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 81, 10000);
    // …and nothing the person was looking at moved.
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().data().toString(), selected);
    QCOMPARE(table->selectionModel()->currentIndex().row(), rows.constFirst().row());
    QCOMPARE(table->verticalScrollBar()->value(), scrolled);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->app().name, selected);
    // F5 keeps them too.
    window.setAutoRefreshInterval(0);
    QCOMPARE(window.autoRefreshInterval(), 0);
    dialog->reject();
    QTRY_VERIFY(!dialog);
    window.findChild<QAction*>(QStringLiteral("refreshAction"))->trigger(); // F5
    QVERIFY(window.appListModel()->isLoading());
    QTRY_VERIFY(!window.appListModel()->isLoading());
    QCOMPARE(table->selectionModel()->selectedRows().value(0).data().toString(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scrolled);
}

void TestMainWindow::autoRefreshNeverStacksRequests()
{
    // A real SQLite store whose listApps() answers only when told to (a slow server, a big
    // store).
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("held.sqlite"));
    test::ForwardingStore store(std::make_unique<SqlStore>(options),
                                test::ForwardingStore::Signals::Dropped);
    store.listAppsCalls.hold = true;
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY(info.ok());
    // Only the apps page asks for apps: the expiry reminder, which loads the API Keys page's
    // keys (and their apps) at once, is off.
    Preferences().setExpiryReminderDays(0);
    MainWindow window(&store, info.value());
    window.show();
    window.setAutoRefreshInterval(20);
    // The first load is on its way and does not come back: ticks go by without asking again.
    // (A fixed wait: the test is about time passing, fifteen ticks that rightly do nothing
    // and so leave nothing to wait for.)
    QTest::qWait(300);
    QCOMPARE(store.listAppsCalls.calls, 1);
    QVERIFY(window.appListModel()->isLoading());

    // Once it is answered, the ticks refresh again, one request at a time.
    store.listAppsCalls.release();
    QTRY_VERIFY(window.appListModel()->hasLoaded());
    QTRY_VERIFY(store.listAppsCalls.calls >= 2);
    QTest::qWait(300); // again fifteen ticks, while the second request is held
    QCOMPARE(store.listAppsCalls.heldCount(), 1);
    QCOMPARE(store.listAppsCalls.calls, 2);
    store.listAppsCalls.hold = false;
    store.listAppsCalls.release();
    QTRY_VERIFY(store.listAppsCalls.calls >= 4); // answered at once: it keeps refreshing
}

void TestMainWindow::preferencesTurnTheAutoRefreshOnAtOnce()
{
    auto store = openStore();
    MainWindow window(store.get(), waitFor(store->open()).value());
    window.show();
    QCOMPARE(window.autoRefreshInterval(), 0);
    window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    auto* dialog = window.findChild<PreferencesDialog*>();
    QVERIFY(dialog);
    auto* every = dialog->findChild<QComboBox*>(QStringLiteral("autoRefreshComboBox"));
    QVERIFY(every);
    QCOMPARE(every->currentData().toInt(), 0);
    QCOMPARE(every->currentText(), PreferencesDialog::tr("Off"));
    QCOMPARE(every->count(), Preferences::autoRefreshPresets().size());
    every->setCurrentIndex(every->findData(60));
    QCOMPARE(every->currentText(), PreferencesDialog::tr("Every minute"));
    dialog->accept();
    QCOMPARE(window.autoRefreshInterval(), 60 * 1000); // at once, no restart
    QCOMPARE(Preferences().autoRefreshSeconds(), 60);
    {
        MainWindow next(store.get(), waitFor(store->open()).value());
        QCOMPARE(next.autoRefreshInterval(), 60 * 1000); // and from then on
    }
    Preferences().setAutoRefreshSeconds(7); // not a choice: ignored
    QCOMPARE(Preferences().autoRefreshSeconds(), 60);

    QPointer<PreferencesDialog> closed = dialog;
    QTRY_VERIFY(!closed); // it deletes itself once closed
    window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    dialog = window.findChild<PreferencesDialog*>();
    QTRY_VERIFY(dialog);
    every = dialog->findChild<QComboBox*>(QStringLiteral("autoRefreshComboBox"));
    QCOMPARE(every->currentData().toInt(), 60);
    every->setCurrentIndex(every->findData(0));
    dialog->accept();
    QCOMPARE(window.autoRefreshInterval(), 0);
    QCOMPARE(Preferences().autoRefreshSeconds(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
