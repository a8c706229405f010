#include "TokenVault.h"

#include <qt6keychain/keychain.h>

namespace sk {

namespace {

TokenVault::Outcome failure(const QKeychain::Job* job, TokenVault::Status failedStatus,
                            const QString& failedText)
{
    TokenVault::Outcome outcome;
    switch (job->error()) {
    case QKeychain::NoError:
        outcome.status = TokenVault::Status::Ok;
        return outcome;
    case QKeychain::EntryNotFound:
        outcome.status = TokenVault::Status::NotFound;
        outcome.message = TokenVault::tr("No token is stored for this server.");
        return outcome;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        outcome.status = TokenVault::Status::Unavailable;
        outcome.message = TokenVault::tr("The keychain is not available (%1). The token is not "
                                         "stored; it will be asked for each time.")
                              .arg(job->errorString());
        return outcome;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    outcome.status = failedStatus;
    outcome.message = failedText.arg(job->errorString());
    return outcome;
}

} // namespace

TokenVault::TokenVault(QObject* parent)
    : QObject(parent)
{
}

TokenVault::~TokenVault() = default;

QString TokenVault::service()
{
    return QStringLiteral("scopekeeper");
}

QString TokenVault::keyFor(const QUrl& server)
{
    QUrl normal = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                  QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normal.path() == QStringLiteral("/"))
        normal.setPath(QString()); // "https://host/" is "https://host"
    return QStringLiteral("admin-token:") + normal.toString(QUrl::FullyEncoded);
}

void TokenVault::read(const QUrl& server, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server));
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job*) {
        Outcome outcome = failure(job, Status::Failed,
                                  tr("The token could not be read from the keychain "
                                     "(%1)."));
        if (outcome.ok()) {
            outcome.token = job->textData();
            if (outcome.token.isEmpty()) {
                outcome.status = Status::NotFound;
                outcome.message = tr("No token is stored for this server.");
            }
        }
        done(outcome);
    });
    job->start();
}

void TokenVault::write(const QUrl& server, const QString& token, Callback done)
{
    if (token.isEmpty()) {
        Outcome outcome;
        outcome.status = Status::Failed;
        outcome.message = tr("An empty token cannot be stored.");
        done(outcome);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job*) {
        done(failure(job, Status::Failed,
                     tr("The token could not be stored in the keychain (%1).")));
    });
    job->start();
}

void TokenVault::remove(const QUrl& server, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server));
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job*) {
        Outcome outcome = failure(job, Status::Failed,
                                  tr("The token could not be deleted from the keychain "
                                     "(%1)."));
        if (outcome.status == Status::NotFound) {
            outcome.status = Status::Ok;
            outcome.message.clear();
        }
        done(outcome);
    });
    job->start();
}

} // namespace sk
