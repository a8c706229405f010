// Scopekeeper console: "Create new API key" — a name, an expiry and the key's scopes (all of
// the app's, the default, or only some of them: a narrowed key), then the store.
//
// The dialog checks what it can with sk::Rules as the user types, asks the store to create
// the key, and shows a refusal at the field it concerns without losing anything typed. On
// success it emits keyCreated() (the one answer that holds the secret) and accepts.
#pragma once

#include "Error.h"
#include "Types.h"

#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Ui {
class CreateKeyDialog;
}

namespace sk {

class Store;

class CreateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    CreateKeyDialog(Store* store, const App& app, QWidget* parent = nullptr);
    ~CreateKeyDialog() override;

    /// The expiry date shown (the chosen preset's, or the custom date).
    QDate expiryDate() const;
    /// The instant a key created at `now` expires: `now` plus the chosen number of days, never
    /// later than Rules::latestExpiry(now), so a 365-day key is always accepted.
    QDateTime expiresAt(const QDateTime& now) const;
    /// True while the store is creating the key; the dialog cannot be closed meanwhile.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The key was created. `created.secret` exists nowhere else: the receiver shows it once.
    /// Emitted just before the dialog accepts.
    void keyCreated(const sk::CreatedKey& created);
    /// The server's answer to the create was lost (ErrorCode::Unconfirmed), and once it
    /// answered again it listed `key`: a key of that name, made by this administrator in the
    /// meantime. Its secret never arrived. Emitted just before the dialog closes.
    void keyMayExist(const sk::ApiKey& key);

public Q_SLOTS:
    void reject() override;

private:
    void generate();
    void onNameChanged();
    void updateNameState();
    void onPresetChosen();
    void onDateChosen();
    void refreshDateRange();
    void updateSummary();
    void setExpiryError(const QString& message);
    void setScopesError(const QString& message);
    void onScopeChoiceChanged();
    void loadCatalog();
    /// The scopes to give the key: none (it inherits the app's) unless "Only these" is chosen.
    std::optional<QStringList> chosenScopes() const;
    void setGeneralError(const QString& message);
    void showStoreError(const Error& error, const QString& submittedName);
    void setBusy(bool busy);
    int presetDays() const;
    /// After a create whose answer was lost: asks the store for the app's keys until it
    /// answers, then tells whether the key was made. Nothing is created again by itself.
    void startCheck(const QString& name, const QDateTime& sentAt);
    void check();

    std::unique_ptr<Ui::CreateKeyDialog> m_ui;
    QPushButton* m_generateButton;
    Store* m_store;
    App m_app;
    bool m_busy = false;
    bool m_nameEdited = false;
    bool m_syncingExpiry = false;
    bool m_catalogFailed = false; // no checkboxes: "Only these scopes" cannot be chosen
    bool m_checking = false;      // after a lost answer: Generate waits for the store's word
    QString m_checkName;          // the name whose create lost its answer
    QDateTime m_checkSentAt;      // when it was sent
    QString m_nameStoreError;     // the store's word on the name, while the name is unchanged
    QString m_nameStoreErrorOn;   // the text the store refused
};

} // namespace sk
