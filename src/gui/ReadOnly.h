// Scopekeeper console: an account that reads and changes nothing (a server's auditor).
//
// Every control that would change something is disabled, and says why in its tooltip, so that
// the person sees the action exists and why it is not theirs; a shortcut or a context-menu
// entry for it does nothing.
#pragma once

#include <QString>

class QAction;
class QWidget;

namespace sk {

class Store;

/// Why `store`'s account cannot change anything; empty when it can.
QString readOnlyReason(const Store* store);

/// Enables `widget` when `enabled` and there is no `reason`; with a reason, disables it and
/// shows the reason as its tooltip (`normalToolTip` otherwise).
void allowChange(QWidget* widget, bool enabled, const QString& reason,
                 const QString& normalToolTip = {});
void allowChange(QAction* action, bool enabled, const QString& reason,
                 const QString& normalToolTip = {});

} // namespace sk
