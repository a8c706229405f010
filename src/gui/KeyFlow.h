// Scopekeeper console: creating a key, from the pages' point of view.
#pragma once

#include "Types.h"

#include <functional>

class QWidget;

namespace sk {

class Store;

/// Opens "Create new API key" for `app` over `parent` (window-modal, returns at once). When the
/// store has created the key, shows its secret once in the "Copy and Close" dialog; `done` is
/// called with the new key (never its secret) when that dialog has closed. Nothing else keeps
/// the secret. Cancelling the first dialog ends the flow without calling `done`.
///
/// When the store's answer is lost on its way (ErrorCode::Unconfirmed), the key is not created
/// again: the dialog asks the store until it answers, and when it lists the key after all,
/// offerToDeleteUnconfirmedKey() says so.
void startKeyCreation(QWidget* parent, Store* store, const App& app,
                      std::function<void(const ApiKey&)> done = {});

/// Opens "Roll API Key" for `key` over `parent` (window-modal, returns at once). When the store
/// has rolled it, shows the new key's secret once in the "Copy and Close" dialog; `done` is
/// called with the new key (never its secret) when that dialog has closed. Cancelling ends the
/// flow without calling `done`.
void startKeyRoll(QWidget* parent, Store* store, const ApiKey& key,
                  std::function<void(const ApiKey&)> done = {});

/// Says that `key` of `app` was made although its answer (and its secret) was lost, and offers
/// to delete it, through the usual confirmation (window-modal, returns at once).
void offerToDeleteUnconfirmedKey(QWidget* parent, Store* store, const App& app, const ApiKey& key);

} // namespace sk
