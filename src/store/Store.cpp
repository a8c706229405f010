#include "Store.h"

namespace sk {

QFuture<Result<Done>> Store::backUpTo(const QString& file)
{
    Q_UNUSED(file)
    return QtFuture::makeReadyFuture(Result<Done>(
        Error(ErrorCode::Unavailable, tr("A server's store is backed up on the server's computer, "
                                         "with “scopekeeper-server backup FILE”."))));
}

// Until every store implements them (issue 16, in progress): a store without personal keys.
QFuture<Result<QList<ApiKey>>> Store::listMyKeys()
{
    return QtFuture::makeReadyFuture(Result<QList<ApiKey>>(
        Error(ErrorCode::Unavailable, tr("This store has no personal keys."))));
}

QFuture<Result<CreatedKey>> Store::createMyKey(const NewKey& key)
{
    Q_UNUSED(key)
    return QtFuture::makeReadyFuture(
        Result<CreatedKey>(Error(ErrorCode::Unavailable, tr("This store has no personal keys."))));
}

QFuture<Result<Done>> Store::deleteMyKey(const QString& keyId)
{
    Q_UNUSED(keyId)
    return QtFuture::makeReadyFuture(
        Result<Done>(Error(ErrorCode::Unavailable, tr("This store has no personal keys."))));
}

} // namespace sk
