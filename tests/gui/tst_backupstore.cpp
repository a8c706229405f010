// File > Back Up Store… on a local store, as a trainer or an administrator meets it: the menu
// item (keyboard-reachable; disabled on a server, saying where a server is backed up), the
// suggested file beside the store, the message saying where the backup went, and a restore: the
// backup opened as a store verifies every key of the original. A backup never replaces a file,
// is readable by its owner only, and a refusal says which file and why.
#include "MainWindow.h"
#include "RestStore.h"
#include "SqlStore.h"
#include "Toast.h"
#include "Wait.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace sk;

class TestBackupStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuOffersBackUpOnALocalStore();
    void backupRestoresEveryKey();
    void existingFileIsRefusedAndUnchanged();
    void unwritableFolderIsNamed();
    void serverStoreCannotBeBackedUpHere();

private:
    /// Backs up through the window; the backupFinished() signal's arguments.
    QList<QVariant> backUp(const QString& file);
    QAction* backUpAction(MainWindow* window) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    struct Issued
    {
        QString secret;
        QString scope;
        QString keyId;
    };
    QList<Issued> m_keys;
};

void TestBackupStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
              QStringLiteral("scopekeeper"))
        .clear();
}

void TestBackupStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("training/team.sqlite"));
    SqlStoreOptions options;
    options.sqlitePath = m_path;
    options.actor = QStringLiteral("trainer");
    m_store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> info = waitFor(m_store->open());
    QVERIFY2(info.ok(), qPrintable(info.error().message()));

    m_keys.clear();
    const QList<std::pair<QString, QString>> apps{
        {QStringLiteral("Payments"), QStringLiteral("workflow:deploy")},
        {QStringLiteral("Risk & Compliance"), QStringLiteral("model:import")}};
    for (const auto& [name, scope] : apps) {
        const Result<App> app = waitFor(m_store->createApp(NewApp{name, {scope}}));
        QVERIFY2(app.ok(), qPrintable(app.error().message()));
        for (int i = 1; i <= 2; ++i) {
            const Result<CreatedKey> key = waitFor(
                m_store->createKey(app->id, NewKey{QStringLiteral("key %1").arg(i),
                                                   QDateTime::currentDateTimeUtc().addDays(30)}));
            QVERIFY2(key.ok(), qPrintable(key.error().message()));
            m_keys << Issued{key->secret, scope, key->key.id};
        }
    }
    m_window = std::make_unique<MainWindow>(m_store.get(), info.value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackupStore::cleanup()
{
    m_window.reset();
    m_store.reset();
    if (m_dir) {
        // A test may have taken the write permission away.
        QFile::setPermissions(m_dir->filePath(QStringLiteral("locked")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
    }
    m_dir.reset();
}

QAction* TestBackupStore::backUpAction(MainWindow* window) const
{
    return window->findChild<QAction*>(QStringLiteral("backUpStoreAction"));
}

QList<QVariant> TestBackupStore::backUp(const QString& file)
{
    QSignalSpy finished(m_window.get(), &MainWindow::backupFinished);
    m_window->backUpStoreTo(file);
    if (!finished.wait(20000))
        return {};
    return finished.takeFirst();
}

void TestBackupStore::menuOffersBackUpOnALocalStore()
{
    QVERIFY(!m_store->isRemote());
    QAction* action = backUpAction(m_window.get());
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    // In the File menu, with a mnemonic: Alt+F, then B.
    auto* fileMenu = m_window->findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QVERIFY(fileMenu->actions().contains(action));
    QVERIFY(action->text().contains(QLatin1Char('&')));
    QVERIFY(action->text().endsWith(QStringLiteral("…")));
    // Beside the store, named after it and today.
    QCOMPARE(QFileInfo(m_window->suggestedBackupPath()),
             QFileInfo(m_dir->filePath(
                 QStringLiteral("training/team-backup-%1.sqlite")
                     .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))))));
}

