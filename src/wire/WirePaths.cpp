#include "WirePaths.h"

#include "WireFields.h"

#include <QStringList>
#include <QUrl>

namespace sk::wire {

QString fill(QLatin1String route, const QStringList& values)
{
    QStringList segments = QString(route).split(QLatin1Char('/'));
    qsizetype next = 0;
    for (QString& s : segments) {
        if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
            s = QString::fromLatin1(QUrl::toPercentEncoding(values.value(next++)));
    }
    return segments.join(QLatin1Char('/'));
}

QString appPath(const QString& appId)
{
    return fill(route::App, {appId});
}

QString appKeysPath(const QString& appId)
{
    return fill(route::AppKeys, {appId});
}

QString appKeyPath(const QString& appId, const QString& keyId)
{
    return fill(route::AppKey, {appId, keyId});
}

QString appKeyRollPath(const QString& appId, const QString& keyId)
{
    return fill(route::AppKeyRoll, {appId, keyId});
}

QString myKeyPath(const QString& keyId)
{
    return fill(route::MyKey, {keyId});
}

Query appsPageQuery(int limit, const QString& text, const QString& cursor)
{
    Query q{{param::Limit, QString::number(limit)}};
    if (!text.isEmpty())
        q.append({param::Text, text});
    if (!cursor.isEmpty())
        q.append({param::Cursor, cursor});
    return q;
}

Query keysPageQuery(int limit, const QString& cursor)
{
    Query q{{param::Limit, QString::number(limit)}};
    if (!cursor.isEmpty())
        q.append({param::Cursor, cursor});
    return q;
}

Query auditQuery(const AuditQuery& query)
{
    Query q{{param::Limit, QString::number(qBound(1, query.limit, 1000))}};
    if (!query.appId.isEmpty())
        q.append({param::AppId, query.appId});
    return q;
}

QString queryString(const Query& query)
{
    QStringList parts;
    for (const auto& [name, value] : query) {
        parts << QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' +
                                     QUrl::toPercentEncoding(value));
    }
    return parts.join(QLatin1Char('&'));
}

} // namespace sk::wire
