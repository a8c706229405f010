// Scopekeeper console: "Roll API key" — replace a key by a new one, the old key working on for a
// chosen grace. Built in code; window-modal. On success it emits keyRolled() (the one answer
// that holds the new secret) and accepts; a refusal is shown in the dialog.
#pragma once

#include "Types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sk {

class Store;

class RollKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RollKeyDialog(Store* store, const ApiKey& key, QWidget* parent = nullptr);

    /// Why `key` cannot be rolled now (expired, already rolled); empty when it can.
    static QString whyNotRollable(const ApiKey& key);

Q_SIGNALS:
    /// The key was rolled. `rolled.newKey.secret` exists nowhere else: the receiver shows it.
    void keyRolled(const sk::RolledKey& rolled);

public Q_SLOTS:
    void reject() override;

private:
    void roll();
    void setBusy(bool busy);

    Store* m_store;
    ApiKey m_key;
    bool m_busy = false;
    QComboBox* m_graceCombo;
    QLineEdit* m_nameEdit;
    QComboBox* m_expiryCombo;
    QLabel* m_errorLabel;
    QPushButton* m_rollButton;
};

} // namespace sk
