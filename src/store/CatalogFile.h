// Scopekeeper store: reading a custom scope catalog's JSON file (for Catalog::resolve, which
// does no I/O).
#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace sk {

/// The bytes of the file at `path`; ErrorCode::NotFound when there is no such file, another
/// error saying why when it cannot be read (e.g. a folder, no permission).
Result<QByteArray> readCatalogFile(const QString& path);

} // namespace sk
