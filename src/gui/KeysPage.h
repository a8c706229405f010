// Scopekeeper console: the "API Keys" page: every key of every app, its status, new keys and
// deleting several at once.
#pragma once

#include "ListPage.h"
#include "Types.h"

#include <memory>

namespace Ui {
class KeysPage;
}

namespace sk {

class KeyFilterProxyModel;
class KeyListModel;
class Store;

class KeysPage : public ListPage
{
    Q_OBJECT

public:
    explicit KeysPage(Store* store, QWidget* parent = nullptr);
    ~KeysPage() override;

    KeyListModel* model() const { return m_model; }
    KeyFilterProxyModel* proxy() const { return m_proxy; }
    QList<ApiKey> selectedKeys() const;
    /// In a per-key store there are no apps to pick: "+ New API key" makes one of the
    /// signed-in administrator's own keys, as on "User API Keys".
    void setScoping(Scoping scoping) { m_scoping = scoping; }

public Q_SLOTS:
    /// "+ New API key": pick the app, then the create and one-time dialogs (in a per-key
    /// store, the New API key dialog of one's own keys).
    void newKey();
    void deleteSelectedKeys();
    /// The days of the filters that take them (Preferences): "Expires within N days", offered
    /// while the expiry reminder is on (`expiryReminderDays` > 0), and "Not used in N days".
    void setFilterDays(int expiryReminderDays, int staleDays);
    /// Shows only the keys that expire within the reminder's days (the reminder's "Show"),
    /// whatever was typed in the search box.
    void showExpiringKeys();

private:
    void updateState();
    /// Fills the status filter's list, keeping the filter chosen when it is still offered.
    void fillStatusFilter();

    std::unique_ptr<Ui::KeysPage> m_ui;
    KeyListModel* m_model;
    KeyFilterProxyModel* m_proxy;
    Scoping m_scoping = Scoping::PerApp;
    int m_expiryReminderDays = 0; // 0: the reminder is off, "Expires within" not offered
};

} // namespace sk
