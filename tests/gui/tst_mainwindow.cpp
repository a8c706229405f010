// The main window over a real store, driven through its widgets (offscreen).
#include "AppListModel.h"
#include "AppsPage.h"
#include "MainWindow.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QLabel>
#include <QLineEdit>
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
    void init();
    void cleanup();
    void showsTheAppsOfTheStore();
    void typingInSearchFiltersTheTable();
    void ctrlFFocusesSearch();
    void emptyStoreShowsTheEmptyState();
    void demoStoreShowsTheBanner();
    void statusBarNamesTheStore();
    void f5ShowsChangesMadeElsewhere();

private:
    std::unique_ptr<SqlStore> openStore(bool demo = false);
    void addApp(SqlStore& store, const QString& name, const QString& scope);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
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
    QTest::qWait(50);
    QCOMPARE(window.appListModel()->rowCount(), 0); // no signal crosses programs
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
