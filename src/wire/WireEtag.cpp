#include "WireEtag.h"

#include <algorithm>

namespace sk::wire {

QByteArray etag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::optional<qint64> versionFromEtag(const QByteArray& header)
{
    const QByteArray tag = header.trimmed();
    if (tag.size() <= 2 || !tag.startsWith('"') || !tag.endsWith('"'))
        return std::nullopt;
    bool ok = false;
    const qint64 version = tag.mid(1, tag.size() - 2).toLongLong(&ok);
    if (!ok || version <= 0)
        return std::nullopt;
    return version;
}

IfMatch parseIfMatch(const QByteArray& header)
{
    IfMatch m;
    for (const QByteArray& part : header.split(',')) {
        const QByteArray tag = part.trimmed();
        if (tag == "*") {
            m.any = true;
            continue;
        }
        if (tag.size() < 3 || !tag.startsWith('"') || !tag.endsWith('"'))
            continue;
        // Compared strongly (RFC 9110, 13.1.1): only the very tag etag() writes names a
        // version, "7"; not "07", "+7" or " 7", which toLongLong() would read as 7 too.
        const QByteArray opaque = tag.mid(1, tag.size() - 2);
        if (opaque.front() == '0' || !std::all_of(opaque.cbegin(), opaque.cend(),
                                                  [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        bool ok = false;
        const qint64 v = opaque.toLongLong(&ok);
        if (ok && v > 0)
            m.versions << v;
    }
    return m;
}

} // namespace sk::wire
