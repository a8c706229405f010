// The API key format: what a generated secret looks like, how mistyped keys are caught, and
// what a store keeps of a secret (its hash and display prefix).
#include "KeyFormat.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <array>

using sk::KeyFormat;

namespace {

using Problem = KeyFormat::Problem;

const QString Alphabet =
    QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

// Keys computed outside Scopekeeper (Python: zlib.crc32 and a base62 encoder), so that keys
// issued by this version keep verifying in the next one.
struct KnownKey
{
    const char* randomPart;
    const char* secret;
};
const KnownKey KnownKeys[] = {
    {"0000000000000000000000000000000000000000000",
     "spk_00000000000000000000000000000000000000000002CZclj"},
    {"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
     "spk_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz0UsatS"},
    {"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg",
     "spk_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg37cCQ0"},
    {"Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Q",
     "spk_Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Q1Niom2"},
};

// Pearson's chi-square statistic of `counts` against the uniform distribution.
double chiSquare(const std::array<qint64, 62>& counts)
{
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    const double expected = double(total) / double(counts.size());
    double chi = 0;
    for (qint64 c : counts)
        chi += (double(c) - expected) * (double(c) - expected) / expected;
    return chi;
}

// The chi-square value with 61 degrees of freedom that a uniform source exceeds with
// probability 1e-9 (computed with the regularized incomplete gamma function: 152.02).
constexpr double ChiSquareBound = 152.0;

} // namespace

class TestKeyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedSecretsHaveTheDocumentedShape();
    void generatedSecretsAreDistinct();
    void generatedCharactersAreUniform();
    void chiSquareBoundCatchesModuloBias();
    void knownKeysAreStable();
    void assembleRoundTripsWithCheck();
    void everySingleSubstitutionIsDetected();
    void adjacentTranspositionsAreDetected();
    void malformedSecrets_data();
    void malformedSecrets();
    void bytesAreCheckedAsTextIs();
    void crc32MatchesTheStandard();
    void toBase62KnownValues_data();
    void toBase62KnownValues();
    void isBase62AcceptsExactlyTheAlphabet();
    void hashIsSha256OfTheSecret();
    void displayPrefixIsSpkAndFourCharacters();
    void constantTimeEquals();
};

void TestKeyFormat::generatedSecretsHaveTheDocumentedShape()
{
    const QRegularExpression shape(QStringLiteral("^spk_[0-9A-Za-z]{49}$"));
    QCOMPARE(KeyFormat::SecretLength, 53);
    for (int i = 0; i < 1000; ++i) {
        const QString secret = KeyFormat::generate();
        QCOMPARE(secret.size(), 53);
        QVERIFY2(shape.match(secret).hasMatch(), "a generated secret does not match the format");
        QCOMPARE(KeyFormat::check(secret), Problem::None);
        QVERIFY(KeyFormat::isWellFormed(secret));
    }
}

void TestKeyFormat::generatedSecretsAreDistinct()
{
    QSet<QString> secrets;
    QSet<QString> randomParts;
    for (int i = 0; i < 10000; ++i) {
        const QString secret = KeyFormat::generate();
        secrets.insert(secret);
        randomParts.insert(secret.mid(KeyFormat::PrefixLength, KeyFormat::RandomLength));
    }
    QCOMPARE(secrets.size(), 10000);
    QCOMPARE(randomParts.size(), 10000);
}

void TestKeyFormat::generatedCharactersAreUniform()
{
    // ~1M characters of the random parts (the checksum part is not uniform by design: its first
    // character is 0..4 because a CRC32 is below 62^6).
    std::array<qint64, 62> counts{};
    const int secrets = 1'000'000 / KeyFormat::RandomLength + 1;
    for (int i = 0; i < secrets; ++i) {
        const QString secret = KeyFormat::generate();
        for (QChar c : QStringView(secret).mid(KeyFormat::PrefixLength, KeyFormat::RandomLength)) {
            const qsizetype index = Alphabet.indexOf(c);
            QVERIFY(index >= 0);
            ++counts[size_t(index)];
        }
    }
    const double mean = double(secrets) * KeyFormat::RandomLength / 62.0;
    for (size_t i = 0; i < counts.size(); ++i) {
        QVERIFY2(counts[i] > 0,
                 qPrintable(QStringLiteral("'%1' never appeared").arg(Alphabet.at(qsizetype(i)))));
        QVERIFY2(double(counts[i]) < 1.5 * mean,
                 qPrintable(QStringLiteral("'%1' appeared %2 times; the mean is %3")
                                .arg(Alphabet.at(qsizetype(i)))
                                .arg(counts[i])
                                .arg(mean)));
    }
    const double chi = chiSquare(counts);
    QVERIFY2(chi < ChiSquareBound,
             qPrintable(QStringLiteral("chi-square %1 over %2 characters (bound %3)")
                            .arg(chi)
                            .arg(qint64(mean * 62))
                            .arg(ChiSquareBound)));
}

