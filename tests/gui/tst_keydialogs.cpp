// Creating a key: "Create new API key", the one-time "Copy and Close" dialog and the flow that
// joins them, over a real store, driven through their widgets (offscreen).
#include "Clipboard.h"
#include "CreateKeyDialog.h"
#include "ForwardingStore.h"
#include "KeyFlow.h"
#include "KeyFormat.h"
#include "MessageBox.h"
#include "OneTimeKeyDialog.h"
#include "Preferences.h"
#include "RollKeyDialog.h"
#include "Rules.h"
#include "ScopePicker.h"
#include "SqlStore.h"
#include "Toast.h"
#include "Wait.h"

#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace sk;

namespace {

/// The widgets of CreateKeyDialog, found by their object names.
struct CreateUi
{
    explicit CreateUi(QWidget* dialog)
        : name(dialog->findChild<QLineEdit*>(QStringLiteral("keyNameLineEdit")))
        , nameError(dialog->findChild<QLabel*>(QStringLiteral("keyNameErrorLabel")))
        , expiry(dialog->findChild<QComboBox*>(QStringLiteral("expiryComboBox")))
        , date(dialog->findChild<QDateEdit*>(QStringLiteral("expiryDateEdit")))
        , expiryError(dialog->findChild<QLabel*>(QStringLiteral("expiryErrorLabel")))
        , summary(dialog->findChild<QLabel*>(QStringLiteral("expirySummaryLabel")))
        , allScopes(dialog->findChild<QRadioButton*>(QStringLiteral("allScopesRadioButton")))
        , onlyScopes(dialog->findChild<QRadioButton*>(QStringLiteral("onlyScopesRadioButton")))
        , picker(dialog->findChild<ScopePicker*>(QStringLiteral("scopePicker")))
        , scopesError(dialog->findChild<QLabel*>(QStringLiteral("scopesErrorLabel")))
        , generalError(dialog->findChild<QLabel*>(QStringLiteral("generalErrorLabel")))
        , generate(dialog->findChild<QPushButton*>(QStringLiteral("generateKeyButton")))
    {
    }
    bool complete() const
    {
        return name && nameError && expiry && date && expiryError && summary && allScopes &&
               onlyScopes && picker && scopesError && generalError && generate;
    }

    QLineEdit* name;
    QLabel* nameError;
    QComboBox* expiry;
    QDateEdit* date;
    QLabel* expiryError;
    QLabel* summary;
    QRadioButton* allScopes;
    QRadioButton* onlyScopes;
    ScopePicker* picker;
    QLabel* scopesError;
    QLabel* generalError;
    QPushButton* generate;
};

/// Every text about a widget that is not its value: none of it may hold a secret.
QStringList describingTexts(QWidget* root)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    QStringList texts;
    for (QWidget* w : std::as_const(widgets)) {
        texts << w->accessibleName() << w->accessibleDescription() << w->toolTip() << w->statusTip()
              << w->whatsThis() << w->windowTitle();
        if (QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w)) {
            texts << a->text(QAccessible::Name) << a->text(QAccessible::Description)
                  << a->text(QAccessible::Help);
        }
    }
    return texts;
}

bool consistsOfZeros(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() == 0; });
}

} // namespace

class TestKeyDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Create new API key
    void generateNeedsAValidName();
    void presetsGiveTheRightDates_data();
    void presetsGiveTheRightDates();
    void defaultPresetFollowsThePreferences();
    void dateCannotGoBeyondOneYear();
    void aKeyOfOneYearIsAccepted();
    void duplicateNameShowsTheStoresMessageAtTheName();
    void refusalsAreShownAtTheirField();
    void busyWhileTheStoreWorks();
    void validNameCreatesTheKey();
    void keyboardOnlyGenerates_data();
    void keyboardOnlyGenerates();
    void tabOrderFollowsTheForm();
    void allOfTheAppsScopesIsTheDefaultAndInherits();
    void onlyTheseScopesCreatesANarrowedKey();
    void onlyTheseScopesWithNoneTickedIsRefusedAtTheField();
    void keyboardOnlyNarrowsAKey();
    void anAppWithoutScopesOffersNoChoice();

    // The one-time dialog
    void showsTheKeyOnceInAFixedFont();
    void copyAndCloseCopiesMarksAndSaysSo();
    void keyboardOnlyEnterCopiesAndCloses();
    void closingWipesTheKeyInPlace();
    void escapeAsksBeforeClosing();
    void closeButtonAndRejectAskToo();
    void copyFromTheFieldGoesThroughTheService();
    void theKeyCannotBeSelectedByMouseOrKeyboard();
    void theKeyIsNeverInAccessibleTexts();

    // The flow
    void startKeyCreationShowsTheSecretOnce();
    void rollingKeepsTheOldKeyForTheGraceAndShowsTheNewSecret();
    void cancellingARollRollsNothing();
    void aRolledKeyCannotBeRolledAgain();

