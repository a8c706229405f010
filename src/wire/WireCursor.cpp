#include "WireCursor.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sk::wire {

QString encodeCursor(const AppCursor& cursor)
{
    const QByteArray json =
        QJsonDocument(QJsonArray{cursor.nameFold, cursor.id}).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<AppCursor> decodeCursor(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    const QJsonArray a = doc.array();
    if (a.size() != 2 || !a.at(0).isString() || !a.at(1).isString())
        return std::nullopt;
    return AppCursor{a.at(0).toString(), a.at(1).toString()};
}

} // namespace sk::wire
