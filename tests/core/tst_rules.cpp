// The domain rules every store enforces: names, scopes and expiry dates.
#include "Rules.h"

#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace sk;

namespace {

const QString Emoji = QStringLiteral("\U0001F511"); // 🔑, two UTF-16 units

QString repeated(const QString& s, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += s;
    return out;
}

Catalog aiForProcess()
{
    const Result<Catalog> r = Catalog::builtIn(QStringLiteral("ai-for-process"));
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().toString()));
    return r.value();
}

QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

constexpr qint64 HourMs = 3600 * 1000LL;
constexpr qint64 DayMs = 24 * HourMs;

// A key's expiry in the tests below; "now" is given as milliseconds before (−) or after it.
const QDateTime Expiry = QDateTime(QDate(2026, 3, 30), QTime(9, 30), QTimeZone::utc());

} // namespace

Q_DECLARE_METATYPE(sk::Rules::KeyStatus)

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookAlikeNamesShareASkeleton_data();
    void lookAlikeNamesShareASkeleton();
    void normalizeName_data();
    void normalizeName();
    void characterCount_data();
    void characterCount();
    void names_data();
    void names();
    void tooLongNameSaysHowLong();
    void appAndKeyNamesAreTold();
    void foldName();
    void checkScopes();
    void normalizeScopes();
    void checkExpiry_data();
    void checkExpiry();
    void expiryInLeapYears();
    void keyStatus_data();
    void keyStatus();
    void keyStatusChangesAtItsBoundaries();
    void rollingKeyStatus();
    void rollRules();
    void rolledKeyName();
    void expiresWithin_data();
    void expiresWithin();
    void staleSince();
    void notUsedIn_data();
    void notUsedIn();
    void daysUntilExpiry_data();
    void daysUntilExpiry();
    void duplicateNames();
};

void TestRules::normalizeName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Marketing") << QStringLiteral("Marketing");
    QTest::newRow("spaces") << QStringLiteral("  Marketing  ") << QStringLiteral("Marketing");
    QTest::newRow("tab and newline")
        << QStringLiteral("\tMarketing\r\n") << QStringLiteral("Marketing");
    QTest::newRow("no-break space")
        << QStringLiteral("\u00A0Marketing\u00A0") << QStringLiteral("Marketing");
    QTest::newRow("ideographic space")
        << QStringLiteral("\u3000\u30DE\u30FC\u30B1\u3000") << QStringLiteral("\u30DE\u30FC\u30B1");
    QTest::newRow("em space and line separator")
        << QStringLiteral("\u2003Marketing\u2028") << QStringLiteral("Marketing");
    QTest::newRow("inner spaces kept")
        << QStringLiteral(" Risk  &  Compliance ") << QStringLiteral("Risk  &  Compliance");
    QTest::newRow("NFD to NFC") << QStringLiteral("Cafe\u0301") << QStringLiteral("Caf\u00E9");
    QTest::newRow("NFC stays") << QStringLiteral("Caf\u00E9") << QStringLiteral("Caf\u00E9");
    QTest::newRow("Hangul jamo") << QStringLiteral("\u1112\u1161\u11AB")
                                 << QStringLiteral("\uD55C"); // 한
    QTest::newRow("whitespace only") << QStringLiteral(" \u00A0\u3000\t") << QString();
    QTest::newRow("emoji kept") << QStringLiteral(" \U0001F511 Keys ")
                                << QStringLiteral("\U0001F511 Keys");
}

void TestRules::normalizeName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Rules::normalizeName(input), expected);
}

void TestRules::characterCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ASCII") << QStringLiteral("abc") << 3;
    QTest::newRow("emoji") << Emoji << 1;
    QTest::newRow("emoji and text") << Emoji + QStringLiteral("ab") + Emoji << 4;
    QTest::newRow("NFC e acute") << QStringLiteral("\u00E9") << 1;
    QTest::newRow("NFD e acute") << QStringLiteral("e\u0301") << 2;
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << 1;
}

void TestRules::characterCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(Rules::characterCount(text), qsizetype(count));
}

