// Scopekeeper console: the "API Keys" page: every key of every app, its status, new keys and
// deleting several at once.
#pragma once

#include "Error.h"
#include "Types.h"

#include <QWidget>
#include <memory>

namespace Ui {
class KeysPage;
}

namespace sk {

class KeyFilterProxyModel;
class KeyListModel;
class Store;

class KeysPage : public QWidget
{
    Q_OBJECT

public:
    explicit KeysPage(Store* store, QWidget* parent = nullptr);
    ~KeysPage() override;

    KeyListModel* model() const { return m_model; }
    QList<ApiKey> selectedKeys() const;
    void focusSearch();

public Q_SLOTS:
    void reload();
    /// "+ New API key": pick the app, then the create and one-time dialogs.
    void newKey();
    void deleteSelectedKeys();

Q_SIGNALS:
    void loadFailed(const sk::Error& error);

protected:
    /// The page loads when it is first shown, not when the window opens.
    void showEvent(QShowEvent* event) override;

private:
    void updateState();

    std::unique_ptr<Ui::KeysPage> m_ui;
    Store* m_store;
    const QString m_readOnly; // why nothing can be changed; empty: it can
    KeyListModel* m_model;
    KeyFilterProxyModel* m_proxy;
};

} // namespace sk