private:
    std::unique_ptr<SqlStore> openStore();
    App addApp(Store& store, const QString& name);
    /// An app with three scopes, for the scope choice.
    App addWideApp();
    static QString clipboardText() { return QGuiApplication::clipboard()->text(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    App m_app;
};

void TestKeyDialogs::initTestCase()
{
    // Preferences read the user's settings: keep the test's own.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestKeyDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore();
    m_app = addApp(*m_store, QStringLiteral("Risk & Compliance"));
    MessageBox::takeQuestionCount();
    MessageBox::setNextAnswer(MessageBox::NoAnswer);
    QGuiApplication::clipboard()->clear();
}

void TestKeyDialogs::cleanup()
{
    MessageBox::setNextAnswer(MessageBox::NoAnswer);
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<SqlStore> TestKeyDialogs::openStore()
{
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    options.actor = QStringLiteral("trainer");
    auto store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> info = waitFor(store->open());
    if (!info.ok())
        qFatal("open failed: %s", qPrintable(info.error().toString()));
    return store;
}

App TestKeyDialogs::addApp(Store& store, const QString& name)
{
    const Result<App> app =
        waitFor(store.createApp(NewApp{name, {QStringLiteral("workflow:deploy")}}));
    if (!app.ok())
        qFatal("createApp failed: %s", qPrintable(app.error().toString()));
    return app.value();
}

App TestKeyDialogs::addWideApp()
{
    const Result<App> app = waitFor(m_store->createApp(
        NewApp{QStringLiteral("Wide"),
               {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy"),
                QStringLiteral("model:export")}}));
    if (!app.ok())
        qFatal("createApp failed: %s", qPrintable(app.error().toString()));
    return app.value();
}

// ---- Create new API key ------------------------------------------------------------------

void TestKeyDialogs::generateNeedsAValidName()
{
    CreateKeyDialog dialog(m_store.get(), m_app);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Create new API key"));
    QCOMPARE(ui.name->accessibleName(), QStringLiteral("Key name"));

    // Nothing typed yet: nothing to generate, and no reproach either.
    QVERIFY(!ui.generate->isEnabled());
    QVERIFY(!ui.nameError->isVisible());

    QTest::keyClicks(ui.name, QStringLiteral("a"));
    QVERIFY(ui.generate->isEnabled());
    QVERIFY(!ui.nameError->isVisible());

    const QString emptyMessage = Rules::checkKeyName(QString())->message;
    QTest::keyClick(ui.name, Qt::Key_Backspace);
    QVERIFY(!ui.generate->isEnabled());
    QVERIFY(ui.nameError->isVisible());
    QCOMPARE(ui.nameError->text(), emptyMessage);

    QTest::keyClicks(ui.name, QStringLiteral("   "));
    QVERIFY(!ui.generate->isEnabled());
    QCOMPARE(ui.nameError->text(), emptyMessage);

    ui.name->clear();
    QTest::keyClicks(ui.name, QString(101, QLatin1Char('k')));
    QVERIFY(!ui.generate->isEnabled());
    QVERIFY(ui.nameError->isVisible());
    QCOMPARE(ui.nameError->text(), Rules::checkKeyName(QString(101, QLatin1Char('k')))->message);
    QVERIFY(ui.nameError->text().contains(QStringLiteral("101")));

    QTest::keyClick(ui.name, Qt::Key_Backspace); // 100 characters: allowed
    QVERIFY(ui.generate->isEnabled());
    QVERIFY(!ui.nameError->isVisible());

    // Clicking a disabled button asks nothing of the store.
    ui.name->setText(QStringLiteral("  "));
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
}

void TestKeyDialogs::presetsGiveTheRightDates_data()
{
    QTest::addColumn<int>("days");
    for (const int days : Preferences::expiryPresets())
        QTest::addRow("%d days", days) << days;
}

void TestKeyDialogs::presetsGiveTheRightDates()
{
    QFETCH(int, days);
    CreateKeyDialog dialog(m_store.get(), m_app);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());

    const int index = ui.expiry->findData(days);
    QVERIFY(index >= 0);
    ui.expiry->setCurrentIndex(index);
    QCOMPARE(ui.expiry->currentText(), QStringLiteral("%1 days").arg(days));

    const QDate expected = QDate::currentDate().addDays(days);
    QCOMPARE(ui.date->date(), expected);
    QCOMPARE(dialog.expiryDate(), expected);
    QVERIFY2(ui.summary->text().contains(QLocale().toString(expected, QLocale::LongFormat)),
             qPrintable(ui.summary->text()));
    QVERIFY2(ui.summary->text().contains(QStringLiteral("in %1 days").arg(days)),
             qPrintable(ui.summary->text()));

    // The instant: `days` days from now, to the millisecond, and always within the rules.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = dialog.expiresAt(now);
    QCOMPARE(expires, qMin(now.addDays(days), Rules::latestExpiry(now)));
    QVERIFY(!Rules::checkExpiry(expires, now));
    QVERIFY(!Rules::checkExpiry(expires, now.addMSecs(5)));
}

void TestKeyDialogs::defaultPresetFollowsThePreferences()
{
    {
        CreateKeyDialog dialog(m_store.get(), m_app);
        const CreateUi ui(&dialog);
        QCOMPARE(ui.expiry->currentData().toInt(), 90);
        QCOMPARE(ui.date->date(), QDate::currentDate().addDays(90));
    }
    Preferences().setDefaultExpiryDays(180);
    {
        CreateKeyDialog dialog(m_store.get(), m_app);
        const CreateUi ui(&dialog);
        QCOMPARE(ui.expiry->currentData().toInt(), 180);
        QCOMPARE(ui.date->date(), QDate::currentDate().addDays(180));
    }
    Preferences().setDefaultExpiryDays(90);
}

void TestKeyDialogs::dateCannotGoBeyondOneYear()
{
    CreateKeyDialog dialog(m_store.get(), m_app);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    const QDate today = QDate::currentDate();
    const QDate latest = today.addYears(1);

    QVERIFY(ui.date->calendarPopup());
    QCOMPARE(ui.date->minimumDate(), today.addDays(1));
    QCOMPARE(ui.date->maximumDate(), latest);
    QVERIFY(ui.date->calendarWidget());
    QCOMPARE(ui.date->calendarWidget()->maximumDate(), latest);

    ui.date->setDate(today.addYears(2));
    QCOMPARE(ui.date->date(), latest);
    ui.date->setDate(today);
    QCOMPARE(ui.date->date(), today.addDays(1));

    // Stepping up from the latest date, in every section, goes nowhere.
    ui.date->setDate(latest);
    ui.date->setFocus();
    for (int section = 0; section < ui.date->sectionCount(); ++section) {
        ui.date->setCurrentSectionIndex(section);
        QTest::keyClick(ui.date, Qt::Key_Up);
        QTest::keyClick(ui.date, Qt::Key_PageUp);
        QCOMPARE(ui.date->date(), latest);
    }

    // The latest date is within the rules. (It is what "365 days" gives, unless a 29 February
    // comes first.)
    QCOMPARE(ui.expiry->currentData().toInt(), today.daysTo(latest) == 365 ? 365 : 0);
    QVERIFY(ui.summary->text().contains(QLocale().toString(latest, QLocale::LongFormat)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!Rules::checkExpiry(dialog.expiresAt(now), now));

    // A date picked by hand is a custom date...
    ui.date->setDate(today.addDays(200));
    QCOMPARE(ui.expiry->currentData().toInt(), 0);
    QCOMPARE(ui.expiry->currentText(), QStringLiteral("Custom date"));
    QVERIFY(ui.summary->text().contains(QStringLiteral("in 200 days")));
    QCOMPARE(dialog.expiresAt(now), now.addDays(200));

    // ...unless it is the date a preset gives.
    ui.date->setDate(today.addDays(30));
    QCOMPARE(ui.expiry->currentData().toInt(), 30);
}

void TestKeyDialogs::aKeyOfOneYearIsAccepted()
{
    for (const bool custom : {false, true}) {
        CreateKeyDialog dialog(m_store.get(), m_app);
        dialog.show();
        const CreateUi ui(&dialog);
        QVERIFY(ui.complete());
        if (custom)
            ui.date->setDate(QDate::currentDate().addYears(1));
        else
            ui.expiry->setCurrentIndex(ui.expiry->findData(365));
        const QString name = custom ? QStringLiteral("Latest date") : QStringLiteral("365 days");
        QTest::keyClicks(ui.name, name);
        bool created = false;
        connect(&dialog, &CreateKeyDialog::keyCreated, this, [&] { created = true; });
        QTest::mouseClick(ui.generate, Qt::LeftButton);
        QTRY_VERIFY(created || ui.expiryError->isVisible() || ui.generalError->isVisible());
        QVERIFY2(created, qPrintable(ui.expiryError->text() + ui.generalError->text()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const QList<ApiKey> keys = waitFor(m_store->listKeys(m_app.id)).value();
    QCOMPARE(keys.size(), 2);
}

void TestKeyDialogs::duplicateNameShowsTheStoresMessageAtTheName()
{
    QVERIFY(
        waitFor(m_store->createKey(m_app.id, NewKey{QStringLiteral("Nightly"),
                                                    QDateTime::currentDateTimeUtc().addDays(5)}))
            .ok());

    CreateKeyDialog dialog(m_store.get(), m_app);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    bool created = false;
    connect(&dialog, &CreateKeyDialog::keyCreated, this, [&] { created = true; });
    QTest::keyClicks(ui.name, QStringLiteral("Nightly"));
    ui.expiry->setCurrentIndex(ui.expiry->findData(180));
    QTest::mouseClick(ui.generate, Qt::LeftButton);

    QTRY_VERIFY(ui.nameError->isVisible());
    QCOMPARE(ui.nameError->text(), Rules::duplicateKeyName(QStringLiteral("Nightly")).message);
    QCOMPARE(ui.name->accessibleDescription(), ui.nameError->text());
    QVERIFY(!ui.generalError->isVisible());
    QVERIFY(!created);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    // Nothing typed or chosen is lost; the refused name cannot be sent again unchanged.
    QCOMPARE(ui.name->text(), QStringLiteral("Nightly"));
    QCOMPARE(ui.expiry->currentData().toInt(), 180);
    QVERIFY(!ui.generate->isEnabled());

    QTest::keyClicks(ui.name, QStringLiteral(" 2"));
    QVERIFY(!ui.nameError->isVisible());
    QVERIFY(ui.generate->isEnabled());
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QTRY_VERIFY(created);
}

void TestKeyDialogs::refusalsAreShownAtTheirField()
{
    test::ForwardingStore store(m_store.get(), test::ForwardingStore::Signals::Dropped);
    CreateKeyDialog dialog(&store, m_app);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    QTest::keyClicks(ui.name, QStringLiteral("Deploy bot"));

    store.createKeyCalls.failWith = Error::invalid(
        QStringLiteral("expires_at"), QStringLiteral("The expiry date must be in the future."));
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QTRY_VERIFY(ui.expiryError->isVisible());
    QCOMPARE(ui.expiryError->text(), QStringLiteral("The expiry date must be in the future."));
    QVERIFY(!ui.nameError->isVisible());
    QVERIFY(!ui.generalError->isVisible());
    QCOMPARE(ui.name->text(), QStringLiteral("Deploy bot"));
    QVERIFY(ui.generate->isEnabled());
    QVERIFY(dialog.isVisible());

    // Choosing another expiry takes the complaint away.
    ui.expiry->setCurrentIndex(ui.expiry->findData(30));
    QVERIFY(!ui.expiryError->isVisible());

    store.createKeyCalls.failWith = Error(ErrorCode::Storage, QStringLiteral("The disk is full."));
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QTRY_VERIFY(ui.generalError->isVisible());
    QCOMPARE(ui.generalError->text(), QStringLiteral("The disk is full."));
    QVERIFY(!ui.nameError->isVisible());
    QVERIFY(!ui.expiryError->isVisible());

    store.createKeyCalls.failWith =
        Error::invalid({FieldError{QStringLiteral("name"), QStringLiteral("No.")},
                        FieldError{QStringLiteral("scopes"), QStringLiteral("Nope.")}});
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QTRY_COMPARE(ui.nameError->text(), QStringLiteral("No."));
    // The store's word on the scopes is shown at the scope choice.
    QVERIFY(ui.scopesError->isVisible());
    QCOMPARE(ui.scopesError->text(), QStringLiteral("Nope."));
    QCOMPARE(ui.onlyScopes->accessibleDescription(), QStringLiteral("Nope."));
    QVERIFY(!ui.generalError->isVisible());
    QCOMPARE(ui.name->text(), QStringLiteral("Deploy bot"));
    QCOMPARE(store.createKeyCalls.calls, 3);
    QVERIFY(dialog.isVisible());
}

void TestKeyDialogs::busyWhileTheStoreWorks()
{
    test::ForwardingStore store(m_store.get(), test::ForwardingStore::Signals::Dropped);
    store.createKeyCalls.hold = true;
    CreateKeyDialog dialog(&store, m_app);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    std::optional<CreatedKey> created;
    connect(&dialog, &CreateKeyDialog::keyCreated, this,
            [&](const CreatedKey& key) { created = key; });
    QTest::keyClicks(ui.name, QStringLiteral("Slow"));
    QTest::mouseClick(ui.generate, Qt::LeftButton);

    QVERIFY(dialog.isBusy());
    QVERIFY(!ui.generate->isEnabled());
    QTest::keyClick(ui.name, Qt::Key_Return); // a second press sends nothing
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QCOMPARE(store.createKeyCalls.calls, 1);
    // Closing now would lose the secret of a key that is being created.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    dialog.reject();
    QVERIFY(dialog.isVisible());

    store.createKeyCalls.release();
    QTRY_VERIFY(created.has_value());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(KeyFormat::isWellFormed(created->secret));
}

void TestKeyDialogs::validNameCreatesTheKey()
{
    CreateKeyDialog dialog(m_store.get(), m_app);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    int emitted = 0;
    CreatedKey created;
    connect(&dialog, &CreateKeyDialog::keyCreated, this, [&](const CreatedKey& key) {
        ++emitted;
        created = key;
    });
    QTest::keyClicks(ui.name, QStringLiteral("  Nightly deploy "));
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QVERIFY(!ui.generate->isEnabled()); // until the store answers

    QTRY_COMPARE(emitted, 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(KeyFormat::isWellFormed(created.secret));
    QCOMPARE(created.key.name, QStringLiteral("Nightly deploy"));
    QCOMPARE(created.key.prefix, KeyFormat::displayPrefix(created.secret));

    const QList<ApiKey> keys = waitFor(m_store->listKeys(m_app.id)).value();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().name, QStringLiteral("Nightly deploy"));
    QCOMPARE(keys.first().id, created.key.id);
    QCOMPARE(keys.first().prefix, KeyFormat::displayPrefix(created.secret));
    // The default preset, 90 days from now.
    QCOMPARE(keys.first().expiresAt.toLocalTime().date(), QDate::currentDate().addDays(90));
}

void TestKeyDialogs::keyboardOnlyGenerates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Enter") << QStringLiteral("Typed only") << int(Qt::Key_Return)
                           << int(Qt::NoModifier);
    // "&Generate Key"
    QTest::newRow("Alt+G") << QStringLiteral("Mnemonic") << int(Qt::Key_G) << int(Qt::AltModifier);
}

void TestKeyDialogs::keyboardOnlyGenerates()
{
    QFETCH(QString, name);
    QFETCH(int, key);
    QFETCH(int, modifiers);
#ifdef Q_OS_MACOS
    if (modifiers & Qt::AltModifier)
        QSKIP("macOS has no Alt mnemonics");
#endif
    CreateKeyDialog dialog(m_store.get(), m_app);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    bool created = false;
    connect(&dialog, &CreateKeyDialog::keyCreated, this, [&] { created = true; });

    QTRY_COMPARE(QApplication::focusWidget(), ui.name); // the name field starts with the focus
    QTest::keyClicks(QApplication::focusWidget(), name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTRY_VERIFY(created);
    QCOMPARE(waitFor(m_store->listKeys(m_app.id)).value().first().name, name);
}

void TestKeyDialogs::tabOrderFollowsTheForm()
{
    CreateKeyDialog dialog(m_store.get(), m_app);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QTest::keyClicks(ui.name, QStringLiteral("Tabbed"));

    // The control that has the focus (a date edit's inner line edit counts as the date edit).
    const auto focused = [&]() -> QWidget* {
        QWidget* w = QApplication::focusWidget();
        return ui.date->isAncestorOf(w) ? ui.date : w;
    };
    QList<QWidget*> order{focused()};
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = focused();
        if (now == order.first())
            break;
        if (now != order.last())
            order << now;
    }
    // One stop for the scope choice (the arrow keys move between its two buttons).
    QCOMPARE(order.size(), 6);
    QCOMPARE(order.mid(0, 4), (QList<QWidget*>{ui.name, ui.expiry, ui.date, ui.allScopes}));
    QVERIFY(order.contains(ui.generate));
    QVERIFY(order.contains(cancel));

    // With "Only these scopes", Tab goes from the choice into the scopes, then to the buttons.
    ui.onlyScopes->setChecked(true);
    QTRY_VERIFY(ui.picker->checkBox(QStringLiteral("workflow:deploy")));
    ui.name->setFocus();
    order = {focused()};
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = focused();
        if (now == order.first())
            break;
        if (now != order.last())
            order << now;
    }
    // (Qt makes the two buttons one stop; the arrow keys choose between them.)
    QCOMPARE(order.mid(0, 3), (QList<QWidget*>{ui.name, ui.expiry, ui.date}));
    QVERIFY(order.at(3) == ui.allScopes || order.at(3) == ui.onlyScopes);
    QVERIFY(!order.contains(order.at(3) == ui.allScopes ? ui.onlyScopes : ui.allScopes));
    const qsizetype box = order.indexOf(ui.picker->checkBox(QStringLiteral("workflow:deploy")));
    QVERIFY(box > 3);
    QVERIFY(box < order.indexOf(ui.generate));
    QVERIFY(box < order.indexOf(cancel));
}

void TestKeyDialogs::allOfTheAppsScopesIsTheDefaultAndInherits()
{
    const App wide = addWideApp();
    CreateKeyDialog dialog(m_store.get(), wide);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    QVERIFY(ui.allScopes->isChecked());
    QVERIFY(!ui.onlyScopes->isChecked());
    QVERIFY(ui.onlyScopes->isEnabled());
    QVERIFY(!ui.picker->isVisible()); // nothing to choose until "Only these scopes"
    QVERIFY(!ui.scopesError->isVisible());
    bool created = false;
    connect(&dialog, &CreateKeyDialog::keyCreated, this, [&] { created = true; });

    QTest::keyClicks(ui.name, QStringLiteral("Follows the app"));
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QTRY_VERIFY(created);

    const QList<ApiKey> keys = waitFor(m_store->listKeys(wide.id)).value();
    QCOMPARE(keys.size(), 1);
    QVERIFY(!keys.first().scopes.has_value()); // inherited: the store holds no list of its own
    // A scope the app gains later is the key's too.
    QVERIFY(waitFor(m_store->setAppScopes(
                        wide.id,
                        {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy"),
                         QStringLiteral("model:export"), QStringLiteral("guardrails:deploy")},
                        wide.version))
                .ok());
    QVERIFY(!waitFor(m_store->listKeys(wide.id)).value().first().scopes.has_value());
}

void TestKeyDialogs::onlyTheseScopesCreatesANarrowedKey()
{
    const App wide = addWideApp();
    CreateKeyDialog dialog(m_store.get(), wide);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    std::optional<CreatedKey> created;
    connect(&dialog, &CreateKeyDialog::keyCreated, this,
            [&](const CreatedKey& key) { created = key; });

    QTest::keyClicks(ui.name, QStringLiteral("Two of three"));
    QTest::mouseClick(ui.onlyScopes, Qt::LeftButton);
    QVERIFY(ui.onlyScopes->isChecked());
    QVERIFY(ui.picker->isVisible());
    // Only the app's scopes are offered, named and described as the catalog does.
    QTRY_VERIFY(ui.picker->checkBox(QStringLiteral("model:export")));
    QVERIFY(ui.picker->checkBox(QStringLiteral("model:deploy")));
    QVERIFY(ui.picker->checkBox(QStringLiteral("workflow:deploy")));
    QVERIFY(!ui.picker->checkBox(QStringLiteral("guardrails:deploy"))); // not the app's
    QCOMPARE(ui.picker->checkBox(QStringLiteral("workflow:deploy"))->text(),
             QStringLiteral("Deploy workflows"));
    QVERIFY(ui.picker->selectedScopes().isEmpty()); // nothing ticked to begin with

    ui.picker->checkBox(QStringLiteral("workflow:deploy"))->setChecked(true);
    ui.picker->checkBox(QStringLiteral("model:export"))->setChecked(true);
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QTRY_VERIFY(created.has_value());
    const QStringList expected{QStringLiteral("model:export"), QStringLiteral("workflow:deploy")};
    QCOMPARE(created->key.scopes, std::optional<QStringList>(expected));

    const QList<ApiKey> keys = waitFor(m_store->listKeys(wide.id)).value();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().scopes, std::optional<QStringList>(expected));
    // It grants exactly those: not the app's third scope.
    QVERIFY(waitFor(m_store->verify(created->secret, QStringLiteral("model:export")))->valid);
    QVERIFY(!waitFor(m_store->verify(created->secret, QStringLiteral("model:deploy")))->valid);
}

void TestKeyDialogs::onlyTheseScopesWithNoneTickedIsRefusedAtTheField()
{
    const App wide = addWideApp();
    test::ForwardingStore store(m_store.get(), test::ForwardingStore::Signals::Dropped);
    CreateKeyDialog dialog(&store, wide);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    QTest::keyClicks(ui.name, QStringLiteral("Nothing ticked"));
    ui.onlyScopes->setChecked(true);
    QTRY_VERIFY(ui.picker->checkBox(QStringLiteral("model:export")));

    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QVERIFY(ui.scopesError->isVisible());
    QCOMPARE(ui.scopesError->text(), Rules::checkKeyScopes({}, wide.scopes)->message);
    QCOMPARE(ui.scopesError->text(), QStringLiteral("Choose at least one scope."));
    QCOMPARE(ui.onlyScopes->accessibleDescription(), ui.scopesError->text());
    QVERIFY(!ui.nameError->isVisible());
    QVERIFY(!ui.generalError->isVisible());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    QCOMPARE(store.createKeyCalls.calls, 0);
    QVERIFY(waitFor(m_store->listKeys(wide.id)).value().isEmpty());
    // The focus is on the first scope to tick.
    auto* focused = qobject_cast<QCheckBox*>(QApplication::focusWidget());
    QVERIFY(focused);
    QVERIFY(focused->objectName().startsWith(QLatin1String("scopeCheckBox_")));

    // Ticking one takes the complaint away; so does going back to every scope.
    ui.picker->checkBox(QStringLiteral("model:deploy"))->setChecked(true);
    QVERIFY(!ui.scopesError->isVisible());
    ui.picker->checkBox(QStringLiteral("model:deploy"))->setChecked(false);
    QTest::mouseClick(ui.generate, Qt::LeftButton);
    QVERIFY(ui.scopesError->isVisible());
    ui.allScopes->setChecked(true);
    QVERIFY(!ui.scopesError->isVisible());
    QVERIFY(!ui.picker->isVisible());
    QVERIFY(ui.onlyScopes->accessibleDescription() != ui.scopesError->text());
    QCOMPARE(store.createKeyCalls.calls, 0);
}

void TestKeyDialogs::keyboardOnlyNarrowsAKey()
{
    const App wide = addWideApp();
    CreateKeyDialog dialog(m_store.get(), wide);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    std::optional<CreatedKey> created;
    connect(&dialog, &CreateKeyDialog::keyCreated, this,
            [&](const CreatedKey& key) { created = key; });
    QTRY_VERIFY(ui.picker->checkBox(QStringLiteral("model:export")));

    QTRY_COMPARE(QApplication::focusWidget(), ui.name);
    QTest::keyClicks(ui.name, QStringLiteral("Keyboard"));
    // "&Only these scopes:"
#ifndef Q_OS_MACOS
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), ui.onlyScopes);
#else
    ui.onlyScopes->setFocus();
#endif
    QTest::keyClick(ui.onlyScopes, Qt::Key_Space);
    QVERIFY(ui.onlyScopes->isChecked());
    QVERIFY(ui.picker->isVisible());
    // Tab goes on into the checkboxes; Space ticks the one with the focus.
    QCheckBox* box = nullptr;
    for (int i = 0; i < 6 && !box; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* focused = qobject_cast<QCheckBox*>(QApplication::focusWidget());
        if (focused && focused->objectName().startsWith(QLatin1String("scopeCheckBox_")))
            box = focused;
    }
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(created.has_value());
    const QString id = box->objectName().mid(int(qstrlen("scopeCheckBox_")));
    QCOMPARE(waitFor(m_store->listKeys(wide.id)).value().first().scopes,
             std::optional<QStringList>(QStringList{id}));
}

