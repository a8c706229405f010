// Every control a keyboard can reach has a name a screen reader can say, on every screen.
#include "AppDialog.h"
#include "AppListModel.h"
#include "ConnectDialog.h"
#include "CreateKeyDialog.h"
#include "KeyFormat.h"
#include "MainWindow.h"
#include "OneTimeKeyDialog.h"
#include "PreferencesDialog.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QAccessible>
#include <QApplication>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

namespace {

/// The focusable, visible, enabled controls of `window`: how many there are, and which of them
/// have no accessible name.
struct Controls
{
    int count = 0;
    QStringList unnamed;
};

Controls controlsOf(QWidget* window)
{
    Controls controls;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(window) || !w->isEnabled())
            continue;
        // A spin box's or date edit's inner line edit is its focus proxy: the control a
        // screen reader announces is the outer one, which is checked itself.
        if ((w->parentWidget() && w->parentWidget()->focusProxy() == w) || w->focusProxy())
            continue;
        ++controls.count;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            controls.unnamed << QStringLiteral("%1 (%2)").arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
    }
    return controls;
}

} // namespace

/// Fails unless `window` shows at least `minimum` controls (so that the check has something
/// to check) and every one of them has an accessible name.
#define VERIFY_CONTROLS_NAMED(window, minimum)                                                     \
    do {                                                                                           \
        const Controls controls = controlsOf(window);                                              \
        QVERIFY2(controls.count >= (minimum),                                                      \
                 qPrintable(QStringLiteral("%1 controls, expected at least %2")                    \
                                .arg(controls.count)                                               \
                                .arg(minimum)));                                                   \
        QVERIFY2(controls.unnamed.isEmpty(),                                                       \
                 qPrintable(controls.unnamed.join(QStringLiteral(", "))));                         \
    } while (false)

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mainWindowPages();
    void appDialogInBothModes();
    void keyDialogs();
    void preferences();
    void connectToServer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    App m_app;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("a11y.sqlite"));
    m_store = std::make_unique<SqlStore>(options);
    QVERIFY(waitFor(m_store->open()).ok());
    const Result<App> app = waitFor(
        m_store->createApp(NewApp{QStringLiteral("Payments"), {QStringLiteral("model:deploy")}}));
    QVERIFY(app.ok());
    QVERIFY(waitFor(m_store->createKey(app->id,
                                       NewKey{QStringLiteral("Checkout"), systemNow().addDays(30)}))
                .ok());
    m_app = waitFor(m_store->app(app->id)).value();
}

void TestAccessibility::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAccessibility::mainWindowPages()
{
    MainWindow window(m_store.get(), waitFor(m_store->open()).value());
    window.show();
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
    // Each page with the controls it shows now (buttons that need a selection are disabled).
    const QList<QPair<MainWindow::Page, int>> pages = {{MainWindow::AppsPageIndex, 5},
                                                       {MainWindow::KeysPageIndex, 6},
                                                       {MainWindow::ActivityPageIndex, 5}};
    for (const auto& [page, expected] : pages) {
        window.showPage(page);
        QCoreApplication::processEvents();
        VERIFY_CONTROLS_NAMED(&window, expected);
    }
}

void TestAccessibility::appDialogInBothModes()
{
    const Catalog catalog = waitFor(m_store->catalog()).value();
    for (AppDialog* dialog : {AppDialog::forNewApp(m_store.get(), catalog, nullptr),
                              AppDialog::forApp(m_store.get(), catalog, m_app, nullptr)}) {
        dialog->show();
        QCoreApplication::processEvents();
        VERIFY_CONTROLS_NAMED(dialog, dialog->mode() == AppDialog::Mode::Edit ? 8 : 7);
        if (dialog->mode() == AppDialog::Mode::Edit) {
            dialog->showKeysTab();
            QCoreApplication::processEvents();
            VERIFY_CONTROLS_NAMED(dialog, 5);
        }
        delete dialog;
    }
}

void TestAccessibility::keyDialogs()
{
    CreateKeyDialog create(m_store.get(), m_app);
    create.show();
    QCoreApplication::processEvents();
    VERIFY_CONTROLS_NAMED(&create, 6); // with the two scope choices
    // "Only these scopes" shows the app's scopes to tick.
    auto* only = create.findChild<QRadioButton*>(QStringLiteral("onlyScopesRadioButton"));
    QVERIFY(only);
    only->setChecked(true);
    QTRY_VERIFY(create.findChild<QWidget*>(QStringLiteral("scopeCheckBox_model:deploy")));
    QCoreApplication::processEvents();
    VERIFY_CONTROLS_NAMED(&create, 8);

    OneTimeKeyDialog once(KeyFormat::generate());
    once.show();
    QCoreApplication::processEvents();
    VERIFY_CONTROLS_NAMED(&once, 2);
    once.findChild<QWidget*>(QStringLiteral("copyAndCloseButton"))
        ->metaObject()
        ->invokeMethod(once.findChild<QWidget*>(QStringLiteral("copyAndCloseButton")), "click");
}

void TestAccessibility::preferences()
{
    PreferencesDialog dialog;
    dialog.show();
    QCoreApplication::processEvents();
    VERIFY_CONTROLS_NAMED(&dialog, 5);
}

void TestAccessibility::connectToServer()
{
    ConnectDialog dialog;
    dialog.show();
    dialog.setUrlError(QStringLiteral("The server cannot be trusted."), true);
    dialog.setKeychainUnavailable(QStringLiteral("No keychain."));
    QCoreApplication::processEvents();
    VERIFY_CONTROLS_NAMED(&dialog, 6);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
