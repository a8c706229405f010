// Scopekeeper console: the app dialog, for creating an app (name and scopes, then its keys)
// and for editing one (the "API Scopes" and "API Keys" tabs).
#pragma once

#include "Catalog.h"
#include "Error.h"
#include "Types.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AppDialog;
}

namespace sk {

class KeyListModel;
class Store;

class AppDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Edit
    };
    enum class Step
    {
        Details,
        Keys
    }; // Create mode: name and scopes first, then keys

    /// A dialog that creates a new app, starting as "Untitled app".
    static AppDialog* forNewApp(Store* store, const Catalog& catalog, QWidget* parent);
    /// A dialog that edits `app`.
    static AppDialog* forApp(Store* store, const Catalog& catalog, const App& app, QWidget* parent);
    ~AppDialog() override;

    Mode mode() const { return m_mode; }
    Step step() const { return m_step; }
    /// The app as last created, saved or loaded.
    App app() const { return m_app; }
    /// Edit mode: the name or the scopes differ from the app as loaded.
    bool hasUnsavedChanges() const;
    /// Shows the "API Keys" tab (edit mode).
    void showKeysTab();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void appCreated(const sk::App& app);
    void appSaved(const sk::App& app);

private:
    AppDialog(Store* store, const Catalog& catalog, Mode mode, QWidget* parent);

    void validate();
    void showErrors(const Error& error);
    void clearErrors();
    void setBusy(bool busy);
    void createApp();
    /// After a create whose answer was lost (ErrorCode::Unconfirmed): asks the store until it
    /// answers whether the app exists, and goes on with it if so; never creates it again.
    void checkCreated(const QString& name, const QDateTime& sentAt);
    void save();
    void reloadApp();
    void applyApp(const App& app);
    void enterKeysStep();
    void setupKeys();
    void updateKeyButtons();
    void createKey();
    void deleteSelectedKeys();
    QString currentName() const;

    std::unique_ptr<Ui::AppDialog> m_ui;
    Store* m_store;
    Catalog m_catalog;
    Mode m_mode;
    const QString m_readOnly; // why nothing can be changed; empty: it can
    Step m_step = Step::Details;
    App m_app;
    KeyListModel* m_keys = nullptr;
    bool m_busy = false;
    bool m_checking = false; // checkCreated() is waiting for the store
};

} // namespace sk
