// The per-key store in the console ("User API Keys", as in the AIMMS Cloud Portal): the page,
// "+ New API key" with the key's own scopes, deleting after the permanent-deletion warning,
// the main window's pages in each scoping mode, and the command line's --scoping and
// --demo aimms. Offscreen, driven through the widgets.
#include "AppDialog.h"
#include "ConsoleCommandLine.h"
#include "ForwardingStore.h"
#include "KeyFormat.h"
#include "KeysPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OneTimeKeyDialog.h"
#include "RowActionsDelegate.h"
#include "Rules.h"
#include "ScopePicker.h"
#include "Session.h"
#include "SqlStore.h"
#include "UserKeyDialog.h"
#include "UserKeyListModel.h"
#include "UserKeysPage.h"
#include "Wait.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace sk;

namespace {

/// A store whose personal keys (listMyKeys, createMyKey, deleteMyKey) live in memory, checked
/// as a store checks them; everything else goes to a real SqlStore. `remote` makes it pass for
/// a server's store.
class MyKeysStore : public test::ForwardingStore
{
public:
    MyKeysStore(std::unique_ptr<Store> inner, const Catalog& catalog)
        : ForwardingStore(std::move(inner))
        , m_catalog(catalog)
    {
    }

    bool remote = false;
    bool auditor = false; // read-only
    int createMyKeyCalls = 0;
    QList<ApiKey> keys;

    bool isRemote() const override { return remote; }
    bool readOnly() const override { return auditor; }
    QFuture<Result<QList<ApiKey>>> listMyKeys() override
    {
        return test::readyFuture(Result<QList<ApiKey>>(keys));
    }
    QFuture<Result<CreatedKey>> createMyKey(const NewKey& key) override
    {
        ++createMyKeyCalls;
        QStringList ids;
        for (const Scope& scope : m_catalog.scopes())
            ids << scope.id;
        QList<FieldError> problems;
        if (auto p = Rules::checkKeyName(key.name))
            problems << *p;
        if (auto p = Rules::checkExpiry(key.expiresAt, QDateTime::currentDateTimeUtc()))
            problems << *p;
        if (auto p = Rules::checkKeyScopes(key.scopes.value_or(QStringList()), ids))
            problems << *p;
        if (!problems.isEmpty())
            return test::readyFuture(Result<CreatedKey>(
                Error(ErrorCode::Invalid, problems.constFirst().message, problems)));
        CreatedKey created;
        created.secret = KeyFormat::generate();
        created.key.id = QStringLiteral("key-%1").arg(++m_next);
        created.key.appId = QStringLiteral("personal");
        created.key.appName = QStringLiteral("Personal keys of trainer");
        created.key.name = key.name;
        created.key.prefix = created.secret.left(KeyFormat::DisplayPrefixLength);
        created.key.createdBy = QStringLiteral("trainer");
        created.key.createdAt = QDateTime::currentDateTimeUtc();
        created.key.expiresAt = key.expiresAt;
        created.key.scopes = Rules::normalizeScopes(*key.scopes);
        keys.prepend(created.key);
        Q_EMIT keysChanged(created.key.appId);
        return test::readyFuture(Result<CreatedKey>(created));
    }
    QFuture<Result<Done>> deleteMyKey(const QString& keyId) override
    {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).id == keyId) {
                const QString appId = keys.takeAt(i).appId;
                Q_EMIT keysChanged(appId);
                return test::readyFuture(Result<Done>(Done{}));
            }
        }
        return test::readyFuture(
            Result<Done>(Error(ErrorCode::NotFound, QStringLiteral("No such key."))));
    }

    /// A key as the store would list it.
    void addKey(const QString& name, const QStringList& scopes, int days)
    {
        ApiKey key;
        key.id = QStringLiteral("key-%1").arg(++m_next);
        key.appId = QStringLiteral("personal");
        key.name = name;
        key.prefix = QStringLiteral("spk_%1").arg(m_next, 4, 10, QLatin1Char('0'));
        key.createdBy = QStringLiteral("trainer");
        key.createdAt = QDateTime::currentDateTimeUtc();
        key.expiresAt = key.createdAt.addDays(days);
        key.scopes = scopes;
        keys << key;
    }

private:
    Catalog m_catalog;
    int m_next = 0;
};

QStringList column(const QAbstractItemModel* model, int col)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, col).data().toString();
    return values;
}

struct MenuEntry
{
    QString text; // "-": a separator
    bool enabled;
    QString toolTip; // why it is disabled
};