void TestKeyFormat::chiSquareBoundCatchesModuloBias()
{
    // The uniformity test above must be able to fail: a generator that maps bytes with `% 62`
    // without rejecting 248..255 makes '0'..'7' 25% more likely, and over the same ~1M
    // characters its chi-square is in the thousands.
    std::array<qint64, 62> counts{};
    QRandomGenerator rng(20240501);
    for (int i = 0; i < 1'000'000; ++i)
        ++counts[size_t((rng.generate() & 0xFFU) % 62U)];
    QVERIFY2(chiSquare(counts) > ChiSquareBound * 10,
             qPrintable(QString::number(chiSquare(counts))));
    // …and a fair source of the same size passes.
    std::array<qint64, 62> fair{};
    for (int i = 0; i < 1'000'000; ++i)
        ++fair[size_t(rng.bounded(62U))];
    QVERIFY2(chiSquare(fair) < ChiSquareBound, qPrintable(QString::number(chiSquare(fair))));
}

void TestKeyFormat::knownKeysAreStable()
{
    for (const KnownKey& k : KnownKeys) {
        const QString randomPart = QString::fromLatin1(k.randomPart);
        const QString secret = QString::fromLatin1(k.secret);
        QCOMPARE(KeyFormat::assemble(randomPart), secret);
        QCOMPARE(KeyFormat::check(secret), Problem::None);
    }
}

void TestKeyFormat::assembleRoundTripsWithCheck()
{
    for (int i = 0; i < 200; ++i) {
        const QString generated = KeyFormat::generate();
        const QString randomPart = generated.mid(KeyFormat::PrefixLength, KeyFormat::RandomLength);
        const QString assembled = KeyFormat::assemble(randomPart);
        QCOMPARE(assembled, generated);
        QCOMPARE(KeyFormat::check(assembled), Problem::None);
        QVERIFY(assembled.startsWith(QStringLiteral("spk_")));
        QCOMPARE(assembled.mid(KeyFormat::PrefixLength, KeyFormat::RandomLength), randomPart);
        QCOMPARE(assembled.size(), KeyFormat::SecretLength);
    }
}

void TestKeyFormat::everySingleSubstitutionIsDetected()
{
    QStringList secrets;
    for (const KnownKey& k : KnownKeys)
        secrets << QString::fromLatin1(k.secret);
    for (int i = 0; i < 20; ++i)
        secrets << KeyFormat::generate();

    const QString notBase62 = QStringLiteral("-_ .+/=\u00E9\u0410\uFF21");
    int substitutions = 0;
    for (const QString& secret : secrets) {
        for (qsizetype pos = KeyFormat::PrefixLength; pos < secret.size(); ++pos) {
            for (QChar c : Alphabet) {
                if (c == secret.at(pos))
                    continue;
                QString typo = secret;
                typo[pos] = c;
                QVERIFY2(KeyFormat::check(typo) == Problem::BadChecksum,
                         qPrintable(QStringLiteral("substituting '%1' at %2 was not detected")
                                        .arg(c)
                                        .arg(pos)));
                ++substitutions;
            }
            for (QChar c : notBase62) {
                QString typo = secret;
                typo[pos] = c;
                QCOMPARE(KeyFormat::check(typo), Problem::BadCharacter);
            }
        }
    }
    QCOMPARE(substitutions, int(secrets.size()) * 49 * 61);
}

void TestKeyFormat::adjacentTranspositionsAreDetected()
{
    // Swapping two neighbours inside the random part, or inside the checksum, is caught. (A swap
    // across the boundary changes both at once and is only caught with high probability.)
    for (int i = 0; i < 50; ++i) {
        const QString secret = KeyFormat::generate();
        for (qsizetype pos = KeyFormat::PrefixLength; pos + 1 < secret.size(); ++pos) {
            if (pos == KeyFormat::PrefixLength + KeyFormat::RandomLength - 1)
                continue;
            if (secret.at(pos) == secret.at(pos + 1))
                continue;
            QString typo = secret;
            std::swap(typo[pos], typo[pos + 1]);
            QCOMPARE(KeyFormat::check(typo), Problem::BadChecksum);
        }
    }
}

