// Scopekeeper console: how a copied secret is marked as sensitive on each platform.
//
// One definition per platform, each in its own file (ClipboardMarkers_linux.cpp for Linux and
// the BSDs, ClipboardMarkers_windows.cpp, ClipboardMarkers_macos.cpp); src/gui/CMakeLists.txt
// compiles the one that fits.
#pragma once

class QMimeData;

namespace sk {

/// Adds to `mime` the formats by which this platform's clipboard history, cloud clipboard and
/// clipboard managers recognise a secret and leave it alone. The text itself is set elsewhere.
void markSensitive(QMimeData* mime);

} // namespace sk
