// The "API Keys" page's model (KeyListModel of every key) loads page after page: a first load
// shows each page's rows as it comes, a reload of rows shown replaces them once, a newer load
// drops the pages of an older one, and a failing page keeps the rows shown. Over a real SQLite
// store behind a ForwardingStore that counts and holds the page calls; pages of 2 or 3 keys.
#include "ForwardingStore.h"
#include "KeyFilterProxyModel.h"
#include "KeyListModel.h"
#include "SqlStore.h"
#include "StoreSettling.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sk;
using test::ForwardingStore;

namespace {

/// The key ids of the model's rows, top to bottom.
QStringList rowIds(const KeyListModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.keyAt(row).id;
    return ids;
}

/// The display texts of `column`, top to bottom.
QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

class TestKeyListPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pageSizeIsAtMostAStorePage();
    void theFirstPageShowsWhileTheNextIsHeld();
    void theFilterAndSortingFollowThePagesAsTheyCome();
    void aReloadWhileStreamingDropsTheOlderPages();
    void aFailingPageKeepsTheRowsShown();
    void aReloadOfRowsShownReplacesThemOnce();
    void oneAppsKeysComeInOneAnswer();

private:
    /// `count` keys over two apps, made in the real store (no change signal reaches a model).
    void createKeys(int count);
    /// The ids of every key in the store, in its order.
    QStringList storeIds();
    /// Answers the held page calls, one page at a time, until `loaded` has been emitted.
    bool releasePagesUntil(QSignalSpy& loaded);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_real;
    std::unique_ptr<ForwardingStore> m_store;
    QList<App> m_apps;
    int m_made = 0; // keys made so far: the next one's number
};

void TestKeyListPaging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    options.actor = QStringLiteral("alice");
    m_real = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> opened = waitFor(m_real->open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_store = std::make_unique<ForwardingStore>(m_real.get(), ForwardingStore::Signals::Dropped);
    m_apps.clear();
    m_made = 0;
    for (const QString& name : {QStringLiteral("Payments"), QStringLiteral("Risk")}) {
        const Result<App> app =
            waitFor(m_real->createApp(NewApp{name, {QStringLiteral("workflow:deploy")}}));
        QVERIFY2(app.ok(), qPrintable(app.error().toString()));
        m_apps << app.value();
    }
}

void TestKeyListPaging::cleanup()
{
    m_store.reset();
    m_real.reset();
    m_dir.reset();
}

void TestKeyListPaging::createKeys(int count)
{
    int& made = m_made;
    for (int i = 0; i < count; ++i, ++made) {
        const QString name =
            (made % 3 == 0 ? QStringLiteral("Nightly batch %1") : QStringLiteral("Chatbot %1"))
                .arg(made, 2, 10, QLatin1Char('0'));
        const Result<CreatedKey> key = waitFor(m_real->createKey(
            m_apps.at(made % 2).id, NewKey{name, systemNow().addDays(30 + made)}));
        if (!key.ok())
            qFatal("createKey failed: %s", qPrintable(key.error().toString()));
    }
}

QStringList TestKeyListPaging::storeIds()
{
    QStringList ids;
    const Result<QList<ApiKey>> keys = waitFor(m_real->listAllKeys());
    if (!keys.ok())
        qFatal("listAllKeys failed: %s", qPrintable(keys.error().toString()));
    for (const ApiKey& key : keys.value())
        ids << key.id;
    return ids;
}

bool TestKeyListPaging::releasePagesUntil(QSignalSpy& loaded)
{
    test::Interception<Page<ApiKey>>& pages = m_store->keysPageCalls;
    while (loaded.isEmpty()) {
        if (!QTest::qWaitFor([&] { return pages.heldCount() > 0 || !loaded.isEmpty(); }))
            return false;
        pages.release();
    }
    return true;
}

void TestKeyListPaging::pageSizeIsAtMostAStorePage()
{
    KeyListModel model(m_store.get());
    QCOMPARE(model.pageSize(), PageQuery::MaxRows);
    model.setPageSize(0);
    QCOMPARE(model.pageSize(), 1);
    model.setPageSize(PageQuery::MaxRows + 1);
    QCOMPARE(model.pageSize(), PageQuery::MaxRows);
}

void TestKeyListPaging::theFirstPageShowsWhileTheNextIsHeld()
{
    createKeys(5);
    KeyListModel model(m_store.get());
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &KeyListModel::loaded);
    QSignalSpy loading(&model, &KeyListModel::loadingChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    test::Interception<Page<ApiKey>>& pages = m_store->keysPageCalls;
    pages.hold = true;

    model.reload();
    QTRY_COMPARE(pages.heldCount(), 1);
    QCOMPARE(model.rowCount(), 0);
    pages.release();
    QTRY_COMPARE(model.rowCount(), 2); // the first page, while the second is asked for
    QTRY_COMPARE(pages.heldCount(), 1);
    QCOMPARE(rowIds(model), storeIds().mid(0, 2));
    QCOMPARE(model.index(0, KeyListModel::AllKeysScopesColumn).data().toString(),
             QStringLiteral("workflow:deploy"));
    QVERIFY(model.isLoading());
    QVERIFY(!model.hasLoaded());
    QVERIFY(loaded.isEmpty());

    pages.release();
    QTRY_COMPARE(model.rowCount(), 4);
    QTRY_COMPARE(pages.heldCount(), 1);
    QVERIFY(model.isLoading());
    pages.release();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(rowIds(model), storeIds());
    QVERIFY(!model.isLoading());
    QVERIFY(model.hasLoaded());
    QCOMPARE(loading.size(), 2); // true at the start, false after the last page
    QCOMPARE(pages.calls, 3);
    QCOMPARE(inserted.size(), 3); // a page at a time, appended
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_store->listAllKeysCalls.calls, 0);
}