void TestKeyDialogs::anAppWithoutScopesOffersNoChoice()
{
    App bare = m_app;
    bare.scopes.clear(); // as an app may be shown before it has any
    CreateKeyDialog dialog(m_store.get(), bare);
    dialog.show();
    const CreateUi ui(&dialog);
    QVERIFY(ui.complete());
    QVERIFY(ui.allScopes->isChecked());
    QVERIFY(!ui.onlyScopes->isEnabled());
}

// ---- The one-time dialog ------------------------------------------------------------------

void TestKeyDialogs::showsTheKeyOnceInAFixedFont()
{
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret);
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("warningLabel"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("copyAndCloseButton"));
    QVERIFY(edit && warning && button);
    QCOMPARE(edit->text(), secret);
    QVERIFY(edit->isReadOnly());
    QCOMPARE(edit->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("Copy this key now. It will not be shown again."));
    QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Copy and Close"));
    QVERIFY(button->isDefault());
    QVERIFY(!dialog.testAttribute(Qt::WA_DeleteOnClose));
}

void TestKeyDialogs::copyAndCloseCopiesMarksAndSaysSo()
{
    QWidget window;
    window.resize(640, 480);
    window.show();
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret, &window);
    dialog.open();
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("copyAndCloseButton"));
    QVERIFY(button);

    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(clipboardText(), secret);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