void TestKeyFormat::malformedSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<Problem>("problem");

    const QString valid = QString::fromLatin1(KnownKeys[2].secret);
    const QString body = valid.mid(KeyFormat::PrefixLength);
    auto replaced = [&](qsizetype pos, const QString& with) {
        QString s = valid;
        s.replace(pos, 1, with);
        return s;
    };

    QTest::newRow("empty") << QString() << Problem::WrongLength;
    QTest::newRow("prefix only") << QStringLiteral("spk_") << Problem::WrongLength;
    QTest::newRow("one short") << valid.left(52) << Problem::WrongLength;
    QTest::newRow("one long") << valid + QLatin1Char('0') << Problem::WrongLength;
    QTest::newRow("trailing space") << valid + QLatin1Char(' ') << Problem::WrongLength;
    QTest::newRow("trailing newline") << valid + QLatin1Char('\n') << Problem::WrongLength;
    QTest::newRow("no prefix, 49") << body << Problem::WrongLength;
    QTest::newRow("upper-case prefix") << QStringLiteral("SPK_") + body << Problem::WrongPrefix;
    QTest::newRow("dash prefix") << QStringLiteral("spk-") + body << Problem::WrongPrefix;
    QTest::newRow("other vendor") << QStringLiteral("sk__") + body << Problem::WrongPrefix;
    QTest::newRow("prefix look-alike")
        << QStringLiteral("\u0455pk_") + body << Problem::WrongPrefix; // Cyrillic dze
    QTest::newRow("dash") << replaced(10, QStringLiteral("-")) << Problem::BadCharacter;
    QTest::newRow("underscore") << replaced(10, QStringLiteral("_")) << Problem::BadCharacter;
    QTest::newRow("space") << replaced(20, QStringLiteral(" ")) << Problem::BadCharacter;
    QTest::newRow("Cyrillic A") << replaced(14, QStringLiteral("\u0410")) << Problem::BadCharacter;
    QTest::newRow("Greek Omicron")
        << replaced(4, QStringLiteral("\u039F")) << Problem::BadCharacter;
    QTest::newRow("fullwidth A") << replaced(14, QStringLiteral("\uFF21")) << Problem::BadCharacter;
    QTest::newRow("fullwidth zero")
        << replaced(4, QStringLiteral("\uFF10")) << Problem::BadCharacter;
    QTest::newRow("e acute") << replaced(51, QStringLiteral("\u00E9")) << Problem::BadCharacter;
    QTest::newRow("NUL") << replaced(30, QString(QChar(0))) << Problem::BadCharacter;
    QTest::newRow("emoji for one char")
        << replaced(30, QStringLiteral("\U0001F511")) << Problem::WrongLength;
    QString twoForEmoji = valid;
    twoForEmoji.replace(30, 2, QStringLiteral("\U0001F511"));
    QTest::newRow("emoji for two chars") << twoForEmoji << Problem::BadCharacter;
    QTest::newRow("wrong checksum") << replaced(52, QStringLiteral("1")) << Problem::BadChecksum;
}

void TestKeyFormat::malformedSecrets()
{
    QFETCH(QString, secret);
    QFETCH(Problem, problem);
    QCOMPARE(KeyFormat::check(secret), problem);
    QVERIFY(!KeyFormat::isWellFormed(secret));
}

void TestKeyFormat::bytesAreCheckedAsTextIs()
{
    // The server checks a key as the bytes of its request (check(QLatin1StringView)); the
    // answer must be the text's, for good keys and for every one-character typo.
    QStringList secrets;
    for (const KnownKey& k : KnownKeys)
        secrets << QString::fromLatin1(k.secret);
    for (int i = 0; i < 5; ++i)
        secrets << KeyFormat::generate();
    int compared = 0;
    for (const QString& secret : std::as_const(secrets)) {
        const QByteArray bytes = secret.toLatin1();
        QCOMPARE(KeyFormat::check(QLatin1StringView(bytes)), Problem::None);
        QVERIFY(KeyFormat::isWellFormed(QLatin1StringView(bytes)));
        for (qsizetype pos = 0; pos < bytes.size(); ++pos) {
            for (int c = 1; c < 256; ++c) {
                QByteArray typo = bytes;
                typo[pos] = char(c);
                QCOMPARE(KeyFormat::check(QLatin1StringView(typo)),
                         KeyFormat::check(QString::fromLatin1(typo)));
                ++compared;
            }
        }
        for (const qsizetype cut : {qsizetype(0), qsizetype(4), bytes.size() - 1}) {
            QCOMPARE(KeyFormat::check(QLatin1StringView(bytes.left(cut))),
                     KeyFormat::check(QString::fromLatin1(bytes.left(cut))));
            QCOMPARE(KeyFormat::check(QLatin1StringView(bytes + 'a')), Problem::WrongLength);
        }
    }
    QVERIFY(compared > 10000);
}

void TestKeyFormat::crc32MatchesTheStandard()
{
    QCOMPARE(KeyFormat::crc32("123456789"), 0xCBF43926U); // the CRC-32/ISO-HDLC check value
    QCOMPARE(KeyFormat::crc32(""), 0U);
    QCOMPARE(KeyFormat::crc32("a"), 0xE8B7BE43U);
    QCOMPARE(KeyFormat::crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339U);
}