/// The tooltip shown at `pos` in `table`'s viewport, the mouse resting on it.
QString toolTipAt(QTableView* table, const QPoint& pos)
{
    QTest::mouseMove(table->viewport(), pos);
    QHelpEvent help(QEvent::ToolTip, pos, table->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(table->viewport(), &help);
    const QString text = QToolTip::text();
    QToolTip::hideText();
    return text;
}

/// The entries of `table`'s context menu opened at `pos` in its viewport (none: no menu); the
/// entry `choose` (if any) is chosen, or else the menu is closed.
QList<MenuEntry> contextMenuAt(QTableView* table, const QPoint& pos, const QString& choose = {})
{
    QList<MenuEntry> entries;
    QTimer timer; // fires in the menu's own event loop
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer.stop();
        QAction* chosen = nullptr;
        for (QAction* action : menu->actions()) {
            entries << MenuEntry{action->isSeparator() ? QStringLiteral("-") : action->text(),
                                 action->isEnabled(),
                                 action->isEnabled() ? QString() : action->toolTip()};
            if (!choose.isEmpty() && action->text() == choose)
                chosen = action;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    timer.start();
    Q_EMIT table->customContextMenuRequested(pos);
    timer.stop();
    return entries;
}

QStringList texts(const QList<MenuEntry>& entries)
{
    QStringList t;
    for (const MenuEntry& entry : entries)
        t << entry.text;
    return t;
}

} // namespace

class TestUserKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pageListsNameExpiryAndScope();
    void pageSortsByEachColumn();
    void searchFiltersTheKeys();
    void newKeyWithTwoScopesMakesAKeyWithExactlyThem();
    void newKeyWithoutScopesSaysSoAtTheField();
    void newKeyWithoutNameSaysSoAtTheField();
    void deleteAsksWithThePermanentWarningFirst();
    void rowDeleteIconAndContextMenuDelete();
    void contextMenuDeletesRollsAndMakesKeys();
    void readOnlyKeyActionsSayWhyAndDoNothing();
    void onTheRealStoreKeysAreCreatedAndDeleted();

    void perKeyWindowOpensOnUserKeysWithoutApps();
    void perKeyWindowOnAServerKeepsEveryKey();
    void perAppWindowIsAsBefore();
    void ctrlNMakesAKeyInAPerKeyStore();
    void ctrlFSearchesTheUserKeys();
    void sessionSwitchesModeWithTheStore();

    void commandLineScoping();
    void commandLineDemoVariants();
    void commandLineRefusesContradictions();

private:
    std::unique_ptr<MyKeysStore> openStore(const QString& file = QStringLiteral("store.sqlite"));
    StoreInfo info(Scoping scoping) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settings;
};

void TestUserKeys::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestUserKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    MessageBox::takeQuestionCount();
    MessageBox::setNextAnswer(MessageBox::NoAnswer);
}

void TestUserKeys::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(w))
            w->deleteLater();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_dir.reset();
}

std::unique_ptr<MyKeysStore> TestUserKeys::openStore(const QString& file)
{
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(file);
    options.actor = QStringLiteral("trainer");
    options.catalog = Catalog::builtIn(QStringLiteral("aimms-pro")).value();
    options.scoping = Scoping::PerKey;
    const Catalog catalog = options.catalog;
    auto sql = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> opened = waitFor(sql->open());
    if (!opened.ok())
        qFatal("open failed: %s", qPrintable(opened.error().toString()));
    return std::make_unique<MyKeysStore>(std::move(sql), catalog);
}

StoreInfo TestUserKeys::info(Scoping scoping) const
{
    StoreInfo i;
    i.location = m_dir->filePath(QStringLiteral("store.sqlite"));
    i.catalogId = QStringLiteral("aimms-pro");
    i.scoping = scoping;
    return i;
}