#if defined(Q_OS_WIN)
    QVERIFY(mime->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
#elif defined(Q_OS_MACOS)
    QVERIFY(mime->hasFormat(QStringLiteral("org.nspasteboard.ConcealedType")));
#else
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
#endif
    // Cleared after the preference's delay (30 s by default), if still there.
    QVERIFY(Clipboard::instance()->isClearPending());

    Toast* toast = Toast::current(&window);
    QVERIFY(toast);
    QCOMPARE(toast->text(), QStringLiteral("API key copied"));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.wasCopied());
    QCOMPARE(MessageBox::takeQuestionCount(), 0);
}

void TestKeyDialogs::keyboardOnlyEnterCopiesAndCloses()
{
    QWidget window;
    window.show();
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret, &window);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("copyAndCloseButton"));
    QTRY_COMPARE(QApplication::focusWidget(), button); // the one thing to do has the focus
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(clipboardText(), secret);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(MessageBox::takeQuestionCount(), 0);
}

void TestKeyDialogs::closingWipesTheKeyInPlace()
{
    QWidget window;
    window.show();
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret, &window);
    dialog.open();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    QVERIFY(edit);
    // Copies that share the characters the field holds and paints: after closing they must
    // read zeros, which only overwriting in place achieves.
    const QString held = edit->text();
    const QString painted = edit->displayText();
    QCOMPARE(held, secret);
    QCOMPARE(painted, secret);

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyAndCloseButton")),
                      Qt::LeftButton);

    QVERIFY(dialog.isWiped());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(edit->displayText().isEmpty());
    QCOMPARE(held.size(), secret.size());
    QVERIFY(consistsOfZeros(held));
    QVERIFY(consistsOfZeros(painted));
    // The caller's string and the clipboard have characters of their own.
    QVERIFY(KeyFormat::isWellFormed(secret));
    QCOMPARE(clipboardText(), secret);
}

