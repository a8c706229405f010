#include "Types.h"

namespace sk {

QString verifyCodeName(VerifyCode code)
{
    switch (code) {
    case VerifyCode::Valid:
        return {};
    case VerifyCode::Malformed:
        return QStringLiteral("MALFORMED");
    case VerifyCode::NotFound:
        return QStringLiteral("NOT_FOUND");
    case VerifyCode::Expired:
        return QStringLiteral("EXPIRED");
    case VerifyCode::ForbiddenScope:
        return QStringLiteral("FORBIDDEN_SCOPE");
    }
    return QStringLiteral("NOT_FOUND");
}

} // namespace sk