void TestRules::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("1 character") << QStringLiteral("A") << true;
    QTest::newRow("99 characters") << QString(99, QLatin1Char('a')) << true;
    QTest::newRow("100 characters") << QString(100, QLatin1Char('a')) << true;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('a')) << false;
    QTest::newRow("100 emoji") << repeated(Emoji, 100) << true;
    QTest::newRow("101 emoji") << repeated(Emoji, 101) << false;
    QTest::newRow("99 letters and an emoji") << QString(99, QLatin1Char('a')) + Emoji << true;
    QTest::newRow("100 accented letters")
        << Rules::normalizeName(repeated(QStringLiteral("e\u0301"), 100)) << true;
    QTest::newRow("inner space") << QStringLiteral("Risk & Compliance") << true;
    QTest::newRow("tab") << QStringLiteral("Risk\tCompliance") << false;
    QTest::newRow("newline") << QStringLiteral("Risk\nCompliance") << false;
    QTest::newRow("carriage return") << QStringLiteral("Risk\rCompliance") << false;
    QTest::newRow("line separator") << QStringLiteral("Risk\u2028Compliance") << false;
    QTest::newRow("paragraph separator") << QStringLiteral("Risk\u2029Compliance") << false;
    QTest::newRow("NUL") << QStringLiteral("Risk") + QChar(0) + QStringLiteral("C") << false;
    QTest::newRow("escape") << QStringLiteral("Risk\x1B[31m") << false;
    QTest::newRow("DEL") << QStringLiteral("Risk\x7F") << false;
    QTest::newRow("right-to-left override") << QStringLiteral("Invoice\u202Efdp.exe") << false;
    QTest::newRow("directional isolate") << QStringLiteral("A\u2066B\u2069") << false;
    QTest::newRow("only a zero-width space") << QStringLiteral("\u200B") << false;
    QTest::newRow("only zero-width characters") << QStringLiteral("\u200B\uFEFF\u200D") << false;
    QTest::newRow("emoji with a zero-width joiner")
        << QStringLiteral("Team \U0001F468\u200D\U0001F4BB") << true;
    QTest::newRow("Arabic name") << QStringLiteral("\u0645\u062A\u062C\u0631") << true;
    // Invisible characters (Default_Ignorable_Code_Point) make names that look alike differ.
    QTest::newRow("zero-width space inside") << QStringLiteral("Pay\u200Bments") << false;
    QTest::newRow("zero-width joiner between letters") << QStringLiteral("Pay\u200Dments") << false;
    QTest::newRow("right-to-left mark") << QStringLiteral("Payments\u200F") << false;
    QTest::newRow("Arabic letter mark") << QStringLiteral("Pay\u061Cments") << false;
    QTest::newRow("soft hyphen") << QStringLiteral("Pay\u00ADments") << false;
    QTest::newRow("word joiner") << QStringLiteral("Pay\u2060ments") << false;
    QTest::newRow("byte order mark inside") << QStringLiteral("Pay\uFEFFments") << false;
    QTest::newRow("variation selector after a letter") << QStringLiteral("Pay\uFE0Fments") << false;
    QTest::newRow("tag character")
        << QStringLiteral("Pay") + QString::fromUcs4(U"\U000E0041") << false;
    QTest::newRow("emoji with its variation selector")
        << QStringLiteral("Love \u2764\uFE0F") << true;
}

void TestRules::names()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    using Check = std::function<std::optional<FieldError>(const QString&)>;
    const QList<Check> checks = {Rules::checkAppName, Rules::checkKeyName};
    for (const Check& check : checks) {
        const std::optional<FieldError> problem = check(name);
        QCOMPARE(!problem.has_value(), ok);
        if (problem) {
            QCOMPARE(problem->field, QStringLiteral("name"));
            QVERIFY(!problem->message.isEmpty());
        }
    }
}

