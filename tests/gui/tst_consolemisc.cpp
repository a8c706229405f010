// The console's smaller promises: crisp themed icons, toasts that go by themselves, the
// message bar with Retry, preferences, and switching stores without losing the open one.
#include "AppListModel.h"
#include "AppsPage.h"
#include "ConnectDialog.h"
#include "ConsoleLauncher.h"
#include "ForwardingStore.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SqlStore.h"
#include "Toast.h"
#include "Wait.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace sk;

class TestConsoleMisc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void iconsAreCrispAtTwiceTheScale();
    void iconsFollowTheDarkPalette();
    void errorTextReadsOnLightAndDarkPalettes_data();
    void errorTextReadsOnLightAndDarkPalettes();
    void toastGoesByItselfAndNeverTakesTheFocus();
    void storeFailureShowsTheMessageBarAndRetryRecovers();
    void preferencesAreSavedAndBounded();
    void openingABadStoreKeepsTheOpenOne();
    void recentStoresListsWhatWasOpened();
};

void TestConsoleMisc::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("scopekeeper"),
              QStringLiteral("scopekeeper"))
        .clear();
}

void TestConsoleMisc::iconsAreCrispAtTwiceTheScale()
{
    for (const char* name : {"edit", "delete", "add", "key", "apps", "activity", "refresh"}) {
        const QIcon icon = themedIcon(QString::fromLatin1(name));
        QVERIFY2(!icon.isNull(), name);
        // Drawn for the scale, not scaled up: 32 device pixels for a 16-pixel icon at 200 %.
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        const QImage image = pixmap.toImage();
        int opaque = 0;
        int partial = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int alpha = qAlpha(image.pixel(x, y));
                opaque += alpha > 200;
                partial += alpha > 0 && alpha <= 200;
            }
        }
        QVERIFY2(opaque > 20, name);
        // A vector drawing at 32 px has crisp strokes: far more solid pixels than fringe.
        QVERIFY2(opaque > partial / 2, name);
    }
}

void TestConsoleMisc::iconsFollowTheDarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QApplication::setPalette(dark);
    const QImage light = themedIcon(QStringLiteral("add")).pixmap(QSize(24, 24), 1.0).toImage();
    QApplication::setPalette(original);
    int brightest = 0;
    for (int y = 0; y < light.height(); ++y) {
        for (int x = 0; x < light.width(); ++x) {
            if (qAlpha(light.pixel(x, y)) > 200)
                brightest = qMax(brightest, qGray(light.pixel(x, y)));
        }
    }
    QVERIFY2(brightest > 200, "the icon is not drawn in the dark palette's light text colour");
}

namespace {

/// WCAG's contrast ratio of two colours: 1 (none) to 21 (black on white).
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void TestConsoleMisc::errorTextReadsOnLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(0x10, 0x10, 0x10);
    QTest::newRow("dark") << QColor(0x20, 0x20, 0x20) << QColor(0xee, 0xee, 0xee);
}

void TestConsoleMisc::errorTextReadsOnLightAndDarkPalettes()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    const QPalette original = QApplication::palette();
    QPalette palette = original;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    QApplication::setPalette(palette);
    // The connection dialog's field errors, as a person reads them: at least WCAG AA's 4.5:1.
    {
        ConnectDialog dialog;
        for (const char* name : {"urlErrorLabel", "tokenErrorLabel", "caFileErrorLabel"}) {
            auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
            QVERIFY2(label, name);
            const QColor colour = label->palette().color(QPalette::WindowText);
            const double ratio = contrast(colour, label->palette().color(QPalette::Window));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3, contrast %4")
                                    .arg(QLatin1String(name), colour.name(), window.name())
                                    .arg(ratio, 0, 'f', 2)));
            QVERIFY2(colour.red() > colour.green() + 40, "the error text is not red");
        }
    }
    QApplication::setPalette(original);
}

