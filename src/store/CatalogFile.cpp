#include "CatalogFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sk {

Result<QByteArray> readCatalogFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, QString());
    if (info.isDir()) {
        return Error(ErrorCode::Storage,
                     QCoreApplication::translate("sk::CatalogFile", "it is a folder."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Storage, file.errorString());
    return file.readAll();
}

} // namespace sk
