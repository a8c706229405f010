// The app list model and its filter, over a real SQLite store.
#include "AppFilterProxyModel.h"
#include "AppListModel.h"
#include "SqlStore.h"
#include "StoreSettling.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace sk;

class TestAppListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsEveryAppWithItsSummary();
    void headersAreThePortalsColumns();
    void reloadsWhenTheStoreChanges();
    void filterMatchesNameScopeIdAndScopeName();
    void filterNeedsEveryWordAndIgnoresCase();
    void sortsCountsAsNumbersAndDatesAsDates();
    void reportsALoadFailure();
    void filterOnManyAppsShowsExactlyTheMatches();
    void nameOrderIgnoresCaseBothWays();
    void clearDropsTheRowsAndAnAnswerOnItsWay();

private:
    App create(const QString& name, const QStringList& scopes, int keys = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    ShiftableClock m_clock;
};

void TestAppListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    options.actor = QStringLiteral("alice");
    options.clock = m_clock.clock();
    m_store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> opened = waitFor(m_store->open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
}

void TestAppListModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

App TestAppListModel::create(const QString& name, const QStringList& scopes, int keys)
{
    const Result<App> app = waitFor(m_store->createApp(NewApp{name, scopes}));
    if (!app.ok())
        qFatal("createApp failed: %s", qPrintable(app.error().toString()));
    for (int i = 0; i < keys; ++i) {
        const Result<CreatedKey> key = waitFor(m_store->createKey(
            app->id, NewKey{QStringLiteral("key %1").arg(i), systemNow().addDays(30)}));
        if (!key.ok())
            qFatal("createKey failed: %s", qPrintable(key.error().toString()));
    }
    return waitFor(m_store->app(app->id)).value();
}

