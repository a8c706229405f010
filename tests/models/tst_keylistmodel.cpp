// The key list model (both layouts) and its filter, over a real SQLite store.
#include "KeyFilterProxyModel.h"
#include "KeyListModel.h"
#include "SqlStore.h"
#include "StoreSettling.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace sk;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;

QStringList headers(const QAbstractItemModel& model)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts << model.headerData(c, Qt::Horizontal).toString();
    return texts;
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

class TestKeyListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void headersOfBothLayouts();
    void allKeysShowsEveryAppsKeysWithTheirAppAndScopes();
    void appKeysShowsOneAppsKeys();
    void switchingTheAppShowsItsKeys();
    void statusIsActiveExpiresSoonOrExpired();
    void aRolledKeyIsRollingUntilItStops();
    void expiresSoonMeansWithinFourteenDays();
    void aKeyCreatedInThePastShowsExpired();
    void statusChangesByItselfWhenAKeyExpires();
    void lastUsedIsNeverUntilTheKeyIsUsed();
    void sortsDatesAsDatesAndStatusInOrder();
    void reloadsAfterKeysAndAppsChange();
    void deletingTheShownAppEmptiesItsKeyList();
    void renamingAnAppUpdatesTheAllKeysView();
    void bothListsShowEffectiveScopes();
    void anAppLosingAScopeNarrowsTheListedScopes();
    void filterByStatus();
    void filterByExpiryWindowAndUse();
    void rolledKeysAreRollingAndNotReminded();
    void filterByKeyNameAppNameAndPrefix();
    void searchMatchesEffectiveScopes();
    void noCellEverHoldsTheSecret();
    void dropsAnswersOfAnOlderReload();
    void answersAfterTheModelIsGoneAreDropped();
    void reportsALoadFailure();

private:
    App createApp(const QString& name, const QStringList& scopes);
    CreatedKey createKey(const App& app, const QString& name, const QDateTime& expiresAt,
                         const std::optional<QStringList>& scopes = std::nullopt);
    void load(KeyListModel& model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    ShiftableClock m_clock; // the store's
};

void TestKeyListModel::init()
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

void TestKeyListModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_clock.setOffset(0);
}

App TestKeyListModel::createApp(const QString& name, const QStringList& scopes)
{
    const Result<App> app = waitFor(m_store->createApp(NewApp{name, scopes}));
    if (!app.ok())
        qFatal("createApp failed: %s", qPrintable(app.error().toString()));
    // Deliver the store's change signals now, not to a model made afterwards.
    QCoreApplication::sendPostedEvents();
    return app.value();
}

CreatedKey TestKeyListModel::createKey(const App& app, const QString& name,
                                       const QDateTime& expiresAt,
                                       const std::optional<QStringList>& scopes)
{
    const Result<CreatedKey> key =
        waitFor(m_store->createKey(app.id, NewKey{name, expiresAt, scopes}));
    if (!key.ok())
        qFatal("createKey failed: %s", qPrintable(key.error().toString()));
    QCoreApplication::sendPostedEvents();
    return key.value();
}

void TestKeyListModel::load(KeyListModel& model)
{
    QSignalSpy loaded(&model, &KeyListModel::loaded);
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
}

void TestKeyListModel::headersOfBothLayouts()
{
    KeyListModel all(m_store.get(), KeyListModel::AllKeysLayout);
    QCOMPARE(headers(all), QStringList({QStringLiteral("Key Name"), QStringLiteral("App"),
                                        QStringLiteral("Scopes"), QStringLiteral("Expiry Date"),
                                        QStringLiteral("Last used"), QStringLiteral("Status")}));
    QCOMPARE(all.columnOf(KeyListModel::StatusField), int(KeyListModel::AllKeysStatusColumn));
    QCOMPARE(all.columnOf(KeyListModel::PrefixField), -1);

    KeyListModel own(m_store.get(), KeyListModel::AppKeysLayout);
    QCOMPARE(headers(own), QStringList({QStringLiteral("Name"), QStringLiteral("Prefix"),
                                        QStringLiteral("Scopes"), QStringLiteral("Created by"),
                                        QStringLiteral("Created on"), QStringLiteral("Expires"),
                                        QStringLiteral("Last used")}));
    QCOMPARE(own.columnOf(KeyListModel::LastUsedField), int(KeyListModel::AppKeysLastUsedColumn));
    QCOMPARE(own.columnOf(KeyListModel::StatusField), -1);
}

