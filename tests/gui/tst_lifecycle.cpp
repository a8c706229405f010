// The key lifecycle in the console, on a real local store: the expiry reminder in the message
// bar (its count and text, "Show", the preference that turns it off, dismissing it, never over
// a store error), the API Keys page's "Never used" and "Not used in N days" filters, and
// File > Export Inventory (a file that parses back, a failure that says so and leaves none).
#include "Inventory.h"
#include "KeyFilterProxyModel.h"
#include "KeyListModel.h"
#include "KeysPage.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "SqlStore.h"
#include "UserKeyListModel.h"
#include "UserKeysPage.h"
#include "Wait.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;

/// An RFC 4180 reader (as in tests/core/tst_inventory.cpp): records of fields; quoted fields may
/// hold commas, quotes ("") and line breaks. `wellFormed` is false on anything RFC 4180 does not
/// allow.
QList<QStringList> parseCsv(const QByteArray& utf8, bool* wellFormed)
{
    *wellFormed = true;
    const QString text = QString::fromUtf8(utf8);
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    bool quoted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            ++i;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            i += 2;
        } else {
            if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                *wellFormed = false; // a bare quote or line break outside quotes
            field += c;
            ++i;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *wellFormed = false; // an unterminated quote, or the last record does not end in CRLF
    return records;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reminderCountsKeysExpiringWithinTheDays();
    void showFiltersTheKeysPage();
    void preferenceZeroHidesTheReminder();
    void reminderNeverHidesAStoreErrorAndCanBeDismissed();
    void reminderInAPerKeyStore();
    void staleFilters();
    void exportWritesCsvThatParsesBack();
    void exportWritesJson();
    void exportFormatFollowsTheExtensionOrTheFilter();
    void exportFailureSaysSoAndLeavesNoFile_data();
    void exportFailureSaysSoAndLeavesNoFile();

private:
    void openStore(std::optional<Scoping> scoping = {});
    /// A key of "Payments" created `createdDaysAgo` days ago, expiring `expiresInDays` days from
    /// now; returns its secret.
    QString addKey(const QString& name, double createdDaysAgo, double expiresInDays,
                   const QString& appName = QStringLiteral("Payments"));
    /// The window, once the keys the reminder counts have loaded.
    void openWindow();
    QLabel* barLabel() const;
    QPushButton* button(const char* name) const;
    bool barShown() const;
    QList<QVariant> exportTo(const QString& file, MainWindow::InventoryFormat format);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    StoreInfo m_info;
    ShiftableClock m_clock;
    QHash<QString, QString> m_appIds;
};

void TestLifecycle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLifecycle::init()
{
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
              QStringLiteral("scopekeeper"))
        .clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setOffset(0);
    m_appIds.clear();
}

void TestLifecycle::cleanup()
{
    m_window.reset();
    m_store.reset();
    if (m_dir)
        QFile::setPermissions(m_dir->filePath(QStringLiteral("locked")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
    m_dir.reset();
}

void TestLifecycle::openStore(std::optional<Scoping> scoping)
{
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("team.sqlite"));
    options.actor = QStringLiteral("auditor");
    options.clock = m_clock.clock();
    options.scoping = scoping;
    m_store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> info = waitFor(m_store->open());
    QVERIFY2(info.ok(), qPrintable(info.error().message()));
    m_info = info.value();
}

QString TestLifecycle::addKey(const QString& name, double createdDaysAgo, double expiresInDays,
                              const QString& appName)
{
    if (!m_appIds.contains(appName)) {
        const Result<App> app = waitFor(m_store->createApp(
            NewApp{appName, {QStringLiteral("workflow:deploy"), QStringLiteral("model:import")}}));
        if (!app.ok())
            qFatal("%s", qPrintable(app.error().message()));
        m_appIds.insert(appName, app->id);
    }
    const qint64 back = qint64(createdDaysAgo * DayMs);
    m_clock.setOffset(-back);
    const QDateTime expires =
        QDateTime::currentDateTimeUtc().addMSecs(qint64(expiresInDays * DayMs));
    const Result<CreatedKey> key =
        waitFor(m_store->createKey(m_appIds.value(appName), NewKey{name, expires}));
    m_clock.setOffset(0);
    if (!key.ok())
        qFatal("%s", qPrintable(key.error().message()));
    return key->secret;
}

void TestLifecycle::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_store.get(), m_info);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (m_window->userKeysPage())
        QTRY_VERIFY(m_window->userKeysPage()->model()->hasLoaded());
    else
        QTRY_VERIFY(m_window->keysPage()->model()->hasLoaded());
}

