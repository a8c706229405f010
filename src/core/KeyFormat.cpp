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

namespace {

/// check() for either kind of text: `at(i)` is the i-th character's code.
template <typename Text> KeyFormat::Problem checkText(const Text& secret)
{
    using P = KeyFormat::Problem;
    if (secret.size() != KeyFormat::SecretLength)
        return P::WrongLength;
    if (!secret.startsWith(QLatin1StringView("spk_")))
        return P::WrongPrefix;
    // The random part as bytes, for its checksum; no allocation.
    std::array<char, KeyFormat::RandomLength> random{};
    for (int i = KeyFormat::PrefixLength; i < KeyFormat::SecretLength; ++i) {
        const QChar c(secret.at(i));
        if (!KeyFormat::isBase62(c))
            return P::BadCharacter;
        if (i < KeyFormat::PrefixLength + KeyFormat::RandomLength)
            random[std::size_t(i - KeyFormat::PrefixLength)] = char(c.unicode());
    }
    quint64 crc = KeyFormat::crc32(QByteArrayView(random.data(), qsizetype(random.size())));
    for (int i = KeyFormat::SecretLength - 1;
         i >= KeyFormat::SecretLength - KeyFormat::ChecksumLength; --i) {
        if (QChar(secret.at(i)).unicode() != char16_t(Alphabet[crc % AlphabetSize]))
            return P::BadChecksum;
        crc /= AlphabetSize;
    }
    return P::None;
}

} // namespace

KeyFormat::Problem KeyFormat::check(QStringView secret)
{
    return checkText(secret);
}

KeyFormat::Problem KeyFormat::check(QLatin1StringView secret)
{
    return checkText(secret);
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
