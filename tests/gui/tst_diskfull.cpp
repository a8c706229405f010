// The console's local store on a full disk (Linux, as root; the test runs in a child process while
// main() holds the mount): the store lives on a 3 MiB tmpfs, the disk is filled, and a key is
// created through the console. "Create new API key" says that the disk is full and names the
// store's file, keeping what was typed; once there is space again (the tmpfs remounted at 64 MiB,
// as an operator grows a disk), the same dialog creates the key without a restart, and everything
// acknowledged before is still there. Without root (no tmpfs can be mounted) the test exits 77,
// which CTest reports as skipped. The tmpfs is unmounted in every case.
#include "CreateKeyDialog.h"
#include "KeyFlow.h"
#include "MainWindow.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

using namespace sk;

namespace {

QString mountPoint; // the 3 MiB tmpfs, mounted by main()

bool run(const QString& program, const QStringList& arguments, QString* output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool ok = process.waitForFinished(30000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return ok;
}

/// Writes to `path` until the disk refuses; true when it did.
bool fillDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return false;
    const QByteArray block(16 * 1024, 'x');
    while (file.write(block) == block.size() && file.flush()) {
    }
    // What is left is less than a block: take it a byte at a time.
    while (file.write("x", 1) == 1 && file.flush()) {
    }
    return true;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullDiskIsSaidWithTheStoreAndTheNextCreateWorks();
};

void TestDiskFull::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
              QStringLiteral("scopekeeper"))
        .clear();
}

void TestDiskFull::fullDiskIsSaidWithTheStoreAndTheNextCreateWorks()
{
    const QString path = QDir(mountPoint).filePath(QStringLiteral("store/team.sqlite"));
    SqlStoreOptions options;
    options.sqlitePath = path;
    options.actor = QStringLiteral("trainer");
    SqlStore store(options);
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY2(info.ok(), qPrintable(info.error().message()));
    const Result<App> app = waitFor(
        store.createApp(NewApp{QStringLiteral("Payments"), {QStringLiteral("workflow:deploy")}}));
    QVERIFY2(app.ok(), qPrintable(app.error().message()));
    MainWindow window(&store, info.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Acknowledged before the disk fills: a key (its secret kept to verify it later), then as
    // many apps as fit, until the store says the disk is full.
    const Result<CreatedKey> before = waitFor(store.createKey(
        app->id, NewKey{QStringLiteral("before"), QDateTime::currentDateTimeUtc().addDays(30)}));
    QVERIFY2(before.ok(), qPrintable(before.error().message()));
    QStringList acknowledged;
    for (int i = 0; i < 100000; ++i) {
        const QString name =
            QStringLiteral("Filling app %1 ").arg(i) + QString(60, QLatin1Char('x'));
        const Result<App> made =
            waitFor(store.createApp(NewApp{name, {QStringLiteral("workflow:deploy")}}));
        if (!made.ok()) {
            QCOMPARE(made.error().code(), ErrorCode::DiskFull);
            break;
        }
        acknowledged << made->name;
    }
    QVERIFY2(acknowledged.size() > 10, qPrintable(QString::number(acknowledged.size())));
    // Whatever a failed write gave back, and what is too small for a page of the store.
    const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
    QVERIFY(fillDisk(filler));

    // Through the console: "Create new API key", a name, Generate Key.
    startKeyCreation(&window, &store, app.value());
    auto* dialog = window.findChild<CreateKeyDialog*>();
    QVERIFY(dialog);
    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit"));
    auto* generate = dialog->findChild<QPushButton*>(QStringLiteral("generateKeyButton"));
    auto* general = dialog->findChild<QLabel*>(QStringLiteral("generalErrorLabel"));
    QVERIFY(nameEdit && generate && general);
    QTest::keyClicks(nameEdit, QStringLiteral("during the flood"));
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!general->text().isEmpty(), 20000);
    const QString message = general->text();
    QVERIFY2(message.contains(QStringLiteral("disk")) && message.contains(QStringLiteral("full")),
             qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
             qPrintable(message));
    QVERIFY(general->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(nameEdit->text(), QStringLiteral("during the flood")); // nothing typed is lost
    QVERIFY(!window.findChild<QDialog*>(QStringLiteral("OneTimeKeyDialog")));

    // Space comes back (the disk grows, as when an operator gives it more): the same dialog,
    // the same store, no restart.
    QString output;
    QVERIFY2(run(QStringLiteral("mount"),
                 {QStringLiteral("-o"), QStringLiteral("remount,size=64m"), mountPoint}, &output),
             qPrintable(output));
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    QDialog* secret = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (secret = window.findChild<QDialog*>(QStringLiteral("OneTimeKeyDialog"))), 20000);
    secret->done(QDialog::Accepted);

    // Nothing acknowledged was lost.
    const Result<QList<ApiKey>> keys = waitFor(store.listKeys(app->id));
    QVERIFY(keys.ok());
    QStringList keyNames;
    for (const ApiKey& key : keys.value())
        keyNames << key.name;
    keyNames.sort();
    QCOMPARE(keyNames, (QStringList{QStringLiteral("before"), QStringLiteral("during the flood")}));
    const Result<VerifyResult> verified =
        waitFor(store.verify(before->secret, QStringLiteral("workflow:deploy")));
    QVERIFY(verified.ok() && verified->valid);
    const Result<QList<App>> apps = waitFor(store.listApps());
    QVERIFY(apps.ok());
    QStringList appNames;
    for (const App& a : apps.value())
        appNames << a.name;
    for (const QString& name : std::as_const(acknowledged))
        QVERIFY2(appNames.contains(name), qPrintable(name));
}

int main(int argc, char** argv)
{
    if (::geteuid() != 0) {
        std::fprintf(stderr, "SKIP: a full disk needs a tmpfs, and mounting one needs root\n");
        return 77;
    }
    QTemporaryDir folder;
    if (!folder.isValid())
        return 1;
    mountPoint = folder.filePath(QStringLiteral("small-disk"));
    QDir().mkpath(mountPoint);
    QString output;
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=3m"), QStringLiteral("tmpfs"), mountPoint},
             &output)) {
        std::fprintf(stderr, "SKIP: cannot mount a tmpfs here: %s\n", qPrintable(output));
        return 77;
    }
    // The test runs in a child, so that the tmpfs is unmounted however it ends (a crash too).
    std::fflush(nullptr);
    const pid_t child = ::fork();
    if (child == 0) {
        QApplication app(argc, argv);
        TestDiskFull test;
        ::_exit(QTest::qExec(&test, argc, argv));
    }
    int status = 1;
    int how = 0;
    if (child > 0 && ::waitpid(child, &how, 0) == child)
        status = WIFEXITED(how) ? WEXITSTATUS(how) : 1;
    // Lazily: even when something still holds a file there.
    if (!run(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint}, &output))
        std::fprintf(stderr, "cannot unmount %s: %s\n", qPrintable(mountPoint), qPrintable(output));
    return status;
}

#include "tst_diskfull.moc"
