// The audit log model and its filter, over a real SQLite store.
#include "AuditFilterProxyModel.h"
#include "AuditLogModel.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace sk;

namespace {

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void headers();
    void showsEveryChangeNewestFirstInWords();
    void whenShowsLocalDateAndTimeAndSortsByOrder();
    void unknownActionsAreShownAsTheyAre();
    void detailsInTheUsersWords();
    void rendersEachActionFromData_data();
    void rendersEachActionFromData();
    void withoutDataTheDetailIsShownAsItIs();
    void filterByTextInAnyColumn();
    void filterByAction();
    void reloadsWhenTheStoreChanges();
    void showsOneAppsHistory();
    void reportsALoadFailure();

private:
    /// Creates an app, renames it, creates two keys, deletes one, then deletes the app.
    void makeHistory();
    void load(AuditLogModel& model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    QList<ApiKey> m_madeKeys; // by makeHistory(), as the store created them
    ShiftableClock m_clock;
};

void TestAuditLogModel::init()
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

void TestAuditLogModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_clock.setOffset(0);
}

void TestAuditLogModel::makeHistory()
{
    const Result<App> app = waitFor(
        m_store->createApp(NewApp{QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")}}));
    QVERIFY(app.ok());
    const Result<App> renamed =
        waitFor(m_store->renameApp(app->id, QStringLiteral("Risk & Compliance"), app->version));
    QVERIFY(renamed.ok());
    const Result<CreatedKey> nightly = waitFor(m_store->createKey(
        app->id, NewKey{QStringLiteral("Nightly batch"), systemNow().addDays(30)}));
    QVERIFY(nightly.ok());
    const Result<CreatedKey> chat = waitFor(
        m_store->createKey(app->id, NewKey{QStringLiteral("Chatbot"), systemNow().addDays(30)}));
    QVERIFY(chat.ok());
    m_madeKeys = {nightly->key, chat->key};
    QVERIFY(waitFor(m_store->deleteKey(app->id, chat->key.id)).ok());
    QVERIFY(waitFor(m_store->deleteApp(app->id)).ok());
    // Deliver the store's change signals now, not to a model made afterwards.
    QCoreApplication::sendPostedEvents();
}

void TestAuditLogModel::load(AuditLogModel& model)
{
    QSignalSpy loaded(&model, &AuditLogModel::loaded);
    model.reload();
    QTRY_COMPARE(loaded.size(), 1);
}

void TestAuditLogModel::headers()
{
    AuditLogModel model(m_store.get());
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(texts, QStringList({QStringLiteral("When"), QStringLiteral("Who"),
                                 QStringLiteral("What"), QStringLiteral("App"),
                                 QStringLiteral("Key"), QStringLiteral("Details")}));
}

void TestAuditLogModel::showsEveryChangeNewestFirstInWords()
{
    makeHistory();
    AuditLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &AuditLogModel::loadingChanged);
    load(model);
    QCOMPARE(loading.size(), 2);
    QVERIFY(model.hasLoaded());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));

    QCOMPARE(columnTexts(model, AuditLogModel::WhatColumn),
             QStringList({QStringLiteral("Deleted app"), QStringLiteral("Deleted key"),
                          QStringLiteral("Created key"), QStringLiteral("Created key"),
                          QStringLiteral("Changed app"), QStringLiteral("Created app")}));
    QCOMPARE(columnTexts(model, AuditLogModel::KeyColumn),
             QStringList({QString(), QStringLiteral("Chatbot"), QStringLiteral("Chatbot"),
                          QStringLiteral("Nightly batch"), QString(), QString()}));
    QCOMPARE(columnTexts(model, AuditLogModel::AppColumn),
             QStringList({QStringLiteral("Risk & Compliance"), QStringLiteral("Risk & Compliance"),
                          QStringLiteral("Risk & Compliance"), QStringLiteral("Risk & Compliance"),
                          QStringLiteral("Risk & Compliance"), QStringLiteral("Risk")}));
    QCOMPARE(columnTexts(model, AuditLogModel::WhoColumn), QStringList(6, QStringLiteral("alice")));

    const int created = 5;
    QVERIFY(model.index(created, AuditLogModel::DetailsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("workflow:deploy")));
    QVERIFY(model.index(4, AuditLogModel::DetailsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Risk")));
    QCOMPARE(model.index(created, AuditLogModel::WhatColumn).data(AuditLogModel::ActionRole),
             QVariant(QStringLiteral("app.create")));
    QCOMPARE(model.index(created, AuditLogModel::WhatColumn).data(Qt::ToolTipRole),
             QVariant(QStringLiteral("app.create")));
    QVERIFY(!model.index(0, 0).data(AuditLogModel::AppIdRole).toString().isEmpty());
    QVERIFY(!model.index(1, 0).data(AuditLogModel::KeyIdRole).toString().isEmpty());
    QCOMPARE(model.entryAt(0).action, QStringLiteral("app.delete"));
    QCOMPARE(model.entryAt(99).action, QString());
}

void TestAuditLogModel::whenShowsLocalDateAndTimeAndSortsByOrder()
{
    const Result<App> first = waitFor(
        m_store->createApp(NewApp{QStringLiteral("First"), {QStringLiteral("model:deploy")}}));
    QVERIFY(first.ok());
    m_clock.setOffset(-2 * 24 * 3600 * 1000LL); // the second change carries an older time
    const Result<App> second = waitFor(
        m_store->createApp(NewApp{QStringLiteral("Second"), {QStringLiteral("model:deploy")}}));
    QVERIFY(second.ok());
    m_clock.setOffset(0);
    QCoreApplication::sendPostedEvents();

    AuditLogModel model(m_store.get());
    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(proxy.rowCount(), 2);

    for (int row = 0; row < 2; ++row) {
        const AuditEntry entry = model.entryAt(row);
        const QModelIndex when = model.index(row, AuditLogModel::WhenColumn);
        QCOMPARE(when.data().toString(),
                 QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(when.data(Qt::EditRole), QVariant(entry.at));
        QCOMPARE(when.data(AuditLogModel::SortRole), QVariant(entry.sequence));
    }
    const QDateTime twoDaysAgo = model.entryAt(0).at;
    QVERIFY(qAbs(twoDaysAgo.msecsTo(systemNow().addDays(-2))) < 60 * 1000);
    QVERIFY(
        model.index(0, AuditLogModel::WhenColumn)
            .data()
            .toString()
            .contains(QLocale().toString(twoDaysAgo.toLocalTime().date(), QLocale::ShortFormat)));

    // In the order things happened, whatever the clock said.
    proxy.sort(AuditLogModel::WhenColumn, Qt::AscendingOrder);
    QCOMPARE(columnTexts(proxy, AuditLogModel::AppColumn),
             QStringList({QStringLiteral("First"), QStringLiteral("Second")}));
    proxy.sort(AuditLogModel::WhenColumn, Qt::DescendingOrder);
    QCOMPARE(columnTexts(proxy, AuditLogModel::AppColumn),
             QStringList({QStringLiteral("Second"), QStringLiteral("First")}));
}

void TestAuditLogModel::unknownActionsAreShownAsTheyAre()
{
    QCOMPARE(AuditLogModel::actionText(QStringLiteral("app.create")),
             QStringLiteral("Created app"));
    QCOMPARE(AuditLogModel::actionText(QStringLiteral("app.update")),
             QStringLiteral("Changed app"));
    QCOMPARE(AuditLogModel::actionText(QStringLiteral("app.delete")),
             QStringLiteral("Deleted app"));
    QCOMPARE(AuditLogModel::actionText(QStringLiteral("key.create")),
             QStringLiteral("Created key"));
    QCOMPARE(AuditLogModel::actionText(QStringLiteral("key.delete")),
             QStringLiteral("Deleted key"));
    QCOMPARE(AuditLogModel::actionText(QStringLiteral("key.rotate")), QStringLiteral("key.rotate"));
    QCOMPARE(AuditLogModel::actionText(QStringLiteral("key.roll")), QStringLiteral("Rolled key"));
    QCOMPARE(AuditLogModel::knownActions().size(), 9);
}

void TestAuditLogModel::detailsInTheUsersWords()
{
    makeHistory();
    AuditLogModel model(m_store.get());
    load(model);
    // Stored as "prefix spk_…, expires 2026-12-23T10:00:00+00:00"; shown with a local date.
    const AuditEntry keyCreated = model.entryAt(3);
    QCOMPARE(keyCreated.action, QStringLiteral("key.create"));
    // The neutral, stored form: the key's own prefix, and its expiry in ISO 8601 in UTC.
    const auto key = std::find_if(m_madeKeys.cbegin(), m_madeKeys.cend(),
                                  [&](const ApiKey& k) { return k.id == keyCreated.keyId; });
    QVERIFY(key != m_madeKeys.cend());
    const QRegularExpressionMatch stored =
        QRegularExpression(
            QStringLiteral("^prefix (spk_[0-9A-Za-z]+), expires "
                           "(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:Z|\\+00:00))$"))
            .match(keyCreated.detail);
    QVERIFY2(stored.hasMatch(), qPrintable(keyCreated.detail));
    QCOMPARE(stored.captured(1), key->prefix);
    QCOMPARE(QDateTime::fromString(stored.captured(2), Qt::ISODate), // to the second
             key->expiresAt.addMSecs(-key->expiresAt.time().msec()));
    const QString expires =
        QLocale().toString(keyCreated.at.addDays(30).toLocalTime().date(), QLocale::ShortFormat);
    const QString shown = model.index(3, AuditLogModel::DetailsColumn).data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("prefix spk_")), qPrintable(shown));
    QVERIFY2(shown.endsWith(QStringLiteral(", expires ") + expires), qPrintable(shown));
    // A deleted app: how many keys went with it.
    QCOMPARE(model.index(0, AuditLogModel::DetailsColumn).data().toString(),
             QStringLiteral("1 key(s) deleted with it")); // English plurals: the console's .qm
    // A renamed app.
    QCOMPARE(model.index(4, AuditLogModel::DetailsColumn).data().toString(),
             QStringLiteral("renamed from “Risk”"));
    // Rendered from the data, not the detail: data that says otherwise is what is shown.
    AuditEntry renamed = model.entryAt(4);
    QCOMPARE(renamed.data.value(QStringLiteral("renamed")).toObject(),
             QJsonObject({{QStringLiteral("from"), QStringLiteral("Risk")},
                          {QStringLiteral("to"), QStringLiteral("Risk & Compliance")}}));
    renamed.data = QJsonObject{
        {QStringLiteral("renamed"), QJsonObject{{QStringLiteral("from"), QStringLiteral("Other")},
                                                {QStringLiteral("to"), renamed.appName}}}};
    QCOMPARE(AuditLogModel::detailText(renamed), QStringLiteral("renamed from “Other”"));
}

void TestAuditLogModel::rendersEachActionFromData_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("details");
    const QString jan2 = QLocale().toString(
        QDateTime(QDate(2027, 1, 2), QTime(10, 0), QTimeZone::utc()).toLocalTime().date(),
        QLocale::ShortFormat);
    // The detail the store keeps beside the data is not looked at: each row gives none.
    QTest::newRow("app.create") << "app.create" << QByteArray(R"({"scopes":["a:x","b:y"]})")
                                << "Created app"
                                << "scopes: a:x, b:y";
    QTest::newRow("app.update") << "app.update"
                                << QByteArray(R"({"renamed":{"from":"Old","to":"New"},)"
                                              R"("scopes":{"added":["a:x"],"removed":["b:y"]}})")
                                << "Changed app"
                                << QStringLiteral("renamed from “Old”; scopes: +a:x \u2212b:y");
    QTest::newRow("app.delete") << "app.delete" << QByteArray(R"({"keys_deleted":1})")
                                << "Deleted app"
                                << "1 key(s) deleted with it";
    QTest::newRow("key.create")
        << "key.create"
        << QByteArray(R"({"prefix":"spk_ab12","expires_at":"2027-01-02T10:00:00Z"})")
        << "Created key" << QStringLiteral("prefix spk_ab12, expires ") + jan2;
    QTest::newRow("key.delete") << "key.delete" << QByteArray("{}") << "Deleted key"
                                << "";
    QTest::newRow("admin.create")
        << "admin.create"
        << QByteArray(
               R"({"administrator":"carl","role":"auditor","expires_at":"2027-01-02T10:00:00Z"})")
        << "Created administrator"
        << QStringLiteral("administrator “carl”, role auditor, expires ") + jan2;
    QTest::newRow("admin.create admin")
        << "admin.create"
        << QByteArray(
               R"({"administrator":"dana","role":"admin","expires_at":"2027-01-02T10:00:00Z"})")
        << "Created administrator"
        << QStringLiteral("administrator “dana”, role administrator, expires ") + jan2;
    QTest::newRow("admin.revoke") << "admin.revoke" << QByteArray(R"({"administrator":"carl"})")
                                  << "Revoked administrator"
                                  << "administrator “carl”";
    QTest::newRow("token.refused")
        << "token.refused"
        << QByteArray(R"({"reason":"revoked","client":"10.0.0.7","also_refused":19})")
        << "Refused token"
        << "a revoked token, from 10.0.0.7; 19 more refused from there since the entry before";
    QTest::newRow("token.refused alone")
        << "token.refused" << QByteArray(R"({"reason":"unknown","client":"127.0.0.11"})")
        << "Refused token"
        << "an unknown token, from 127.0.0.11";
    QTest::newRow("audit.chain") << "audit.chain" << QByteArray(R"({"unchained":42})")
                                 << "Started the audit chain"
                                 << "42 earlier entries not chained";
}

