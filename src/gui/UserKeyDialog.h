// Scopekeeper console: "+ New API key" on the "User API Keys" page of a per-key store, as the
// AIMMS Cloud Portal asks it: Key Name, Expiry Date (presets, or a date picked in a calendar,
// at most one year ahead) and Scopes (the catalog's checkboxes with their descriptions; at
// least one), then Generate Key: Store::createMyKey().
//
// What can be checked before asking the store (sk::Rules) is shown at its field; so is a
// refusal from the store, without losing anything typed. On success it emits keyCreated() (the
// one answer that holds the secret) and accepts. startMyKeyCreation() joins it to the one-time
// "Copy and Close" dialog.
#pragma once

#include "Catalog.h"
#include "Error.h"
#include "Types.h"

#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sk {

class ScopePicker;
class Store;

class UserKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserKeyDialog(Store* store, QWidget* parent = nullptr);
    ~UserKeyDialog() override;

    ScopePicker* scopePicker() const { return m_scopes; }
    /// The expiry date shown (the chosen preset's, or the picked date).
    QDate expiryDate() const;
    /// The instant a key created at `now` expires: `now` plus the chosen number of days, never
    /// later than Rules::latestExpiry(now).
    QDateTime expiresAt(const QDateTime& now) const;
    /// True while the store is creating the key; the dialog cannot be closed meanwhile.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The key was created. `created.secret` exists nowhere else: the receiver shows it once.
    void keyCreated(const sk::CreatedKey& created);
    /// The scopes are on screen (the store's catalog arrived).
    void catalogShown();

public Q_SLOTS:
    void reject() override;
    /// Generate Key.
    void generate();

private:
    void onPresetChosen();
    void onDateChosen();
    void refreshDateRange();
    void updateSummary();
    void updateNameMessage();
    void showStoreError(const Error& error);
    void setBusy(bool busy);
    int presetDays() const;

    Store* m_store;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QComboBox* m_expiry;
    QDateEdit* m_date;
    QLabel* m_expiryError;
    QLabel* m_summary;
    ScopePicker* m_scopes;
    QLabel* m_scopesError;
    QLabel* m_generalError;
    QPushButton* m_generate;
    QPushButton* m_cancel;
    bool m_busy = false;
    bool m_nameEdited = false;
    bool m_syncingExpiry = false;
    QString m_nameStoreError;   // the store's word on the name, while the name is unchanged
    QString m_nameStoreErrorOn; // the text the store refused
};

/// Opens "New API key" over `parent` (window-modal, returns at once). When the store has made
/// the key, shows its secret once in the "Copy and Close" dialog; `done` gets the new key (never
/// its secret) when that dialog has closed. Cancelling the first dialog ends the flow.
void startMyKeyCreation(QWidget* parent, Store* store,
                        std::function<void(const ApiKey&)> done = {});

} // namespace sk
