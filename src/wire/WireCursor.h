// Scopekeeper wire: a page position as the API's cursor, opaque to clients.
#pragma once

#include <QString>
#include <optional>

namespace sk::wire {

/// A store's Page::next as a `next_cursor`: base64url without padding, safe in a query string
/// as it is.
QString encodeCursor(const QString& position);
/// The store's position again; nothing unless `text` is base64url of a JSON array of strings
/// and whole numbers (the shape every store position has). Whether it is a position the store
/// gave, and of this listing, the store decides.
std::optional<QString> decodeCursor(const QString& text);

} // namespace sk::wire
