// The console's local store held locked by another program (here: another SQLite connection
// with an exclusive transaction open, past the store's 5 s busy timeout). "Create new API key"
// says that another program holds the store locked, names the store's file and says what to
// do, keeping what was typed; once the other program lets go, the same dialog creates the key.
#include "CreateKeyDialog.h"
#include "KeyFlow.h"
#include "MainWindow.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

class TestLockedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockedStoreIsSaidWithItsFileAndTheNextCreateWorks();
};

void TestLockedStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
              QStringLiteral("scopekeeper"))
        .clear();
}

void TestLockedStore::lockedStoreIsSaidWithItsFileAndTheNextCreateWorks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    SqlStoreOptions options;
    options.sqlitePath = path;
    SqlStore store(options);
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY2(info.ok(), qPrintable(info.error().message()));
    const Result<App> app = waitFor(
        store.createApp(NewApp{QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")}}));
    QVERIFY2(app.ok(), qPrintable(app.error().message()));
    MainWindow window(&store, info.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Another program takes the store and keeps it.
    const QString connection = QStringLiteral("another program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
    }

    startKeyCreation(&window, &store, app.value());
    auto* dialog = window.findChild<CreateKeyDialog*>();
    QVERIFY(dialog);
    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit"));
    auto* generate = dialog->findChild<QPushButton*>(QStringLiteral("generateKeyButton"));
    auto* general = dialog->findChild<QLabel*>(QStringLiteral("generalErrorLabel"));
    QVERIFY(nameEdit && generate && general);
    QTest::keyClicks(nameEdit, QStringLiteral("while locked"));
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!general->text().isEmpty(), 20000);
    const QString message = general->text();
    QVERIFY2(message.contains(QStringLiteral("Another program holds the store locked")),
             qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("close the other program")), qPrintable(message));
    QCOMPARE(nameEdit->text(), QStringLiteral("while locked"));
    QVERIFY(!window.findChild<QDialog*>(QStringLiteral("OneTimeKeyDialog")));

    // The other program lets go: the same dialog creates the key.
    {
        QSqlDatabase other = QSqlDatabase::database(connection);
        QSqlQuery release(other);
        QVERIFY(release.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    QDialog* secret = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (secret = window.findChild<QDialog*>(QStringLiteral("OneTimeKeyDialog"))), 20000);
    secret->done(QDialog::Accepted);
    const Result<QList<ApiKey>> keys = waitFor(store.listKeys(app->id));
    QVERIFY(keys.ok());
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->constFirst().name, QStringLiteral("while locked"));
}

QTEST_MAIN(TestLockedStore)
#include "tst_lockedstore.moc"
