// Scopekeeper wire: an app's version as an ETag, and the If-Match that names it.
#pragma once

#include "Types.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace sk::wire {

/// The ETag of an app's version, quoted ("\"7\"").
QByteArray etag(qint64 version);
inline QByteArray etag(const App& app)
{
    return etag(app.version);
}
/// The version an ETag the server sent names; nothing when it names none.
std::optional<qint64> versionFromEtag(const QByteArray& tag);

/// The versions an If-Match header names; `any` for "*". If-Match compares strongly: a weak
/// tag names none, nor does any tag other than one etag() writes ("\"7\"", not "\"07\"").
struct IfMatch
{
    bool any = false;
    QList<qint64> versions;
};
IfMatch parseIfMatch(const QByteArray& header);

} // namespace sk::wire
