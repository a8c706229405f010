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
    QList<ApiKey> selectedKeys() const;

public Q_SLOTS:
    /// "+ New API key": pick the app, then the create and one-time dialogs.
    void newKey();
    void deleteSelectedKeys();

private:
    void updateState();

    std::unique_ptr<Ui::KeysPage> m_ui;
    KeyListModel* m_model;
    KeyFilterProxyModel* m_proxy;
};

} // namespace sk
