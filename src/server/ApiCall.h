// Scopekeeper server: what ApiServer's source files share, not part of its interface: one
// request on its way, an entry of the route table, and the reply helper of the routes.
#pragma once

#include "ApiServer.h"
#include "WhenDone.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <utility>

namespace sk {

inline const QByteArray JsonType = QByteArrayLiteral("application/json");
inline const QByteArray ProblemType = QByteArrayLiteral("application/problem+json");

struct ApiServer::Call
{
    HttpRequest request;
    std::shared_ptr<HttpExchange> exchange;
    QElapsedTimer timer;
    QStringList params;   // the "{…}" segments of the route, in order
    QString admin;        // the administrator acting, once authenticated
    QString refusal;      // why the token was refused, for the log
    AdminAccount account; // the administrator's account, once authenticated
    bool answered = false;
};

/// A route: a method and a path template, who may call it, and the member that answers.
struct ApiServer::RouteSpec
{
    RouteSpec(QByteArray m, QLatin1String p, Access a, Handler h)
        : method(std::move(m))
        , path(p)
        , access(a)
        , handler(h)
        , segments(path.split(QLatin1Char('/')))
    {
    }

    QByteArray method;
    QString path; // "{name}" segments match one path segment
    Access access;
    Handler handler;
    QStringList segments; // `path` split at '/', once
};

// Standard error's access log lines, gathered until the end of the event loop's pass.
struct ApiServer::LogBuffer
{
    static constexpr qsizetype FlushBytes = 64 * 1024;

    QByteArray lines;
    QTimer timer; // single shot, 0 ms: fires once the pending events have been handled

    void write()
    {
        if (lines.isEmpty())
            return;
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stderr);
        std::fflush(stderr);
        lines.clear();
    }

    /// The current time as RFC 3339 UTC with milliseconds ("2026-11-23T06:10:12.345Z"); the
    /// date and time of day are formatted once per second (per thread: the I/O threads log
    /// too).
    static QByteArray now()
    {
        QByteArray text;
        appendNow(&text);
        return text;
    }
    static void appendNow(QByteArray* out)
    {
        thread_local qint64 second = -1;
        thread_local QByteArray secondText; // "yyyy-MM-ddTHH:mm:ss" of `second`
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        const qint64 s = ms / 1000;
        if (s != second) {
            second = s;
            secondText = QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
                             .toLatin1();
        }
        const int milli = int(ms % 1000);
        const char fraction[] = {'.', char('0' + milli / 100), char('0' + milli / 10 % 10),
                                 char('0' + milli % 10), 'Z'};
        out->append(secondText);
        out->append(fraction, sizeof fraction);
    }
};

/// Text from a request as the log may show it: no control characters, no spaces (ApiLog.cpp).
QString loggable(QStringView text);
/// What the access log shows of a path: loggable, and anything shaped like a key or a token cut.
QString loggablePath(const QString& rawPath);

template <typename T, typename Fn>
void ApiServer::reply(const CallPtr& call, const QFuture<Result<T>>& future, Fn onValue)
{
    whenDone(this, future, [this, call, onValue = std::move(onValue)](const Result<T>& result) {
        if (!result.ok())
            return answer(call, errorReply(call, result.error()));
        answer(call, onValue(result.value()));
    });
}

} // namespace sk