void TestAuditLogModel::rendersEachActionFromData()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, data);
    QFETCH(QString, what);
    QFETCH(QString, details);
    AuditEntry entry;
    entry.action = action;
    entry.data = QJsonDocument::fromJson(data).object();
    QCOMPARE(AuditLogModel::actionText(entry.action), what);
    QCOMPARE(AuditLogModel::detailText(entry), details);
}

void TestAuditLogModel::withoutDataTheDetailIsShownAsItIs()
{
    // A server from before data, an entry an older store could not read, or an action this
    // console does not know: the detail as the server wrote it.
    AuditEntry old;
    old.action = QStringLiteral("admin.create");
    old.detail = QStringLiteral("administrator “carl”, role auditor, expires 2027-01-02T10:00:00Z");
    QCOMPARE(AuditLogModel::detailText(old), old.detail);
    AuditEntry unknown;
    unknown.action = QStringLiteral("key.rotate");
    unknown.detail = QStringLiteral("rotated by policy; prefix spk_x, expires soon");
    unknown.data = QJsonObject{{QStringLiteral("policy"), QStringLiteral("90d")}};
    QCOMPARE(AuditLogModel::actionText(unknown.action), QStringLiteral("key.rotate"));
    QCOMPARE(AuditLogModel::detailText(unknown), unknown.detail);
    // Data it cannot read (a member missing) counts as none.
    AuditEntry unreadable;
    unreadable.action = QStringLiteral("key.create");
    unreadable.detail = QStringLiteral("prefix spk_ab12, expires 2027-01-02T10:00:00Z");
    unreadable.data = QJsonObject{{QStringLiteral("prefix"), QStringLiteral("spk_ab12")}};
    QCOMPARE(AuditLogModel::detailText(unreadable), unreadable.detail);
}