void TestBackupStore::backupRestoresEveryKey()
{
    const QString backup = m_dir->filePath(QStringLiteral("backups/team-copy.sqlite"));
    const QList<QVariant> done = backUp(backup);
    QVERIFY(!done.isEmpty());
    QVERIFY2(done.at(2).toBool(), qPrintable(done.at(1).value<Error>().message()));
    const QString shown = QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath());

    // Where it went, in words the person sees.
    Toast* toast = Toast::current(m_window.get());
    QVERIFY(toast);
    QVERIFY2(toast->text().contains(shown), qPrintable(toast->text()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(shown));
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("backupErrorMessageBox")));

#ifdef Q_OS_UNIX
    // For its owner only, whatever the umask.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(backup) & others, QFileDevice::Permissions());
#endif

    // Restored: the backup opened as a store knows every app and verifies every key.
    SqlStoreOptions options;
    options.sqlitePath = backup;
    options.createIfMissing = false;
    SqlStore restored(options);
    const Result<StoreInfo> opened = waitFor(restored.open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
    const Result<QList<App>> apps = waitFor(restored.listApps());
    QVERIFY(apps.ok());
    QCOMPARE(apps->size(), 2);
    for (const Issued& key : std::as_const(m_keys)) {
        const Result<VerifyResult> verified = waitFor(restored.verify(key.secret, key.scope));
        QVERIFY2(verified.ok(), qPrintable(verified.error().message()));
        QVERIFY2(verified->valid, qPrintable(key.keyId));
    }
    // A key made after the backup is not in it.
    const Result<CreatedKey> later = waitFor(m_store->createKey(
        apps->constFirst().id,
        NewKey{QStringLiteral("after the backup"), QDateTime::currentDateTimeUtc().addDays(1)}));
    QVERIFY(later.ok());
    const Result<VerifyResult> notThere =
        waitFor(restored.verify(later->secret, apps->constFirst().scopes.constFirst()));
    QVERIFY(notThere.ok());
    QVERIFY(!notThere->valid);
}

void TestBackupStore::existingFileIsRefusedAndUnchanged()
{
    const QString target = m_dir->filePath(QStringLiteral("training/keep-me.sqlite"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an older backup, or anything else the person keeps here");
    }
    const QByteArray before = [&] {
        QFile file(target);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }();
    const QList<QVariant> done = backUp(target);
    QVERIFY(!done.isEmpty());
    QVERIFY(!done.at(2).toBool());

    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("backupErrorMessageBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    const QString shown = QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath());
    QVERIFY2(box->text().contains(shown), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("exists already")),
             qPrintable(box->informativeText()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    // Another try is possible at once.
    QVERIFY(backUpAction(m_window.get())->isEnabled());
    box->close();
}

void TestBackupStore::unwritableFolderIsNamed()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root writes in any folder");
#endif
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString target = QDir(folder).filePath(QStringLiteral("copy.sqlite"));
    const QList<QVariant> done = backUp(target);
    QVERIFY(!done.isEmpty());
    QVERIFY(!done.at(2).toBool());
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("backupErrorMessageBox"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("Permission denied")) ||
                 box->informativeText().contains(QStringLiteral("cannot be")),
             qPrintable(box->informativeText()));
    QVERIFY(!QFileInfo::exists(target));
}

void TestBackupStore::serverStoreCannotBeBackedUpHere()
{
    RestStore server(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("ska_none"));
    StoreInfo info;
    info.location = server.location();
    MainWindow window(&server, info);
    QAction* action = backUpAction(&window);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(QStringLiteral("scopekeeper-server backup")),
             qPrintable(action->toolTip()));
    QSignalSpy finished(&window, &MainWindow::backupFinished);
    window.backUpStoreTo(m_dir->filePath(QStringLiteral("server-copy.sqlite")));
    // Refused at once: no backup was started that could finish later (one would say so in
    // the status bar).
    QCOMPARE(window.statusBar()->currentMessage(), QString());
    QCOMPARE(finished.size(), 0);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("server-copy.sqlite"))));
    // Asked all the same, the store itself refuses, and says where its backup is made.
    QVERIFY(server.isRemote());
    const Result<Done> refused =
        waitFor(server.backUpTo(m_dir->filePath(QStringLiteral("server-copy.sqlite"))));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Unavailable);
    QVERIFY2(refused.error().message().contains(QStringLiteral("scopekeeper-server backup")),
             qPrintable(refused.error().message()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("server-copy.sqlite"))));
}

QTEST_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