void TestUserKeys::pageListsNameExpiryAndScope()
{
    auto store = openStore();
    store->addKey(QStringLiteral("Publishing"), {QStringLiteral("publish-app")}, 30);
    store->addKey(QStringLiteral("Tasks runner"),
                  {QStringLiteral("session"), QStringLiteral("tasks")}, 90);
    UserKeysPage page(store.get());
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    const QAbstractItemModel* m = table->model();
    QCOMPARE(m->columnCount(), 3);
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Key Name"));
    QCOMPARE(m->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Expiry Date"));
    QCOMPARE(m->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Scope"));
    QCOMPARE(column(m, 0),
             (QStringList{QStringLiteral("Publishing"), QStringLiteral("Tasks runner")}));
    QCOMPARE(m->index(1, 2).data().toString(), QStringLiteral("session, tasks"));
    const QDate expiry = QDateTime::currentDateTimeUtc().addDays(90).toLocalTime().date();
    QCOMPARE(m->index(1, 1).data().toString(), QLocale().toString(expiry, QLocale::ShortFormat));
    // The catalog names the scopes in the tooltip.
    QTRY_VERIFY(
        m->index(1, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("(tasks)")));
}

void TestUserKeys::pageSortsByEachColumn()
{
    auto store = openStore();
    store->addKey(QStringLiteral("beta"), {QStringLiteral("user")}, 300);
    store->addKey(QStringLiteral("Alpha"), {QStringLiteral("tasks")}, 10);
    store->addKey(QStringLiteral("gamma"), {QStringLiteral("account")}, 100);
    UserKeysPage page(store.get());
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(table->isSortingEnabled());
    table->sortByColumn(UserKeyListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(
        column(table->model(), 0),
        (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    table->sortByColumn(UserKeyListModel::ExpiryColumn, Qt::DescendingOrder);
    QCOMPARE(
        column(table->model(), 0),
        (QStringList{QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("Alpha")}));
    table->sortByColumn(UserKeyListModel::ScopeColumn, Qt::AscendingOrder);
    QCOMPARE(
        column(table->model(), 0),
        (QStringList{QStringLiteral("gamma"), QStringLiteral("Alpha"), QStringLiteral("beta")}));
}

void TestUserKeys::searchFiltersTheKeys()
{
    auto store = openStore();
    store->addKey(QStringLiteral("Publishing"), {QStringLiteral("publish-app")}, 30);
    store->addKey(QStringLiteral("Tasks runner"), {QStringLiteral("tasks")}, 90);
    store->addKey(QStringLiteral("Nightly tasks"), {QStringLiteral("session")}, 90);
    UserKeysPage page(store.get());
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("TASKS"));
    // By name, or by scope id.
    QCOMPARE(table->model()->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("publish"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Publishing"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nothing like it"));
    QCOMPARE(table->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestUserKeys::newKeyWithTwoScopesMakesAKeyWithExactlyThem()
{
    auto store = openStore();
    QWidget window;
    UserKeysPage page(store.get(), &window);
    window.show();
    auto* newButton = page.findChild<QPushButton*>(QStringLiteral("newKeyButton"));
    QVERIFY(newButton);
    QCOMPARE(newButton->text(), QStringLiteral("+ New API key"));
    QTest::mouseClick(newButton, Qt::LeftButton);
    auto* dialog = page.findChild<UserKeyDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->scopePicker()->checkBox(QStringLiteral("tasks")));
    // The catalog's descriptions are shown beside the boxes.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("scopeDescriptionLabel_tasks")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit")),
                     QStringLiteral("CI publishing"));
    dialog->scopePicker()->checkBox(QStringLiteral("tasks"))->click();
    dialog->scopePicker()->checkBox(QStringLiteral("publish-app"))->click();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("generateKeyButton")),
                      Qt::LeftButton);

    QCOMPARE(store->keys.size(), 1);
    const ApiKey key = store->keys.constFirst();
    QCOMPARE(key.name, QStringLiteral("CI publishing"));
    QCOMPARE(key.scopes.value(),
             (QStringList{QStringLiteral("publish-app"), QStringLiteral("tasks")}));
    // 90 days unless the preferences say otherwise, never past a year.
    QVERIFY(key.expiresAt > QDateTime::currentDateTimeUtc().addDays(89));
    QVERIFY(key.expiresAt <= Rules::latestExpiry(QDateTime::currentDateTimeUtc()));

    // The secret, once, in Copy and Close; then the list shows the key.
    QTRY_VERIFY(page.findChild<OneTimeKeyDialog*>());
    auto* secretDialog = page.findChild<OneTimeKeyDialog*>();
    QTest::mouseClick(secretDialog->findChild<QPushButton*>(QStringLiteral("copyAndCloseButton")),
                      Qt::LeftButton);
    QVERIFY(secretDialog->wasCopied());
    QVERIFY(KeyFormat::isWellFormed(QGuiApplication::clipboard()->text()));
    QCOMPARE(QGuiApplication::clipboard()->text().left(KeyFormat::DisplayPrefixLength), key.prefix);
    auto* table = page.findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, UserKeyListModel::ScopeColumn).data().toString(),
             QStringLiteral("publish-app, tasks"));
}

