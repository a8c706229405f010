// Windows.
#include "ClipboardMarkers.h"

#include <QMimeData>
#include <QtEndian>

namespace sk {

void markSensitive(QMimeData* mime)
{
    // Qt registers a clipboard format under each of these names and hands over the bytes as
    // they are. The first keeps clipboard monitors away; the other two, each a DWORD 0, keep
    // the copy out of the clipboard history (Win+V) and the cloud clipboard.
    const quint32 zero = qToLittleEndian<quint32>(0);
    const QByteArray dwordZero(reinterpret_cast<const char*>(&zero), sizeof zero);
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), dwordZero);
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dwordZero);
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dwordZero);
}

} // namespace sk