void TestRules::tooLongNameSaysHowLong()
{
    const std::optional<FieldError> letters = Rules::checkAppName(QString(101, QLatin1Char('a')));
    QVERIFY(letters);
    QVERIFY2(letters->message.contains(QStringLiteral("101")), qPrintable(letters->message));
    QVERIFY2(letters->message.contains(QStringLiteral("100")), qPrintable(letters->message));

    // Counted as a person counts: 101 emoji are 101 characters, not 202.
    const std::optional<FieldError> emoji = Rules::checkKeyName(repeated(Emoji, 101));
    QVERIFY(emoji);
    QVERIFY2(emoji->message.contains(QStringLiteral("101")), qPrintable(emoji->message));
    QVERIFY2(!emoji->message.contains(QStringLiteral("202")), qPrintable(emoji->message));
}

void TestRules::appAndKeyNamesAreTold()
{
    const std::optional<FieldError> app = Rules::checkAppName(QString());
    const std::optional<FieldError> key = Rules::checkKeyName(QString());
    QVERIFY(app && key);
    QVERIFY2(app->message.contains(QStringLiteral("App name")), qPrintable(app->message));
    QVERIFY2(key->message.contains(QStringLiteral("Key name")), qPrintable(key->message));
}

void TestRules::foldName()
{
    auto fold = [](const QString& s) { return Rules::foldName(Rules::normalizeName(s)); };
    QCOMPARE(fold(QStringLiteral("Caf\u00E9")), fold(QStringLiteral("CAF\u00C9")));
    QCOMPARE(fold(QStringLiteral("Marketing")), fold(QStringLiteral(" marketing\u00A0")));
    // The same name typed on a keyboard that composes, and one that does not.
    QCOMPARE(fold(QStringLiteral("Caf\u00E9")), fold(QStringLiteral("Cafe\u0301")));
    QCOMPARE(fold(QStringLiteral("CAFE\u0301")), fold(QStringLiteral("caf\u00E9")));
    QCOMPARE(Rules::normalizeName(QStringLiteral("Cafe\u0301")),
             Rules::normalizeName(QStringLiteral("Caf\u00E9")));
    // Different names stay different.
    QVERIFY(fold(QStringLiteral("Cafe")) != fold(QStringLiteral("Caf\u00E9")));
    QVERIFY(fold(QStringLiteral("Risk & Compliance")) !=
            fold(QStringLiteral("Risk  & Compliance")));
    QVERIFY(fold(QStringLiteral("Marketing 1")) != fold(QStringLiteral("Marketing 2")));
}

void TestRules::checkScopes()
{
    const Catalog catalog = aiForProcess();

    std::optional<FieldError> e = Rules::checkScopes({}, catalog);
    QVERIFY(e);
    QCOMPARE(e->field, QStringLiteral("scopes"));

    e = Rules::checkScopes({QString(), QStringLiteral("  ")}, catalog);
    QVERIFY(e);
    QCOMPARE(e->field, QStringLiteral("scopes"));

    e = Rules::checkScopes({QStringLiteral("model:deploy"), QStringLiteral("model:destroy")},
                           catalog);
    QVERIFY(e);
    QCOMPARE(e->field, QStringLiteral("scopes"));
    QVERIFY2(e->message.contains(QStringLiteral("model:destroy")), qPrintable(e->message));
    QVERIFY2(!e->message.contains(QStringLiteral("model:deploy")), qPrintable(e->message));

    e = Rules::checkScopes(
        {QStringLiteral("zzz:one"), QStringLiteral("model:deploy"), QStringLiteral("aaa:two")},
        catalog);
    QVERIFY(e);
    QVERIFY2(e->message.contains(QStringLiteral("zzz:one")), qPrintable(e->message));
    QVERIFY2(e->message.contains(QStringLiteral("aaa:two")), qPrintable(e->message));

    // Scope ids are case-sensitive; "Model:Deploy" is not in the catalog.
    e = Rules::checkScopes({QStringLiteral("Model:Deploy")}, catalog);
    QVERIFY(e);
    QVERIFY(e->message.contains(QStringLiteral("Model:Deploy")));

    // A scope of another built-in catalog is not in this one.
    QVERIFY(Rules::checkScopes({QStringLiteral("authentication")}, catalog));

    auto accepted = [&](const QStringList& scopes) {
        const std::optional<FieldError> problem = Rules::checkScopes(scopes, catalog);
        if (problem)
            qWarning("%s", qPrintable(problem->message));
        return !problem;
    };
    QVERIFY(accepted({QStringLiteral("model:deploy")}));
    QVERIFY(accepted({QStringLiteral("model:deploy"), QStringLiteral("model:deploy")}));
    QVERIFY(accepted(catalog.scopeIds()));
    QVERIFY(accepted({QStringLiteral(" guardrails:deploy ")}));
}

