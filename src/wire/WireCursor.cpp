#include "WireCursor.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace sk::wire {

QString encodeCursor(const QString& position)
{
    return QString::fromLatin1(
        position.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeCursor(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !QByteArrayView(*decoded).isValidUtf8())
        return std::nullopt; // (QJsonDocument lets some bytes that are not UTF-8 through)
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty())
        return std::nullopt;
    for (const QJsonValue& v : doc.array()) {
        const bool whole = v.isDouble() && std::trunc(v.toDouble()) == v.toDouble();
        if (!v.isString() && !whole)
            return std::nullopt;
    }
    return QString::fromUtf8(*decoded);
}

} // namespace sk::wire