void TestKeyListPaging::theFilterAndSortingFollowThePagesAsTheyCome()
{
    createKeys(8);
    KeyListModel model(m_store.get());
    model.setPageSize(3);
    KeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(KeyListModel::AllKeysNameColumn, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("batch"));
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // After each page (the proxy follows the source before this runs): the rows shown are the
    // "batch" keys among those that came, by name, descending.
    QStringList problems;
    int pagesShown = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] {
        ++pagesShown;
        QStringList expected;
        for (const QString& name : columnTexts(model, KeyListModel::AllKeysNameColumn)) {
            if (name.contains(QStringLiteral("batch")))
                expected << name;
        }
        std::sort(expected.begin(), expected.end(), std::greater<>());
        const QStringList shown = columnTexts(proxy, KeyListModel::AllKeysNameColumn);
        if (shown != expected) {
            problems << QStringLiteral("after %1 rows: %2 instead of %3")
                            .arg(model.rowCount())
                            .arg(shown.join(QLatin1Char('|')), expected.join(QLatin1Char('|')));
        }
    });
    QSignalSpy loaded(&model, &KeyListModel::loaded);
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(pagesShown, 3);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(proxy.rowCount(), 3); // keys 00, 03, 06
    QCOMPARE(proxy.index(0, KeyListModel::AllKeysNameColumn).data().toString().left(13),
             QStringLiteral("Nightly batch"));
}

void TestKeyListPaging::aReloadWhileStreamingDropsTheOlderPages()
{
    createKeys(5);
    KeyListModel model(m_store.get());
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &KeyListModel::loaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    test::Interception<Page<ApiKey>>& pages = m_store->keysPageCalls;
    pages.hold = true;

    model.reload();
    QTRY_COMPARE(pages.heldCount(), 1);
    pages.release();
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_COMPARE(pages.heldCount(), 1); // the older load's second page

    // The store changes, and the model is reloaded while its older pages still come.
    const QStringList before = storeIds();
    QVERIFY(waitFor(m_real->deleteKey(m_apps.at(1).id, before.last())).ok());
    createKeys(1);
    model.reload();
    QTRY_COMPARE(pages.heldCount(), 2);
    QVERIFY(releasePagesUntil(loaded));
    QVERIFY(test::settle(*m_store)); // whatever else was on its way has been delivered

    const QStringList ids = rowIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no row twice
    QCOMPARE(ids, storeIds());
    QVERIFY(!ids.contains(before.last()));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(pages.calls, 2 + 3); // the older load asked for no page after its dropped second
    QCOMPARE(inserted.size(), 1); // the older load's first page
    QCOMPARE(resets.size(), 1);   // the newer load, gathered, replaced the rows shown at once
    QVERIFY(!model.isLoading());
}

void TestKeyListPaging::aFailingPageKeepsTheRowsShown()
{
    createKeys(5);
    KeyListModel model(m_store.get());
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &KeyListModel::loaded);
    QSignalSpy failed(&model, &KeyListModel::loadFailed);
    test::Interception<Page<ApiKey>>& pages = m_store->keysPageCalls;
    pages.hold = true;

    model.reload();
    QTRY_COMPARE(pages.heldCount(), 1);
    pages.release();
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_COMPARE(pages.heldCount(), 1);
    const QStringList firstPage = rowIds(model);
    pages.failHeld(Error(ErrorCode::Unavailable, QStringLiteral("The server went away.")));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code(), ErrorCode::Unavailable);
    QCOMPARE(rowIds(model), firstPage);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.hasLoaded());
    QVERIFY(loaded.isEmpty());
    QVERIFY(test::settle(*m_store));
    QCOMPARE(pages.calls, 2); // no page after the failed one

    // Loaded again, the rows shown are replaced by every key at once.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    pages.hold = false;
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(rowIds(model), storeIds());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(failed.size(), 1);
}

void TestKeyListPaging::aReloadOfRowsShownReplacesThemOnce()
{
    createKeys(5);
    KeyListModel model(m_store.get());
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &KeyListModel::loaded);
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
    const QStringList shown = rowIds(model);
    QCOMPARE(shown.size(), 5);

    const QStringList before = storeIds();
    QVERIFY(waitFor(m_real->deleteKey(m_apps.at(0).id, before.first())).ok());
    createKeys(2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy reloaded(&model, &KeyListModel::loaded);
    test::Interception<Page<ApiKey>>& pages = m_store->keysPageCalls;
    pages.hold = true;
    model.reload();
    QTRY_COMPARE(pages.heldCount(), 1);
    pages.release();
    QTRY_COMPARE(pages.heldCount(), 1); // the second page is asked for ...
    QCOMPARE(rowIds(model), shown);     // ... and the rows shown stay as they were meanwhile
    QVERIFY(model.isLoading());
    QVERIFY(resets.isEmpty());

    QVERIFY(releasePagesUntil(reloaded));
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(rowIds(model), storeIds());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(pages.calls, 3 + 3);
    QVERIFY(!model.isLoading());
}

void TestKeyListPaging::oneAppsKeysComeInOneAnswer()
{
    createKeys(5);
    KeyListModel model(m_store.get(), KeyListModel::AppKeysLayout, m_apps.at(0).id);
    model.setPageSize(2);
    QSignalSpy loaded(&model, &KeyListModel::loaded);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 3); // keys 0, 2 and 4
    QCOMPARE(m_store->listKeysCalls.calls, 1);
    QCOMPARE(m_store->keysPageCalls.calls, 0);
    QCOMPARE(resets.size(), 1);
}

QTEST_GUILESS_MAIN(TestKeyListPaging)
#include "tst_keylistpaging.moc"
