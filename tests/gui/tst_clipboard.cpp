// The clipboard service: marks a copied secret as sensitive, clears it after a delay or at
// quit only while the clipboard still holds it, and never keeps the secret itself.
// Runs offscreen, whose in-process clipboard lets the test read the markers back.
#include "Clipboard.h"
#include "KeyFormat.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMetaProperty>
#include <QMimeData>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace sk;
using namespace std::chrono_literals;

class TestClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aSecondSecretReplacesTheFirstAndItsDelay();
    void copiesTheSecretMarkedAsSensitive();
    void keepsItsOwnCopyOfTheText();
    void clearsTheSecret_data();
    void clearsTheSecret();
    void leavesWhatWasCopiedSinceAlone_data();
    void leavesWhatWasCopiedSinceAlone();
    void secondsOverloadWaitsThatManySeconds();
    void zeroDelayNeverClears();
    void holdsAHashNeverTheSecret();

private:
    static QClipboard* clipboard() { return QGuiApplication::clipboard(); }
    static QString clipboardText() { return clipboard()->text(QClipboard::Clipboard); }
};

void TestClipboard::init()
{
    clipboard()->clear(QClipboard::Clipboard);
    Clipboard::instance()->clearIfUnchanged(); // forget whatever the previous test left pending
}

void TestClipboard::aSecondSecretReplacesTheFirstAndItsDelay()
{
    // Two keys copied one after the other: the second is on the clipboard with its own delay,
    // and the first one's shorter delay is gone.
    const QString first = KeyFormat::generate();
    const QString second = KeyFormat::generate();
    Clipboard::instance()->copySecret(first, 50ms);
    Clipboard::instance()->copySecret(second, 60);
    QCOMPARE(clipboardText(), second);
    auto* timer = Clipboard::instance()->findChild<QTimer*>(QStringLiteral("clipboardClearTimer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 60 * 1000);
    // What is pending is the second key: quitting clears it.
    Clipboard::instance()->clearOnQuit();
    QVERIFY(clipboardText().isEmpty());
}

void TestClipboard::copiesTheSecretMarkedAsSensitive()
{
    const QString secret = KeyFormat::generate();
    Clipboard::instance()->copySecret(secret, 30);
    QCOMPARE(clipboardText(), secret);

    const QMimeData* mime = clipboard()->mimeData(QClipboard::Clipboard);
    QVERIFY(mime);
#if defined(Q_OS_WIN)
    const QByteArray dwordZero(4, '\0');
    QVERIFY(mime->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
    QCOMPARE(mime->data(QStringLiteral("CanIncludeInClipboardHistory")), dwordZero);
    QCOMPARE(mime->data(QStringLiteral("CanUploadToCloudClipboard")), dwordZero);
#elif defined(Q_OS_MACOS)
    QVERIFY(mime->hasFormat(QStringLiteral("org.nspasteboard.ConcealedType")));
#else
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
#endif
}

void TestClipboard::keepsItsOwnCopyOfTheText()
{
    // The one-time dialog overwrites its secret in place right after copying it; the clipboard
    // must not share those characters.
    QString secret = KeyFormat::generate();
    const QString expected(secret.constData(), secret.size());
    Clipboard::instance()->copySecret(secret, 30);
    auto* chars = const_cast<QChar*>(secret.constData());
    std::fill(chars, chars + secret.size(), QLatin1Char('x'));
    QCOMPARE(clipboardText(), expected);
}

void TestClipboard::clearsTheSecret_data()
{
    QTest::addColumn<bool>("atQuit");
    QTest::newRow("after the delay") << false;
    QTest::newRow("at quit") << true; // what QCoreApplication::aboutToQuit calls
}

void TestClipboard::clearsTheSecret()
{
    QFETCH(bool, atQuit);
    const QString secret = KeyFormat::generate();
    Clipboard::instance()->copySecret(secret, atQuit ? std::chrono::milliseconds(60s) : 50ms);
    QVERIFY(Clipboard::instance()->isClearPending());
    QCOMPARE(clipboardText(), secret);
    if (atQuit) {
        Clipboard::instance()->clearOnQuit();
        QVERIFY(clipboardText().isEmpty());
    }
    QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 2000);
    QVERIFY(!Clipboard::instance()->isClearPending());
    QVERIFY(Clipboard::instance()->pendingHash().isEmpty());
}

void TestClipboard::leavesWhatWasCopiedSinceAlone_data()
{
    clearsTheSecret_data();
}

void TestClipboard::leavesWhatWasCopiedSinceAlone()
{
    QFETCH(bool, atQuit);
    Clipboard::instance()->copySecret(KeyFormat::generate(),
                                      atQuit ? std::chrono::milliseconds(60s) : 50ms);
    clipboard()->setText(QStringLiteral("a note the user copied"));
    if (atQuit)
        Clipboard::instance()->clearOnQuit();
    QTRY_VERIFY_WITH_TIMEOUT(!Clipboard::instance()->isClearPending(), 2000);
    QCOMPARE(clipboardText(), QStringLiteral("a note the user copied"));
}

void TestClipboard::secondsOverloadWaitsThatManySeconds()
{
    Clipboard::instance()->copySecret(KeyFormat::generate(), 30);
    auto* timer = Clipboard::instance()->findChild<QTimer*>(QStringLiteral("clipboardClearTimer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 30 * 1000);
}

void TestClipboard::zeroDelayNeverClears()
{
    const QString secret = KeyFormat::generate();
    Clipboard::instance()->copySecret(secret, 0);
    QVERIFY(!Clipboard::instance()->isClearPending());
    QVERIFY(Clipboard::instance()->pendingHash().isEmpty());
    Clipboard::instance()->copySecret(secret, 50ms); // a delay that a later copy replaces
    Clipboard::instance()->copySecret(secret, 0ms);
    QVERIFY(!Clipboard::instance()->isClearPending());
    // Nothing is left that could clear it later: no timer of the service runs.
    const QList<QTimer*> timers = Clipboard::instance()->findChildren<QTimer*>();
    QVERIFY(!timers.isEmpty());
    for (const QTimer* timer : timers)
        QVERIFY2(!timer->isActive(), qPrintable(timer->objectName()));
    QCOMPARE(clipboardText(), secret);
    // "Never" includes quitting: the user asked for the key to stay.
    Clipboard::instance()->clearOnQuit();
    QCOMPARE(clipboardText(), secret);
}

void TestClipboard::holdsAHashNeverTheSecret()
{
    const QString secret = KeyFormat::generate();
    Clipboard* service = Clipboard::instance();
    service->copySecret(secret, 60);

    const QByteArray hash = service->pendingHash();
    QCOMPARE(hash.size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                .match(QString::fromLatin1(hash))
                .hasMatch());
    QVERIFY(hash != secret.toUtf8());
    QVERIFY(!hash.contains(secret.toUtf8()));

    // Nothing the service or its children expose, statically or dynamically, holds the text.
    QList<QObject*> objects = service->findChildren<QObject*>();
    objects.prepend(service);
    for (const QObject* object : std::as_const(objects)) {
        const QMetaObject* meta = object->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QVariant value = meta->property(i).read(object);
            QVERIFY2(!value.toString().contains(secret), meta->property(i).name());
        }
        for (const QByteArray& name : object->dynamicPropertyNames())
            QVERIFY2(!object->property(name.constData()).toString().contains(secret), name);
    }
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