void TestRules::normalizeScopes()
{
    QCOMPARE(
        Rules::normalizeScopes({QStringLiteral("model:export"), QStringLiteral("b"),
                                QStringLiteral("model:export"), QStringLiteral(" a "), QString(),
                                QStringLiteral("b")}),
        (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("model:export")}));
    QCOMPARE(Rules::normalizeScopes({}), QStringList());
}

void TestRules::checkExpiry_data()
{
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<bool>("ok");

    const QDateTime created = utc(2025, 3, 10, 12, 0);
    QTest::newRow("invalid") << created << QDateTime() << false;
    QTest::newRow("a day in the past") << created << created.addDays(-1) << false;
    QTest::newRow("at creation") << created << created << false;
    QTest::newRow("1 ms after creation") << created << created.addMSecs(1) << true;
    QTest::newRow("1 day") << created << created.addDays(1) << true;
    QTest::newRow("364 days") << created << created.addDays(364) << true;
    QTest::newRow("1 year") << created << utc(2026, 3, 10, 12, 0) << true;
    QTest::newRow("1 year + 1 ms") << created << utc(2026, 3, 10, 12, 0).addMSecs(1) << false;
    QTest::newRow("1 year + 1 day") << created << utc(2026, 3, 11, 12, 0) << false;
    QTest::newRow("10 years") << created << created.addYears(10) << false;
    // The same instants, written in another time zone.
    const QTimeZone plus2(2 * 3600);
    QTest::newRow("1 year, UTC+2") << created << utc(2026, 3, 10, 12, 0).toTimeZone(plus2) << true;
    QTest::newRow("1 year + 1 ms, UTC+2")
        << created << utc(2026, 3, 10, 12, 0).addMSecs(1).toTimeZone(plus2) << false;
    QTest::newRow("at creation, UTC+2") << created << created.toTimeZone(plus2) << false;
}

void TestRules::checkExpiry()
{
    QFETCH(QDateTime, createdAt);
    QFETCH(QDateTime, expiresAt);
    QFETCH(bool, ok);
    const std::optional<FieldError> e = Rules::checkExpiry(expiresAt, createdAt);
    QCOMPARE(!e.has_value(), ok);
    if (e) {
        QCOMPARE(e->field, QStringLiteral("expires_at"));
        QVERIFY(!e->message.isEmpty());
    }
}

void TestRules::expiryInLeapYears()
{
    // A key made on 29 February may live until 28 February of the next year, not 1 March.
    const QDateTime leap = utc(2024, 2, 29);
    QCOMPARE(Rules::latestExpiry(leap), utc(2025, 2, 28));
    QVERIFY(!Rules::checkExpiry(utc(2025, 2, 28), leap));
    QVERIFY(Rules::checkExpiry(utc(2025, 3, 1), leap));
    // Across a leap day, one year is 366 days.
    const QDateTime beforeLeapDay = utc(2024, 1, 15);
    QVERIFY(!Rules::checkExpiry(beforeLeapDay.addDays(366), beforeLeapDay));
    QVERIFY(Rules::checkExpiry(beforeLeapDay.addDays(367), beforeLeapDay));
}

