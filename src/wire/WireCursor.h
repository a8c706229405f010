// Scopekeeper wire: the apps list's page position, opaque to clients.
#pragma once

#include <QString>
#include <optional>

namespace sk::wire {

/// Where the last page ended: the folded name and the id of its last app.
struct AppCursor
{
    QString nameFold;
    QString id;
};
/// base64url without padding: safe in a query string as it is.
QString encodeCursor(const AppCursor& cursor);
std::optional<AppCursor> decodeCursor(const QString& text);

} // namespace sk::wire
