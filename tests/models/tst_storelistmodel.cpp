// What the three list models share (StoreListModel): the store's change signals of one turn of
// the event loop make one reload, only a model in use follows them, and an answer that a newer
// load has overtaken is dropped. Each case runs on the apps, the keys and the activity model,
// over a real SQLite store behind a ForwardingStore that counts and holds their calls.
#include "AppListModel.h"
#include "AuditLogModel.h"
#include "ForwardingStore.h"
#include "KeyListModel.h"
#include "SqlStore.h"
#include "StoreSettling.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace sk;
using test::ForwardingStore;

namespace {

enum class Kind
{
    Apps,
    Keys,
    Activity,
};

/// A model, and the store call that loads its rows.
struct Subject
{
    std::unique_ptr<StoreListModel> model;
    std::function<int()> calls;     // how often the rows were asked for
    std::function<void(bool)> hold; // keep those calls unanswered (or not) from now on
    std::function<void()> release;  // answer the held ones, with what the store holds now
};

template <typename T> void bind(Subject& subject, test::Interception<T>& calls)
{
    subject.calls = [&calls] { return calls.calls; };
    subject.hold = [&calls](bool on) { calls.hold = on; };
    subject.release = [&calls] { calls.release(); };
}

Subject subject(Kind kind, ForwardingStore& store)
{
    Subject s;
    switch (kind) {
    case Kind::Apps:
        s.model = std::make_unique<AppListModel>(&store);
        bind(s, store.listAppsCalls);
        break;
    case Kind::Keys:
        s.model = std::make_unique<KeyListModel>(&store, KeyListModel::AllKeysLayout);
        bind(s, store.keysPageCalls); // one page: the store holds few keys
        break;
    case Kind::Activity:
        s.model = std::make_unique<AuditLogModel>(&store);
        bind(s, store.auditCalls);
        break;
    }
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestStoreListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changesInOneTurnMakeOneReload_data() { kinds(); }
    void changesInOneTurnMakeOneReload();
    void aModelNotInUseDoesNotFollowTheStore_data() { kinds(); }
    void aModelNotInUseDoesNotFollowTheStore();
    void anAnswerOvertakenByANewerOneIsDropped_data() { kinds(); }
    void anAnswerOvertakenByANewerOneIsDropped();

private:
    static void kinds();
    /// An app with one key, made in the real store (the forwarding store passes no signal on).
    App createAppWithKey(const QString& name);
    void load(StoreListModel& model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_real;
    std::unique_ptr<ForwardingStore> m_store;
};

void TestStoreListModel::kinds()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("apps") << Kind::Apps;
    QTest::newRow("keys") << Kind::Keys;
    QTest::newRow("activity") << Kind::Activity;
}

void TestStoreListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    options.actor = QStringLiteral("alice");
    m_real = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> opened = waitFor(m_real->open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    // The test announces changes itself: the real store's signals are not passed on.
    m_store = std::make_unique<ForwardingStore>(m_real.get(), ForwardingStore::Signals::Dropped);
}

void TestStoreListModel::cleanup()
{
    m_store.reset();
    m_real.reset();
    m_dir.reset();
}

App TestStoreListModel::createAppWithKey(const QString& name)
{
    const Result<App> app =
        waitFor(m_real->createApp(NewApp{name, {QStringLiteral("workflow:deploy")}}));
    if (!app.ok())
        qFatal("createApp failed: %s", qPrintable(app.error().toString()));
    const Result<CreatedKey> key = waitFor(
        m_real->createKey(app->id, NewKey{name + QStringLiteral(" key"), systemNow().addDays(30)}));
    if (!key.ok())
        qFatal("createKey failed: %s", qPrintable(key.error().toString()));
    return app.value();
}

void TestStoreListModel::load(StoreListModel& model)
{
    QSignalSpy loaded(&model, &StoreListModel::loaded);
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
}

void TestStoreListModel::changesInOneTurnMakeOneReload()
{
    QFETCH(Kind, kind);
    const App app = createAppWithKey(QStringLiteral("Payments"));
    Subject s = subject(kind, *m_store);
    QAbstractItemModelTester tester(s.model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(*s.model);
    const int before = s.calls();
    QCOMPARE(before, 1);

    QSignalSpy loaded(s.model.get(), &StoreListModel::loaded);
    QSignalSpy loading(s.model.get(), &StoreListModel::loadingChanged);
    // A key deleted with its app: the store announces both, and more may follow at once.
    Q_EMIT m_store->keysChanged(app.id);
    Q_EMIT m_store->appsChanged();
    Q_EMIT m_store->keysChanged(app.id);
    QCOMPARE(s.calls(), before); // gathered for the next turn of the event loop
    QVERIFY(!s.model->isLoading());

    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(test::settle(*m_store)); // a second reload would have been asked for by now
    QCOMPARE(s.calls(), before + 1);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);

    // A reload asked for by hand takes the place of one the store's signals scheduled.
    Q_EMIT m_store->appsChanged();
    s.model->reload();
    QTRY_COMPARE(loaded.size(), 2);
    QVERIFY(test::settle(*m_store));
    QCOMPARE(s.calls(), before + 2);
    QCOMPARE(loaded.size(), 2);
}

void TestStoreListModel::aModelNotInUseDoesNotFollowTheStore()
{
    QFETCH(Kind, kind);
    const App app = createAppWithKey(QStringLiteral("Payments"));
    Subject s = subject(kind, *m_store);
    QSignalSpy loading(s.model.get(), &StoreListModel::loadingChanged);

    // Never shown: a change loads nothing.
    Q_EMIT m_store->appsChanged();
    Q_EMIT m_store->keysChanged(app.id);
    QVERIFY(test::settle(*m_store));
    QCOMPARE(s.calls(), 0);
    QVERIFY(loading.isEmpty());

    // Shown, then cleared (signed out): a change loads nothing either.
    load(*s.model);
    QVERIFY(s.model->rowCount() > 0);
    s.model->clear();
    loading.clear();
    Q_EMIT m_store->appsChanged();
    Q_EMIT m_store->keysChanged(app.id);
    QVERIFY(test::settle(*m_store));
    QCOMPARE(s.calls(), 1);
    QVERIFY(loading.isEmpty());
    QCOMPARE(s.model->rowCount(), 0);
    QVERIFY(!s.model->hasLoaded());
}

void TestStoreListModel::anAnswerOvertakenByANewerOneIsDropped()
{
    QFETCH(Kind, kind);
    createAppWithKey(QStringLiteral("Payments"));
    Subject s = subject(kind, *m_store);
    QAbstractItemModelTester tester(s.model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(*s.model);
    const int firstRows = s.model->rowCount();

    QSignalSpy loaded(s.model.get(), &StoreListModel::loaded);
    QSignalSpy loading(s.model.get(), &StoreListModel::loadingChanged);
    QSignalSpy resets(s.model.get(), &QAbstractItemModel::modelReset);
    s.hold(true);
    s.model->reload(); // its answer is held
    s.hold(false);
    const App risk = createAppWithKey(QStringLiteral("Risk"));
    s.model->reload(); // answered at once
    QTRY_COMPARE(loaded.size(), 1);
    const int newerRows = s.model->rowCount();
    QVERIFY(newerRows > firstRows);
    QVERIFY(!s.model->isLoading());

    // The older request is answered last, with what the store holds by then (Risk deleted: the
    // apps and keys have fewer rows, the activity one more): it must not be shown.
    QVERIFY(waitFor(m_real->deleteApp(risk.id)).ok());
    s.release();
    QVERIFY(test::settle(*m_store)); // the held answer has been delivered
    QCOMPARE(s.calls(), 3);
    QCOMPARE(s.model->rowCount(), newerRows);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(loading.size(), 2); // true at the first reload, false at the newer answer
    QVERIFY(!s.model->isLoading());

    // Without it overtaken, the same answer is shown.
    s.model->reload();
    QTRY_COMPARE(loaded.size(), 2);
    QVERIFY(s.model->rowCount() != newerRows);
}

QTEST_GUILESS_MAIN(TestStoreListModel)
#include "tst_storelistmodel.moc"