void TestAppListModel::loadsEveryAppWithItsSummary()
{
    create(QStringLiteral("Risk & Compliance"),
           {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy")}, 2);
    create(QStringLiteral("Customer Support"), {QStringLiteral("guardrails:deploy")});

    AppListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AppListModel::loaded);
    model.reload();
    QVERIFY(model.isLoading());
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AppListModel::ColumnCount));

    const int risk =
        model.rowOf(model.appAt(0).name == QLatin1String("Risk & Compliance") ? model.appAt(0).id
                                                                              : model.appAt(1).id);
    QVERIFY(risk >= 0);
    QCOMPARE(model.index(risk, AppListModel::NameColumn).data().toString(),
             QStringLiteral("Risk & Compliance"));
    QCOMPARE(model.index(risk, AppListModel::ScopesColumn).data().toString(),
             QStringLiteral("model:deploy, workflow:deploy"));
    QCOMPARE(model.index(risk, AppListModel::KeysColumn).data(AppListModel::SortRole).toInt(), 2);
    QCOMPARE(model.index(risk, AppListModel::CreatedByColumn).data().toString(),
             QStringLiteral("alice"));
    QCOMPARE(model.index(risk, AppListModel::CreatedOnColumn).data().toString(),
             QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    QVERIFY(model.index(risk, AppListModel::ScopesColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Deploy workflows")));
}

void TestAppListModel::headersAreThePortalsColumns()
{
    AppListModel model(m_store.get());
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             QStringList({QStringLiteral("Name"), QStringLiteral("Scopes"), QStringLiteral("Keys"),
                          QStringLiteral("Created by"), QStringLiteral("Created on")}));
}

void TestAppListModel::reloadsWhenTheStoreChanges()
{
    AppListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_VERIFY(model.hasLoaded());
    QCOMPARE(model.rowCount(), 0);

    const App app = create(QStringLiteral("Marketing"), {QStringLiteral("model:export")});
    QTRY_COMPARE(model.rowCount(), 1);

    const Result<CreatedKey> key = waitFor(
        m_store->createKey(app.id, NewKey{QStringLiteral("Campaigns"), systemNow().addDays(5)}));
    QVERIFY(key.ok());
    QTRY_COMPARE(model.index(0, AppListModel::KeysColumn).data(AppListModel::SortRole).toInt(), 1);

    QVERIFY(waitFor(m_store->deleteApp(app.id)).ok());
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestAppListModel::filterMatchesNameScopeIdAndScopeName()
{
    create(QStringLiteral("Risk & Compliance"), {QStringLiteral("workflow:deploy")});
    create(QStringLiteral("Customer Support"), {QStringLiteral("guardrails:deploy")});
    create(QStringLiteral("Marketing"), {QStringLiteral("model:export")});

    AppListModel model(m_store.get());
    AppFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_COMPARE(proxy.rowCount(), 3);

    proxy.setSearchText(QStringLiteral("support"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Customer Support"));

    proxy.setSearchText(QStringLiteral("guardrails:"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Customer Support"));

    proxy.setSearchText(QStringLiteral("Export models")); // the scope's display name
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Marketing"));

    proxy.setSearchText(QStringLiteral("deploy"));
    QCOMPARE(proxy.rowCount(), 2);

    proxy.setSearchText(QStringLiteral("no such app"));
    QCOMPARE(proxy.rowCount(), 0);

    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestAppListModel::filterNeedsEveryWordAndIgnoresCase()
{
    create(QStringLiteral("Risk & Compliance"), {QStringLiteral("workflow:deploy")});
    create(QStringLiteral("Risk Reporting"), {QStringLiteral("model:export")});
    create(QStringLiteral("CAFÉ Analytics"), {QStringLiteral("model:export")});

    AppListModel model(m_store.get());
    AppFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.reload();
    QTRY_COMPARE(proxy.rowCount(), 3);

    proxy.setSearchText(QStringLiteral("RISK workflow"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Risk & Compliance"));

    proxy.setSearchText(QStringLiteral("café"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("CAFÉ Analytics"));
}

void TestAppListModel::sortsCountsAsNumbersAndDatesAsDates()
{
    create(QStringLiteral("Nine"), {QStringLiteral("model:export")}, 9);
    m_clock.advance(-3 * 24 * 3600 * 1000LL); // created three days earlier
    create(QStringLiteral("Ten"), {QStringLiteral("model:export")}, 10);
    m_clock.setOffset(0);

    AppListModel model(m_store.get());
    AppFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.reload();
    QTRY_COMPARE(proxy.rowCount(), 2);

    proxy.sort(AppListModel::KeysColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Ten")); // 10 > 9, not "10" < "9"

    proxy.sort(AppListModel::CreatedOnColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Ten"));

    proxy.sort(AppListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Nine"));
}

void TestAppListModel::reportsALoadFailure()
{
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("never-opened.sqlite"));
    SqlStore closed(options); // open() is never called
    AppListModel model(&closed);
    QSignalSpy failed(&model, &AppListModel::loadFailed);
    model.reload();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code(), ErrorCode::Unavailable);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestAppListModel::filterOnManyAppsShowsExactlyTheMatches()
{
    // Enough apps that a search changes hundreds of rows at once (the proxy then relayouts
    // in one go) as well as a few (it moves them one by one): both must show the same rows.
    for (int i = 0; i < 450; ++i) {
        const QString scope =
            i % 3 == 0 ? QStringLiteral("model:deploy") : QStringLiteral("guardrails:deploy");
        create(QStringLiteral("App %1").arg(i, 3, 10, QLatin1Char('0')), {scope});
    }
    AppListModel model(m_store.get());
    AppFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AppListModel::NameColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_COMPARE(proxy.rowCount(), 450);

    const auto names = [&] {
        QStringList list;
        for (int r = 0; r < proxy.rowCount(); ++r)
            list << proxy.index(r, 0).data().toString();
        return list;
    };
    proxy.setSearchText(QStringLiteral("model")); // 300 rows leave at once
    QCOMPARE(proxy.rowCount(), 150);
    QCOMPARE(names().constFirst(), QStringLiteral("App 000"));
    QCOMPARE(names().constLast(), QStringLiteral("App 447"));
    proxy.setSearchText(QStringLiteral("model app 44")); // every word must match: a few stay
    QCOMPARE(names(), QStringList({QStringLiteral("App 144"), QStringLiteral("App 441"),
                                   QStringLiteral("App 444"), QStringLiteral("App 447")}));
    proxy.setSearchText(QStringLiteral("app 44")); // a few come back: 044, 144, 244, 344, 44x
    QCOMPARE(proxy.rowCount(), 14);
    proxy.setSearchText(QStringLiteral("guardrails")); // hundreds come back
    QCOMPARE(proxy.rowCount(), 300);
    QStringList shown = names();
    QVERIFY(std::is_sorted(shown.cbegin(), shown.cend()));
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 450);
    shown = names();
    QVERIFY(std::is_sorted(shown.cbegin(), shown.cend()));
}

void TestAppListModel::nameOrderIgnoresCaseBothWays()
{
    for (const char* name : {"gamma", "Beta 2", "alpha", "beta", "Émile", "Zeta", "delta"})
        create(QString::fromUtf8(name), {QStringLiteral("model:export")});
    AppListModel model(m_store.get());
    AppFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_COMPARE(proxy.rowCount(), 7);
    const auto names = [&] {
        QStringList list;
        for (int r = 0; r < proxy.rowCount(); ++r)
            list << proxy.index(r, 0).data().toString();
        return list;
    };
    const QStringList ascending = {QStringLiteral("alpha"),  QStringLiteral("beta"),
                                   QStringLiteral("Beta 2"), QStringLiteral("delta"),
                                   QStringLiteral("gamma"),  QStringLiteral("Zeta"),
                                   QStringLiteral("Émile")};
    proxy.sort(AppListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(), ascending);
    proxy.sort(AppListModel::NameColumn, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(names(), descending);
    proxy.sort(AppListModel::NameColumn, Qt::AscendingOrder);
    proxy.setSearchText(QStringLiteral("ta"));
    QCOMPARE(names(), QStringList({QStringLiteral("beta"), QStringLiteral("Beta 2"),
                                   QStringLiteral("delta"), QStringLiteral("Zeta")}));
}

void TestAppListModel::clearDropsTheRowsAndAnAnswerOnItsWay()
{
    create(QStringLiteral("Payments"), {QStringLiteral("model:deploy")});
    AppListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AppListModel::loaded);
    model.reload();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 1);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasLoaded());
    QVERIFY(!model.isLoading());

    // An answer asked for before clear() does not bring the rows back.
    model.reload();
    QVERIFY(model.isLoading());
    model.clear();
    QVERIFY(!model.isLoading());
    QVERIFY(test::settle(*m_store)); // the dropped answer has been delivered
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(loaded.count(), 1);
}

QTEST_GUILESS_MAIN(TestAppListModel)
#include "tst_applistmodel.moc"
