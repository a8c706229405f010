// Scopekeeper console: the main window over one open store.
#pragma once

#include "Error.h"
#include "Types.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace sk {

class AppFilterProxyModel;
class AppListModel;
class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store* store, const StoreInfo& info, QWidget* parent = nullptr);
    ~MainWindow() override;

    AppListModel* appListModel() const { return m_model; }
    AppFilterProxyModel* appFilterModel() const { return m_proxy; }

    /// Shows a problem with the store in the message bar, with Retry.
    void showStoreError(const Error& error);
    /// A passing note in the status bar (e.g. about a --catalog that did not apply).
    void showNote(const QString& text);

private:
    void updateEmptyState();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store* m_store;
    StoreInfo m_info;
    AppListModel* m_model;
    AppFilterProxyModel* m_proxy;
};

} // namespace sk
