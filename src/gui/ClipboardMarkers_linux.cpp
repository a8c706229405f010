// Linux and the BSDs (X11 and Wayland).
#include "ClipboardMarkers.h"

#include <QMimeData>

namespace sk {

void markSensitive(QMimeData* mime)
{
    // KDE's Klipper, and clipboard managers that follow its convention (CopyQ, GPaste,
    // wl-clip-persist filters), do not record content offered with this type.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
}

} // namespace sk
