// Scopekeeper console: the one way a secret reaches the clipboard.
//
// A copied secret is marked as sensitive for the platform (ClipboardMarkers.h), and is cleared
// after a delay, and when the console quits, but only while the clipboard still holds it:
// something the user copied since is never touched. To tell, the service keeps a SHA-256 hash
// of what it copied, never the text.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <chrono>

class QTimer;

namespace sk {

class Clipboard : public QObject
{
    Q_OBJECT

public:
    /// The one service of this process (created on first use, owned by the application).
    static Clipboard* instance();

    /// Puts `secret` on the clipboard, marked as sensitive, and clears it after
    /// `clearAfterSeconds` if the clipboard still holds it then. 0 never clears it.
    void copySecret(const QString& secret, int clearAfterSeconds);
    /// The same with the delay in milliseconds (tests use short ones). 0 never clears.
    void copySecret(const QString& secret, std::chrono::milliseconds clearAfter);

    /// True while a copied secret waits to be cleared.
    bool isClearPending() const;
    /// The SHA-256 (lower-case hex) of the secret waiting to be cleared; empty when none (for
    /// tests: the service holds this, never the secret).
    QByteArray pendingHash() const { return m_hash; }

public Q_SLOTS:
    /// Clears the clipboard now if it still holds the secret copied last; forgets the secret's
    /// hash either way. What the timer calls.
    void clearIfUnchanged();
    /// Connected to QCoreApplication::aboutToQuit: clears a secret whose clearing is still
    /// pending, under the same condition. A secret copied with a delay of 0 stays.
    void clearOnQuit();

private:
    explicit Clipboard(QObject* parent);
    void forgetHash();

    QTimer* m_timer;
    QByteArray m_hash; // SHA-256 hex of what was copied; never the text
};

} // namespace sk
