// Scopekeeper store: every app of a scopekeeper-server, read page after page on a thread of
// its own (RestStoreOptions::readAppsAtOpen).
//
// RestStore answers on the GUI thread, so a listing it follows goes no faster than that thread
// comes back to its event loop: while the console builds its window, no page is read and no
// next page is asked for. This reader asks, reads and asks again on its own thread, meanwhile.
// Each next page is asked for as soon as a page's text has come (wire::trailingNextCursor()),
// before that page is read.
//
// It answers the apps only when every page came as a page; a network failure, a problem
// answer, a TLS refusal, a page it cannot read or a page named twice ends it with nothing, and
// RestStore lists the apps its own way, which retries once and says what went wrong (a server
// that stopped answering is not waited for twice). Destroying the reader stops its thread and
// drops a request in flight.
#pragma once

#include "Types.h"

#include <QFuture>
#include <QList>
#include <QNetworkRequest>
#include <QThread>
#include <optional>

namespace sk {

class RestAppsReader
{
public:
    /// Starts the thread and connects to the server `request` names (TCP, and TLS as the
    /// request says), so that read() finds both ready. Sends nothing.
    explicit RestAppsReader(const QNetworkRequest& request);
    RestAppsReader(const RestAppsReader&) = delete;
    RestAppsReader& operator=(const RestAppsReader&) = delete;
    ~RestAppsReader();

    /// Reads every page, once. `firstPage`: the GET of the first page, with the token, the
    /// timeout and TLS as RestStore sends it; each next page is the same request with that
    /// page's query. `pageSize` is the `limit` of every page.
    void read(const QNetworkRequest& firstPage, int pageSize);
    bool reading() const { return m_reading; }

    /// What was read: every app in the server's order, or nothing (see above), then whether
    /// the server stopped answering (listing again would only wait for it once more).
    struct Listing
    {
        std::optional<QList<App>> apps;
        bool timedOut = false;
    };
    /// Always finishes: destroying the reader first answers nothing.
    QFuture<Listing> listing() const { return m_listing; }

private:
    QThread m_thread;
    QObject* m_follower = nullptr; // on m_thread
    bool m_reading = false;
    QFuture<Listing> m_listing;
};

} // namespace sk