void TestKeyDialogs::escapeAsksBeforeClosing()
{
    QWidget window;
    window.show();
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret, &window);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));

    MessageBox::setNextAnswer(MessageBox::Reject); // "Cancel"
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(MessageBox::lastQuestion().contains(
        QStringLiteral("Close without copying? This key will not be shown again.")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(edit->text(), secret);

    MessageBox::setNextAnswer(MessageBox::Accept); // "Close"
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isWiped());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!clipboardText().contains(secret)); // closing copies nothing
}

void TestKeyDialogs::closeButtonAndRejectAskToo()
{
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret);
    dialog.show();

    MessageBox::setNextAnswer(MessageBox::Reject);
    QVERIFY(!dialog.close()); // what the window's close button does
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(dialog.isVisible());

    MessageBox::setNextAnswer(MessageBox::Reject);
    dialog.reject();
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(dialog.isVisible());

    MessageBox::setNextAnswer(MessageBox::Accept);
    QVERIFY(dialog.close());
    QCOMPARE(MessageBox::takeQuestionCount(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.isWiped());
}

void TestKeyDialogs::theKeyCannotBeSelectedByMouseOrKeyboard()
{
    // On X11 and Wayland a selection goes to the primary selection at once, unmarked and never
    // cleared; so the field lets nothing be selected.
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(4, edit->height() / 2));
    QTRY_VERIFY(edit->hasFocus());
    QTest::mouseDClick(edit, Qt::LeftButton, {}, QPoint(20, edit->height() / 2));
    QVERIFY(!edit->hasSelectedText());
    QTest::mousePress(edit, Qt::LeftButton, {}, QPoint(2, edit->height() / 2));
    QTest::mouseMove(edit, QPoint(edit->width() - 4, edit->height() / 2));
    QTest::mouseRelease(edit, Qt::LeftButton, {}, QPoint(edit->width() - 4, edit->height() / 2));
    QVERIFY(!edit->hasSelectedText());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(!edit->hasSelectedText());
    QTest::keyClick(edit, Qt::Key_End, Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(!edit->hasSelectedText());
    // Tab still moves on, to "Copy and Close".
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_VERIFY(!edit->hasFocus());
    dialog.findChild<QPushButton*>(QStringLiteral("copyAndCloseButton"))->click();
}