void TestAuditLogModel::filterByTextInAnyColumn()
{
    makeHistory();
    const Result<App> other = waitFor(
        m_store->createApp(NewApp{QStringLiteral("Marketing"), {QStringLiteral("model:export")}}));
    QVERIFY(other.ok());
    QCoreApplication::sendPostedEvents();

    AuditLogModel model(m_store.get());
    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(proxy.rowCount(), 7);

    proxy.setSearchText(QStringLiteral("marketing")); // App
    QCOMPARE(columnTexts(proxy, AuditLogModel::WhatColumn),
             QStringList({QStringLiteral("Created app")}));

    proxy.setSearchText(QStringLiteral("chatbot")); // Key
    QCOMPARE(columnTexts(proxy, AuditLogModel::WhatColumn),
             QStringList({QStringLiteral("Deleted key"), QStringLiteral("Created key")}));

    proxy.setSearchText(QStringLiteral("CHANGED app")); // What, every word, any case
    QCOMPARE(columnTexts(proxy, AuditLogModel::WhatColumn),
             QStringList({QStringLiteral("Changed app")}));

    proxy.setSearchText(QStringLiteral("deleted chatbot"));
    QCOMPARE(columnTexts(proxy, AuditLogModel::WhatColumn),
             QStringList({QStringLiteral("Deleted key")}));

    proxy.setSearchText(QStringLiteral("model:export")); // Details
    QCOMPARE(columnTexts(proxy, AuditLogModel::AppColumn),
             QStringList({QStringLiteral("Marketing")}));

    proxy.setSearchText(QStringLiteral("alice")); // Who
    QCOMPARE(proxy.rowCount(), 7);

    proxy.setSearchText(QStringLiteral("key.delete")); // the raw action too
    QCOMPARE(proxy.rowCount(), 1);

    proxy.setSearchText(QStringLiteral("bob"));
    QCOMPARE(proxy.rowCount(), 0);

    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 7);
}