void TestUserKeys::newKeyWithoutScopesSaysSoAtTheField()
{
    auto store = openStore();
    UserKeyDialog dialog(store.get());
    dialog.show();
    QTRY_VERIFY(dialog.scopePicker()->checkBox(QStringLiteral("tasks")));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit")),
                     QStringLiteral("No scopes"));
    auto* scopesError = dialog.findChild<QLabel*>(QStringLiteral("scopesErrorLabel"));
    QVERIFY(scopesError);
    QVERIFY(scopesError->isHidden());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("generateKeyButton")),
                      Qt::LeftButton);
    QVERIFY(scopesError->isVisible());
    QCOMPARE(scopesError->text(), QStringLiteral("Choose at least one scope."));
    QCOMPARE(dialog.scopePicker()->accessibleDescription(), scopesError->text());
    QCOMPARE(store->createMyKeyCalls, 0);
    QVERIFY(store->keys.isEmpty());
    QVERIFY(dialog.isVisible());
    // Ticking one clears the message; the name typed is kept.
    dialog.scopePicker()->checkBox(QStringLiteral("user"))->click();
    QVERIFY(scopesError->isHidden());
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit"))->text(),
             QStringLiteral("No scopes"));
}

void TestUserKeys::newKeyWithoutNameSaysSoAtTheField()
{
    auto store = openStore();
    UserKeyDialog dialog(store.get());
    dialog.show();
    QTRY_VERIFY(dialog.scopePicker()->checkBox(QStringLiteral("tasks")));
    dialog.scopePicker()->checkBox(QStringLiteral("tasks"))->click();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("generateKeyButton")),
                      Qt::LeftButton);
    auto* nameError = dialog.findChild<QLabel*>(QStringLiteral("keyNameErrorLabel"));
    QVERIFY(nameError->isVisible());
    QVERIFY(!nameError->text().isEmpty());
    QCOMPARE(store->createMyKeyCalls, 0);
    // The store's refusal of a name lands at the field too.
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit")),
                     QStringLiteral("Taken"));
    QVERIFY(nameError->isHidden());
}

void TestUserKeys::deleteAsksWithThePermanentWarningFirst()
{
    auto store = openStore();
    store->addKey(QStringLiteral("Old key"), {QStringLiteral("user")}, 30);
    store->addKey(QStringLiteral("Keep me"), {QStringLiteral("tasks")}, 30);
    QWidget window;
    UserKeysPage page(store.get(), &window);
    window.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    table->sortByColumn(UserKeyListModel::NameColumn, Qt::DescendingOrder);
    table->setFocus();
    table->selectRow(0); // "Old key"
    QCOMPARE(page.selectedKeys().constFirst().name, QStringLiteral("Old key"));

    MessageBox::setNextAnswer(MessageBox::Reject);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY2(MessageBox::lastQuestion().contains(QStringLiteral("permanent")),
             qPrintable(MessageBox::lastQuestion()));
    QVERIFY(MessageBox::lastQuestion().contains(
        QStringLiteral("Applications using it will stop working.")));
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Old key")));
    QCOMPARE(store->keys.size(), 2);

    MessageBox::setNextAnswer(MessageBox::Accept);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(store->keys.size(), 1);
    QCOMPARE(store->keys.constFirst().name, QStringLiteral("Keep me"));
}

void TestUserKeys::rowDeleteIconAndContextMenuDelete()
{
    auto store = openStore();
    store->addKey(QStringLiteral("One"), {QStringLiteral("user")}, 30);
    QWidget window;
    UserKeysPage page(store.get(), &window);
    window.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    auto* deleteButton = page.findChild<QPushButton*>(QStringLiteral("deleteKeysButton"));
    QVERIFY(!deleteButton->isEnabled()); // nothing selected
    table->selectRow(0);
    QVERIFY(deleteButton->isEnabled());
    MessageBox::setNextAnswer(MessageBox::Accept);
    deleteButton->click();
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QTRY_VERIFY(store->keys.isEmpty());
    // The empty page says how to make one.
    QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("emptyStateLabel"))->isVisible());
}