void TestKeyListModel::allKeysShowsEveryAppsKeysWithTheirAppAndScopes()
{
    const App risk = createApp(QStringLiteral("Risk & Compliance"),
                               {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy")});
    const App support =
        createApp(QStringLiteral("Customer Support"), {QStringLiteral("guardrails:deploy")});
    createApp(QStringLiteral("Marketing"), {QStringLiteral("model:export")}); // no keys
    const CreatedKey nightly =
        createKey(risk, QStringLiteral("Nightly batch"), systemNow().addDays(90));
    createKey(risk, QStringLiteral("Audit export"), systemNow().addDays(200));
    const CreatedKey chat = createKey(support, QStringLiteral("Chatbot"), systemNow().addDays(60));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &KeyListModel::loadingChanged);
    load(model);
    QCOMPARE(loading.size(), 2); // true, then false
    QVERIFY(!model.isLoading());
    QVERIFY(model.hasLoaded());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(KeyListModel::AllKeysColumnCount));

    const int n = model.rowOf(nightly.key.id);
    QVERIFY(n >= 0);
    QCOMPARE(model.index(n, KeyListModel::AllKeysNameColumn).data().toString(),
             QStringLiteral("Nightly batch"));
    QCOMPARE(model.index(n, KeyListModel::AllKeysAppColumn).data().toString(),
             QStringLiteral("Risk & Compliance"));
    QCOMPARE(model.index(n, KeyListModel::AllKeysScopesColumn).data().toString(),
             QStringLiteral("model:deploy, workflow:deploy"));
    QVERIFY(model.index(n, KeyListModel::AllKeysScopesColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Deploy workflows")));
    QCOMPARE(model.index(n, KeyListModel::AllKeysExpiryColumn).data().toString(),
             QLocale().toString(nightly.key.expiresAt.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(model.index(n, KeyListModel::AllKeysLastUsedColumn).data().toString(),
             QStringLiteral("Never"));
    QCOMPARE(model.index(n, KeyListModel::AllKeysStatusColumn).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(model.index(n, KeyListModel::AllKeysStatusColumn).data(KeyListModel::KeyIdRole),
             QVariant(nightly.key.id));
    QCOMPARE(model.index(n, KeyListModel::AllKeysNameColumn).data(KeyListModel::AppIdRole),
             QVariant(risk.id));

    const int c = model.rowOf(chat.key.id);
    QVERIFY(c >= 0);
    QCOMPARE(model.index(c, KeyListModel::AllKeysAppColumn).data().toString(),
             QStringLiteral("Customer Support"));
    QCOMPARE(model.index(c, KeyListModel::AllKeysScopesColumn).data().toString(),
             QStringLiteral("guardrails:deploy"));
    QCOMPARE(model.keyAt(c).name, QStringLiteral("Chatbot"));
    QCOMPARE(model.keyAt(99).id, QString());
}

void TestKeyListModel::appKeysShowsOneAppsKeys()
{
    const App risk =
        createApp(QStringLiteral("Risk & Compliance"), {QStringLiteral("workflow:deploy")});
    const App support =
        createApp(QStringLiteral("Customer Support"), {QStringLiteral("guardrails:deploy")});
    const CreatedKey nightly =
        createKey(risk, QStringLiteral("Nightly batch"), systemNow().addDays(90));
    createKey(risk, QStringLiteral("Audit export"), systemNow().addDays(200));
    createKey(support, QStringLiteral("Chatbot"), systemNow().addDays(60));

    KeyListModel model(m_store.get(), KeyListModel::AppKeysLayout, risk.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(KeyListModel::AppKeysColumnCount));
    QStringList names = columnTexts(model, KeyListModel::AppKeysNameColumn);
    names.sort(); // keys made in the same millisecond come in no particular order
    QCOMPARE(names, QStringList({QStringLiteral("Audit export"), QStringLiteral("Nightly batch")}));

    const int n = model.rowOf(nightly.key.id);
    QCOMPARE(model.index(n, KeyListModel::AppKeysPrefixColumn).data().toString(),
             nightly.key.prefix);
    QVERIFY(nightly.key.prefix.startsWith(QLatin1String("spk_")));
    QCOMPARE(nightly.key.prefix.size(), 8);
    QCOMPARE(model.index(n, KeyListModel::AppKeysCreatedByColumn).data().toString(),
             QStringLiteral("alice"));
    QCOMPARE(model.index(n, KeyListModel::AppKeysCreatedOnColumn).data().toString(),
             QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    QCOMPARE(model.index(n, KeyListModel::AppKeysExpiresColumn).data().toString(),
             QLocale().toString(nightly.key.expiresAt.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(model.index(n, KeyListModel::AppKeysExpiresColumn).data(KeyListModel::SortRole),
             QVariant(nightly.key.expiresAt));
    QCOMPARE(model.index(n, KeyListModel::AppKeysLastUsedColumn).data().toString(),
             QStringLiteral("Never"));

    // The all-keys columns, for one app.
    KeyListModel allColumns(m_store.get(), KeyListModel::AllKeysLayout, support.id);
    QAbstractItemModelTester tester2(&allColumns,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(allColumns);
    QCOMPARE(allColumns.rowCount(), 1);
    QCOMPARE(allColumns.index(0, KeyListModel::AllKeysNameColumn).data().toString(),
             QStringLiteral("Chatbot"));
    QCOMPARE(allColumns.index(0, KeyListModel::AllKeysScopesColumn).data().toString(),
             QStringLiteral("guardrails:deploy"));
}

void TestKeyListModel::switchingTheAppShowsItsKeys()
{
    const App risk = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    const App support = createApp(QStringLiteral("Support"), {QStringLiteral("guardrails:deploy")});
    createKey(risk, QStringLiteral("One"), systemNow().addDays(90));
    createKey(support, QStringLiteral("Two"), systemNow().addDays(90));
    createKey(support, QStringLiteral("Three"), systemNow().addDays(90));

    KeyListModel model(m_store.get(), KeyListModel::AppKeysLayout, risk.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(columnTexts(model, 0), QStringList({QStringLiteral("One")}));

    QSignalSpy loaded(&model, &KeyListModel::loaded);
    model.setAppId(support.id);
    QCOMPARE(model.rowCount(), 0); // the old app's keys go at once
    QTRY_COMPARE(loaded.size(), 1);
    QStringList names = columnTexts(model, 0);
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("Three"), QStringLiteral("Two")}));

    model.setAppId(QString()); // every app
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(model.rowCount(), 3);
}

void TestKeyListModel::statusIsActiveExpiresSoonOrExpired()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    const CreatedKey later = createKey(app, QStringLiteral("Later"), systemNow().addDays(30));
    const CreatedKey soon = createKey(app, QStringLiteral("Soon"), systemNow().addDays(10));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ShiftableClock modelClock;
    model.setClock(modelClock.clock());
    load(model);

    const int l = model.rowOf(later.key.id);
    const int s = model.rowOf(soon.key.id);
    auto statusText = [&](int row) {
        return model.index(row, KeyListModel::AllKeysStatusColumn).data().toString();
    };
    auto status = [&](int row) {
        return model.index(row, KeyListModel::AllKeysNameColumn)
            .data(KeyListModel::StatusRole)
            .value<KeyListModel::Status>();
    };
    QCOMPARE(statusText(l), QStringLiteral("Active"));
    QCOMPARE(status(l), KeyListModel::Active);
    QCOMPARE(statusText(s), QStringLiteral("Expires soon"));
    QCOMPARE(status(s), KeyListModel::ExpiresSoon);
    QVERIFY(model.index(s, KeyListModel::AllKeysStatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("10 day")));

    // Seventeen days on, the soon one has expired and the later one expires soon.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    modelClock.advance(17 * DayMs);
    model.refreshStatus();
    QVERIFY(changed.size() >= 1);
    QCOMPARE(statusText(s), QStringLiteral("Expired"));
    QCOMPARE(status(s), KeyListModel::Expired);
    QCOMPARE(model.statusAt(s), KeyListModel::Expired);
    QCOMPARE(statusText(l), QStringLiteral("Expires soon"));

    modelClock.advance(30 * DayMs);
    model.refreshStatus();
    QCOMPARE(statusText(l), QStringLiteral("Expired"));

    // Back to the present: the statuses follow the clock both ways.
    model.setClock({});
    QCOMPARE(statusText(l), QStringLiteral("Active"));
    QCOMPARE(statusText(s), QStringLiteral("Expires soon"));
}

void TestKeyListModel::aRolledKeyIsRollingUntilItStops()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    const CreatedKey old = createKey(app, QStringLiteral("Old"), systemNow().addDays(10));
    const Result<RolledKey> rolled = waitFor(m_store->rollKey(
        app.id, old.key.id, RollKey{std::nullopt, systemNow().addDays(90), 2 * 24 * 3600}));
    QVERIFY(rolled.ok());

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ShiftableClock modelClock;
    model.setClock(modelClock.clock());
    load(model);
    const int o = model.rowOf(old.key.id);
    const int n = model.rowOf(rolled->newKey.key.id);
    const QModelIndex status = model.index(o, KeyListModel::AllKeysStatusColumn);
    // Rolling (not "Expires soon"), saying when it stops; the new key is active.
    QCOMPARE(status.data().toString(), QStringLiteral("Rolling"));
    QCOMPARE(model.statusAt(o), KeyListModel::Rolling);
    QVERIFY(status.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Rolled: stops")));
    QCOMPARE(model.statusAt(n), KeyListModel::Active);
    // Sorted after the keys that work on, before the expired ones.
    QVERIFY(status.data(KeyListModel::SortRole).toInt() >
            model.index(n, KeyListModel::AllKeysStatusColumn).data(KeyListModel::SortRole).toInt());

    modelClock.advance(2 * DayMs + 1000);
    model.refreshStatus();
    QCOMPARE(model.index(o, KeyListModel::AllKeysStatusColumn).data().toString(),
             QStringLiteral("Expired"));
    QCOMPARE(model.statusAt(n), KeyListModel::Active);
}

void TestKeyListModel::expiresSoonMeansWithinFourteenDays()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    const CreatedKey key = createKey(app, QStringLiteral("Edge"), systemNow().addDays(100));
    const QDateTime expiresAt = key.key.expiresAt;

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    auto statusAt = [&](const QDateTime& now) {
        model.setClock([now] { return now; });
        return model.index(0, KeyListModel::AllKeysStatusColumn).data().toString();
    };
    const qint64 fourteenDays = 14 * DayMs;
    QCOMPARE(statusAt(expiresAt.addMSecs(-fourteenDays - 1)), QStringLiteral("Active"));
    QCOMPARE(statusAt(expiresAt.addMSecs(-fourteenDays)), QStringLiteral("Expires soon"));
    QCOMPARE(statusAt(expiresAt.addMSecs(-1)), QStringLiteral("Expires soon"));
    QCOMPARE(statusAt(expiresAt), QStringLiteral("Expired"));
    QCOMPARE(statusAt(expiresAt.addDays(365)), QStringLiteral("Expired"));

    QCOMPARE(KeyListModel::status(expiresAt, expiresAt.addDays(-15)), KeyListModel::Active);
    QCOMPARE(KeyListModel::status(expiresAt, expiresAt.addDays(-14)), KeyListModel::ExpiresSoon);
    QCOMPARE(KeyListModel::status(expiresAt, expiresAt), KeyListModel::Expired);
}

void TestKeyListModel::aKeyCreatedInThePastShowsExpired()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    m_clock.setOffset(-40 * DayMs); // forty days ago…
    const QDateTime then = m_clock.clock()();
    createKey(app, QStringLiteral("Old"), then.addDays(10)); // …for ten days
    m_clock.setOffset(0);
    createKey(app, QStringLiteral("New"), systemNow().addDays(90));

    KeyListModel model(m_store.get(), KeyListModel::AppKeysLayout, app.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, KeyListModel::AppKeysNameColumn).data().toString(),
             QStringLiteral("Old"));
    QCOMPARE(model.statusAt(0), KeyListModel::Expired);
    QCOMPARE(model.index(0, 0).data(KeyListModel::StatusRole).value<KeyListModel::Status>(),
             KeyListModel::Expired);
    QCOMPARE(model.index(0, KeyListModel::AppKeysCreatedOnColumn).data().toString(),
             QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(model.statusAt(1), KeyListModel::Active);
}

void TestKeyListModel::statusChangesByItselfWhenAKeyExpires()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    createKey(app, QStringLiteral("Brief"), systemNow().addMSecs(1500));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(model.statusAt(0), KeyListModel::ExpiresSoon);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_COMPARE(model.index(0, KeyListModel::AllKeysStatusColumn).data().toString(),
                 QStringLiteral("Expired"));
    QVERIFY(changed.size() >= 1); // views were told
}

void TestKeyListModel::lastUsedIsNeverUntilTheKeyIsUsed()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    const CreatedKey used = createKey(app, QStringLiteral("Used"), systemNow().addDays(90));
    createKey(app, QStringLiteral("Unused"), systemNow().addDays(90));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    const int u = model.rowOf(used.key.id);
    QCOMPARE(model.index(u, KeyListModel::AllKeysLastUsedColumn).data().toString(),
             QStringLiteral("Never"));
    QVERIFY(!model.index(u, KeyListModel::AllKeysLastUsedColumn)
                 .data(KeyListModel::SortRole)
                 .toDateTime()
                 .isValid());

    const Result<VerifyResult> verified =
        waitFor(m_store->verify(used.secret, QStringLiteral("workflow:deploy")));
    QVERIFY(verified.ok());
    QVERIFY(verified->valid);
    QVERIFY(waitFor(m_store->flushUsage()).ok());
    load(model); // using a key changes no app or key: the store says nothing

    const Result<QList<ApiKey>> keys = waitFor(m_store->listKeys(app.id));
    QVERIFY(keys.ok());
    const QDateTime lastUsed =
        keys->at(0).id == used.key.id ? keys->at(0).lastUsedAt : keys->at(1).lastUsedAt;
    QVERIFY(lastUsed.isValid());
    QVERIFY(qAbs(lastUsed.msecsTo(systemNow())) < 60 * 1000);

    const int row = model.rowOf(used.key.id);
    QCOMPARE(model.index(row, KeyListModel::AllKeysLastUsedColumn).data().toString(),
             QLocale().toString(lastUsed.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model.index(row, KeyListModel::AllKeysLastUsedColumn).data(KeyListModel::SortRole),
             QVariant(lastUsed));
    const int other = row == 0 ? 1 : 0;
    QCOMPARE(model.index(other, KeyListModel::AllKeysLastUsedColumn).data().toString(),
             QStringLiteral("Never"));

    // The app's own list says the same.
    KeyListModel own(m_store.get(), KeyListModel::AppKeysLayout, app.id);
    QAbstractItemModelTester tester2(&own, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(own);
    QCOMPARE(
        own.index(own.rowOf(used.key.id), KeyListModel::AppKeysLastUsedColumn).data().toString(),
        QLocale().toString(lastUsed.toLocalTime(), QLocale::ShortFormat));
}

void TestKeyListModel::sortsDatesAsDatesAndStatusInOrder()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    // Created in an order that is neither the names' nor the dates' order; the dates are in
    // different months and years, so that their texts would sort differently from them.
    const QDateTime now = systemNow();
    createKey(app, QStringLiteral("b-late"), now.addDays(300));
    createKey(app, QStringLiteral("c-soon"), now.addDays(9));
    createKey(app, QStringLiteral("a-mid"), now.addDays(100));
    createKey(app, QStringLiteral("d-next-week"), now.addDays(40));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    KeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(proxy.rowCount(), 4);

    proxy.sort(KeyListModel::AllKeysExpiryColumn, Qt::AscendingOrder);
    QCOMPARE(columnTexts(proxy, KeyListModel::AllKeysNameColumn),
             QStringList({QStringLiteral("c-soon"), QStringLiteral("d-next-week"),
                          QStringLiteral("a-mid"), QStringLiteral("b-late")}));
    proxy.sort(KeyListModel::AllKeysExpiryColumn, Qt::DescendingOrder);
    QCOMPARE(columnTexts(proxy, KeyListModel::AllKeysNameColumn),
             QStringList({QStringLiteral("b-late"), QStringLiteral("a-mid"),
                          QStringLiteral("d-next-week"), QStringLiteral("c-soon")}));

    proxy.sort(KeyListModel::AllKeysNameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a-mid"));

    // Status sorts Active, Expires soon, Expired; not by its text.
    proxy.sort(KeyListModel::AllKeysStatusColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, KeyListModel::AllKeysStatusColumn).data().toString(),
             QStringLiteral("Expires soon"));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("c-soon"));

    // The sort follows the data: eleven days on, "c-soon" has expired.
    ShiftableClock later;
    later.setOffset(11 * DayMs);
    model.setClock(later.clock());
    proxy.sort(KeyListModel::AllKeysStatusColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(3, KeyListModel::AllKeysStatusColumn).data().toString(),
             QStringLiteral("Expired"));
}

void TestKeyListModel::reloadsAfterKeysAndAppsChange()
{
    const App risk = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    const App support = createApp(QStringLiteral("Support"), {QStringLiteral("guardrails:deploy")});

    KeyListModel all(m_store.get(), KeyListModel::AllKeysLayout);
    KeyListModel own(m_store.get(), KeyListModel::AppKeysLayout, risk.id);
    QAbstractItemModelTester allTester(&all,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester ownTester(&own,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(all);
    load(own);
    QCOMPARE(all.rowCount(), 0);
    QCOMPARE(own.rowCount(), 0);

    const CreatedKey first = createKey(risk, QStringLiteral("First"), systemNow().addDays(30));
    QTRY_COMPARE(all.rowCount(), 1);
    QTRY_COMPARE(own.rowCount(), 1);
    createKey(risk, QStringLiteral("Second"), systemNow().addDays(30));
    createKey(support, QStringLiteral("Elsewhere"), systemNow().addDays(30));
    QTRY_COMPARE(all.rowCount(), 3);
    QTRY_COMPARE(own.rowCount(), 2);

    QVERIFY(waitFor(m_store->deleteKey(risk.id, first.key.id)).ok());
    QTRY_COMPARE(all.rowCount(), 2);
    QTRY_COMPARE(own.rowCount(), 1);
    QCOMPARE(own.rowOf(first.key.id), -1);
    QCOMPARE(all.rowOf(first.key.id), -1);

    QVERIFY(waitFor(m_store->deleteApp(support.id)).ok()); // and its key with it
    QTRY_COMPARE(all.rowCount(), 1);
    QCOMPARE(all.index(0, KeyListModel::AllKeysNameColumn).data().toString(),
             QStringLiteral("Second"));
    QCOMPARE(own.rowCount(), 1);
}

void TestKeyListModel::deletingTheShownAppEmptiesItsKeyList()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    createKey(app, QStringLiteral("One"), systemNow().addDays(30));
    KeyListModel own(m_store.get(), KeyListModel::AppKeysLayout, app.id);
    QAbstractItemModelTester tester(&own, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(own);
    QCOMPARE(own.rowCount(), 1);

    QSignalSpy failed(&own, &KeyListModel::loadFailed);
    QVERIFY(waitFor(m_store->deleteApp(app.id)).ok());
    QTRY_COMPARE(own.rowCount(), 0);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code(), ErrorCode::NotFound);
}

void TestKeyListModel::renamingAnAppUpdatesTheAllKeysView()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    createKey(app, QStringLiteral("One"), systemNow().addDays(30));
    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(model.index(0, KeyListModel::AllKeysAppColumn).data().toString(),
             QStringLiteral("Risk"));

    const Result<App> renamed =
        waitFor(m_store->renameApp(app.id, QStringLiteral("Risk & Compliance"), app.version));
    QVERIFY(renamed.ok());
    QTRY_COMPARE(model.index(0, KeyListModel::AllKeysAppColumn).data().toString(),
                 QStringLiteral("Risk & Compliance"));

    // Scope changes apply to every key of the app at once, and the page says so.
    QVERIFY(waitFor(m_store->setAppScopes(
                        app.id, {QStringLiteral("model:deploy"), QStringLiteral("model:export")},
                        renamed->version))
                .ok());
    QTRY_COMPARE(model.index(0, KeyListModel::AllKeysScopesColumn).data().toString(),
                 QStringLiteral("model:deploy, model:export"));
}

void TestKeyListModel::bothListsShowEffectiveScopes()
{
    const App app = createApp(QStringLiteral("Risk"),
                              {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy"),
                               QStringLiteral("model:export")});
    const CreatedKey inherited =
        createKey(app, QStringLiteral("Inherited"), systemNow().addDays(30));
    const CreatedKey narrowed =
        createKey(app, QStringLiteral("Narrowed"), systemNow().addDays(30),
                  QStringList{QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy")});

    KeyListModel all(m_store.get(), KeyListModel::AllKeysLayout);
    KeyListModel own(m_store.get(), KeyListModel::AppKeysLayout, app.id);
    QAbstractItemModelTester allTester(&all,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester ownTester(&own,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(all);
    load(own);
    const QList<std::pair<KeyListModel*, int>> lists{{&all, KeyListModel::AllKeysScopesColumn},
                                                     {&own, KeyListModel::AppKeysScopesColumn}};
    for (const auto& [model, column] : lists) {
        const QModelIndex i = model->index(model->rowOf(inherited.key.id), column);
        QCOMPARE(i.data().toString(),
                 QStringLiteral("model:deploy, model:export, workflow:deploy"));
        QCOMPARE(i.data(KeyListModel::NarrowedRole), QVariant(false));
        QVERIFY(i.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("All of the app's scopes:\n")));
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Deploy workflows")));
        QVERIFY(!i.data(Qt::AccessibleDescriptionRole).isValid());

        const int n = model->rowOf(narrowed.key.id);
        const QModelIndex j = model->index(n, column);
        QCOMPARE(j.data().toString(), QStringLiteral("model:deploy, workflow:deploy"));
        QCOMPARE(j.data(KeyListModel::ScopesRole).toStringList(),
                 QStringList({QStringLiteral("model:deploy"), QStringLiteral("workflow:deploy")}));
        QCOMPARE(model->effectiveScopesAt(n), j.data(KeyListModel::ScopesRole).toStringList());
        QCOMPARE(j.data(KeyListModel::NarrowedRole), QVariant(true));
        const QString tip = j.data(Qt::ToolTipRole).toString();
        // ("scope(s)" until the English plurals are filled in, "scopes" after.)
        QVERIFY2(tip.startsWith(QStringLiteral("Narrowed: 2 of the app's 3 scope")),
                 qPrintable(tip));
        QCOMPARE(tip.split(QLatin1Char('\n')).size(), 3); // the line, then the two scopes
        QVERIFY(tip.contains(QStringLiteral("Deploy workflows")));
        QVERIFY(!tip.contains(QStringLiteral("model:export")));
        QCOMPARE(j.data(Qt::AccessibleDescriptionRole).toString(),
                 tip.split(QLatin1Char('\n')).first());
    }
}

void TestKeyListModel::anAppLosingAScopeNarrowsTheListedScopes()
{
    const App app = createApp(QStringLiteral("Risk"),
                              {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy"),
                               QStringLiteral("model:export")});
    const CreatedKey inherited =
        createKey(app, QStringLiteral("Inherited"), systemNow().addDays(30));
    const CreatedKey narrowed =
        createKey(app, QStringLiteral("Narrowed"), systemNow().addDays(30),
                  QStringList{QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy")});
    KeyListModel all(m_store.get(), KeyListModel::AllKeysLayout);
    KeyListModel own(m_store.get(), KeyListModel::AppKeysLayout, app.id);
    QAbstractItemModelTester allTester(&all,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester ownTester(&own,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(all);
    load(own);
    const auto scopesOf = [](const KeyListModel& model, const CreatedKey& key) {
        return model.index(model.rowOf(key.key.id), model.columnOf(KeyListModel::ScopesField))
            .data()
            .toString();
    };
    const auto tipOf = [](const KeyListModel& model, const CreatedKey& key) {
        return model.index(model.rowOf(key.key.id), model.columnOf(KeyListModel::ScopesField))
            .data(Qt::ToolTipRole)
            .toString();
    };

    // The app loses model:deploy and gains guardrails:deploy: the inherited key follows it, the
    // narrowed one loses the scope and gains nothing.
    Result<App> changed = waitFor(
        m_store->setAppScopes(app.id,
                              {QStringLiteral("workflow:deploy"), QStringLiteral("model:export"),
                               QStringLiteral("guardrails:deploy")},
                              app.version));
    QVERIFY(changed.ok());
    for (const KeyListModel* model : {&all, &own}) {
        QTRY_COMPARE(scopesOf(*model, inherited),
                     QStringLiteral("guardrails:deploy, model:export, workflow:deploy"));
        QCOMPARE(scopesOf(*model, narrowed), QStringLiteral("workflow:deploy"));
        QVERIFY(tipOf(*model, narrowed).startsWith(QStringLiteral("Narrowed: 1 of the app's 3")));
    }

    // Then none of the narrowed key's scopes are left: it is still narrowed, and grants nothing.
    changed =
        waitFor(m_store->setAppScopes(app.id, {QStringLiteral("model:export")}, changed->version));
    QVERIFY(changed.ok());
    for (const KeyListModel* model : {&all, &own}) {
        QTRY_COMPARE(scopesOf(*model, inherited), QStringLiteral("model:export"));
        QCOMPARE(scopesOf(*model, narrowed), QStringLiteral("None"));
        QCOMPARE(model->index(model->rowOf(narrowed.key.id), 0).data(KeyListModel::NarrowedRole),
                 QVariant(true));
        QVERIFY(tipOf(*model, narrowed).contains(QStringLiteral("grants nothing")));
    }
}

void TestKeyListModel::filterByStatus()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    m_clock.setOffset(-40 * DayMs);
    createKey(app, QStringLiteral("Gone"), m_clock.clock()().addDays(10));
    m_clock.setOffset(0);
    createKey(app, QStringLiteral("Soon"), systemNow().addDays(10));
    createKey(app, QStringLiteral("Fine"), systemNow().addDays(100));
    createKey(app, QStringLiteral("Also fine"), systemNow().addDays(200));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    KeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(proxy.rowCount(), 4);

    proxy.setStatusFilter(KeyFilterProxyModel::StatusFilter::Expired);
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Gone")}));
    proxy.setStatusFilter(KeyFilterProxyModel::StatusFilter::ExpiresSoon);
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Soon")}));
    proxy.setStatusFilter(KeyFilterProxyModel::StatusFilter::Active);
    QCOMPARE(proxy.rowCount(), 2);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QCOMPARE(proxy.index(row, KeyListModel::AllKeysStatusColumn).data().toString(),
                 QStringLiteral("Active"));
    }

    // Together with text: both must match.
    proxy.setSearchText(QStringLiteral("also"));
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Also fine")}));
    proxy.setStatusFilter(KeyFilterProxyModel::StatusFilter::Expired);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    proxy.setStatusFilter(KeyFilterProxyModel::StatusFilter::All);
    QCOMPARE(proxy.rowCount(), 4);

    // The filter follows the clock: ten days on, "Soon" has expired too.
    proxy.setStatusFilter(KeyFilterProxyModel::StatusFilter::Expired);
    ShiftableClock later;
    later.setOffset(11 * DayMs);
    model.setClock(later.clock());
    QCOMPARE(proxy.rowCount(), 2);

    QCOMPARE(KeyFilterProxyModel::statusFilterText(KeyFilterProxyModel::StatusFilter::All),
             QStringLiteral("All"));
    QCOMPARE(KeyFilterProxyModel::statusFilterText(KeyFilterProxyModel::StatusFilter::ExpiresSoon),
             QStringLiteral("Expires soon"));
}

void TestKeyListModel::filterByExpiryWindowAndUse()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    m_clock.setOffset(-120 * DayMs);
    const CreatedKey old = createKey(app, QStringLiteral("Old"), m_clock.clock()().addDays(300));
    QVERIFY(waitFor(m_store->verify(old.secret, QStringLiteral("workflow:deploy"))).ok());
    createKey(app, QStringLiteral("Gone"), m_clock.clock()().addDays(100)); // expired 20 days ago
    m_clock.setOffset(0);
    const CreatedKey used = createKey(app, QStringLiteral("Used"), systemNow().addDays(25));
    QVERIFY(waitFor(m_store->verify(used.secret, QStringLiteral("workflow:deploy"))).ok());
    createKey(app, QStringLiteral("New"), systemNow().addDays(5));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    KeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    using F = KeyFilterProxyModel::StatusFilter;

    // Within 14 days (the default): "New"; within 30: "Used" too; never an expired key.
    QCOMPARE(model.countExpiringWithin(14), 1);
    QCOMPARE(model.countExpiringWithin(30), 2);
    QCOMPARE(model.countExpiringWithin(0), 0);
    proxy.setStatusFilter(F::ExpiresWithin);
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("New")}));
    proxy.setExpiryWindowDays(30);
    QCOMPARE(columnTexts(proxy, 0).size(), 2);

    proxy.setStatusFilter(F::NeverUsed);
    QStringList never = columnTexts(proxy, 0);
    never.sort();
    QCOMPARE(never, QStringList({QStringLiteral("Gone"), QStringLiteral("New")}));
    // Not used in 90 days: "Old" (last used 120 days ago) and "Gone" (never, made 120 days ago).
    proxy.setStatusFilter(F::NotUsedRecently);
    QStringList stale = columnTexts(proxy, 0);
    stale.sort();
    QCOMPARE(stale, QStringList({QStringLiteral("Gone"), QStringLiteral("Old")}));
    proxy.setStaleDays(150);
    QCOMPARE(proxy.rowCount(), 0);

    QCOMPARE(KeyFilterProxyModel::statusFilterText(F::NeverUsed), QStringLiteral("Never used"));
    QCOMPARE(proxy.filterText(F::NotUsedRecently),
             KeyFilterProxyModel::tr("Not used in %n day(s)", nullptr, 150));
}

void TestKeyListModel::rolledKeysAreRollingAndNotReminded()
{
    // A key being rolled stops soon, but it is being replaced already: the expiry reminder
    // leaves it out, and the status filter has a "Rolling" entry for it.
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    const CreatedKey soon = createKey(app, QStringLiteral("Soon"), systemNow().addDays(5));
    createKey(app, QStringLiteral("Also soon"), systemNow().addDays(6));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    KeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    load(model);
    QCOMPARE(model.countExpiringWithin(14), 2);

    const Result<RolledKey> rolled = waitFor(m_store->rollKey(
        app.id, soon.key.id, RollKey{std::nullopt, systemNow().addDays(200), 3600}));
    QVERIFY2(rolled.ok(), qPrintable(rolled.ok() ? QString() : rolled.error().message()));
    load(model);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.countExpiringWithin(14), 1); // "Also soon"; "Soon" is rolling
    using F = KeyFilterProxyModel::StatusFilter;
    proxy.setStatusFilter(F::Rolling);
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Soon")}));
    proxy.setStatusFilter(F::ExpiresWithin); // what the reminder's "Show" opens
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Also soon")}));
    QCOMPARE(KeyFilterProxyModel::statusFilterText(F::Rolling), QStringLiteral("Rolling"));
}

void TestKeyListModel::filterByKeyNameAppNameAndPrefix()
{
    const App risk =
        createApp(QStringLiteral("Risk & Compliance"), {QStringLiteral("workflow:deploy")});
    const App support =
        createApp(QStringLiteral("Customer Support"), {QStringLiteral("guardrails:deploy")});
    createKey(risk, QStringLiteral("Nightly batch"), systemNow().addDays(90));
    createKey(risk, QStringLiteral("Audit export"), systemNow().addDays(90));
    const CreatedKey chat =
        createKey(support, QStringLiteral("CAFÉ chatbot"), systemNow().addDays(90));

    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    KeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setSearchText(QStringLiteral("nightly"));
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Nightly batch")}));

    proxy.setSearchText(QStringLiteral("compliance")); // the app's name
    QCOMPARE(proxy.rowCount(), 2);

    proxy.setSearchText(QStringLiteral("RISK export")); // every word, any case
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Audit export")}));

    proxy.setSearchText(QStringLiteral("café"));
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("CAFÉ chatbot")}));

    proxy.setSearchText(chat.key.prefix); // what a person reads off a key
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(KeyListModel::KeyIdRole), QVariant(chat.key.id));

    proxy.setSearchText(QStringLiteral("workflow")); // the keys' scopes (their app's)
    QCOMPARE(proxy.rowCount(), 2);

    proxy.setSearchText(QStringLiteral("  "));
    QCOMPARE(proxy.rowCount(), 3);
}