void TestKeyDialogs::copyFromTheFieldGoesThroughTheService()
{
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboardText(), secret);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    QCOMPARE(
        QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
        QByteArrayLiteral("secret"));
#endif
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.wasCopied());
    // Once copied, closing needs no question.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(MessageBox::takeQuestionCount(), 0);
    QVERIFY(!dialog.isVisible());
}

void TestKeyDialogs::theKeyIsNeverInAccessibleTexts()
{
    const QString secret = KeyFormat::generate();
    OneTimeKeyDialog dialog(secret);
    ApiKey key;
    key.name = QStringLiteral("Nightly");
    key.appName = QStringLiteral("Risk & Compliance");
    key.expiresAt = QDateTime::currentDateTimeUtc().addDays(90);
    dialog.setKeyInfo(key);
    dialog.show();
    const QStringList texts = describingTexts(&dialog);
    QVERIFY(!texts.isEmpty());
    for (const QString& text : texts)
        QVERIFY2(!text.contains(secret) && !text.contains(secret.mid(8)), qPrintable(text));
    QVERIFY(!dialog.windowTitle().contains(secret));
}

// ---- The flow ------------------------------------------------------------------------------

void TestKeyDialogs::startKeyCreationShowsTheSecretOnce()
{
    QWidget window;
    window.resize(800, 600);
    window.show();
    std::optional<ApiKey> done;
    startKeyCreation(&window, m_store.get(), m_app, [&](const ApiKey& key) { done = key; });

    // Window-modal and not blocking: we are here while it shows.
    auto* createDialog = window.findChild<CreateKeyDialog*>();
    QVERIFY(createDialog);
    QVERIFY(createDialog->isVisible());
    QCOMPARE(createDialog->windowModality(), Qt::WindowModal);
    const CreateUi ui(createDialog);
    QVERIFY(ui.complete());
    QTest::keyClicks(ui.name, QStringLiteral("From the flow"));
    QTest::mouseClick(ui.generate, Qt::LeftButton);

    QTRY_VERIFY(window.findChild<OneTimeKeyDialog*>());
    auto* secretDialog = window.findChild<OneTimeKeyDialog*>();
    QTRY_VERIFY(secretDialog->isVisible());
    QCOMPARE(secretDialog->windowModality(), Qt::WindowModal);
    QTRY_VERIFY(!window.findChild<CreateKeyDialog*>()); // gone once done
    auto* edit = secretDialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    const QString secret = edit->text();
    QVERIFY(KeyFormat::isWellFormed(secret));
    auto* details = secretDialog->findChild<QLabel*>(QStringLiteral("detailsLabel"));
    QVERIFY(details->text().contains(QStringLiteral("From the flow")));

    const QList<ApiKey> keys = waitFor(m_store->listKeys(m_app.id)).value();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().prefix, KeyFormat::displayPrefix(secret));
    const QString expected(secret.constData(), secret.size()); // the dialog wipes `secret`
    QVERIFY(!done);

    QTest::mouseClick(secretDialog->findChild<QPushButton*>(QStringLiteral("copyAndCloseButton")),
                      Qt::LeftButton);
    QCOMPARE(clipboardText(), expected);
    QVERIFY(done);
    QCOMPARE(done->id, keys.first().id);
    QCOMPARE(done->name, QStringLiteral("From the flow"));
    QCOMPARE(Toast::current(&window)->text(), QStringLiteral("API key copied"));
    QTRY_VERIFY(!window.findChild<OneTimeKeyDialog*>());
}

