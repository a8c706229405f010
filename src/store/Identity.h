// Scopekeeper store: who is acting, for a local store.
#pragma once

#include <QString>

namespace sk {

/// The operating system's name for the current user ("Created by" in a local store);
/// "unknown" when the system does not say.
QString osUserName();

} // namespace sk
