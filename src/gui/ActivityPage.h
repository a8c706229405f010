// Scopekeeper console: the "Activity" page: the audit log (when, who, what, which app or
// key), filterable.
#pragma once

#include "ListPage.h"

#include <memory>

namespace Ui {
class ActivityPage;
}

namespace sk {

class AuditFilterProxyModel;
class AuditLogModel;
class Store;

class ActivityPage : public ListPage
{
    Q_OBJECT

public:
    explicit ActivityPage(Store* store, QWidget* parent = nullptr);
    ~ActivityPage() override;

    AuditLogModel* model() const { return m_model; }

private:
    std::unique_ptr<Ui::ActivityPage> m_ui;
    AuditLogModel* m_model;
    AuditFilterProxyModel* m_proxy;
};

} // namespace sk
