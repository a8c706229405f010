#include "KeyFormat.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <array>

namespace sk {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr quint32 AlphabetSize = 62;

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1U) ? (0xEDB88320U ^ (c >> 1)) : (c >> 1);
        table[i] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> CrcTable = makeCrcTable();

} // namespace

quint32 KeyFormat::crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFU;
    for (const char ch : data)
        crc = CrcTable[(crc ^ static_cast<quint8>(ch)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

QString KeyFormat::toBase62(quint64 value, int width)
{
    QString out(width, QLatin1Char('0'));
    for (int i = width - 1; i >= 0 && value > 0; --i) {
        out[i] = QLatin1Char(Alphabet[value % AlphabetSize]);
        value /= AlphabetSize;
    }
    return out;
}

bool KeyFormat::isBase62(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

QString KeyFormat::generate()
{
    // QRandomGenerator::system() reads the operating system's CSPRNG. Rejection sampling keeps
    // every character uniform: 248 = 4 * 62 is the largest multiple of 62 below 256.
    QRandomGenerator* rng = QRandomGenerator::system();
    QString random;
    random.reserve(RandomLength);
    while (random.size() < RandomLength) {
        std::array<quint32, 16> words{};
        rng->fillRange(words.data(), words.size());
        for (quint32 word : words) {
            for (int b = 0; b < 4 && random.size() < RandomLength; ++b) {
                const quint32 byte = (word >> (8 * b)) & 0xFFU;
                if (byte < 248)
                    random.append(QLatin1Char(Alphabet[byte % AlphabetSize]));
            }
        }
        words.fill(0);
    }
    return assemble(random);
}

QString KeyFormat::assemble(QStringView randomPart)
{
    const QByteArray bytes = randomPart.toLatin1();
    return prefix() + randomPart.toString() + toBase62(crc32(bytes), ChecksumLength);
}

KeyFormat::Problem KeyFormat::check(QStringView secret)
{
    if (secret.size() != SecretLength)
        return Problem::WrongLength;
    if (!secret.startsWith(prefix()))
        return Problem::WrongPrefix;
    const QStringView body = secret.mid(PrefixLength);
    for (QChar c : body) {
        if (!isBase62(c))
            return Problem::BadCharacter;
    }
    const QStringView random = body.left(RandomLength);
    const QString expected = toBase62(crc32(random.toLatin1()), ChecksumLength);
    if (expected != body.mid(RandomLength))
        return Problem::BadChecksum;
    return Problem::None;
}

QByteArray KeyFormat::hash(QStringView secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString KeyFormat::displayPrefix(QStringView secret)
{
    return secret.left(DisplayPrefixLength).toString();
}

bool KeyFormat::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // The lengths of hashes are public; only their contents must not leak through timing.
    if (a.size() != b.size())
        return false;
    volatile unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = diff | static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace sk
