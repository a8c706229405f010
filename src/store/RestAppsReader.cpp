// Scopekeeper store: RestAppsReader's thread, and the page follower that lives on it.
#include "RestAppsReader.h"

#include "Preconnect.h"
#include "WireJson.h"
#include "WirePageReader.h"
#include "WirePaths.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSet>
#include <memory>
#include <utility>

namespace sk {

namespace {

/// Lives on the reader's thread: one page asked for at a time, the rows of those read so far.
class PageFollower : public QObject
{
public:
    explicit PageFollower(std::shared_ptr<QPromise<RestAppsReader::Listing>> promise)
        : m_promise(std::move(promise))
    {
    }
    ~PageFollower() override
    {
        // Stopped before the last page: nothing, rather than a listing cut short.
        answer({});
    }

    /// On the reader's thread, first: the network manager, and its connection made ahead.
    void start(const QNetworkRequest& request)
    {
        m_network = new QNetworkAccessManager(this);
        m_network->setAutoDeleteReplies(false);
        connect(m_network, &QNetworkAccessManager::finished, this, &PageFollower::finished);
        preconnect(m_network, request);
    }

    /// On the reader's thread, once.
    void read(const QNetworkRequest& firstPage, int pageSize)
    {
        m_request = firstPage;
        m_pageSize = pageSize;
        ask(QString());
    }

private:
    void ask(const QString& after)
    {
        QNetworkRequest request = m_request;
        QUrl url = request.url();
        url.setQuery(wire::queryString(wire::appsPageQuery(m_pageSize, QString(), after)),
                     QUrl::StrictMode);
        request.setUrl(url);
        m_asked = after;
        m_reply = m_network->get(request);
    }

    /// Drops the request in flight, if any (its reply finishes as an abandoned one).
    void dropAsked()
    {
        if (QNetworkReply* reply = std::exchange(m_reply, nullptr))
            reply->abort();
    }

    void finished(QNetworkReply* reply)
    {
        reply->deleteLater();
        if (reply != m_reply || m_answered)
            return; // connected ahead, or abandoned: a guess the page did not confirm
        m_reply = nullptr;
        if (reply->error() == QNetworkReply::OperationCanceledError || // the transfer timeout
            reply->error() == QNetworkReply::TimeoutError)
            return answer({std::nullopt, true});
        if (reply->error() != QNetworkReply::NoError ||
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return answer({});
        const QByteArray body = reply->readAll();
        // The next page first: the server makes it while this one is read.
        const std::optional<QString> guess = wire::trailingNextCursor(body);
        if (guess && !guess->isEmpty() && !m_cursors.contains(*guess))
            ask(*guess);
        std::optional<wire::AppsPage> page = wire::readAppsPage(body);
        if (!page) { // not written as the server writes it, but perhaps a page all the same
            if (const std::optional<QJsonObject> object = wire::objectFrom(body))
                page = wire::appsPageFromJson(*object);
        }
        if (!page)
            return answer({});
        const bool empty = page->apps.isEmpty();
        m_rows.append(std::move(page->apps));
        if (page->nextCursor.isEmpty() || empty) { // the end, as RestStore::allPages() sees it
            dropAsked();
            return answer({std::move(m_rows)});
        }
        if (m_cursors.contains(page->nextCursor))
            return answer({}); // a page named twice: the listing would never end
        m_cursors.insert(page->nextCursor);
        if (page->nextCursor != m_asked || !m_reply) {
            dropAsked();
            ask(page->nextCursor);
        }
    }

    void answer(RestAppsReader::Listing listing)
    {
        if (std::exchange(m_answered, true))
            return;
        dropAsked();
        m_promise->addResult(std::move(listing));
        m_promise->finish();
    }

    QNetworkRequest m_request;
    int m_pageSize = 0;
    std::shared_ptr<QPromise<RestAppsReader::Listing>> m_promise;
    QNetworkAccessManager* m_network = nullptr;
    QNetworkReply* m_reply = nullptr; // the page asked for
    QString m_asked;                  // its cursor
    QList<App> m_rows;
    QSet<QString> m_cursors; // of the pages asked for, each once
    bool m_answered = false;
};

} // namespace

RestAppsReader::RestAppsReader(const QNetworkRequest& request)
{
    auto promise = std::make_shared<QPromise<RestAppsReader::Listing>>();
    promise->start();
    m_listing = promise->future();
    m_thread.setObjectName(QStringLiteral("RestAppsReader"));
    auto* follower = new PageFollower(std::move(promise));
    follower->moveToThread(&m_thread);
    m_follower = follower;
    // Taken apart on its thread as that thread ends: the network manager with it.
    QObject::connect(&m_thread, &QThread::finished, follower, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        follower, [follower, request] { follower->start(request); }, Qt::QueuedConnection);
}

void RestAppsReader::read(const QNetworkRequest& firstPage, int pageSize)
{
    if (std::exchange(m_reading, true))
        return;
    auto* follower = static_cast<PageFollower*>(m_follower);
    QMetaObject::invokeMethod(
        follower, [follower, firstPage, pageSize] { follower->read(firstPage, pageSize); },
        Qt::QueuedConnection);
}

RestAppsReader::~RestAppsReader()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace sk
