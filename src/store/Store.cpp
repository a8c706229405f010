#include "Store.h"

namespace sk {

QFuture<Result<Done>> Store::backUpTo(const QString& file)
{
    Q_UNUSED(file)
    return QtFuture::makeReadyFuture(Result<Done>(
        Error(ErrorCode::Unavailable, tr("A server's store is backed up on the server's computer, "
                                         "with “scopekeeper-server backup FILE”."))));
}

} // namespace sk
