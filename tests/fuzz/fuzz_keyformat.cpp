// Fuzz target: the key format (KeyFormat) and administrator tokens (AdminToken), on any text.
//
// The input is tried as UTF-8 and as UTF-16 code units (lone surrogates included). Checked:
// check() agrees with the format (length, prefix, base62, checksum) and with assemble();
// a well-formed key stops being one when any one character changes; hash() is 64 hex digits;
// displayPrefix() is the first 8 characters; constantTimeEquals() is equality; toBase62()
// writes `width` base62 digits of the value; check() of bytes is check() of their Latin-1 text.
#include "AdminToken.h"
#include "FuzzSupport.h"
#include "KeyFormat.h"

#include <QByteArray>
#include <QString>
#include <cstring>

using sk::AdminToken;
using sk::KeyFormat;

namespace {

const char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

bool allBase62(QStringView text)
{
    for (QChar c : text) {
        if (!KeyFormat::isBase62(c))
            return false;
    }
    return true;
}

bool isLowerHex(const QByteArray& text)
{
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

void checkSecret(const QString& s)
{
    const KeyFormat::Problem problem = KeyFormat::check(s);
    SK_FUZZ_CHECK(KeyFormat::isWellFormed(s) == (problem == KeyFormat::Problem::None));

    // What check() says follows from the format, in its order.
    if (s.size() != KeyFormat::SecretLength) {
        SK_FUZZ_CHECK(problem == KeyFormat::Problem::WrongLength);
    } else if (!s.startsWith(KeyFormat::prefix())) {
        SK_FUZZ_CHECK(problem == KeyFormat::Problem::WrongPrefix);
    } else if (!allBase62(QStringView(s).mid(KeyFormat::PrefixLength))) {
        SK_FUZZ_CHECK(problem == KeyFormat::Problem::BadCharacter);
    } else {
        const QString assembled = KeyFormat::assemble(
            QStringView(s).mid(KeyFormat::PrefixLength, KeyFormat::RandomLength));
        SK_FUZZ_CHECK((assembled == s) == (problem == KeyFormat::Problem::None));
        SK_FUZZ_CHECK(problem == KeyFormat::Problem::None ||
                      problem == KeyFormat::Problem::BadChecksum);
    }

    const QByteArray hash = KeyFormat::hash(s);
    SK_FUZZ_CHECK(hash.size() == 64 && isLowerHex(hash));
    SK_FUZZ_CHECK(AdminToken::hash(s) == hash);
    const QString shown = KeyFormat::displayPrefix(s);
    SK_FUZZ_CHECK(shown == s.left(KeyFormat::DisplayPrefixLength));

    // A token is a key with another prefix: the same body is well-formed in both or neither.
    const bool token = AdminToken::isWellFormed(s);
    if (s.startsWith(AdminToken::prefix())) {
        const QString asKey = KeyFormat::prefix() + s.mid(AdminToken::prefix().size());
        SK_FUZZ_CHECK(token == KeyFormat::isWellFormed(asKey));
    } else {
        SK_FUZZ_CHECK(!token);
    }
}

/// A key made from the input: it is well-formed, and any one changed character breaks it.
void checkAssembled(const uint8_t* data, size_t size)
{
    if (size < size_t(KeyFormat::RandomLength) + 2)
        return;
    QString random;
    for (int i = 0; i < KeyFormat::RandomLength; ++i)
        random += QLatin1Char(Alphabet[data[i] % 62]);
    const QString key = KeyFormat::assemble(random);
    SK_FUZZ_CHECK(key.size() == KeyFormat::SecretLength);
    SK_FUZZ_CHECK(KeyFormat::check(key) == KeyFormat::Problem::None);
    SK_FUZZ_CHECK(
        AdminToken::isWellFormed(AdminToken::prefix() + key.mid(KeyFormat::PrefixLength)));

    // One character of the body replaced by another base62 character: the CRC32 (written
    // in 6 base62 digits, one to one) tells every such typo.
    const int at =
        KeyFormat::PrefixLength +
        int(data[KeyFormat::RandomLength] % (KeyFormat::RandomLength + KeyFormat::ChecksumLength));
    const char16_t old = key.at(at).unicode();
    QChar replacement = QLatin1Char(Alphabet[data[KeyFormat::RandomLength + 1] % 62]);
    if (replacement.unicode() == old)
        replacement = QLatin1Char(Alphabet[(data[KeyFormat::RandomLength + 1] + 1) % 62]);
    QString typo = key;
    typo[at] = replacement;
    SK_FUZZ_CHECK(KeyFormat::check(typo) == KeyFormat::Problem::BadChecksum);
}

void checkBase62(const uint8_t* data, size_t size)
{
    if (size < 9)
        return;
    quint64 value = 0;
    std::memcpy(&value, data, sizeof value);
    const int width = data[8] % 16;
    const QString text = KeyFormat::toBase62(value, width);
    SK_FUZZ_CHECK(text.size() == width && allBase62(text));
    // The digits read back are the value modulo 62^width.
    quint64 back = 0;
    quint64 modulus = 1;
    bool overflow = false;
    for (QChar c : text) {
        const char* digit = std::strchr(Alphabet, char(c.unicode()));
        back = back * 62 + quint64(digit - Alphabet);
    }
    for (int i = 0; i < width && !overflow; ++i) {
        if (modulus > ~quint64(0) / 62)
            overflow = true;
        else
            modulus *= 62;
    }
    if (!overflow)
        SK_FUZZ_CHECK(back == value % modulus);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw = sk::fuzz::bytes(data, size);
    checkSecret(QString::fromUtf8(raw));
    checkSecret(sk::fuzz::utf16(data, size));
    // The bytes of a request, as the server checks them: as their Latin-1 text is checked.
    SK_FUZZ_CHECK(KeyFormat::check(QLatin1StringView(raw)) ==
                  KeyFormat::check(QString::fromLatin1(raw)));
    checkAssembled(data, size);
    checkBase62(data, size);

    // Equality of hashes that takes the same time: still equality.
    const qsizetype half = raw.size() / 2;
    const QByteArray a = raw.left(half);
    const QByteArray b = raw.mid(half, half);
    SK_FUZZ_CHECK(KeyFormat::constantTimeEquals(a, b) == (a == b));
    SK_FUZZ_CHECK(KeyFormat::constantTimeEquals(raw, raw));
    // crc32 is CRC-32/ISO-HDLC: the check value of "123456789" is 0xCBF43926 (asserted once).
    static const bool crcKnown = KeyFormat::crc32("123456789") == 0xCBF43926U;
    SK_FUZZ_CHECK(crcKnown);
    return 0;
}
