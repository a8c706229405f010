#include "ReadOnly.h"

#include "Store.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace sk {

QString readOnlyReason(const Store* store)
{
    if (!store || !store->readOnly())
        return {};
    return QCoreApplication::translate("ReadOnly",
                                       "Read-only: “%1” is an auditor, who reads apps, keys and "
                                       "the activity and changes nothing.")
        .arg(store->actor());
}

void allowChange(QWidget* widget, bool enabled, const QString& reason, const QString& normalToolTip)
{
    widget->setEnabled(enabled && reason.isEmpty());
    if (!reason.isEmpty())
        widget->setToolTip(reason);
    else if (!normalToolTip.isEmpty())
        widget->setToolTip(normalToolTip);
}

void allowChange(QAction* action, bool enabled, const QString& reason, const QString& normalToolTip)
{
    action->setEnabled(enabled && reason.isEmpty());
    if (!reason.isEmpty())
        action->setToolTip(reason);
    else if (!normalToolTip.isEmpty())
        action->setToolTip(normalToolTip);
}

} // namespace sk
