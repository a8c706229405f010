// The console in German, Dutch and French: its own texts, Qt's standard buttons, plural forms
// and the scope catalog are translated, no text is cut off on any screen, and no two
// controls of a window (or items of a menu) share a keyboard accelerator.
#include "AppDialog.h"
#include "AppListModel.h"
#include "AuditLogModel.h"
#include "ConnectDialog.h"
#include "CreateKeyDialog.h"
#include "KeyFormat.h"
#include "MainWindow.h"
#include "OneTimeKeyDialog.h"
#include "Placeholders.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "SqlStore.h"
#include "Translations.h"
#include "Wait.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

namespace {

// The visible texts of `window` that do not fit the room they are given: labels and buttons
// narrower than their text, header sections and tabs that elide their title.
QStringList clippedTexts(QWidget* window)
{
    QStringList clipped;
    const auto describe = [](QWidget* w, const QString& text) {
        return QStringLiteral("%1 “%2” (%3)")
            .arg(QString::fromLatin1(w->metaObject()->className()), text, w->objectName());
    };
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (!label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull() &&
                label->width() < label->minimumSizeHint().width()) {
                clipped << describe(w, label->text());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                clipped << describe(w, button->text());
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            // A hint shown in an empty field ("Search by name or scope").
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty() &&
                edit->width() < placeholderWidth(edit)) {
                clipped << describe(w, edit->placeholderText());
            }
        } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
            if (header->orientation() != Qt::Horizontal)
                continue;
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i))
                    continue;
                // The last section stretches to the edge; it is as wide as the table allows.
                if (header->stretchLastSection() && header->visualIndex(i) == header->count() - 1)
                    continue;
                if (header->sectionSize(i) < header->sectionSizeHint(i)) {
                    clipped << describe(w,
                                        header->model()->headerData(i, Qt::Horizontal).toString());
                }
            }
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i))
                    continue;
                const int needed = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i));
                if (tabs->tabRect(i).width() < needed)
                    clipped << describe(w, tabs->tabText(i));
            }
        }
    }
    return clipped;
}

// The keyboard accelerator of a text ("&Save" → 's'), or a null QChar.
QChar accelerator(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Accelerators used twice among `texts` (one window's controls, or one menu's items).
QStringList clashes(const QStringList& texts)
{
    QHash<QChar, QString> seen;
    QStringList clashing;
    for (const QString& text : texts) {
        const QChar key = accelerator(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            clashing << QStringLiteral("“%1” and “%2”").arg(seen.value(key), text);
        else
            seen.insert(key, text);
    }
    return clashing;
}

// The accelerators that clash on the visible controls of `window`, and in its menus.
QStringList clashingAccelerators(QWidget* window)
{
    QStringList texts;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
    }
    QStringList clashing = clashes(texts);
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        QStringList titles;
        for (QAction* action : main->menuBar()->actions()) {
            titles << action->text();
            if (QMenu* menu = action->menu()) {
                QStringList items;
                for (QAction* item : menu->actions())
                    items << item->text();
                clashing << clashes(items);
            }
        }
        clashing << clashes(titles);
    }
    return clashing;
}

QString cancelText(QDialog* dialog)
{
    const auto* box = dialog->findChild<QDialogButtonBox*>();
    const QPushButton* cancel = box ? box->button(QDialogButtonBox::Cancel) : nullptr;
    return cancel ? cancel->text() : QString();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void languagesOffered();
    void preferenceChoosesTheLanguage();
    void consoleSpeaksTheLanguage_data();
    void consoleSpeaksTheLanguage();
    void nothingIsCutOff_data();
    void nothingIsCutOff();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    App m_app;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestTranslations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("i18n.sqlite"));
    m_store = std::make_unique<SqlStore>(options);
    QVERIFY(waitFor(m_store->open()).ok());
    const Result<App> app = waitFor(m_store->createApp(
        NewApp{QStringLiteral("Payments"),
               {QStringLiteral("workflow:deploy"), QStringLiteral("model:deploy")}}));
    QVERIFY(app.ok());
    QVERIFY(waitFor(m_store->createKey(app->id,
                                       NewKey{QStringLiteral("Checkout"), systemNow().addDays(30)}))
                .ok());
    m_app = waitFor(m_store->app(app->id)).value();
}

