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
void startKeyCreation(QWidget* parent, Store* store, const App& app,
                      std::function<void(const ApiKey&)> done = {});

} // namespace sk
