// src/wire: what the server writes, the console reads back as the same value, for every
// document of the REST API; errors keep their code, message and fields; the paths and query
// strings the console sends are those the server routes.
#include "WireCursor.h"
#include "WireErrors.h"
#include "WireEtag.h"
#include "WireJson.h"
#include "WirePageReader.h"
#include "WirePaths.h"
#include "WireRequests.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace sk;

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

/// Through the wire as the bytes would go: compact text, parsed again.
QJsonObject overTheWire(const QJsonObject& object)
{
    const std::optional<QJsonObject> back = wire::objectFrom(wire::compact(object));
    return back.value_or(QJsonObject());
}

// A name outside the Basic Multilingual Plane (a surrogate pair in UTF-16), an emoji with a
// joiner, and characters JSON must escape.
const QString Wide = QString::fromUtf8("Zahlungen \xF0\x9F\x92\xB3 \xF0\x9F\x91\xA9\xE2\x80\x8D"
                                       "\xF0\x9F\x92\xBB \xF0\x90\x90\xB7 \"q\"\\\t");

App sampleApp()
{
    App a;
    a.id = QStringLiteral("app_1");
    a.name = Wide;
    a.scopes = {QStringLiteral("data:read"), QStringLiteral("workflow:deploy")};
    a.createdBy = QStringLiteral("dana");
    a.createdAt = utc(1738315800123);
    a.updatedAt = utc(1738315900456);
    a.keyCount = 3;
    a.version = 7;
    return a;
}

ApiKey sampleKey()
{
    ApiKey k;
    k.id = QStringLiteral("key_1");
    k.appId = QStringLiteral("app_1");
    k.appName = Wide;
    k.name = QString::fromUtf8("CI \xF0\x9F\x94\x91");
    k.prefix = QStringLiteral("spk_AbCd");
    k.createdBy = QStringLiteral("dana");
    k.createdAt = utc(1738315800000);
    k.expiresAt = utc(1769851800999);
    return k; // never used: lastUsedAt null
}

void compareApps(const App& a, const App& b)
{
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.scopes, a.scopes);
    QCOMPARE(b.createdBy, a.createdBy);
    QCOMPARE(b.createdAt, a.createdAt);
    QCOMPARE(b.updatedAt, a.updatedAt);
    QCOMPARE(b.keyCount, a.keyCount);
    QCOMPARE(b.version, a.version);
}

void compareKeys(const ApiKey& a, const ApiKey& b)
{
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.appId, a.appId);
    QCOMPARE(b.appName, a.appName);
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.prefix, a.prefix);
    QCOMPARE(b.createdBy, a.createdBy);
    QCOMPARE(b.createdAt, a.createdAt);
    QCOMPARE(b.expiresAt, a.expiresAt);
    QCOMPARE(b.lastUsedAt.isValid(), a.lastUsedAt.isValid());
    if (a.lastUsedAt.isValid())
        QCOMPARE(b.lastUsedAt, a.lastUsedAt);
    QCOMPARE(b.scopes.has_value(), a.scopes.has_value());
    if (a.scopes)
        QCOMPARE(*b.scopes, *a.scopes);
    QCOMPARE(b.stopsAt, a.stopsAt);
}

ApiKey rollingKey()
{
    ApiKey k = sampleKey();
    k.id = QStringLiteral("key_rolling");
    k.stopsAt = utc(1740000000000);
    return k;
}

ApiKey narrowedKey()
{
    ApiKey k = sampleKey();
    k.id = QStringLiteral("key_narrow");
    k.scopes = QStringList{QStringLiteral("data:read"), QStringLiteral("w\"x\u00e9")};
    return k;
}

} // namespace

class TstWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void times()
    {
        const QDateTime t = utc(1738315800123);
        QCOMPARE(wire::rfc3339(t), QStringLiteral("2025-01-31T09:30:00.123Z"));
        QCOMPARE(wire::timeFromJson(wire::timeValue(t)), t);
        QCOMPARE(wire::parseRfc3339(wire::rfc3339(t)), std::optional<QDateTime>(t));
        // A null time is null on the wire and null again.
        QVERIFY(wire::timeValue(QDateTime()).isNull());
        QVERIFY(!wire::timeFromJson(wire::timeValue(QDateTime())).isValid());
        QVERIFY(!wire::timeFromJson(QJsonValue(QStringLiteral("tomorrow"))).isValid());
        // What clients send needs a time zone; an offset is read as the same instant.
        QVERIFY(!wire::parseRfc3339(QStringLiteral("2025-01-31T09:30:00")));
        QCOMPARE(wire::parseRfc3339(QStringLiteral("2025-01-31T10:30:00.123+01:00")),
                 std::optional<QDateTime>(t));
    }

    void timesAgreeWithQt()
    {
        // Times are written and read without QDateTime's formatting and parsing (the largest
        // cost of a page of keys); the result must be what QDateTime gives, for any instant.
        const QString format = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
        QList<qint64> instants = {0,
                                  -1,
                                  -86400000,
                                  951782400000,     // 2000-02-29
                                  4107542399999,    // 2100-02-28T23:59:59.999
                                  -62135596800000,  // 0001-01-01
                                  253402300799999}; // 9999-12-31T23:59:59.999
        QRandomGenerator random(12);                // the same instants in every run
        for (int i = 0; i < 20000; ++i)
            instants << random.bounded(-62135596800000LL, 253402300800000LL);
        for (const qint64 ms : std::as_const(instants)) {
            const QDateTime t = utc(ms);
            const QString expected = t.toString(format);
            QCOMPARE(wire::rfc3339(t), expected);
            QCOMPARE(wire::timeFromJson(QJsonValue(expected)), t);
        }
        // What is not a date is not read as one; other forms go to QDateTime as before.
        for (const char* bad :
             {"2025-02-29T00:00:00.000Z", "2025-13-01T00:00:00.000Z", "2025-01-31T24:00:00.000Z",
              "2025-01-31T09:60:00.000Z", "2025-01-31T09:30:00.00xZ", "0000-01-01T00:00:00.000Z"})
            QCOMPARE(wire::timeFromJson(QJsonValue(QString::fromLatin1(bad))),
                     QDateTime::fromString(QString::fromLatin1(bad), Qt::ISODateWithMs).toUTC());
        QCOMPARE(wire::timeFromJson(QJsonValue(QStringLiteral("2025-01-31T10:30:00.123+01:00"))),
                 utc(1738315800123));
    }

    void app()
    {
        const App a = sampleApp();
        compareApps(a, wire::appFromJson(overTheWire(wire::appJson(a))));
        App empty; // no times
        const App back = wire::appFromJson(overTheWire(wire::appJson(empty)));
        QVERIFY(!back.createdAt.isValid());
        QVERIFY(!back.updatedAt.isValid());
        QVERIFY(back.name.isEmpty());
    }

    void appJsonIsTheDocumentedShape()
    {
        // docs/openapi.yaml's App, byte for byte (members sorted, as the server writes them).
        App a = sampleApp();
        a.name = QStringLiteral("Payments");
        QCOMPARE(wire::compact(wire::appJson(a)),
                 QByteArray("{\"created_at\":\"2025-01-31T09:30:00.123Z\",\"created_by\":\"dana\","
                            "\"id\":\"app_1\",\"key_count\":3,\"name\":\"Payments\",\"scopes\":["
                            "\"data:read\",\"workflow:deploy\"],\"updated_at\":\"2025-01-31T09:31:"
                            "40.456Z\",\"version\":7}"));
    }

    void key()
    {
        ApiKey k = sampleKey();
        compareKeys(k, wire::keyFromJson(overTheWire(wire::keyJson(k))));
        QVERIFY(wire::keyJson(k).value(QLatin1String("last_used_at")).isNull());
        k.lastUsedAt = utc(1740000000000);
        compareKeys(k, wire::keyFromJson(overTheWire(wire::keyJson(k))));
        // An inheriting key's scopes are null; a narrowed key's a list, an empty one too.
        QVERIFY(wire::keyJson(k).value(QLatin1String("scopes")).isNull());
        QVERIFY(!wire::keyFromJson(overTheWire(wire::keyJson(k))).scopes);
        const ApiKey narrow = narrowedKey();
        QCOMPARE(wire::keyJson(narrow).value(QLatin1String("scopes")).toArray().size(), 2);
        compareKeys(narrow, wire::keyFromJson(overTheWire(wire::keyJson(narrow))));
        ApiKey none = narrow;
        none.scopes = QStringList{};
        const ApiKey noneBack = wire::keyFromJson(overTheWire(wire::keyJson(none)));
        QVERIFY(noneBack.scopes && noneBack.scopes->isEmpty());
        // stops_at: null unless rolled; a rolled key's time comes back.
        QVERIFY(wire::keyJson(k).contains(QLatin1String("stops_at")));
        QVERIFY(wire::keyJson(k).value(QLatin1String("stops_at")).isNull());
        QVERIFY(!wire::keyFromJson(overTheWire(wire::keyJson(k))).stopsAt.isValid());
        const ApiKey rolling = rollingKey();
        QCOMPARE(wire::keyJson(rolling).value(QLatin1String("stops_at")).toString(),
                 QStringLiteral("2025-02-19T21:20:00.000Z"));
        compareKeys(rolling, wire::keyFromJson(overTheWire(wire::keyJson(rolling))));
    }

    void rolledKey()
    {
        const RolledKey rolled{{sampleKey(), QStringLiteral("spk_secret")}, rollingKey()};
        const QJsonObject json = wire::rolledKeyJson(rolled);
        QCOMPARE(json.keys(), QStringList({QStringLiteral("key"), QStringLiteral("old_key"),
                                           QStringLiteral("secret")}));
        const RolledKey back = wire::rolledKeyFromJson(overTheWire(json));
        compareKeys(rolled.newKey.key, back.newKey.key);
        compareKeys(rolled.oldKey, back.oldKey);
        QCOMPARE(back.newKey.secret, rolled.newKey.secret);
    }

    void rollRequest()
    {
        const RollKey roll{QStringLiteral("CI 2027"), utc(1740000000000), 3600};
        QStringList wrong;
        const RollKey back = wire::rollKeyFromJson(overTheWire(wire::rollKeyJson(roll)), &wrong);
        QVERIFY(wrong.isEmpty());
        QCOMPARE(back.name, roll.name);
        QCOMPARE(back.expiresAt, roll.expiresAt);
        QCOMPARE(back.graceSeconds, 3600);
        // No name: the default one; a grace that is not a whole number is a wrong type.
        const RollKey unnamed =
            wire::rollKeyFromJson(overTheWire(wire::rollKeyJson(RollKey{})), &wrong);
        QVERIFY(!unnamed.name);
        QVERIFY(wrong.isEmpty());
        wire::rollKeyFromJson(QJsonObject{{QStringLiteral("grace_seconds"), 1.5}}, &wrong);
        wire::rollKeyFromJson(QJsonObject{{QStringLiteral("grace_seconds"), QStringLiteral("1h")}},
                              &wrong);
        QCOMPARE(wrong,
                 QStringList({QStringLiteral("grace_seconds"), QStringLiteral("grace_seconds")}));
    }

    void keyList()
    {
        ApiKey second = sampleKey();
        second.id = QStringLiteral("key_2");
        const QList<ApiKey> keys{sampleKey(), second};
        const QList<ApiKey> back = wire::keyListFromJson(overTheWire(wire::keyListJson(keys)));
        QCOMPARE(back.size(), 2);
        compareKeys(keys.at(0), back.at(0));
        compareKeys(keys.at(1), back.at(1));
        QVERIFY(wire::keyListFromJson(overTheWire(wire::keyListJson({}))).isEmpty());
    }

    void createdKey()
    {
        const CreatedKey created{sampleKey(), QStringLiteral("spk_secret")};
        const CreatedKey back =
            wire::createdKeyFromJson(overTheWire(wire::createdKeyJson(created)));
        compareKeys(created.key, back.key);
        QCOMPARE(back.secret, created.secret);
    }

    void auditEntry()
    {
        AuditEntry e;
        e.sequence = 42;
        e.at = utc(1738315800001);
        e.actor = Wide;
        e.action = QStringLiteral("key.create");
        e.appId = QStringLiteral("app_1");
        e.appName = Wide;
        e.keyId = QStringLiteral("key_1");
        e.keyName = QStringLiteral("CI");
        e.detail = QStringLiteral("expires 2026-01-31");
        e.data =
            QJsonObject{{QStringLiteral("prefix"), QStringLiteral("spk_AbCd")},
                        {QStringLiteral("expires_at"), QStringLiteral("2026-01-31T00:00:00Z")}};
        const QList<AuditEntry> back =
            wire::auditListFromJson(overTheWire(wire::auditListJson({e})));
        QCOMPARE(back.size(), 1);
        const AuditEntry& b = back.first();
        QCOMPARE(b.sequence, e.sequence);
        QCOMPARE(b.at, e.at);
        QCOMPARE(b.actor, e.actor);
        QCOMPARE(b.action, e.action);
        QCOMPARE(b.appId, e.appId);
        QCOMPARE(b.appName, e.appName);
        QCOMPARE(b.keyId, e.keyId);
        QCOMPARE(b.keyName, e.keyName);
        QCOMPARE(b.detail, e.detail);
        QCOMPARE(b.data, e.data);
        // An entry about no app or key: null on the wire, empty again.
        AuditEntry refused;
        refused.sequence = 43;
        refused.action = QStringLiteral("token.refused");
        const QJsonObject o = wire::auditEntryJson(refused);
        QVERIFY(o.value(QLatin1String("app_id")).isNull());
        QVERIFY(o.value(QLatin1String("key_name")).isNull());
        QVERIFY(!o.contains(QLatin1String("data"))); // no data: no member (older servers alike)
        const AuditEntry r = wire::auditEntryFromJson(overTheWire(o));
        QVERIFY(r.appId.isEmpty() && r.keyId.isEmpty() && !r.at.isValid());
    }

    void verifyResult_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("valid") << int(VerifyCode::Valid);
        QTest::newRow("malformed") << int(VerifyCode::Malformed);
        QTest::newRow("not found") << int(VerifyCode::NotFound);
        QTest::newRow("expired") << int(VerifyCode::Expired);
        QTest::newRow("forbidden scope") << int(VerifyCode::ForbiddenScope);
    }

    void verifyResult()
    {
        QFETCH(int, code);
        VerifyResult r;
        r.code = VerifyCode(code);
        r.valid = r.code == VerifyCode::Valid;
        if (r.valid) {
            r.appId = QStringLiteral("app_1");
            r.appName = Wide;
            r.keyId = QStringLiteral("key_1");
            r.keyName = QString::fromUtf8("\xF0\x9F\x94\x91\x01");
            r.scopes = {QStringLiteral("data:read")};
        }
        // The fast text is the same bytes as the document.
        QCOMPARE(wire::verifyJsonText(r), wire::compact(wire::verifyJson(r)));
        const std::optional<VerifyResult> back =
            wire::verifyFromJson(wire::objectFrom(wire::verifyJsonText(r)).value());
        QVERIFY(back);
        QCOMPARE(back->valid, r.valid);
        QCOMPARE(int(back->code), int(r.code));
        QCOMPARE(back->appId, r.appId);
        QCOMPARE(back->appName, r.appName);
        QCOMPARE(back->keyId, r.keyId);
        QCOMPARE(back->keyName, r.keyName);
        QCOMPARE(back->scopes, r.scopes);
        // A refusal says nothing about the key.
        if (!r.valid)
            QCOMPARE(wire::verifyJson(r).keys(), names({"code", "valid"}));
    }

    void verifyAnswerThatIsNotOne()
    {
        QVERIFY(!wire::verifyFromJson(QJsonObject{}));
        QVERIFY(!wire::verifyFromJson(QJsonObject{{QStringLiteral("valid"), false},
                                                  {QStringLiteral("code"), QStringLiteral("?")}}));
    }

    void me()
    {
        AdminAccount a;
        a.name = Wide;
        a.role = AdminAccount::auditorRole();
        a.expiresAt = utc(1769851800000);
        const AdminAccount back = wire::meFromJson(overTheWire(wire::meJson(a)));
        QCOMPARE(back.name, a.name);
        QCOMPARE(back.role, a.role);
        QCOMPARE(back.expiresAt, a.expiresAt);
        // A server from before roles: an administrator whose token does not expire.
        const AdminAccount old = wire::meFromJson(QJsonObject{{QStringLiteral("name"), a.name}});
        QCOMPARE(old.role, AdminAccount::adminRole());
        QVERIFY(!old.expiresAt.isValid());
    }

    void appsPage()
    {
        App second = sampleApp();
        second.id = QStringLiteral("app_2");
        const wire::AppsPage page{{sampleApp(), second},
                                  wire::encodeCursor(QStringLiteral("[\"x\",\"app_2\"]"))};
        const wire::AppsPage back = wire::appsPageFromJson(overTheWire(wire::appsPageJson(page)));
        QCOMPARE(back.apps.size(), 2);
        compareApps(page.apps.at(1), back.apps.at(1));
        QCOMPARE(back.nextCursor, page.nextCursor);
        // The last page: next_cursor is null.
        const QJsonObject last = wire::appsPageJson(wire::AppsPage{{sampleApp()}, {}});
        QVERIFY(last.value(QLatin1String("next_cursor")).isNull());
        QVERIFY(wire::appsPageFromJson(overTheWire(last)).nextCursor.isEmpty());
    }

    void keysPage()
    {
        const wire::KeysPage page{{sampleKey()}, wire::encodeCursor(QStringLiteral("[\"a\",1]"))};
        const wire::KeysPage back = wire::keysPageFromJson(overTheWire(wire::keysPageJson(page)));
        QCOMPARE(back.keys.size(), 1);
        QCOMPARE(back.nextCursor, page.nextCursor);
        const QJsonObject last = wire::keysPageJson(wire::KeysPage{{sampleKey()}, {}});
        QVERIFY(last.value(QLatin1String("next_cursor")).isNull());
        QVERIFY(wire::keysPageFromJson(overTheWire(last)).nextCursor.isEmpty());
    }

    void keysPageText()
    {
        // The server's page, written directly, is the very text QJsonDocument writes: names
        // that need escaping, outside the BMP, a key never used, the last page and an empty one.
        ApiKey odd = sampleKey();
        odd.name = Wide;
        odd.appName = QStringLiteral("a\u0001\u001f\u007f\u2028 </script> \"quoted\" C:\\dir\\");
        odd.lastUsedAt = QDateTime();
        ApiKey empty = narrowedKey();
        empty.scopes = QStringList{};
        const QList<wire::KeysPage> pages = {
            {{sampleKey(), odd}, wire::encodeCursor(QStringLiteral("[\"a\",1]"))},
            {{odd}, {}},
            {{}, {}},
            {{narrowedKey(), sampleKey(), empty}, {}},
            {{rollingKey(), sampleKey()}, {}},
        };
        for (const wire::KeysPage& page : pages)
            QCOMPARE(wire::keysPageText(page), wire::compact(wire::keysPageJson(page)));
    }

    void pageTextTimes()
    {
        // Times are written straight into the page's text: the same as QJsonDocument's text
        // from the epoch to the year 9999, past it (written as QDateTime writes it) and none.
        App app = sampleApp();
        const QList<QDateTime> times{
            QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()),
            QDateTime(QDate(2026, 11, 30), QTime(23, 5, 7, 12), QTimeZone::utc()),
            QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone(3600)),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc()),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()),
            QDateTime(),
        };
        for (const QDateTime& t : times) {
            app.createdAt = t;
            app.updatedAt = t;
            const wire::AppsPage page{{app}, {}};
            QCOMPARE(wire::appsPageText(page), wire::compact(wire::appsPageJson(page)));
            ApiKey key = sampleKey();
            key.createdAt = t;
            key.expiresAt = t;
            const wire::KeysPage keys{{key}, {}};
            QCOMPARE(wire::keysPageText(keys), wire::compact(wire::keysPageJson(keys)));
        }
    }

    void pageReaderReadsWhatTheJsonReadersRead()
    {
        // The fast page readers give exactly what keysPageFromJson()/appsPageFromJson() give,
        // or nothing (and RestStore reads the page the slow way).
        ApiKey odd = sampleKey();
        odd.name = Wide;
        odd.appName = QStringLiteral("a\u0001\u001f\u007f\u2028 </script> \\ \"");
        odd.lastUsedAt = QDateTime();
        App oddApp = sampleApp();
        oddApp.name = Wide;
        oddApp.scopes = {};
        const QByteArray keys =
            wire::keysPageText({{sampleKey(), odd, narrowedKey(), rollingKey()},
                                wire::encodeCursor(QStringLiteral("[\"a\",1]"))});
        const QByteArray apps = wire::appsPageText({{sampleApp(), oddApp}, {}});
        const QList<QByteArray> keyPages = {
            keys,
            wire::keysPageText({{}, {}}),
            // Other spacing, member order and members it does not know.
            QByteArray(
                "\n{ \"next_cursor\" : null , \"extra\": [1, {\"a\": [true, false]}],"
                " \"keys\" : [ { \"name\" : \"\\u00e9\\ud83d\\udcb3\", \"other\": -3 } ] }\t"),
            QByteArray(
                "{\"keys\":[{\"scopes\": [ \"a\" , \"b\" ]},{\"scopes\":null},{\"scopes\":[]}],"
                "\"next_cursor\":null}"),
        };
        for (const QByteArray& text : keyPages) {
            const std::optional<wire::KeysPage> fast = wire::readKeysPage(text);
            QVERIFY2(fast, text.constData());
            const wire::KeysPage slow = wire::keysPageFromJson(*wire::objectFrom(text));
            QCOMPARE(wire::keysPageText(*fast), wire::keysPageText(slow));
        }
        for (const QByteArray& text : {apps, wire::appsPageText({{}, {}})}) {
            const std::optional<wire::AppsPage> fast = wire::readAppsPage(text);
            QVERIFY(fast);
            QCOMPARE(wire::appsPageText(*fast),
                     wire::appsPageText(wire::appsPageFromJson(*wire::objectFrom(text))));
        }
        // Not read fast: the slow way decides.
        for (const char* other :
             {"", "[]", "{}", "{\"keys\":null}", "{\"keys\":[1]}", "{\"keys\":[{\"id\":1}]}",
              "{\"keys\":[{\"id\":\"a\",\"id\":\"b\"}]}", "{\"keys\":[]}x",
              "{\"keys\":[{\"name\":\"\\ud800\"}]}", "{\"keys\":[],\"n\":1.5}",
              "{\"keys\":[{\"name\":\"\xff\"}]}", "{\"k\\u0065ys\":[]}",
              // found by fuzz_restjson: a name that is not UTF-8; a number too long to hold
              "{\"keys\":[],\"a\x8a\":1}", "{\"keys\":[],\"n\":2555555555555555555555555}",
              // scopes: null or an array of strings, once
              "{\"keys\":[{\"scopes\":[1]}]}", "{\"keys\":[{\"scopes\":\"a\"}]}",
              "{\"keys\":[{\"scopes\":null,\"scopes\":[]}]}"})
            QVERIFY2(!wire::readKeysPage(QByteArray(other)), other);
        QVERIFY(!wire::readAppsPage("{\"apps\":[{\"version\":1e3}]}"));
        QVERIFY(!wire::readAppsPage("{\"apps\":[{\"key_count\":99999999999}]}"));
    }

    void appsPageText()
    {
        App odd = sampleApp();
        odd.name = Wide;
        odd.createdBy = QStringLiteral("a\u0001\u001f\u007f\u2028 </script>");
        odd.scopes = {};
        odd.version = 9007199254740993; // beyond a double's exact integers
        odd.keyCount = 0;
        const QList<wire::AppsPage> pages = {
            {{sampleApp(), odd}, wire::encodeCursor(QStringLiteral("[\"a\",\"b\"]"))},
            {{odd}, {}},
            {{}, {}},
        };
        for (const wire::AppsPage& page : pages)
            QCOMPARE(wire::appsPageText(page), wire::compact(wire::appsPageJson(page)));
    }

    void cursor()
    {
        // A store's position (sort columns as a JSON array) reads back as it was, names
        // outside the BMP included; the cursor is safe in a query string as it is.
        const QString position = QString::fromUtf8(
            QJsonDocument(QJsonArray{Wide, QStringLiteral("app_9"), 1700000000123.0})
                .toJson(QJsonDocument::Compact));
        const QString text = wire::encodeCursor(position);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(text).hasMatch());
        QCOMPARE(wire::decodeCursor(text), std::optional<QString>(position));
        // Anything else is not a cursor: not base64url, not JSON, not an array of strings and
        // whole numbers.
        // (the last: a string that is not UTF-8, which QJsonDocument lets through; found by
        // fuzz_api_decoders)
        for (const char* bad : {"not a cursor", "", "e30", "W10", "WzEuNV0", "W3t9XQ", "bnVsbA",
                                "WyJc0yIsIjdkMWMwZDJjW0IMYSJd"})
            QVERIFY2(!wire::decodeCursor(QString::fromLatin1(bad)), bad);
    }

    void requests()
    {
        QStringList wrong;
        const NewApp app{Wide, {QStringLiteral("data:read")}};
        const NewApp appBack = wire::newAppFromJson(overTheWire(wire::newAppJson(app)), &wrong);
        QCOMPARE(appBack.name, app.name);
        QCOMPARE(appBack.scopes, app.scopes);

        AppPatch patch;
        patch.scopes = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        const AppPatch patchBack =
            wire::appPatchFromJson(overTheWire(wire::appPatchJson(patch)), &wrong);
        QVERIFY(!patchBack.name); // left out: not changed
        QCOMPARE(patchBack.scopes, patch.scopes);

        const NewKey key{QStringLiteral("CI"), utc(1769851800123)};
        const NewKey keyBack = wire::newKeyFromJson(overTheWire(wire::newKeyJson(key)), &wrong);
        QCOMPARE(keyBack.name, key.name);
        QCOMPARE(keyBack.expiresAt, key.expiresAt);
        const NewKey noExpiry =
            wire::newKeyFromJson(overTheWire(wire::newKeyJson({QStringLiteral("CI"), {}})), &wrong);
        QVERIFY(!noExpiry.expiresAt.isValid());
        QVERIFY(!keyBack.scopes); // inherits: no "scopes" sent
        QVERIFY(!wire::newKeyJson(key).contains(QLatin1String("scopes")));
        NewKey narrow = key;
        narrow.scopes = QStringList{QStringLiteral("data:read"), QStringLiteral("data:write")};
        const NewKey narrowBack =
            wire::newKeyFromJson(overTheWire(wire::newKeyJson(narrow)), &wrong);
        QCOMPARE(narrowBack.scopes, narrow.scopes);
        QJsonObject nullScopes = wire::newKeyJson(key);
        nullScopes.insert(QLatin1String("scopes"), QJsonValue::Null);
        QVERIFY(!wire::newKeyFromJson(nullScopes, &wrong).scopes); // null: inherits too

        const wire::VerifyRequest verify{QStringLiteral("spk_x"), QStringLiteral("data:read")};
        const wire::VerifyRequest verifyBack =
            wire::verifyRequestFromJson(overTheWire(wire::verifyRequestJson(verify)), &wrong);
        QCOMPARE(verifyBack.secret, verify.secret);
        QCOMPARE(verifyBack.scope, verify.scope);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char(','))));
    }

    void requestsOfWrongTypes()
    {
        QStringList wrong;
        (void)wire::newAppFromJson(
            QJsonObject{{QStringLiteral("name"), 1},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("a"), 2}}},
            &wrong);
        QCOMPARE(wrong, names({"name", "scopes"}));
        wrong.clear();
        (void)wire::newKeyFromJson(
            QJsonObject{{QStringLiteral("expires_at"), QStringLiteral("2030-01-31")},
                        {QStringLiteral("scopes"), QStringLiteral("data:read")}},
            &wrong);
        QCOMPARE(wrong, names({"expires_at", "scopes"}));
        wrong.clear();
        (void)wire::verifyRequestFromJson(QJsonObject{{QStringLiteral("key"), true}}, &wrong);
        QCOMPARE(wrong, names({"key", "scope"}));
    }

    void errorsBothWays_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("codeBack");
        const auto row = [](const char* name, ErrorCode c, int s, ErrorCode back) {
            QTest::newRow(name) << int(c) << s << int(back);
        };
        row("invalid", ErrorCode::Invalid, 422, ErrorCode::Invalid);
        row("not found", ErrorCode::NotFound, 404, ErrorCode::NotFound);
        row("conflict", ErrorCode::Conflict, 409, ErrorCode::Conflict);
        row("stale", ErrorCode::Stale, 412, ErrorCode::Stale);
        row("unauthorized", ErrorCode::Unauthorized, 401, ErrorCode::Unauthorized);
        row("disk full", ErrorCode::DiskFull, 507, ErrorCode::DiskFull);
        row("storage", ErrorCode::Storage, 503, ErrorCode::Unavailable);
        row("busy", ErrorCode::Busy, 503, ErrorCode::Unavailable);
        row("read-only", ErrorCode::ReadOnly, 503, ErrorCode::Unavailable);
        row("unavailable", ErrorCode::Unavailable, 503, ErrorCode::Unavailable);
        row("unconfirmed", ErrorCode::Unconfirmed, 503, ErrorCode::Unavailable);
        row("not a store", ErrorCode::NotAStore, 500, ErrorCode::Internal);
        row("newer store", ErrorCode::NewerStore, 500, ErrorCode::Internal);
        row("internal", ErrorCode::Internal, 500, ErrorCode::Internal);
    }

    void errorsBothWays()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        QFETCH(int, codeBack);
        QCOMPARE(wire::statusFor(ErrorCode(code)), status);
        QCOMPARE(int(wire::codeFor(status)), codeBack);
        // and the status of what the console reads is the one the server sent
        QCOMPARE(wire::statusFor(wire::codeFor(status)), status);
    }

    void statusesTheServerSendsOtherwise()
    {
        QCOMPARE(wire::codeFor(400), ErrorCode::Invalid);
        QCOMPARE(wire::codeFor(413), ErrorCode::Invalid);
        QCOMPARE(wire::codeFor(403), ErrorCode::Unauthorized);
        QCOMPARE(wire::codeFor(428), ErrorCode::Stale);
        QCOMPARE(wire::codeFor(504), ErrorCode::Unavailable);
        QCOMPARE(wire::codeFor(418), ErrorCode::Internal);
    }

    void problemWithFields()
    {
        const QList<FieldError> fields{{QStringLiteral("name"), Wide},
                                       {QStringLiteral("scopes"), QStringLiteral("Pick one.")}};
        const wire::Problem p{409, QStringLiteral("Conflict"), Wide, fields, {}};
        const QByteArray body = wire::compact(wire::problemJson(p));
        const Error e = wire::errorFromProblem(409, body, QStringLiteral("fallback"));
        QCOMPARE(e.code(), ErrorCode::Conflict);
        QCOMPARE(e.message(), Wide);
        QCOMPARE(e.fieldErrors(), fields);
        const wire::Problem back = wire::problemFromJson(409, body);
        QCOMPARE(back.title, p.title);
        QVERIFY(back.reason.isEmpty());
        QVERIFY(!wire::problemJson(p).contains(QLatin1String("reason")));
        // The documented members, and a token's reason when there is one.
        const QJsonObject refused = wire::problemJson({401,
                                                       QStringLiteral("Unauthorized"),
                                                       QStringLiteral("d"),
                                                       {},
                                                       QStringLiteral("revoked")});
        QCOMPARE(refused.keys(), names({"detail", "reason", "status", "title", "type"}));
        QCOMPARE(wire::problemFromJson(401, wire::compact(refused)).reason,
                 QStringLiteral("revoked"));
        // No problem document: the fallback, and the status's code.
        const Error bare = wire::errorFromProblem(502, "<html>", QStringLiteral("HTTP 502"));
        QCOMPARE(bare.message(), QStringLiteral("HTTP 502"));
        QCOMPARE(bare.code(), ErrorCode::DiskFull);
        QVERIFY(bare.fieldErrors().isEmpty());
    }

    void etags()
    {
        QCOMPARE(wire::etag(7), QByteArray("\"7\""));
        QCOMPARE(wire::versionFromEtag(wire::etag(7)), std::optional<qint64>(7));
        QVERIFY(!wire::versionFromEtag("W/\"7\""));
        const wire::IfMatch m = wire::parseIfMatch(wire::etag(12) + ", " + wire::etag(3));
        QVERIFY(!m.any);
        QCOMPARE(m.versions, QList<qint64>({12, 3}));
        QVERIFY(wire::parseIfMatch("*").any);
        QVERIFY(wire::parseIfMatch("\"07\"").versions.isEmpty());
    }

    void paths()
    {
        QCOMPARE(wire::appPath(QStringLiteral("a/b c")), QStringLiteral("/api/v1/apps/a%2Fb%20c"));
        QCOMPARE(wire::appKeysPath(QStringLiteral("app_1")),
                 QStringLiteral("/api/v1/apps/app_1/keys"));
        QCOMPARE(wire::appKeyPath(QStringLiteral("app_1"), QStringLiteral("key?1")),
                 QStringLiteral("/api/v1/apps/app_1/keys/key%3F1"));
        QCOMPARE(wire::queryString(wire::appsPageQuery(50, QStringLiteral("a&b=c"), {})),
                 QStringLiteral("limit=50&q=a%26b%3Dc"));
        QCOMPARE(wire::queryString(wire::appsPageQuery(1000, {}, QStringLiteral("abc"))),
                 QStringLiteral("limit=1000&cursor=abc"));
        QCOMPARE(wire::queryString(wire::auditQuery({QStringLiteral("app_1"), 5000})),
                 QStringLiteral("limit=1000&app_id=app_1"));
        QVERIFY(wire::queryString({}).isEmpty());
    }

    void trailingNextCursorIsTheReadersCursor()
    {
        // The hint taken from the end of a page's text names the page the reader names.
        App app;
        app.id = QStringLiteral("app_1");
        app.name = QStringLiteral("Ledger ],\"next_cursor\":\"x\"}");
        app.createdAt = app.updatedAt = QDateTime::currentDateTimeUtc();
        for (const QString& cursor :
             {wire::encodeCursor(QStringLiteral("[\"ledger\",\"app_1\"]")), QString()}) {
            for (const QList<App>& apps : {QList<App>{}, QList<App>{app, app}}) {
                const QByteArray text = wire::appsPageText(wire::AppsPage{apps, cursor});
                const std::optional<wire::AppsPage> read = wire::readAppsPage(text);
                QVERIFY(read);
                QCOMPARE(wire::trailingNextCursor(text), std::optional<QString>(read->nextCursor));
                QCOMPARE(wire::trailingNextCursor(text + " \r\n"), std::optional<QString>(cursor));
            }
            const QByteArray keys = wire::keysPageText(wire::KeysPage{{}, cursor});
            QCOMPARE(wire::trailingNextCursor(keys), std::optional<QString>(cursor));
        }
        // Anything else is no hint.
        for (const char* text :
             {"", "}", "null}", "{\"apps\":[],\"next_cursor\":\"\"}",
              "{\"apps\":[],\"next_cursor\":\"a=b\"}", "{\"apps\":[],\"next_cursor\":\"a\\u0041\"}",
              "{\"apps\":[],\"next_cursor\":\"abc\",\"x\":1}",
              "{\"apps\":[],\"next_cursor\" : \"abc\"}", "{\"next_cursor\":\"abc\"}",
              "{\"apps\":[],\"cursor\":\"abc\"}", "\"abc\"}"})
            QVERIFY2(!wire::trailingNextCursor(QByteArrayView(text)), text);
    }

    void plainVerifyRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("plain"); // read by plainVerifyRequest()
        const QByteArray key = "spk_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg012345";
        const auto row = [](const char* name, const QByteArray& body, bool plain) {
            QTest::newRow(name) << body << plain;
        };
        row("compact", R"({"key":")" + key + R"(","scope":"workflow:deploy"})", true);
        row("scope first", R"({"scope":"a:b","key":")" + key + R"("})", true);
        row("whitespace", " {\n\t\"key\" :\r \"" + key + "\" , \"scope\":\"a\" }\n", true);
        row("another string member", R"({"key":"k","client":"ci","scope":"s"})", true);
        row("the same other member twice", R"({"n":"1","key":"k","n":"2","scope":"s"})", true);
        row("empty strings", R"({"key":"","scope":""})", true);
        row("spaces and punctuation", R"({"key":"a b{}[],:","scope":"x"})", true);
        // Everything else is left to the JSON parser.
        row("an escape", R"({"key":"\u0073pk_x","scope":"s"})", false);
        row("an escaped quote", "{\"key\":\"a\\\"b\",\"scope\":\"s\"}", false);
        row("non-ASCII", "{\"key\":\"k\",\"scope\":\"\xc3\xa9\"}", false);
        row("a control character", "{\"key\":\"k\x01\",\"scope\":\"s\"}", false);
        row("DEL", "{\"key\":\"k\x7f\",\"scope\":\"s\"}", false);
        row("key twice", R"({"key":"a","key":"b","scope":"s"})", false);
        row("scope twice", R"({"key":"a","scope":"s","scope":"s"})", false);
        row("a number member", R"({"key":"k","scope":"s","n":1})", false);
        row("a null key", R"({"key":null,"scope":"s"})", false);
        row("no scope", R"({"key":"k"})", false);
        row("no key", R"({"scope":"s"})", false);
        row("empty object", "{}", false);
        row("empty", "", false);
        row("an array", R"(["key","scope"])", false);
        row("trailing comma", R"({"key":"k","scope":"s",})", false);
        row("text after", R"({"key":"k","scope":"s"}x)", false);
        row("two objects", R"({"key":"k","scope":"s"}{})", false);
        row("unterminated", "{\"key\":\"k\",\"scope\":\"s", false);
        row("no colon", R"({"key" "k","scope":"s"})", false);
        row("a NUL after", QByteArray(R"({"key":"k","scope":"s"})") + '\0', false);
    }

    void plainVerifyRequests()
    {
        // The server reads verify bodies of the plain form without a JSON parser; whatever it
        // reads must be what the parser reads.
        QFETCH(QByteArray, body);
        QFETCH(bool, plain);
        const std::optional<wire::PlainVerifyRequest> fast = wire::plainVerifyRequest(body);
        QCOMPARE(fast.has_value(), plain);
        if (!fast)
            return;
        const std::optional<QJsonObject> object = wire::objectFrom(body);
        QVERIFY(object);
        QStringList wrong;
        const wire::VerifyRequest full = wire::verifyRequestFromJson(*object, &wrong);
        QVERIFY(wrong.isEmpty());
        QCOMPARE(QString(fast->secret), full.secret);
        QCOMPARE(QString(fast->scope), full.scope);
    }

    void requestMedia()
    {
        for (const char* json : {"application/json", "APPLICATION/JSON", " application/json ",
                                 "application/json;charset=utf-8", "\tapplication/Json ; q=1"})
            QVERIFY2(wire::isJsonMediaType(QByteArrayView(json)), json);
        for (const char* other : {"", "application/jsonx", "application/problem+json",
                                  "application/json5", "text/json", "application /json", ";"})
            QVERIFY2(!wire::isJsonMediaType(QByteArrayView(other)), other);
        QVERIFY(wire::isJsonMediaType("Application/JSON; charset=utf-8"));
        QVERIFY(!wire::isJsonMediaType("text/plain"));
        QVERIFY(!wire::unicodeProblem(QByteArray("{\"name\":\"\\ud83d\\udcb3\"}")));
        QVERIFY(wire::unicodeProblem(QByteArray("{\"name\":\"\\ud83d\"}")));
        QVERIFY(wire::unicodeProblem(QByteArray("\xff")));
    }
};

QTEST_GUILESS_MAIN(TstWire)
#include "tst_wire.moc"