void TestKeyFormat::toBase62KnownValues_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << quint64(0) << 6 << QStringLiteral("000000");
    QTest::newRow("nine") << quint64(9) << 1 << QStringLiteral("9");
    QTest::newRow("ten is A") << quint64(10) << 1 << QStringLiteral("A");
    QTest::newRow("36 is a") << quint64(36) << 1 << QStringLiteral("a");
    QTest::newRow("61 is z") << quint64(61) << 2 << QStringLiteral("0z");
    QTest::newRow("62 is 10") << quint64(62) << 2 << QStringLiteral("10");
    QTest::newRow("62^2-1") << quint64(3843) << 2 << QStringLiteral("zz");
    QTest::newRow("padded") << quint64(123456789) << 8 << QStringLiteral("0008M0kX");
    QTest::newRow("max CRC") << quint64(0xFFFFFFFFU) << 6 << QStringLiteral("4gfFC3");
    QTest::newRow("max quint64") << ~quint64(0) << 11 << QStringLiteral("LygHa16AHYF");
}

void TestKeyFormat::toBase62KnownValues()
{
    QFETCH(quint64, value);
    QFETCH(int, width);
    QFETCH(QString, expected);
    QCOMPARE(KeyFormat::toBase62(value, width), expected);
}

void TestKeyFormat::isBase62AcceptsExactlyTheAlphabet()
{
    for (char16_t u = 0; u < 0x3000; ++u) {
        const QChar c(u);
        QCOMPARE(KeyFormat::isBase62(c), Alphabet.contains(c));
    }
}

void TestKeyFormat::hashIsSha256OfTheSecret()
{
    // FIPS 180-2's first SHA-256 test vector.
    QCOMPARE(KeyFormat::hash(u"abc"),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

    const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QByteArray> hashes;
    for (int i = 0; i < 100; ++i) {
        const QString secret = KeyFormat::generate();
        const QByteArray hash = KeyFormat::hash(secret);
        QVERIFY(hex.match(QString::fromLatin1(hash)).hasMatch());
        QCOMPARE(hash,
                 QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
        QVERIFY(!hash.contains(secret.toLatin1()));
        hashes.insert(hash);
    }
    QCOMPARE(hashes.size(), 100);
    // UTF-8, not Latin-1 or UTF-16: a non-ASCII candidate hashes as its UTF-8 bytes.
    QCOMPARE(KeyFormat::hash(u"\u00E9"),
             QCryptographicHash::hash("\xC3\xA9", QCryptographicHash::Sha256).toHex());
}

void TestKeyFormat::displayPrefixIsSpkAndFourCharacters()
{
    const QString secret = QString::fromLatin1(KnownKeys[3].secret);
    QCOMPARE(KeyFormat::displayPrefix(secret), QStringLiteral("spk_Zz9Z"));
    for (int i = 0; i < 100; ++i) {
        const QString s = KeyFormat::generate();
        const QString prefix = KeyFormat::displayPrefix(s);
        QCOMPARE(prefix.size(), 8);
        QCOMPARE(prefix, QStringLiteral("spk_") + s.mid(4, 4));
    }
}

void TestKeyFormat::constantTimeEquals()
{
    const QByteArray a = KeyFormat::hash(u"abc");
    QByteArray lastDiffers = a;
    lastDiffers[63] = lastDiffers[63] == 'd' ? 'e' : 'd';
    QByteArray firstDiffers = a;
    firstDiffers[0] = 'c';

    QVERIFY(KeyFormat::constantTimeEquals(a, QByteArray(a.constData(), a.size())));
    QVERIFY(KeyFormat::constantTimeEquals(QByteArray(), QByteArray()));
    QVERIFY(!KeyFormat::constantTimeEquals(a, lastDiffers));
    QVERIFY(!KeyFormat::constantTimeEquals(a, firstDiffers));
    QVERIFY(!KeyFormat::constantTimeEquals(a, a.left(63)));
    QVERIFY(!KeyFormat::constantTimeEquals(a.left(63), a));
    QVERIFY(!KeyFormat::constantTimeEquals(a, QByteArray()));
    // Only the low bit differs.
    const QByteArray zero(1, '\0');
    QVERIFY(!KeyFormat::constantTimeEquals(QByteArray(1, '\x01'), zero));
    QVERIFY(!KeyFormat::constantTimeEquals(QByteArray(1, '\x80'), zero));
    QVERIFY(KeyFormat::constantTimeEquals(zero, QByteArray(1, '\0')));
}

QTEST_GUILESS_MAIN(TestKeyFormat)
#include "tst_keyformat.moc"