void TestKeyListModel::searchMatchesEffectiveScopes()
{
    const App app = createApp(QStringLiteral("Risk"),
                              {QStringLiteral("workflow:deploy"), QStringLiteral("model:export")});
    createKey(app, QStringLiteral("Inherited"), systemNow().addDays(30));
    createKey(app, QStringLiteral("Narrowed"), systemNow().addDays(30),
              QStringList{QStringLiteral("workflow:deploy")});
    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    KeyFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    load(model);

    proxy.setSearchText(QStringLiteral("model:export")); // only the inherited key has it
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Inherited")}));
    proxy.setSearchText(QStringLiteral("WORKFLOW:deploy"));
    QCOMPARE(proxy.rowCount(), 2);

    // A scope the app no longer holds matches no key, though the narrowed one was given it.
    QVERIFY(
        waitFor(m_store->setAppScopes(app.id, {QStringLiteral("model:export")}, app.version)).ok());
    proxy.setSearchText(QStringLiteral("workflow"));
    QTRY_COMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("model:export"));
    QCOMPARE(columnTexts(proxy, 0), QStringList({QStringLiteral("Inherited")}));
}

void TestKeyListModel::noCellEverHoldsTheSecret()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    QStringList secrets;
    for (int i = 0; i < 3; ++i) {
        const CreatedKey key =
            createKey(app, QStringLiteral("Key %1").arg(i), systemNow().addDays(5 + i * 30));
        QVERIFY(key.secret.startsWith(key.key.prefix));
        secrets << key.secret;
        QVERIFY(waitFor(m_store->verify(key.secret, QStringLiteral("workflow:deploy"))).ok());
    }
    QVERIFY(waitFor(m_store->flushUsage()).ok());

    QList<int> roles{Qt::DisplayRole,
                     Qt::EditRole,
                     Qt::ToolTipRole,
                     Qt::StatusTipRole,
                     Qt::WhatsThisRole,
                     Qt::AccessibleTextRole,
                     Qt::AccessibleDescriptionRole,
                     Qt::DecorationRole};
    for (int role = KeyListModel::KeyIdRole; role <= KeyListModel::NarrowedRole; ++role)
        roles << role;

    auto textsOf = [](const QVariant& value) {
        if (value.typeId() == QMetaType::QStringList)
            return value.toStringList();
        return QStringList{value.toString()};
    };
    auto check = [&](const QAbstractItemModel& model) {
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : std::as_const(roles)) {
                    const QVariant value = model.index(row, column).data(role);
                    for (const QString& text : textsOf(value)) {
                        for (const QString& secret : std::as_const(secrets)) {
                            // Neither the secret nor any part of it beyond the prefix.
                            QVERIFY2(!text.contains(secret.mid(8, 8)),
                                     qPrintable(QStringLiteral("row %1 column %2 role %3")
                                                    .arg(row)
                                                    .arg(column)
                                                    .arg(role)));
                        }
                    }
                }
            }
        }
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const QString& secret : std::as_const(secrets)) {
                QVERIFY(!model.headerData(column, Qt::Horizontal)
                             .toString()
                             .contains(secret.mid(8, 8)));
            }
        }
    };

    KeyListModel all(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester allTester(&all,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(all);
    check(all);
    QVERIFY(all.index(0, KeyListModel::AllKeysLastUsedColumn)
                .data(KeyListModel::SortRole)
                .toDateTime()
                .isValid()); // the keys were used: their last use is shown

    KeyListModel own(m_store.get(), KeyListModel::AppKeysLayout, app.id);
    QAbstractItemModelTester ownTester(&own,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(own);
    check(own);
    for (int row = 0; row < own.rowCount(); ++row) {
        const ApiKey key = own.keyAt(row);
        for (const QString& secret : std::as_const(secrets)) {
            for (const QString& field :
                 {key.id, key.appId, key.appName, key.name, key.prefix, key.createdBy}) {
                QVERIFY(!field.contains(secret.mid(8, 8)));
            }
        }
    }
}

void TestKeyListModel::dropsAnswersOfAnOlderReload()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    createKey(app, QStringLiteral("One"), systemNow().addDays(30));
    KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &KeyListModel::loaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.reload();
    model.reload();
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(test::settle(*m_store)); // the answers of the older reloads have been delivered
    QCOMPARE(loaded.size(), 1);
    // A first load appends its rows (one page here), once: the older loads' pages are dropped.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestKeyListModel::answersAfterTheModelIsGoneAreDropped()
{
    const App app = createApp(QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")});
    createKey(app, QStringLiteral("One"), systemNow().addDays(30));
    {
        KeyListModel model(m_store.get(), KeyListModel::AllKeysLayout);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.isLoading());
    }
    // The store answers the requests of a model that no longer exists; nothing happens.
    QVERIFY(test::settle(*m_store));
}

void TestKeyListModel::reportsALoadFailure()
{
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("never-opened.sqlite"));
    SqlStore closed(options); // open() is never called
    for (KeyListModel::Layout layout : {KeyListModel::AllKeysLayout, KeyListModel::AppKeysLayout}) {
        KeyListModel model(&closed, layout);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &KeyListModel::loadFailed);
        model.reload();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code(), ErrorCode::Unavailable);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.hasLoaded());
    }
}

QTEST_GUILESS_MAIN(TestKeyListModel)
#include "tst_keylistmodel.moc"