void TestUserKeys::contextMenuDeletesRollsAndMakesKeys()
{
    auto store = openStore();
    store->addKey(QStringLiteral("Alpha"), {QStringLiteral("user")}, 30);
    store->addKey(QStringLiteral("Beta"), {QStringLiteral("tasks")}, 30);
    store->addKey(QStringLiteral("Gone"), {QStringLiteral("tasks")}, -1); // expired
    QWidget window;
    UserKeysPage page(store.get(), &window);
    window.resize(900, 600);
    window.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    table->sortByColumn(UserKeyListModel::NameColumn, Qt::AscendingOrder);
    const auto rowPos = [table](int row) {
        return table->visualRect(table->model()->index(row, UserKeyListModel::NameColumn)).center();
    };

    // A click on a row that is not selected selects it: one key, which can be rolled.
    QList<MenuEntry> menu = contextMenuAt(table, rowPos(1));
    QCOMPARE(page.selectedKeys().size(), 1);
    QCOMPARE(page.selectedKeys().constFirst().name, QStringLiteral("Beta"));
    QCOMPARE(menu.size(), 4);
    QVERIFY2(menu.at(0).text.startsWith(QStringLiteral("Delete 1 key")),
             qPrintable(menu.at(0).text));
    QCOMPARE(texts(menu).mid(1), (QStringList{QStringLiteral("Roll key…"), QStringLiteral("-"),
                                              QStringLiteral("New API key…")}));
    for (const MenuEntry& entry : menu)
        QVERIFY2(entry.enabled, qPrintable(entry.text));

    // On a row of a selection of two, the selection stays: no rolling two keys at once.
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    menu = contextMenuAt(table, rowPos(0));
    QCOMPARE(page.selectedKeys().size(), 2);
    QCOMPARE(menu.size(), 3);
    QVERIFY2(menu.at(0).text.startsWith(QStringLiteral("Delete 2 key")),
             qPrintable(menu.at(0).text));
    QCOMPARE(texts(menu).mid(1),
             (QStringList{QStringLiteral("-"), QStringLiteral("New API key…")}));

    // An expired key cannot be rolled, and the entry says why.
    menu = contextMenuAt(table, rowPos(2));
    QCOMPARE(page.selectedKeys().size(), 1);
    QCOMPARE(page.selectedKeys().constFirst().name, QStringLiteral("Gone"));
    QCOMPARE(menu.at(1).text, QStringLiteral("Roll key…"));
    QVERIFY(!menu.at(1).enabled);
    QCOMPARE(menu.at(1).toolTip, QStringLiteral("This key has expired: create a new key instead."));
    QVERIFY(menu.at(0).enabled);

    // Below the rows: only a new key.
    const QPoint below(10, table->viewport()->height() - 5);
    QVERIFY(!table->indexAt(below).isValid());
    QCOMPARE(texts(contextMenuAt(table, below)), QStringList{QStringLiteral("New API key…")});

    // Choosing Delete asks first, for the selected key.
    MessageBox::setNextAnswer(MessageBox::Reject);
    contextMenuAt(table, rowPos(2), menu.at(0).text);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Gone")));
    QCOMPARE(store->keys.size(), 3);

    // The Delete icon on a row deletes that row's key, after asking.
    auto* delegate = qobject_cast<RowActionsDelegate*>(
        table->itemDelegateForColumn(UserKeyListModel::ScopeColumn));
    QVERIFY(delegate);
    const QRect cell = table->visualRect(table->model()->index(0, UserKeyListModel::ScopeColumn));
    QCOMPARE(toolTipAt(table, delegate->actionRect(cell, 0).center()),
             QStringLiteral("Delete key"));
    MessageBox::setNextAnswer(MessageBox::Accept);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      delegate->actionRect(cell, 0).center());
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("Alpha")));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(store->keys.size(), 2);

    // "New API key…" opens the New API key dialog.
    contextMenuAt(table, below, QStringLiteral("New API key…"));
    QTRY_VERIFY(page.findChild<UserKeyDialog*>());
}

void TestUserKeys::readOnlyKeyActionsSayWhyAndDoNothing()
{
    auto store = openStore();
    store->auditor = true;
    store->addKey(QStringLiteral("Alpha"), {QStringLiteral("user")}, 30);
    store->addKey(QStringLiteral("Gone"), {QStringLiteral("tasks")}, -1); // expired
    QWidget window;
    UserKeysPage page(store.get(), &window);
    window.resize(900, 600);
    window.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    table->sortByColumn(UserKeyListModel::NameColumn, Qt::AscendingOrder);

    // Every entry is there, disabled, saying the account is read-only (not that the key expired).
    for (int row = 0; row < 2; ++row) {
        const QList<MenuEntry> menu = contextMenuAt(
            table,
            table->visualRect(table->model()->index(row, UserKeyListModel::NameColumn)).center());
        QCOMPARE(menu.size(), 4);
        QCOMPARE(menu.at(1).text, QStringLiteral("Roll key…"));
        for (const MenuEntry& entry : menu) {
            if (entry.text == QLatin1String("-"))
                continue;
            QVERIFY2(!entry.enabled, qPrintable(entry.text));
            QVERIFY2(entry.toolTip.contains(QStringLiteral("auditor")), qPrintable(entry.toolTip));
        }
    }

    // No Delete icon, and Del does nothing.
    auto* delegate = qobject_cast<RowActionsDelegate*>(
        table->itemDelegateForColumn(UserKeyListModel::ScopeColumn));
    QVERIFY(delegate);
    const QRect cell = table->visualRect(table->model()->index(0, UserKeyListModel::ScopeColumn));
    QVERIFY(!toolTipAt(table, delegate->actionRect(cell, 0).center())
                 .contains(QStringLiteral("Delete")));
    MessageBox::setNextAnswer(MessageBox::Accept);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      delegate->actionRect(cell, 0).center());
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(MessageBox::takeQuestionCount(), 0);
    QCOMPARE(store->keys.size(), 2);
}

