#include "AdminToken.h"

#include "KeyFormat.h"

namespace sk {

QString AdminToken::generate()
{
    return prefix() + KeyFormat::generate().mid(KeyFormat::PrefixLength);
}

bool AdminToken::isWellFormed(QStringView token)
{
    if (token.size() != KeyFormat::SecretLength || !token.startsWith(prefix()))
        return false;
    // The same body and checksum as a key; only the prefix differs.
    return KeyFormat::isWellFormed(KeyFormat::prefix() + token.mid(prefix().size()).toString());
}

QByteArray AdminToken::hash(QStringView token)
{
    return KeyFormat::hash(token);
}

} // namespace sk
