// Scopekeeper console: the "API Apps" page: the apps table, search, create, edit, delete.
#pragma once

#include "ListPage.h"
#include "Types.h"

#include <memory>

namespace Ui {
class AppsPage;
}

namespace sk {

class AppFilterProxyModel;
class AppListModel;
class Store;

class AppsPage : public ListPage
{
    Q_OBJECT

public:
    explicit AppsPage(Store* store, QWidget* parent = nullptr);
    ~AppsPage() override;

    AppListModel* model() const { return m_model; }
    AppFilterProxyModel* proxy() const { return m_proxy; }
    /// The app of the current row, if a row is selected.
    std::optional<App> currentApp() const;

public Q_SLOTS:
    void createApp();
    void editCurrentApp();
    void deleteCurrentApp();

private:
    void editApp(const App& app);
    void updateState();
    void selectApp(const QString& appId);

    std::unique_ptr<Ui::AppsPage> m_ui;
    AppListModel* m_model;
    AppFilterProxyModel* m_proxy;
    QString m_selectAfterLoad;
};

} // namespace sk
