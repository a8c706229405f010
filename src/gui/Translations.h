// Scopekeeper console: loads the console's translations and Qt's own.
#pragma once

#include <QLocale>

namespace sk {

/// Installs the translations for `locale` (the system's by default): Scopekeeper's own, with
/// the English plural forms as the fallback, and Qt's for standard buttons and dialogs.
void installTranslations(const QLocale& locale = QLocale());

} // namespace sk
