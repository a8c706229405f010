// Scopekeeper console: the "User API Keys" page of a per-key store (as the AIMMS Cloud Portal
// has it): the caller's own keys with Key Name, Expiry Date and Scope, "+ New API key" with
// the key's own scopes, and deleting after the page's warning that it is permanent.
#pragma once

#include "ListPage.h"
#include "Types.h"

#include <memory>

namespace Ui {
class UserKeysPage;
}

namespace sk {

class Store;
class UserKeyFilterProxyModel;
class UserKeyListModel;

class UserKeysPage : public ListPage
{
    Q_OBJECT

public:
    explicit UserKeysPage(Store* store, QWidget* parent = nullptr);
    ~UserKeysPage() override;

    UserKeyListModel* model() const { return m_model; }
    UserKeyFilterProxyModel* proxy() const { return m_proxy; }
    QList<ApiKey> selectedKeys() const;

public Q_SLOTS:
    /// "+ New API key": name, expiry and scopes, then the one-time Copy and Close.
    void newKey();
    void deleteSelectedKeys();

private:
    void updateState();

    std::unique_ptr<Ui::UserKeysPage> m_ui;
    UserKeyListModel* m_model;
    UserKeyFilterProxyModel* m_proxy;
};

} // namespace sk
