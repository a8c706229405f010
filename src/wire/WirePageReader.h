// Scopekeeper wire: the pages of GET /api/v1/keys and /api/v1/apps read straight from their
// text, without building a QJsonDocument (which was the largest cost of listing 100,000 keys
// over a server). Only for what it reads exactly as keysPageFromJson() and appsPageFromJson()
// would: anything else (a member of an unexpected type, a member twice, a lone surrogate, a
// number that is not a plain integer, bytes that are not UTF-8, no `keys` or `apps`) gives
// nothing, and the caller reads the page through QJsonDocument as before.
#pragma once

#include "WireJson.h"

#include <QByteArrayView>
#include <optional>

namespace sk::wire {

std::optional<KeysPage> readKeysPage(QByteArrayView json);
std::optional<AppsPage> readAppsPage(QByteArrayView json);

/// The `next_cursor` of a page as the server writes it, found at the end of its text without
/// reading the rest: `…],"next_cursor":"<cursor>"}` (a cursor of the characters a cursor has)
/// or `…],"next_cursor":null}` (the last page: an empty string). Nothing when the text ends
/// otherwise. A hint, to ask for the next page while this one is read: what readKeysPage() or
/// readAppsPage() reads is the answer.
std::optional<QString> trailingNextCursor(QByteArrayView json);

} // namespace sk::wire