QLabel* TestLifecycle::barLabel() const
{
    return m_window->findChild<QLabel*>(QStringLiteral("messageBarLabel"));
}

QPushButton* TestLifecycle::button(const char* name) const
{
    return m_window->findChild<QPushButton*>(QString::fromLatin1(name));
}

bool TestLifecycle::barShown() const
{
    return m_window->findChild<QWidget*>(QStringLiteral("messageBarFrame"))->isVisible();
}

void TestLifecycle::reminderCountsKeysExpiringWithinTheDays()
{
    openStore();
    addKey(QStringLiteral("in 3 days"), 100, 3);
    addKey(QStringLiteral("in 13 days"), 100, 13);
    addKey(QStringLiteral("in 20 days"), 100, 20);
    addKey(QStringLiteral("expired"), 100, -2);
    openWindow();
    // 3 and 13 days: within 14; 20 days is not; the expired key has expired already.
    QTRY_VERIFY(barShown());
    const QString text = barLabel()->text();
    QVERIFY2(text.startsWith(QStringLiteral("2 key")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("14 day")), qPrintable(text));
    QCOMPARE(text, MainWindow::expiryReminderText(2, 14));
    QCOMPARE(m_window->expiryReminderText(), text);
    QVERIFY(button("showExpiringButton")->isVisible());
    QVERIFY(!button("showExpiringButton")->accessibleName().isEmpty());
    QVERIFY(!button("retryButton")->isVisible());

    // After a refresh of the keys: a new key expiring in 5 days counts too.
    addKey(QStringLiteral("in 5 days"), 1, 5);
    QTRY_COMPARE(m_window->expiryReminderText(), MainWindow::expiryReminderText(3, 14));

    // 30 days: the key in 20 days counts too.
    Preferences().setExpiryReminderDays(30);
    m_window->applyPreferences();
    QCOMPARE(m_window->expiryReminderText(), MainWindow::expiryReminderText(4, 30));
}

void TestLifecycle::showFiltersTheKeysPage()
{
    openStore();
    addKey(QStringLiteral("in 3 days"), 100, 3);
    addKey(QStringLiteral("in 13 days"), 100, 13);
    addKey(QStringLiteral("in 20 days"), 100, 20);
    addKey(QStringLiteral("expired"), 100, -2);
    openWindow();
    QTRY_VERIFY(barShown());
    QVERIFY(m_window->currentPage() != MainWindow::KeysPageIndex);
    QTest::mouseClick(button("showExpiringButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::KeysPageIndex);
    auto* view = m_window->keysPage()->findChild<QTableView*>(QStringLiteral("keysTableView"));
    QStringList names;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        names << view->model()->index(r, KeyListModel::AllKeysNameColumn).data().toString();
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("in 13 days"), QStringLiteral("in 3 days")}));
    auto* filter =
        m_window->keysPage()->findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    QCOMPARE(filter->currentText(), KeyFilterProxyModel::statusFilterText(
                                        KeyFilterProxyModel::StatusFilter::ExpiresWithin, 14));
}

void TestLifecycle::preferenceZeroHidesTheReminder()
{
    Preferences().setExpiryReminderDays(0);
    openStore();
    addKey(QStringLiteral("in 3 days"), 100, 3);
    m_window = std::make_unique<MainWindow>(m_store.get(), m_info);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(200);
    QVERIFY(!barShown());
    QVERIFY(m_window->expiryReminderText().isEmpty());
    // Off: the keys are not even loaded for it, and the filter is not offered.
    auto* filter =
        m_window->keysPage()->findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    QCOMPARE(
        filter->findData(QVariant::fromValue(KeyFilterProxyModel::StatusFilter::ExpiresWithin)),
        -1);
    // On again: it shows.
    Preferences().setExpiryReminderDays(14);
    m_window->applyPreferences();
    QTRY_COMPARE(m_window->expiryReminderText(), MainWindow::expiryReminderText(1, 14));
}

