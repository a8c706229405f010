// Scopekeeper console: deleting keys and apps, always after a confirmation.
#pragma once

#include "Types.h"

#include <QList>
#include <functional>

class QWidget;

namespace sk {

class Store;

/// Asks "Delete" / "Cancel" with the caution that a key in use stops working and cannot be
/// restored; on "Delete" deletes every key at once and shows a success message. `done`
/// gets how many were deleted (0 when cancelled).
void confirmAndDeleteKeys(QWidget* parent, Store* store, const QList<ApiKey>& keys,
                          std::function<void(int deleted)> done = {});

/// The same for the caller's own keys (Store::deleteMyKey: the "User API Keys" page of a
/// per-key store), with that page's warning: deleting is permanent, and applications using the
/// key stop working.
void confirmAndDeleteMyKeys(QWidget* parent, Store* store, const QList<ApiKey>& keys,
                            std::function<void(int deleted)> done = {});

/// Asks, naming the app and how many keys stop working; on "Delete" deletes it.
void confirmAndDeleteApp(QWidget* parent, Store* store, const App& app,
                         std::function<void(bool deleted)> done = {});

} // namespace sk