void TestUserKeys::onTheRealStoreKeysAreCreatedAndDeleted()
{
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("real.sqlite"));
    options.actor = QStringLiteral("trainer");
    options.catalog = Catalog::builtIn(QStringLiteral("aimms-pro")).value();
    SqlStore store(options);
    const Result<StoreInfo> opened = waitFor(store.open());
    QVERIFY(opened.ok());
    QCOMPARE(opened->scoping, Scoping::PerKey); // the aimms-pro catalog's default
    MainWindow window(&store, opened.value());
    window.show();
    QCOMPARE(window.currentPage(), MainWindow::UserKeysPageIndex);
    UserKeysPage* page = window.userKeysPage();
    QTRY_VERIFY(page->model()->hasLoaded());

    page->newKey();
    QTRY_VERIFY(window.findChild<UserKeyDialog*>());
    auto* dialog = window.findChild<UserKeyDialog*>();
    QTRY_VERIFY(dialog->scopePicker()->checkBox(QStringLiteral("secret")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit")),
                     QStringLiteral("Vault reader"));
    dialog->scopePicker()->checkBox(QStringLiteral("secret"))->click();
    dialog->scopePicker()->checkBox(QStringLiteral("session"))->click();
    dialog->findChild<QPushButton*>(QStringLiteral("generateKeyButton"))->click();
    QTRY_VERIFY(window.findChild<OneTimeKeyDialog*>());
    window.findChild<OneTimeKeyDialog*>()
        ->findChild<QPushButton*>(QStringLiteral("copyAndCloseButton"))
        ->click();

    const QList<ApiKey> mine = waitFor(store.listMyKeys()).value();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.constFirst().name, QStringLiteral("Vault reader"));
    QCOMPARE(mine.constFirst().scopes.value(),
             (QStringList{QStringLiteral("secret"), QStringLiteral("session")}));
    // The key grants exactly them.
    const QString secret = QGuiApplication::clipboard()->text();
    QVERIFY(waitFor(store.verify(secret, QStringLiteral("secret"))).value().valid);
    QVERIFY(!waitFor(store.verify(secret, QStringLiteral("tasks"))).value().valid);
    // No apps appear: the personal app is nobody's to see.
    QVERIFY(waitFor(store.listApps()).value().isEmpty());

    auto* table = page->findChild<QTableView*>(QStringLiteral("userKeysTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, UserKeyListModel::ScopeColumn).data().toString(),
             QStringLiteral("secret, session"));
    table->selectRow(0);
    MessageBox::setNextAnswer(MessageBox::Accept);
    page->deleteSelectedKeys();
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(waitFor(store.listMyKeys()).value().isEmpty());
    QVERIFY(!waitFor(store.verify(secret, QStringLiteral("secret"))).value().valid);
}

void TestUserKeys::perKeyWindowOpensOnUserKeysWithoutApps()
{
    auto store = openStore();
    store->addKey(QStringLiteral("Mine"), {QStringLiteral("user")}, 30);
    MainWindow window(store.get(), info(Scoping::PerKey));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.currentPage(), MainWindow::UserKeysPageIndex);
    QVERIFY(window.userKeysPage());
    QVERIFY(window.userKeysPage()->isVisible());
    QVERIFY(!window.hasPage(MainWindow::AppsPageIndex));
    QVERIFY(!window.hasPage(MainWindow::KeysPageIndex)); // a local store: it would duplicate
    QVERIFY(window.hasPage(MainWindow::ActivityPageIndex));
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QStringList shown;
    for (int row = 0; row < nav->count(); ++row) {
        if (!nav->item(row)->isHidden())
            shown << nav->item(row)->text();
    }
    QCOMPARE(shown, (QStringList{QStringLiteral("User API Keys"), QStringLiteral("Activity")}));
    // Ctrl+1 and Ctrl+2 are the pages shown; the apps page cannot be reached.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(window.currentPage(), MainWindow::ActivityPageIndex);
    window.showPage(MainWindow::AppsPageIndex);
    QCOMPARE(window.currentPage(), MainWindow::ActivityPageIndex);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(window.currentPage(), MainWindow::UserKeysPageIndex);
    QTRY_COMPARE(window.userKeysPage()->model()->rowCount(), 1);
    // No "New App" in the menu.
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->objectName() == QLatin1String("newAppAction"))
            QVERIFY(!action->isVisible() && !action->isEnabled());
    }
}

