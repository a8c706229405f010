// Scopekeeper console: the "Activity" page: the audit log (when, who, what, which app or
// key), filterable.
#pragma once

#include "Error.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ActivityPage;
}

namespace sk {

class AuditFilterProxyModel;
class AuditLogModel;
class Store;

class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(Store* store, QWidget* parent = nullptr);
    ~ActivityPage() override;

    AuditLogModel* model() const { return m_model; }
    void focusSearch();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const sk::Error& error);

protected:
    /// The page loads when it is first shown, not when the window opens.
    void showEvent(QShowEvent* event) override;

private:
    std::unique_ptr<Ui::ActivityPage> m_ui;
    AuditLogModel* m_model;
    AuditFilterProxyModel* m_proxy;
};

} // namespace sk