void TestRules::keyStatus_data()
{
    QTest::addColumn<qint64>("nowFromExpiry");
    QTest::addColumn<Rules::KeyStatus>("status");
    using S = Rules::KeyStatus;
    QTest::newRow("a year before") << -365 * DayMs << S::Active;
    QTest::newRow("15 days before") << -15 * DayMs << S::Active;
    QTest::newRow("14 days and 1 ms before") << -14 * DayMs - 1 << S::Active;
    QTest::newRow("exactly 14 days before") << -14 * DayMs << S::ExpiresSoon;
    QTest::newRow("14 days less 1 ms before") << -14 * DayMs + 1 << S::ExpiresSoon;
    QTest::newRow("one day before") << -DayMs << S::ExpiresSoon;
    QTest::newRow("1 ms before") << qint64(-1) << S::ExpiresSoon;
    QTest::newRow("at the expiry") << qint64(0) << S::Expired;
    QTest::newRow("1 ms after") << qint64(1) << S::Expired;
    QTest::newRow("a year after") << 365 * DayMs << S::Expired;
}

void TestRules::rollingKeyStatus()
{
    using S = Rules::KeyStatus;
    const QDateTime stops = Expiry.addDays(-20);
    // Rolling until it stops, even when it would "expire soon"; then expired.
    QCOMPARE(Rules::keyStatus(Expiry, stops.addDays(-10), stops), S::Rolling);
    QCOMPARE(Rules::keyStatus(Expiry, stops.addMSecs(-1), stops), S::Rolling);
    QCOMPARE(Rules::keyStatus(Expiry, stops, stops), S::Expired);
    QCOMPARE(Rules::keyStatus(Expiry, Expiry.addDays(-1), Expiry), S::Rolling);
    QCOMPARE(Rules::nextKeyStatusChange(Expiry, stops.addDays(-10), stops), stops);
    QVERIFY(!Rules::nextKeyStatusChange(Expiry, stops, stops).isValid());
    QVERIFY(S::Active < S::Rolling && S::Rolling < S::Expired);
}

void TestRules::rollRules()
{
    const QDateTime now = Expiry.addDays(-60);
    QVERIFY(!Rules::checkRollGrace(0));
    QVERIFY(!Rules::checkRollGrace(30LL * 24 * 3600));
    QCOMPARE(Rules::checkRollGrace(30LL * 24 * 3600 + 1)->field, QStringLiteral("grace_seconds"));
    QCOMPARE(Rules::checkRollGrace(-1)->field, QStringLiteral("grace_seconds"));
    QVERIFY(!Rules::checkRollable(Expiry, QDateTime(), now));
    QCOMPARE(Rules::checkRollable(Expiry, QDateTime(), Expiry)->field,
             QStringLiteral("expires_at"));
    QCOMPARE(Rules::checkRollable(Expiry, now.addDays(1), now)->field, QStringLiteral("stops_at"));
    QCOMPARE(Rules::rollStopsAt(now, 3600, Expiry), now.addSecs(3600));
    QCOMPARE(Rules::rollStopsAt(Expiry.addSecs(-60), 3600, Expiry), Expiry);
}

void TestRules::rolledKeyName()
{
    const QDateTime at(QDate(2027, 1, 31), QTime(23, 30), QTimeZone::utc());
    QCOMPARE(Rules::rolledKeyName(QStringLiteral("CI"), at),
             QStringLiteral("CI (rolled 2027-01-31)"));
    // The date is UTC's, whatever the zone of `at`.
    QCOMPARE(Rules::rolledKeyName(QStringLiteral("CI"), at.toOffsetFromUtc(3600)),
             QStringLiteral("CI (rolled 2027-01-31)"));
    // A long name is shortened so that the whole is still a valid name.
    const QString longName(Rules::MaxNameLength, QChar(0x00e9));
    const QString rolled = Rules::rolledKeyName(longName, at);
    QVERIFY(!Rules::checkKeyName(rolled));
    QVERIFY(rolled.endsWith(QStringLiteral("\u2026 (rolled 2027-01-31)")));
}

void TestRules::keyStatus()
{
    QFETCH(qint64, nowFromExpiry);
    QFETCH(Rules::KeyStatus, status);
    QCOMPARE(Rules::keyStatus(Expiry, Expiry.addMSecs(nowFromExpiry)), status);
    // The same moment in another time zone is the same status: a day is 24 hours.
    const QDateTime elsewhere = Expiry.addMSecs(nowFromExpiry).toOffsetFromUtc(-9 * 3600);
    QCOMPARE(Rules::keyStatus(Expiry, elsewhere), status);
}

