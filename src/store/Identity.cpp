#include "Identity.h"

#include <QtGlobal>

namespace sk {

QString osUserName()
{
    // USERNAME on Windows; USER on Linux, macOS and the BSDs; LOGNAME as a last resort.
    for (const char* variable : {"USERNAME", "USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace sk