void TestAuditLogModel::filterByAction()
{
    makeHistory();
    AuditLogModel model(m_store.get());
    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);

    proxy.setActionFilter(QStringLiteral("key.create"));
    QCOMPARE(columnTexts(proxy, AuditLogModel::KeyColumn),
             QStringList({QStringLiteral("Chatbot"), QStringLiteral("Nightly batch")}));
    proxy.setSearchText(QStringLiteral("nightly"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setActionFilter(QStringLiteral("app.update"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(columnTexts(proxy, AuditLogModel::WhatColumn),
             QStringList({QStringLiteral("Changed app")}));
    proxy.setActionFilter(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void TestAuditLogModel::reloadsWhenTheStoreChanges()
{
    AuditLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    QCOMPARE(model.rowCount(), 0);

    const Result<App> app = waitFor(
        m_store->createApp(NewApp{QStringLiteral("Risk"), {QStringLiteral("workflow:deploy")}}));
    QVERIFY(app.ok());
    QTRY_COMPARE(model.rowCount(), 1);

    const Result<CreatedKey> key = waitFor(
        m_store->createKey(app->id, NewKey{QStringLiteral("One"), systemNow().addDays(30)}));
    QVERIFY(key.ok());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AuditLogModel::WhatColumn).data().toString(),
             QStringLiteral("Created key"));

    QVERIFY(waitFor(m_store->deleteApp(app->id)).ok());
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AuditLogModel::WhatColumn).data().toString(),
             QStringLiteral("Deleted app"));
}

void TestAuditLogModel::showsOneAppsHistory()
{
    makeHistory();
    const Result<App> other = waitFor(
        m_store->createApp(NewApp{QStringLiteral("Marketing"), {QStringLiteral("model:export")}}));
    QVERIFY(other.ok());
    QCoreApplication::sendPostedEvents();

    AuditLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAppId(other->id);
    load(model);
    QCOMPARE(columnTexts(model, AuditLogModel::AppColumn),
             QStringList({QStringLiteral("Marketing")}));

    model.setAppId(QString());
    model.setLimit(2);
    load(model);
    QCOMPARE(columnTexts(model, AuditLogModel::WhatColumn),
             QStringList({QStringLiteral("Created app"), QStringLiteral("Deleted app")}));
}

void TestAuditLogModel::reportsALoadFailure()
{
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("never-opened.sqlite"));
    SqlStore closed(options); // open() is never called
    AuditLogModel model(&closed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &AuditLogModel::loadFailed);
    model.reload();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code(), ErrorCode::Unavailable);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
