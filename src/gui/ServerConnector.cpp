#include "ServerConnector.h"

#include "Fields.h"
#include "Preferences.h"
#include "RestStore.h"
#include "WhenDone.h"

namespace sk {

ServerConnector::ServerConnector(QObject* parent)
    : QObject(parent)
{
}

ServerConnector::~ServerConnector() = default;

std::optional<Error> ServerConnector::checkUrl(const QUrl& url)
{
    return RestStore::checkUrl(url);
}

std::unique_ptr<RestStore> ServerConnector::makeStore(const QUrl& url, const QString& caFile)
{
    RestStoreOptions options;
    options.baseUrl = url;
    options.caCertificateFile = caFile;
    options.readAppsAtOpen = true; // the window lists the apps first
    return std::make_unique<RestStore>(options);
}

void ServerConnector::cancel()
{
    ++m_attempt;
    m_store.reset();
    m_ahead.reset();
}

void ServerConnector::connectAhead(const QUrl& url, const QString& caFile)
{
    m_ahead = Ahead{url, caFile, makeStore(url, caFile)};
    m_ahead->store->connectAhead();
}

void ServerConnector::connectTo(const QUrl& url, const QString& token, const QString& caFile,
                                Done done)
{
    std::unique_ptr<RestStore> ahead;
    if (m_ahead && m_ahead->url == url && m_ahead->caFile == caFile)
        ahead = std::move(m_ahead->store);
    cancel();
    m_store = ahead ? std::move(ahead) : makeStore(url, caFile);
    m_store->setToken(token);
    const quint64 attempt = m_attempt;
    whenDone(this, m_store->open(),
             [this, attempt, url, caFile, done = std::move(done)](const Result<StoreInfo>& info) {
                 if (attempt != m_attempt || !m_store)
                     return; // given up meanwhile
                 std::unique_ptr<RestStore> store = std::move(m_store);
                 Outcome outcome;
                 if (!info.ok()) {
                     const Error& error = info.error();
                     Problem problem;
                     problem.message = error.message();
                     if (error.code() == ErrorCode::Unauthorized) {
                         problem.field = Field::Token;
                     } else if (error.field() == fields::CaFile) {
                         problem.field = Field::CaFile;
                     } else {
                         problem.field = Field::Url;
                         problem.certificateRefused = store->certificateRefused();
                     }
                     outcome.problem = problem;
                     store.reset();
                     done(std::move(outcome));
                     return;
                 }
                 // A path, not a secret: the settings may hold it.
                 Preferences().setCaCertificateFile(url, caFile);
                 outcome.info = info.value();
                 outcome.store = std::move(store);
                 done(std::move(outcome));
             });
}

} // namespace sk
