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

QString scopingName(Scoping scoping)
{
    return scoping == Scoping::PerKey ? QStringLiteral("per-key") : QStringLiteral("per-app");
}

std::optional<Scoping> scopingFromName(const QString& name)
{
    if (name == QLatin1String("per-app"))
        return Scoping::PerApp;
    if (name == QLatin1String("per-key"))
        return Scoping::PerKey;
    return std::nullopt;
}

Scoping defaultScoping(const QString& catalogId)
{
    return catalogId == QLatin1String("aimms-pro") ? Scoping::PerKey : Scoping::PerApp;
}

} // namespace sk
