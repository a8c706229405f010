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
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

namespace {

// The focusable, visible controls of `window` that have no accessible name.
QStringList unnamedControls(QWidget* window)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(window) || !w->isEnabled())
            continue;
        // A spin box's or date edit's inner line edit is its focus proxy: the control a
        // screen reader announces is the outer one, which is checked itself.
        if ((w->parentWidget() && w->parentWidget()->focusProxy() == w) || w->focusProxy())
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            unnamed << QStringLiteral("%1 (%2)").arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
    }
    return unnamed;
}

} // namespace

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
    for (MainWindow::Page page :
         {MainWindow::AppsPageIndex, MainWindow::KeysPageIndex, MainWindow::ActivityPageIndex}) {
        window.showPage(page);
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
}

void TestAccessibility::appDialogInBothModes()
{
    const Catalog catalog = waitFor(m_store->catalog()).value();
    for (AppDialog* dialog : {AppDialog::forNewApp(m_store.get(), catalog, nullptr),
                              AppDialog::forApp(m_store.get(), catalog, m_app, nullptr)}) {
        dialog->show();
        QCoreApplication::processEvents();
        QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        if (dialog->mode() == AppDialog::Mode::Edit) {
            dialog->showKeysTab();
            QCoreApplication::processEvents();
            unnamed = unnamedControls(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        }
        delete dialog;
    }
}

void TestAccessibility::keyDialogs()
{
    CreateKeyDialog create(m_store.get(), m_app);
    create.show();
    QCoreApplication::processEvents();
    QStringList unnamed = unnamedControls(&create);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    OneTimeKeyDialog once(KeyFormat::generate());
    once.show();
    QCoreApplication::processEvents();
    unnamed = unnamedControls(&once);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    once.findChild<QWidget*>(QStringLiteral("copyAndCloseButton"))
        ->metaObject()
        ->invokeMethod(once.findChild<QWidget*>(QStringLiteral("copyAndCloseButton")), "click");
}

void TestAccessibility::preferences()
{
    PreferencesDialog dialog;
    dialog.show();
    QCoreApplication::processEvents();
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::connectToServer()
{
    ConnectDialog dialog;
    dialog.show();
    dialog.setUrlError(QStringLiteral("The server cannot be trusted."), true);
    dialog.setKeychainUnavailable(QStringLiteral("No keychain."));
    QCoreApplication::processEvents();
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