namespace {
ApiKey addKey(Store& store, const App& app, const QString& name)
{
    const Result<CreatedKey> created =
        waitFor(store.createKey(app.id, NewKey{name, QDateTime::currentDateTimeUtc().addDays(30)}));
    if (!created.ok())
        qFatal("createKey failed: %s", qPrintable(created.error().toString()));
    return created.value().key;
}
} // namespace

void TestKeyDialogs::rollingKeepsTheOldKeyForTheGraceAndShowsTheNewSecret()
{
    const ApiKey old = addKey(*m_store, m_app, QStringLiteral("Nightly"));
    QWidget window;
    window.resize(800, 600);
    window.show();
    std::optional<ApiKey> done;
    startKeyRoll(&window, m_store.get(), old, [&](const ApiKey& key) { done = key; });

    auto* dialog = window.findChild<RollKeyDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    auto* grace = dialog->findChild<QComboBox*>(QStringLiteral("graceComboBox"));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("newKeyNameLineEdit"));
    QVERIFY(grace && name);
    QCOMPARE(grace->currentText(), QStringLiteral("After 24 hours"));
    QCOMPARE(name->text(), Rules::rolledKeyName(old.name, QDateTime::currentDateTimeUtc()));
    grace->setCurrentIndex(grace->findText(QStringLiteral("After 1 hour")));
    const QString newName = name->text();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("rollKeyButton")),
                      Qt::LeftButton);

    QTRY_VERIFY(window.findChild<OneTimeKeyDialog*>());
    auto* secretDialog = window.findChild<OneTimeKeyDialog*>();
    QTRY_VERIFY(secretDialog->isVisible());
    QTRY_VERIFY(!window.findChild<RollKeyDialog*>()); // gone once done
    const QString secret =
        secretDialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text();
    QVERIFY(KeyFormat::isWellFormed(secret));

    const QList<ApiKey> keys = waitFor(m_store->listKeys(m_app.id)).value();
    QCOMPARE(keys.size(), 2);
    for (const ApiKey& key : keys) {
        if (key.id == old.id) {
            QVERIFY(key.stopsAt.isValid());
            const qint64 fromNow = before.secsTo(key.stopsAt);
            QVERIFY2(fromNow >= 3600 - 5 && fromNow <= 3600 + 60,
                     qPrintable(key.stopsAt.toString()));
        } else {
            QVERIFY(!key.stopsAt.isValid());
            QCOMPARE(key.name, newName);
            QVERIFY(secret.startsWith(key.prefix));
        }
    }
    secretDialog->done(QDialog::Accepted);
    QTRY_VERIFY(done.has_value());
    QVERIFY(done->id != old.id);
}