void TestUserKeys::perKeyWindowOnAServerKeepsEveryKey()
{
    auto store = openStore();
    store->remote = true;
    MainWindow window(store.get(), info(Scoping::PerKey));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.currentPage(), MainWindow::UserKeysPageIndex);
    QVERIFY(!window.hasPage(MainWindow::AppsPageIndex));
    QVERIFY(window.hasPage(MainWindow::KeysPageIndex)); // every administrator's keys
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(window.currentPage(), MainWindow::KeysPageIndex);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_3));
    QCOMPARE(window.currentPage(), MainWindow::ActivityPageIndex);

    // There are no apps to pick from: the API Keys page's "+ New API key" makes one of the
    // administrator's own keys (it asked for an app before, and found none).
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
    auto* newKeyButton = window.keysPage()->findChild<QPushButton*>(QStringLiteral("newKeyButton"));
    QVERIFY(newKeyButton);
    newKeyButton->click();
    QTRY_VERIFY(window.findChild<UserKeyDialog*>());
    QVERIFY(!window.findChild<QInputDialog*>(QStringLiteral("pickAppDialog")));
}

void TestUserKeys::perAppWindowIsAsBefore()
{
    auto store = openStore();
    MainWindow window(store.get(), info(Scoping::PerApp));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.currentPage(), MainWindow::AppsPageIndex);
    QVERIFY(!window.userKeysPage());
    QVERIFY(!window.hasPage(MainWindow::UserKeysPageIndex));
    for (const auto page :
         {MainWindow::AppsPageIndex, MainWindow::KeysPageIndex, MainWindow::ActivityPageIndex})
        QVERIFY(window.hasPage(page));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(window.currentPage(), MainWindow::KeysPageIndex);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_3));
    QCOMPARE(window.currentPage(), MainWindow::ActivityPageIndex);
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newUserKeyAction")));
}

void TestUserKeys::ctrlNMakesAKeyInAPerKeyStore()
{
    auto store = openStore();
    MainWindow window(store.get(), info(Scoping::PerKey));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2)); // Activity
    QCOMPARE(window.currentPage(), MainWindow::ActivityPageIndex);
    QTest::keySequence(&window, QKeySequence::New);
    QCOMPARE(window.currentPage(), MainWindow::UserKeysPageIndex);
    QTRY_VERIFY(window.findChild<UserKeyDialog*>());
    QVERIFY(!window.findChild<AppDialog*>());
}

void TestUserKeys::ctrlFSearchesTheUserKeys()
{
    auto store = openStore();
    MainWindow window(store.get(), info(Scoping::PerKey));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence::Find);
    auto* search = window.userKeysPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTRY_VERIFY(search->hasFocus());
}

void TestUserKeys::sessionSwitchesModeWithTheStore()
{
    Session session(false);
    auto perApp = openStore(QStringLiteral("a.sqlite"));
    session.replaceStore(std::move(perApp), info(Scoping::PerApp));
    QCOMPARE(session.window()->currentPage(), MainWindow::AppsPageIndex);
    QVERIFY(!session.window()->userKeysPage());

    auto perKey = openStore(QStringLiteral("b.sqlite"));
    perKey->addKey(QStringLiteral("Mine"), {QStringLiteral("user")}, 30);
    session.replaceStore(std::move(perKey), info(Scoping::PerKey));
    QCOMPARE(session.window()->currentPage(), MainWindow::UserKeysPageIndex);
    QVERIFY(!session.window()->hasPage(MainWindow::AppsPageIndex));
    QTRY_COMPARE(session.window()->userKeysPage()->model()->rowCount(), 1);

    session.replaceStore(openStore(QStringLiteral("c.sqlite")), info(Scoping::PerApp));
    QCOMPARE(session.window()->currentPage(), MainWindow::AppsPageIndex);
    QVERIFY(session.window()->hasPage(MainWindow::AppsPageIndex));
    QVERIFY(!session.window()->userKeysPage());
}

