// Scopekeeper server: administrator tokens.
//
//   ska_ + 43 base62 characters from the OS CSPRNG + 6 base62 characters of their CRC32:
//   the API key format (KeyFormat) with its own prefix, so that a token and a key can never
//   be mistaken for one another. The store keeps only SHA-256 of the whole token.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace sk {

class AdminToken
{
public:
    static QString prefix() { return QStringLiteral("ska_"); }
    /// A new token from the OS CSPRNG.
    static QString generate();
    /// In the token format with a correct checksum (no lookup needed to refuse a typo).
    static bool isWellFormed(QStringView token);
    /// What the store keeps: SHA-256 of the whole token, lower-case hex.
    static QByteArray hash(QStringView token);
};

} // namespace sk