void TestTranslations::cleanup()
{
    m_store.reset();
    m_dir.reset();
    installTranslations(QLocale(QLocale::English));
}

void TestTranslations::cleanupTestCase()
{
    Preferences().setLanguage(QString());
}

void TestTranslations::languagesOffered()
{
    QStringList offered;
    for (const Language& language : availableLanguages())
        offered << language.code + QLatin1Char('=') + language.name;
    QCOMPARE(offered,
             (QStringList{QStringLiteral("en=English"), QStringLiteral("de=Deutsch"),
                          QStringLiteral("fr=Français"), QStringLiteral("nl=Nederlands")}));
}

void TestTranslations::preferenceChoosesTheLanguage()
{
    Preferences().setLanguage(QString());
    {
        PreferencesDialog dialog;
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString()); // "System default"
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNoteLabel"));
        dialog.show();
        QVERIFY(!note->isVisible());
        combo->setCurrentIndex(combo->findData(QStringLiteral("nl")));
        QVERIFY(note->isVisible()); // the new language applies at the next start
        dialog.accept();
    }
    QCOMPARE(Preferences().language(), QStringLiteral("nl"));
    QCOMPARE(uiLocale(Preferences().language()).language(), QLocale::Dutch);
    QCOMPARE(uiLocale(QString()), QLocale::system());
    QCOMPARE(uiLocale(QStringLiteral("xx")), QLocale::system()); // not a language we speak
    PreferencesDialog again;
    auto* combo = again.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("nl"));
    combo->setCurrentIndex(0);
    again.accept();
    QCOMPARE(Preferences().language(), QString());
}

void TestTranslations::consoleSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("qtCancel"); // Qt's own translation of a standard button
    QTest::addColumn<QString>("thirtyDays");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Abbrechen")
                            << QStringLiteral("30 Tage");
    QTest::newRow("Dutch") << QStringLiteral("nl") << QStringLiteral("Annuleren")
                           << QStringLiteral("30 dagen");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Annuler")
                            << QStringLiteral("30 jours");
}

