#include "Clipboard.h"

#include "ClipboardMarkers.h"
#include "KeyFormat.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

namespace sk {

namespace {

QPointer<Clipboard> theInstance;

/// SHA-256 (hex) of the UTF-16 code units of `text`, read where they are: no converted copy
/// of the text is made.
QByteArray hashOf(QStringView text)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(text.utf16()),
                                text.size() * qsizetype(sizeof(char16_t))));
    return hash.result().toHex();
}

} // namespace

Clipboard::Clipboard(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("clipboardService"));
    m_timer->setObjectName(QStringLiteral("clipboardClearTimer"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Clipboard::clearIfUnchanged);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearOnQuit);
}

Clipboard* Clipboard::instance()
{
    Q_ASSERT(qobject_cast<QGuiApplication*>(QCoreApplication::instance()));
    if (!theInstance)
        theInstance = new Clipboard(QCoreApplication::instance());
    return theInstance;
}

void Clipboard::copySecret(const QString& secret, int clearAfterSeconds)
{
    copySecret(secret, std::chrono::seconds(qMax(0, clearAfterSeconds)));
}

void Clipboard::copySecret(const QString& secret, std::chrono::milliseconds clearAfter)
{
    auto* mime = new QMimeData;
    // A copy with its own characters: whoever holds `secret` may overwrite it as soon as this
    // returns (OneTimeKeyDialog does), and the clipboard must keep what it was given.
    mime->setText(QString(secret.constData(), secret.size()));
    markSensitive(mime);
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);

    forgetHash();
    if (clearAfter.count() > 0) {
        m_hash = hashOf(secret);
        m_timer->start(clearAfter);
    } else {
        m_timer->stop();
    }
}

bool Clipboard::isClearPending() const
{
    return m_timer->isActive();
}

void Clipboard::clearIfUnchanged()
{
    m_timer->stop();
    if (m_hash.isEmpty())
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* mime = clipboard->mimeData(QClipboard::Clipboard);
    if (mime && mime->hasText() && KeyFormat::constantTimeEquals(hashOf(mime->text()), m_hash))
        clipboard->clear(QClipboard::Clipboard);
    forgetHash();
}

void Clipboard::clearOnQuit()
{
    if (m_timer->isActive())
        clearIfUnchanged();
}

void Clipboard::forgetHash()
{
    m_hash.clear();
}

} // namespace sk