void TestLifecycle::reminderNeverHidesAStoreErrorAndCanBeDismissed()
{
    openStore();
    addKey(QStringLiteral("in 3 days"), 100, 3);
    openWindow();
    QTRY_VERIFY(barShown());
    m_window->showStoreError(Error(ErrorCode::Storage, QStringLiteral("The disk is full.")));
    QCOMPARE(barLabel()->text(), QStringLiteral("The disk is full."));
    QVERIFY(!button("showExpiringButton")->isVisible());
    // A new count while the error shows does not replace it.
    Preferences().setExpiryReminderDays(30);
    m_window->applyPreferences();
    QCOMPARE(barLabel()->text(), QStringLiteral("The disk is full."));
    QVERIFY(m_window->expiryReminderText().isEmpty());
    // Retry: the store is back; the reminder returns.
    QTest::mouseClick(button("retryButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->expiryReminderText(), MainWindow::expiryReminderText(1, 30));

    // Dismissed: it goes, and stays gone after a refresh that changes nothing…
    QTest::mouseClick(button("dismissMessageButton"), Qt::LeftButton);
    QVERIFY(!barShown());
    m_window->keysPage()->model()->reload();
    QTRY_VERIFY(!m_window->keysPage()->model()->isLoading());
    QTest::qWait(100);
    QVERIFY(!barShown());
    // …but a key more to renew is news.
    addKey(QStringLiteral("in 6 days"), 1, 6);
    QTRY_COMPARE(m_window->expiryReminderText(), MainWindow::expiryReminderText(2, 30));
}

void TestLifecycle::reminderInAPerKeyStore()
{
    openStore(Scoping::PerKey);
    NewKey mine{QStringLiteral("laptop"), QDateTime::currentDateTimeUtc().addDays(2)};
    mine.scopes = QStringList{QStringLiteral("workflow:deploy")};
    QVERIFY(waitFor(m_store->createMyKey(mine)).ok());
    openWindow();
    QCOMPARE(m_window->currentPage(), MainWindow::UserKeysPageIndex);
    // Counted from "User API Keys": the hidden "API Keys" page does not load every key too.
    QTRY_COMPARE(m_window->expiryReminderText(), MainWindow::expiryReminderText(1, 14));
    QVERIFY(!m_window->keysPage()->model()->hasLoaded());
    QVERIFY(!m_window->keysPage()->model()->isLoading());
    QTest::mouseClick(button("showExpiringButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::KeysPageIndex);
    QVERIFY(m_window->hasPage(MainWindow::KeysPageIndex));
    QTRY_COMPARE(m_window->keysPage()->proxy()->rowCount(), 1);
    QCOMPARE(m_window->keysPage()->proxy()->statusFilter(),
             KeyFilterProxyModel::StatusFilter::ExpiresWithin);
}

void TestLifecycle::staleFilters()
{
    openStore();
    const QString usedNow = addKey(QStringLiteral("used today"), 200, 100);
    const QString usedLongAgo = addKey(QStringLiteral("used 120 days ago"), 200, 100);
    addKey(QStringLiteral("never used, old"), 100, 200);
    addKey(QStringLiteral("never used, new"), 10, 300);
    QVERIFY(waitFor(m_store->verify(usedNow, QStringLiteral("workflow:deploy"))).ok());
    m_clock.setOffset(-120 * DayMs);
    QVERIFY(waitFor(m_store->verify(usedLongAgo, QStringLiteral("workflow:deploy"))).ok());
    m_clock.setOffset(0);
    openWindow();
    m_window->showPage(MainWindow::KeysPageIndex);
    auto* filter =
        m_window->keysPage()->findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    auto* view = m_window->keysPage()->findChild<QTableView*>(QStringLiteral("keysTableView"));
    const auto shown = [view] {
        QStringList names;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            names << view->model()->index(r, KeyListModel::AllKeysNameColumn).data().toString();
        names.sort();
        return names;
    };
    using F = KeyFilterProxyModel::StatusFilter;
    const int never = filter->findData(QVariant::fromValue(F::NeverUsed));
    const int stale = filter->findData(QVariant::fromValue(F::NotUsedRecently));
    QVERIFY(never > 0 && stale > 0);
    QCOMPARE(filter->itemText(never), QStringLiteral("Never used"));
    QVERIFY2(filter->itemText(stale).startsWith(QStringLiteral("Not used in 90 day")),
             qPrintable(filter->itemText(stale)));
    filter->setCurrentIndex(never);
    QCOMPARE(shown(),
             QStringList({QStringLiteral("never used, new"), QStringLiteral("never used, old")}));
    filter->setCurrentIndex(stale);
    QCOMPARE(shown(),
             QStringList({QStringLiteral("never used, old"), QStringLiteral("used 120 days ago")}));
    // 150 days: only the key never used since its creation 100 days ago… is not stale either.
    Preferences().setStaleKeyDays(110);
    m_window->applyPreferences();
    QCOMPARE(filter->currentData().value<F>(), F::NotUsedRecently);
    QCOMPARE(shown(), QStringList({QStringLiteral("used 120 days ago")}));
}

QList<QVariant> TestLifecycle::exportTo(const QString& file, MainWindow::InventoryFormat format)
{
    QSignalSpy exported(m_window.get(), &MainWindow::inventoryExported);
    m_window->exportInventoryTo(file, format);
    if (!exported.wait(20000))
        return {};
    return exported.takeFirst();
}

void TestLifecycle::exportWritesCsvThatParsesBack()
{
    openStore();
    const QString secret = addKey(QStringLiteral("=cmd|' /C calc'!A0"), 10, 30);
    addKey(QStringLiteral("plain, \"quoted\""), 10, 30);
    QVERIFY(waitFor(m_store->createApp(
                        NewApp{QStringLiteral("Empty"), {QStringLiteral("model:import")}}))
                .ok());
    openWindow();
    const QString file = m_dir->filePath(QStringLiteral("inventory.csv"));
    const QList<QVariant> result = exportTo(file, MainWindow::InventoryFormat::Csv);
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(2).toString(), QString());
    QCOMPARE(result.at(1).toInt(), 3);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    QVERIFY(!bytes.contains(secret.toUtf8()));
    bool wellFormed = false;
    const QList<QStringList> records = parseCsv(bytes, &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), Inventory::columns());
    const int keyName = int(Inventory::columns().indexOf(QStringLiteral("key")));
    QVERIFY(keyName >= 0);
    QStringList names;
    for (qsizetype r = 1; r < records.size(); ++r)
        names << records.at(r).value(keyName);
    QVERIFY2(names.contains(QStringLiteral("'=cmd|' /C calc'!A0")),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.contains(QStringLiteral("plain, \"quoted\"")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("3")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("inventory.csv")));
}

void TestLifecycle::exportWritesJson()
{
    openStore();
    addKey(QStringLiteral("=cmd"), 10, 30);
    openWindow();
    const QString file = m_dir->filePath(QStringLiteral("inventory.json"));
    const QList<QVariant> result = exportTo(file, MainWindow::InventoryFormat::Json);
    QCOMPARE(result.value(1).toInt(), 1);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = document.object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("=cmd"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("app")).toString(),
             QStringLiteral("Payments"));
}

void TestLifecycle::exportFormatFollowsTheExtensionOrTheFilter()
{
    using F = MainWindow::InventoryFormat;
    const auto target = [](const char* file, bool json) {
        return MainWindow::inventoryTarget(QString::fromLatin1(file), json);
    };
    QCOMPARE(target("/tmp/a.json", false), std::make_pair(QStringLiteral("/tmp/a.json"), F::Json));
    QCOMPARE(target("/tmp/a.CSV", true), std::make_pair(QStringLiteral("/tmp/a.CSV"), F::Csv));
    QCOMPARE(target("/tmp/a", true), std::make_pair(QStringLiteral("/tmp/a.json"), F::Json));
    QCOMPARE(target("/tmp/a", false), std::make_pair(QStringLiteral("/tmp/a.csv"), F::Csv));
    QCOMPARE(target("/tmp/a.txt", true), std::make_pair(QStringLiteral("/tmp/a.txt"), F::Json));
}

void TestLifecycle::exportFailureSaysSoAndLeavesNoFile_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("missing folder") << QStringLiteral("missing") << false;
    QTest::newRow("read-only folder") << QStringLiteral("locked") << true;
}

void TestLifecycle::exportFailureSaysSoAndLeavesNoFile()
{
    QFETCH(QString, folder);
    QFETCH(bool, readOnly);
    openStore();
    addKey(QStringLiteral("deploy"), 10, 30);
    openWindow();
    const QString dir = m_dir->filePath(folder);
    if (readOnly) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (QFileInfo(dir).isWritable())
            QSKIP("Running as root: a read-only folder is writable");
    }
    const QString file = dir + QStringLiteral("/inventory.csv");
    const QList<QVariant> result = exportTo(file, MainWindow::InventoryFormat::Csv);
    QCOMPARE(result.size(), 3);
    QVERIFY(!result.at(2).toString().isEmpty());
    QVERIFY(!QFile::exists(file));
    if (readOnly)
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 0);
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("exportErrorMessageBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("inventory.csv")));
    QCOMPARE(box->informativeText(), result.at(2).toString());
    box->close();
}

QTEST_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