void TestKeyDialogs::cancellingARollRollsNothing()
{
    const ApiKey old = addKey(*m_store, m_app, QStringLiteral("Nightly"));
    QWidget window;
    window.show();
    bool done = false;
    startKeyRoll(&window, m_store.get(), old, [&](const ApiKey&) { done = true; });
    auto* dialog = window.findChild<RollKeyDialog*>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<RollKeyDialog*>());
    QVERIFY(!window.findChild<OneTimeKeyDialog*>());
    QVERIFY(!done);
    const QList<ApiKey> keys = waitFor(m_store->listKeys(m_app.id)).value();
    QCOMPARE(keys.size(), 1);
    QVERIFY(!keys.first().stopsAt.isValid());
}

void TestKeyDialogs::aRolledKeyCannotBeRolledAgain()
{
    const ApiKey old = addKey(*m_store, m_app, QStringLiteral("Nightly"));
    QVERIFY(RollKeyDialog::whyNotRollable(old).isEmpty());
    // The dialog was opened before another roll: the store's refusal is shown in it.
    RollKeyDialog dialog(m_store.get(), old);
    dialog.show();
    QVERIFY(waitFor(m_store->rollKey(
                        m_app.id, old.id,
                        RollKey{std::nullopt, QDateTime::currentDateTimeUtc().addDays(30), 3600}))
                .ok());
    QSignalSpy rolled(&dialog, &RollKeyDialog::keyRolled);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("rollKeyButton")),
                      Qt::LeftButton);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("rollErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(rolled.count(), 0);
    QCOMPARE(waitFor(m_store->listKeys(m_app.id)).value().size(), 2);

    ApiKey again = old;
    again.stopsAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(!RollKeyDialog::whyNotRollable(again).isEmpty());
}

QTEST_MAIN(TestKeyDialogs)
#include "tst_keydialogs.moc"