void TestConsoleMisc::toastGoesByItselfAndNeverTakesTheFocus()
{
    QWidget window;
    auto* edit = new QLineEdit(&window);
    window.resize(500, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    Toast* toast = Toast::show(&window, QStringLiteral("App “X” created."), 200);
    QVERIFY(toast);
    QVERIFY(toast->isVisible());
    QCOMPARE(toast->text(), QStringLiteral("App “X” created."));
    QCOMPARE(toast->accessibleName(), QStringLiteral("App “X” created."));
    QVERIFY(edit->hasFocus()); // typing goes on where it was
    QVERIFY(!QApplication::activeModalWidget());
    QTRY_VERIFY(Toast::current(&window) == nullptr);

    // A second message replaces the first rather than stacking.
    Toast::show(&window, QStringLiteral("one"));
    Toast::show(&window, QStringLiteral("two"));
    QCoreApplication::processEvents();
    QCOMPARE(Toast::current(&window)->text(), QStringLiteral("two"));
}

void TestConsoleMisc::storeFailureShowsTheMessageBarAndRetryRecovers()
{
    QTemporaryDir dir;
    // A real SQLite store whose listApps() fails until told otherwise.
    SqlStoreOptions options;
    options.sqlitePath = dir.filePath(QStringLiteral("s.sqlite"));
    test::ForwardingStore store(std::make_unique<SqlStore>(options));
    store.listAppsCalls.failWith =
        Error(ErrorCode::Unavailable, QStringLiteral("The disk went away."));
    const Result<StoreInfo> info = waitFor(store.open());
    QVERIFY(info.ok());
    MainWindow window(&store, info.value());
    window.show();
    auto* bar = window.findChild<QWidget*>(QStringLiteral("messageBarFrame"));
    auto* label = window.findChild<QLabel*>(QStringLiteral("messageBarLabel"));
    auto* retry = window.findChild<QPushButton*>(QStringLiteral("retryButton"));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(label->text(), QStringLiteral("The disk went away."));

    store.listAppsCalls.failWith.reset();
    QVERIFY(
        waitFor(store.createApp(NewApp{QStringLiteral("Back"), {QStringLiteral("model:deploy")}}))
            .ok());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!bar->isVisible());
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
}

void TestConsoleMisc::preferencesAreSavedAndBounded()
{
    {
        PreferencesDialog dialog;
        auto* delay = dialog.findChild<QSpinBox*>(QStringLiteral("clipboardClearSpinBox"));
        auto* expiry = dialog.findChild<QComboBox*>(QStringLiteral("defaultExpiryComboBox"));
        QCOMPARE(delay->value(), 30); // the default
        QCOMPARE(expiry->currentData().toInt(), 90);
        QCOMPARE(delay->specialValueText(), QStringLiteral("Never"));
        delay->setValue(0);
        expiry->setCurrentIndex(expiry->findData(180));
        dialog.accept();
    }
    QCOMPARE(Preferences().clipboardClearSeconds(), 0);
    QCOMPARE(Preferences().defaultExpiryDays(), 180);
    {
        PreferencesDialog dialog; // Cancel keeps what was saved
        dialog.findChild<QSpinBox*>(QStringLiteral("clipboardClearSpinBox"))->setValue(45);
        dialog.reject();
    }
    QCOMPARE(Preferences().clipboardClearSeconds(), 0);
    Preferences().setDefaultExpiryDays(400); // not a preset: ignored
    QCOMPARE(Preferences().defaultExpiryDays(), 180);
    Preferences().setClipboardClearSeconds(30);
    Preferences().setDefaultExpiryDays(90);
}

void TestConsoleMisc::openingABadStoreKeepsTheOpenOne()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    ConsoleOptions options;
    options.database = good;
    ConsoleLauncher launcher(options);
    QSignalSpy started(&launcher, &ConsoleLauncher::started);
    QSignalSpy failed(&launcher, &ConsoleLauncher::failed);
    launcher.start();
    QTRY_COMPARE(started.size(), 1);
    MainWindow* window = launcher.window();
    QVERIFY(window);

    const QString bad = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a store");
    }
    launcher.openStoreFile(bad);
    auto* bar = window->findChild<QWidget*>(QStringLiteral("messageBarFrame"));
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("messageBarLabel"))
                ->text()
                .contains(QStringLiteral("not a Scopekeeper store")));
    QCOMPARE(launcher.window(), window); // the open store stays
    QCOMPARE(failed.size(), 0);

    // A good one replaces it.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    launcher.createStoreFile(other);
    QTRY_COMPARE(started.size(), 2);
    QVERIFY(launcher.store()->location().endsWith(QStringLiteral("other.sqlite")));

    // Creating over an existing file is refused, and the file is kept.
    launcher.createStoreFile(bad);
    QTRY_VERIFY(
        launcher.window()->findChild<QWidget*>(QStringLiteral("messageBarFrame"))->isVisible());
    QFile f(bad);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a store"));
}

void TestConsoleMisc::recentStoresListsWhatWasOpened()
{
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        ConsoleOptions options;
        options.database = dir.filePath(QStringLiteral("store-%1.sqlite").arg(i));
        ConsoleLauncher launcher(options);
        QSignalSpy started(&launcher, &ConsoleLauncher::started);
        launcher.start();
        QTRY_COMPARE(started.size(), 1);
        paths.prepend(launcher.store()->location());
    }
    QCOMPARE(Preferences().recentStores().mid(0, 3), paths);
    QCOMPARE(Preferences().lastStore(), paths.constFirst());
}

QTEST_MAIN(TestConsoleMisc)
#include "tst_consolemisc.moc"
