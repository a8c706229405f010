// Scopekeeper console: the console's SVG icons, drawn in the palette's text colour at any
// size and scale (crisp at 200 %, right in light and dark palettes).
#pragma once

#include <QIcon>
#include <QString>

namespace sk {

/// The icon resources/icons/<name>.svg ("edit", "delete", "add", "key", "apps", "activity",
/// "refresh", "copy", "warning").
QIcon themedIcon(const QString& name);

/// The application icon, in its own colours: resources/app/io.scopekeeper.Scopekeeper.svg, the
/// same drawing the packages install (hicolor PNGs and SVG, Windows .ico, macOS .icns).
QIcon appIcon();

} // namespace sk