void TestTranslations::consoleSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, qtCancel);
    QFETCH(QString, thirtyDays);
    installTranslations(QLocale(language));

    // The navigation is not in English any more.
    MainWindow window(m_store.get(), waitFor(m_store->open()).value());
    window.show();
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
    auto* nav = window.findChild<QListWidget*>();
    QVERIFY(nav);
    QStringList pages;
    for (int i = 0; i < nav->count(); ++i)
        pages << nav->item(i)->text();
    QCOMPARE(pages.size(), 3);
    QVERIFY2(!pages.contains(QStringLiteral("API Apps")) &&
                 !pages.contains(QStringLiteral("Activity")),
             qPrintable(pages.join(QStringLiteral(", "))));

    // Qt's standard buttons, and a plural form.
    PreferencesDialog preferences;
    QCOMPARE(cancelText(&preferences), qtCancel);
    auto* expiry = preferences.findChild<QComboBox*>(QStringLiteral("defaultExpiryComboBox"));
    QCOMPARE(expiry->itemText(0), thirtyDays);

    // The scope catalog's names, in the scope picker and in the app list's tooltips.
    const QString deployWorkflows =
        QCoreApplication::translate("sk::CatalogText", "Deploy workflows");
    QVERIFY(deployWorkflows != QLatin1String("Deploy workflows"));
    AppDialog* dialog =
        AppDialog::forNewApp(m_store.get(), window.appListModel()->catalog(), nullptr);
    QStringList boxes;
    for (QCheckBox* box : dialog->findChildren<QCheckBox*>())
        boxes << box->text();
    QVERIFY2(boxes.contains(deployWorkflows), qPrintable(boxes.join(QStringLiteral(", "))));
    QVERIFY(!boxes.contains(QStringLiteral("Deploy workflows")));
    delete dialog;
    const QString tooltip = window.appListModel()
                                ->index(0, AppListModel::ScopesColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
    QVERIFY2(tooltip.contains(deployWorkflows + QStringLiteral(" (workflow:deploy)")),
             qPrintable(tooltip));

    // The activity log's details, kept as data beside one neutral English detail, shown in
    // the language.
    AuditEntry created;
    created.action = QStringLiteral("key.create");
    created.detail = QStringLiteral("prefix spk_ab12, expires 2027-01-31T10:00:00Z");
    created.data =
        QJsonObject{{QStringLiteral("prefix"), QStringLiteral("spk_ab12")},
                    {QStringLiteral("expires_at"), QStringLiteral("2027-01-31T10:00:00Z")}};
    const QString detail = AuditLogModel::detailText(created);
    QVERIFY2(detail.contains(QStringLiteral("spk_ab12")) &&
                 !detail.contains(QStringLiteral("expires")) &&
                 !detail.contains(QStringLiteral("T10:00")),
             qPrintable(detail));
    AuditEntry refused;
    refused.action = QStringLiteral("token.refused");
    refused.data = QJsonObject{{QStringLiteral("reason"), QStringLiteral("revoked")},
                               {QStringLiteral("client"), QStringLiteral("10.0.0.7")},
                               {QStringLiteral("also_refused"), 19}};
    const QString refusedText = AuditLogModel::detailText(refused);
    QVERIFY2(refusedText.contains(QStringLiteral("10.0.0.7")) &&
                 refusedText.contains(QStringLiteral("19")) &&
                 !refusedText.contains(QStringLiteral("revoked")) &&
                 !refusedText.contains(QStringLiteral("more refused")),
             qPrintable(refusedText));
}

void TestTranslations::nothingIsCutOff_data()
{
    QTest::addColumn<QString>("language");
    for (const Language& language : availableLanguages())
        QTest::newRow(qPrintable(language.name)) << language.code;
}

void TestTranslations::nothingIsCutOff()
{
    QFETCH(QString, language);
    installTranslations(QLocale(language));
    QStringList clipped;
    const auto check = [&clipped](QWidget* window, const QString& screen) {
        window->show();
        QCoreApplication::processEvents();
        for (const QString& text : clippedTexts(window))
            clipped << screen + QStringLiteral(": ") + text;
        for (const QString& text : clashingAccelerators(window))
            clipped << screen + QStringLiteral(": one accelerator for ") + text;
    };

    MainWindow window(m_store.get(), waitFor(m_store->open()).value());
    window.resize(1000, 640); // the console's first-run size
    window.show();
    QTRY_COMPARE(window.appListModel()->rowCount(), 1);
    for (MainWindow::Page page :
         {MainWindow::AppsPageIndex, MainWindow::KeysPageIndex, MainWindow::ActivityPageIndex}) {
        window.showPage(page);
        check(&window, QStringLiteral("main window page %1").arg(int(page)));
    }
    const Catalog catalog = window.appListModel()->catalog();
    std::unique_ptr<AppDialog> create(AppDialog::forNewApp(m_store.get(), catalog, nullptr));
    check(create.get(), QStringLiteral("Create an App"));
    std::unique_ptr<AppDialog> edit(AppDialog::forApp(m_store.get(), catalog, m_app, nullptr));
    check(edit.get(), QStringLiteral("Edit app"));
    edit->showKeysTab();
    check(edit.get(), QStringLiteral("Edit app, keys"));
    CreateKeyDialog key(m_store.get(), m_app);
    check(&key, QStringLiteral("Create new API key"));
    OneTimeKeyDialog once(KeyFormat::generate());
    check(&once, QStringLiteral("one-time key"));
    once.findChild<QPushButton*>(QStringLiteral("copyAndCloseButton"))->click();
    PreferencesDialog preferences;
    check(&preferences, QStringLiteral("Preferences"));
    ConnectDialog connect;
    check(&connect, QStringLiteral("Connect to Server"));
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
