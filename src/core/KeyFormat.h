// Scopekeeper core: the API key format.
//
//   spk_ + 43 base62 characters from the OS CSPRNG (256 bits) + 6 base62 characters of the
//   CRC32 of those 43 = 53 characters, ^spk_[0-9A-Za-z]{49}$.
//
// Stores keep only SHA-256 of the whole secret (hex) and the display prefix ("spk_" + 4).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace sk {

class KeyFormat
{
public:
    static constexpr int RandomLength = 43;
    static constexpr int ChecksumLength = 6;
    static constexpr int PrefixLength = 4;                                            // "spk_"
    static constexpr int SecretLength = PrefixLength + RandomLength + ChecksumLength; // 53
    static constexpr int DisplayPrefixLength = PrefixLength + 4;                      // "spk_AbCd"
    static QString prefix() { return QStringLiteral("spk_"); }

    enum class Problem
    {
        None,
        WrongLength,
        WrongPrefix,
        BadCharacter,
        BadChecksum,
    };

    /// A new secret from the OS CSPRNG.
    static QString generate();
    /// The secret made of `randomPart` (43 base62 characters) and its checksum.
    static QString assemble(QStringView randomPart);
    /// What is wrong with a candidate secret, without any lookup.
    static Problem check(QStringView secret);
    /// The same for a secret as bytes (as it came in a request), without a copy.
    static Problem check(QLatin1StringView secret);
    static bool isWellFormed(QStringView secret) { return check(secret) == Problem::None; }
    static bool isWellFormed(QLatin1StringView secret) { return check(secret) == Problem::None; }

    /// SHA-256 of the whole secret, lower-case hex (64 characters).
    static QByteArray hash(QStringView secret);
    /// "spk_" and the next four characters: tells keys apart, reveals nothing useful.
    static QString displayPrefix(QStringView secret);
    /// Equality that takes the same time wherever the inputs differ.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

    static quint32 crc32(QByteArrayView data);
    /// `value` in base62 (0-9A-Za-z), left-padded with '0' to `width` characters.
    static QString toBase62(quint64 value, int width);
    static bool isBase62(QChar c);
};

} // namespace sk
