// Help > About Scopekeeper and Help > About Qt, as a user opens them from the main window.
#include "MainWindow.h"
#include "SqlStore.h"
#include "Wait.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <algorithm>
#include <cstdlib>

using namespace sk;

class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aboutShowsTheVersionAndTheThirdPartyLicences();
    void aboutQtIsInTheHelpMenu();
    void windowShowsTheAppIcon();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestAbout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SqlStoreOptions options;
    options.sqlitePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    options.actor = QStringLiteral("trainer");
    m_store = std::make_unique<SqlStore>(options);
    const Result<StoreInfo> info = waitFor(m_store->open());
    QVERIFY2(info.ok(), qPrintable(info.error().toString()));
    m_window = std::make_unique<MainWindow>(m_store.get(), info.value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAbout::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

/// The Help menu's action with `objectName`, or null.
static QAction* helpAction(QMainWindow* window, const QString& objectName)
{
    auto* help = window->findChild<QMenu*>(QStringLiteral("helpMenu"));
    if (!help)
        return nullptr;
    const QList<QAction*> actions = help->actions();
    for (QAction* action : actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void TestAbout::aboutShowsTheVersionAndTheThirdPartyLicences()
{
    QAction* about = helpAction(m_window.get(), QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QPointer<QMessageBox> box =
        m_window->findChild<QMessageBox*>(QStringLiteral("aboutMessageBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("About Scopekeeper"));

    // What the reader sees, not the markup.
    QTextDocument document;
    document.setHtml(box->text());
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Scopekeeper " SCOPEKEEPER_EXPECTED_VERSION)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("MIT License")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026 The Scopekeeper authors")), qPrintable(text));
    // Each component on its own line with its licence; Qt with the version running now.
    const QStringList expected{
        QStringLiteral("Qt %1 — GNU Lesser General Public License v3")
            .arg(QString::fromLatin1(qVersion())),
        QStringLiteral("QtKeychain — BSD 3-Clause License"),
        QStringLiteral("SQLite — public domain"),
        QStringLiteral("PostgreSQL libpq — PostgreSQL License"),
        QStringLiteral("OpenSSL — Apache License 2.0"),
        QStringLiteral("Boost (Asio, Beast; in scopekeeper-server) — Boost Software License 1.0"),
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + text));

    box->close();
    QTRY_VERIFY(box.isNull()); // deleted on close: opening it again makes a fresh one
}

void TestAbout::aboutQtIsInTheHelpMenu()
{
    QAction* aboutQt = helpAction(m_window.get(), QStringLiteral("aboutQtAction"));
    QVERIFY(aboutQt);
    QVERIFY(aboutQt->isEnabled());

    // Qt's own box runs modally: look for it while it is up, then close it.
    QString shownTitle;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget* widget : windows) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (box && box->isVisible() && box->objectName() != QLatin1String("aboutMessageBox")) {
                shownTitle = box->windowTitle();
                box->close();
                poll.stop();
            }
        }
    });
    poll.start();
    aboutQt->trigger();
    QTRY_VERIFY(!shownTitle.isEmpty());
    QCOMPARE(shownTitle, QStringLiteral("About Qt"));
}

void TestAbout::windowShowsTheAppIcon()
{
    // The icon the packages install (resources/app), not a blank or a themed one.
    QSvgRenderer renderer(QStringLiteral(SCOPEKEEPER_APP_SVG));
    QVERIFY(renderer.isValid());
    QImage expected(64, 64, QImage::Format_ARGB32_Premultiplied);
    expected.fill(Qt::transparent);
    QPainter painter(&expected);
    renderer.render(&painter, QRectF(0, 0, 64, 64));
    painter.end();
    expected = expected.convertToFormat(QImage::Format_ARGB32);

    const QIcon icon = m_window->windowIcon();
    QVERIFY(!icon.isNull());
    const QImage shown =
        icon.pixmap(QSize(64, 64), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(shown.size(), expected.size());
    int largest = 0;
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x) {
            const QRgb a = shown.pixel(x, y);
            const QRgb b = expected.pixel(x, y);
            largest =
                std::max({largest, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                          std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
        }
    }
    QVERIFY2(largest <= 2, qPrintable(QStringLiteral("differs by %1").arg(largest)));
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
