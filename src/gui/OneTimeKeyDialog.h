// Scopekeeper console: the one time a new key's secret is shown.
//
// "Copy and Close" puts the key on the clipboard through sk::Clipboard (marked as sensitive,
// cleared after Preferences::clipboardClearSeconds()), says "API key copied" over the parent
// window, and closes. Closing any other way asks first. However the dialog closes, it
// overwrites the secret's characters where they are and forgets them.
//
// The secret is never put in a window title, an accessible name or description, a tooltip, a
// log or the settings; the dialog does not delete itself on close (its opener decides).
#pragma once

#include "Types.h"

#include <QDialog>
#include <QString>
#include <memory>

namespace Ui {
class OneTimeKeyDialog;
}

namespace sk {

class OneTimeKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OneTimeKeyDialog(const QString& secret, QWidget* parent = nullptr);
    ~OneTimeKeyDialog() override;

    /// Says which key this is (its name, app and expiry) under the warning.
    void setKeyInfo(const ApiKey& key);
    /// True once the key was copied (by "Copy and Close", Ctrl+C or the field's menu).
    bool wasCopied() const { return m_copied; }
    /// True once the secret has been overwritten and forgotten (after closing).
    bool isWiped() const { return m_secret.isEmpty(); }

public Q_SLOTS:
    /// Asks "Close without copying?" unless the key was copied; closes only on "Close".
    void reject() override;
    /// Wipes the secret, then closes.
    void done(int result) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copyToClipboard();
    void copyAndClose();
    void wipe();

    std::unique_ptr<Ui::OneTimeKeyDialog> m_ui;
    QString m_secret; // a buffer of its own, shared only with the line edit; wiped on close
    bool m_copied = false;
};

} // namespace sk