void TestRules::keyStatusChangesAtItsBoundaries()
{
    // The next change is the next boundary: 14 days before the expiry, then the expiry.
    const QDateTime soon = Expiry.addMSecs(-14 * DayMs);
    QCOMPARE(Rules::nextKeyStatusChange(Expiry, Expiry.addDays(-365)), soon);
    QCOMPARE(Rules::nextKeyStatusChange(Expiry, soon.addMSecs(-1)), soon);
    QCOMPARE(Rules::nextKeyStatusChange(Expiry, soon), Expiry);
    QCOMPARE(Rules::nextKeyStatusChange(Expiry, Expiry.addMSecs(-1)), Expiry);
    // An expired key stays expired.
    QVERIFY(!Rules::nextKeyStatusChange(Expiry, Expiry).isValid());
    QVERIFY(!Rules::nextKeyStatusChange(Expiry, Expiry.addDays(1)).isValid());

    // Just before each change the status is still the one before it; at it, the next one.
    for (const qint64 from : {-365 * DayMs, -20 * DayMs, -14 * DayMs, -3 * DayMs, qint64(-1)}) {
        const QDateTime now = Expiry.addMSecs(from);
        const QDateTime change = Rules::nextKeyStatusChange(Expiry, now);
        QVERIFY(change > now);
        QCOMPARE(Rules::keyStatus(Expiry, change.addMSecs(-1)), Rules::keyStatus(Expiry, now));
        QVERIFY(Rules::keyStatus(Expiry, change) != Rules::keyStatus(Expiry, now));
    }
}

void TestRules::expiresWithin_data()
{
    QTest::addColumn<qint64>("nowFromExpiry");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("within");
    QTest::newRow("3 days before, 14") << -3 * DayMs << 14 << true;
    QTest::newRow("13 days before, 14") << -13 * DayMs << 14 << true;
    QTest::newRow("exactly 14 days before, 14") << -14 * DayMs << 14 << true;
    QTest::newRow("14 days and 1 ms before, 14") << -14 * DayMs - 1 << 14 << false;
    QTest::newRow("20 days before, 14") << -20 * DayMs << 14 << false;
    QTest::newRow("20 days before, 30") << -20 * DayMs << 30 << true;
    QTest::newRow("13 days before, 7") << -13 * DayMs << 7 << false;
    QTest::newRow("1 ms before, 14") << qint64(-1) << 14 << true;
    QTest::newRow("at the expiry: expired") << qint64(0) << 14 << false;
    QTest::newRow("a day after: expired") << DayMs << 14 << false;
    QTest::newRow("3 days before, off") << -3 * DayMs << 0 << false;
}

void TestRules::expiresWithin()
{
    QFETCH(qint64, nowFromExpiry);
    QFETCH(int, days);
    QFETCH(bool, within);
    QCOMPARE(Rules::expiresWithin(Expiry, days, Expiry.addMSecs(nowFromExpiry)), within);
    // A rolled key never counts, whenever it stops: it is being replaced already.
    const QDateTime now = Expiry.addMSecs(nowFromExpiry);
    QVERIFY(!Rules::expiresWithin(Expiry, days, now, now.addSecs(3600)));
    QVERIFY(!Rules::expiresWithin(Expiry, days, now, now.addSecs(-3600)));
}

void TestRules::staleSince()
{
    const QDateTime created = Expiry.addDays(-300);
    const QDateTime used = Expiry.addDays(-100);
    QCOMPARE(Rules::staleSince(used, created), used);
    QCOMPARE(Rules::staleSince(QDateTime(), created), created);
}