void TestUserKeys::commandLineScoping()
{
    const QString program = QStringLiteral("scopekeeper");
    ConsoleOptions options;
    QString output;
    QCOMPARE(
        ConsoleCommandLine::parse({program, QStringLiteral("--scoping"), QStringLiteral("per-key")},
                                  &options, &output),
        ConsoleCommandLine::Parse::Run);
    QCOMPARE(options.scoping, std::optional<Scoping>(Scoping::PerKey));

    options = {};
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("--scoping=per-app")}, &options,
                                       &output),
             ConsoleCommandLine::Parse::Run);
    QCOMPARE(options.scoping, std::optional<Scoping>(Scoping::PerApp));

    options = {};
    QCOMPARE(ConsoleCommandLine::parse({program}, &options, &output),
             ConsoleCommandLine::Parse::Run);
    QVERIFY(!options.scoping); // the catalog's default

    options = {};
    QCOMPARE(
        ConsoleCommandLine::parse(
            {program, QStringLiteral("--scoping"), QStringLiteral("per-user")}, &options, &output),
        ConsoleCommandLine::Parse::ExitFailure);
    QVERIFY2(output.contains(QStringLiteral("per-user")) &&
                 output.contains(QStringLiteral("per-key")),
             qPrintable(output));

    options = {};
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("--help")}, &options, &output),
             ConsoleCommandLine::Parse::ExitSuccess);
    QVERIFY(output.contains(QStringLiteral("--scoping <MODE>")));
    QVERIFY(output.contains(QStringLiteral("--demo")));
}

void TestUserKeys::commandLineDemoVariants()
{
    const QString program = QStringLiteral("scopekeeper");
    ConsoleOptions options;
    QString output;
    // --demo alone: the bank use case, as before.
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("--demo")}, &options, &output),
             ConsoleCommandLine::Parse::Run);
    QVERIFY(options.demo);
    QVERIFY(options.demoVariant.isEmpty());
    QCOMPARE(ConsoleCommandLine::demoScoping(options.demoVariant), Scoping::PerApp);

    for (const QStringList& args :
         {QStringList{program, QStringLiteral("--demo"), QStringLiteral("aimms")},
          QStringList{program, QStringLiteral("--demo=aimms")},
          QStringList{program, QStringLiteral("--demo"), QStringLiteral("aimms"),
                      QStringLiteral("--database"), QStringLiteral("x.sqlite")},
          QStringList{program, QStringLiteral("--database"), QStringLiteral("x.sqlite"),
                      QStringLiteral("--demo"), QStringLiteral("aimms")}}) {
        options = {};
        QCOMPARE(ConsoleCommandLine::parse(args, &options, &output),
                 ConsoleCommandLine::Parse::Run);
        QVERIFY(options.demo);
        QCOMPARE(options.demoVariant, QStringLiteral("aimms"));
        QCOMPARE(ConsoleCommandLine::demoCatalog(options.demoVariant), QStringLiteral("aimms-pro"));
        QCOMPARE(ConsoleCommandLine::demoScoping(options.demoVariant), Scoping::PerKey);
    }
    options = {};
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("--demo"), QStringLiteral("bank"),
                                        QStringLiteral("--exit-after-load")},
                                       &options, &output),
             ConsoleCommandLine::Parse::Run);
    QVERIFY(options.demo && options.demoVariant.isEmpty() && options.exitAfterLoad);

    options = {};
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("--demo"), QStringLiteral("zoo")},
                                       &options, &output),
             ConsoleCommandLine::Parse::ExitFailure);
    QVERIFY2(output.contains(QStringLiteral("zoo")) && output.contains(QStringLiteral("aimms")),
             qPrintable(output));
    // A word after anything else is still refused.
    options = {};
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("aimms")}, &options, &output),
             ConsoleCommandLine::Parse::ExitFailure);
}

void TestUserKeys::commandLineRefusesContradictions()
{
    const QString program = QStringLiteral("scopekeeper");
    ConsoleOptions options;
    QString output;
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("--demo"), QStringLiteral("aimms"),
                                        QStringLiteral("--scoping"), QStringLiteral("per-app")},
                                       &options, &output),
             ConsoleCommandLine::Parse::ExitFailure);
    QVERIFY2(output.contains(QStringLiteral("per-key")), qPrintable(output));
    options = {};
    QCOMPARE(
        ConsoleCommandLine::parse({program, QStringLiteral("--demo"), QStringLiteral("aimms"),
                                   QStringLiteral("--catalog"), QStringLiteral("ai-for-process")},
                                  &options, &output),
        ConsoleCommandLine::Parse::ExitFailure);
    options = {};
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("--demo"), QStringLiteral("aimms"),
                                        QStringLiteral("--catalog"), QStringLiteral("aimms-pro")},
                                       &options, &output),
             ConsoleCommandLine::Parse::Run);
    options = {};
    QCOMPARE(ConsoleCommandLine::parse({program, QStringLiteral("--server"),
                                        QStringLiteral("https://example.com"),
                                        QStringLiteral("--scoping"), QStringLiteral("per-key")},
                                       &options, &output),
             ConsoleCommandLine::Parse::ExitFailure);
    QVERIFY2(output.contains(QStringLiteral("--scoping")), qPrintable(output));
}

QTEST_MAIN(TestUserKeys)
#include "tst_userkeys.moc"