void TestRules::notUsedIn_data()
{
    QTest::addColumn<qint64>("createdBeforeNow");
    QTest::addColumn<qint64>("usedBeforeNow"); // -1: never used
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("stale");
    QTest::newRow("used yesterday") << 200 * DayMs << DayMs << 90 << false;
    QTest::newRow("used 89 days ago") << 200 * DayMs << 89 * DayMs << 90 << false;
    QTest::newRow("used exactly 90 days ago") << 200 * DayMs << 90 * DayMs << 90 << true;
    QTest::newRow("used 120 days ago") << 200 * DayMs << 120 * DayMs << 90 << true;
    QTest::newRow("used 120 days ago, 180") << 200 * DayMs << 120 * DayMs << 180 << false;
    QTest::newRow("never used, made 10 days ago") << 10 * DayMs << qint64(-1) << 90 << false;
    QTest::newRow("never used, made 100 days ago") << 100 * DayMs << qint64(-1) << 90 << true;
}

void TestRules::notUsedIn()
{
    QFETCH(qint64, createdBeforeNow);
    QFETCH(qint64, usedBeforeNow);
    QFETCH(int, days);
    QFETCH(bool, stale);
    const QDateTime now = Expiry;
    const QDateTime used = usedBeforeNow < 0 ? QDateTime() : now.addMSecs(-usedBeforeNow);
    QCOMPARE(Rules::notUsedIn(used, now.addMSecs(-createdBeforeNow), days, now), stale);
}

void TestRules::daysUntilExpiry_data()
{
    QTest::addColumn<qint64>("nowFromExpiry");
    QTest::addColumn<int>("days");
    QTest::newRow("14 days before") << -14 * DayMs << 14;
    QTest::newRow("13 days and 1 ms before") << -13 * DayMs - 1 << 14;
    QTest::newRow("exactly 13 days before") << -13 * DayMs << 13;
    QTest::newRow("one day and 1 ms before") << -DayMs - 1 << 2;
    QTest::newRow("exactly one day before") << -DayMs << 1;
    QTest::newRow("an hour before") << -HourMs << 1;
    QTest::newRow("1 ms before") << qint64(-1) << 1;
    QTest::newRow("at the expiry") << qint64(0) << 0;
    QTest::newRow("a day after") << DayMs << 0;
}

void TestRules::daysUntilExpiry()
{
    QFETCH(qint64, nowFromExpiry);
    QFETCH(int, days);
    QCOMPARE(Rules::daysUntilExpiry(Expiry, Expiry.addMSecs(nowFromExpiry)), days);
}

void TestRules::duplicateNames()
{
    const FieldError app = Rules::duplicateAppName(QStringLiteral("Marketing"));
    QCOMPARE(app.field, QStringLiteral("name"));
    QVERIFY(app.message.contains(QStringLiteral("Marketing")));
    const FieldError key = Rules::duplicateKeyName(QStringLiteral("Nightly %1 run"));
    QCOMPARE(key.field, QStringLiteral("name"));
    QVERIFY2(key.message.contains(QStringLiteral("Nightly %1 run")), qPrintable(key.message));
}

void TestRules::lookAlikeNamesShareASkeleton_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("alike");
    QTest::newRow("Cyrillic a") << QStringLiteral("Payments") << QStringLiteral("P\u0430yments")
                                << true;
    QTest::newRow("Greek omicron")
        << QStringLiteral("Onboarding") << QStringLiteral("\u039Fnboarding") << true;
    QTest::newRow("rn for m") << QStringLiteral("Payments") << QStringLiteral("Payrnents") << true;
    QTest::newRow("case") << QStringLiteral("Payments") << QStringLiteral("PAYMENTS") << true;
    QTest::newRow("another word") << QStringLiteral("Payments") << QStringLiteral("Payroll")
                                  << false;
    QTest::newRow("another letter")
        << QStringLiteral("Payments") << QStringLiteral("Paymants") << false;
    QTest::newRow("numbered apps")
        << QStringLiteral("Bench app 00010") << QStringLiteral("Bench app 00011") << false;
}

void TestRules::lookAlikeNamesShareASkeleton()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, alike);
    const QString skeletonA = Rules::nameSkeleton(Rules::normalizeName(a));
    if (skeletonA.isEmpty())
        QSKIP("Built without ICU: look-alike names are not told apart");
    QCOMPARE(skeletonA == Rules::nameSkeleton(Rules::normalizeName(b)), alike);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
