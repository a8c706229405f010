// The key inventory (core/Inventory): its rows, and its CSV and JSON read back as a
// spreadsheet or a script would read them.
#include "Inventory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sk;

namespace {

const QDateTime Now = QDateTime::fromString(QStringLiteral("2025-06-01T12:00:00Z"), Qt::ISODate);

/// An RFC 4180 reader: records of fields; quoted fields may hold commas, quotes ("") and line
/// breaks. `wellFormed` is false on anything
/// RFC 4180 does not allow.
QList<QStringList> parseCsv(const QByteArray& utf8, bool* wellFormed)
{
    *wellFormed = true;
    const QString text = QString::fromUtf8(utf8);
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    bool quoted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            ++i;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            i += 2;
        } else {
            if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                *wellFormed = false; // a bare quote or line break outside quotes
            field += c;
            ++i;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *wellFormed = false; // an unterminated quote, or the last record does not end in CRLF
    return records;
}

App makeApp(const QString& id, const QString& name, const QStringList& scopes)
{
    App app;
    app.id = id;
    app.name = name;
    app.scopes = scopes;
    app.createdBy = QStringLiteral("dana");
    app.createdAt = Now.addDays(-30);
    return app;
}

ApiKey makeKey(const QString& appId, const QString& name, int expiresInDays)
{
    ApiKey key;
    key.id = appId + QLatin1Char('-') + name;
    key.appId = appId;
    key.name = name;
    key.prefix = QStringLiteral("spk_AbCd");
    key.createdBy = QStringLiteral("erin");
    key.createdAt = Now.addDays(-10);
    key.expiresAt = Now.addDays(expiresInDays);
    return key;
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAreKeysAndAppsWithoutKeys();
    void csvReadsBackFieldForField_data();
    void csvReadsBackFieldForField();
    void rolledAndNarrowedKeys();
    void csvHeaderAndLineEnds();
    void jsonReadsBack();
};

void TestInventory::rowsAreKeysAndAppsWithoutKeys()
{
    const QList<App> apps = {
        makeApp(QStringLiteral("a1"), QStringLiteral("Billing"), {QStringLiteral("x:read")}),
        makeApp(QStringLiteral("a2"), QStringLiteral("Empty"), {QStringLiteral("y:write")})};
    const QList<ApiKey> keys = {makeKey(QStringLiteral("a1"), QStringLiteral("ci"), 100),
                                makeKey(QStringLiteral("a1"), QStringLiteral("old"), -1),
                                makeKey(QStringLiteral("a1"), QStringLiteral("soon"), 3)};
    const QList<InventoryRow> rows = Inventory::rows(apps, keys, Now);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].keyName, QStringLiteral("ci"));
    QCOMPARE(rows[0].status, QStringLiteral("active"));
    QCOMPARE(rows[0].scopes, QStringList{QStringLiteral("x:read")});
    QCOMPARE(rows[1].status, QStringLiteral("expired"));
    QCOMPARE(rows[2].status, QStringLiteral("expires_soon"));
    QCOMPARE(rows[3].app, QStringLiteral("Empty"));
    QVERIFY(!rows[3].hasKey);
    QCOMPARE(rows[3].status, QStringLiteral("no_keys"));
    QCOMPARE(rows[3].createdBy, QStringLiteral("dana"));
}

void TestInventory::csvReadsBackFieldForField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown"); // what a spreadsheet shows
    QTest::newRow("plain") << QStringLiteral("Billing") << QStringLiteral("Billing");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("a, b");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QStringLiteral("say \"hi\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("two\nlines");
    QTest::newRow("crlf inside") << QStringLiteral("a\r\nb") << QStringLiteral("a\r\nb");
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")")
                               << QStringLiteral("'=HYPERLINK(\"x\")");
    QTest::newRow("formula +") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("formula -") << QStringLiteral("-2,3") << QStringLiteral("'-2,3");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab first") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("cr first") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("inner = is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("non-BMP") << QStringLiteral("Pay 💳 𝔘𝔫𝔦") << QStringLiteral("Pay 💳 𝔘𝔫𝔦");
}

void TestInventory::csvReadsBackFieldForField()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    App app = makeApp(QStringLiteral("a1"), name, {QStringLiteral("a:b"), QStringLiteral("c:d")});
    app.createdBy = name;
    ApiKey key = makeKey(QStringLiteral("a1"), name, 30);
    key.lastUsedAt = Now.addSecs(-60);
    bool wellFormed = false;
    const QList<QStringList> records =
        parseCsv(Inventory::toCsv(Inventory::rows({app}, {key}, Now)), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1],
             (QStringList{shown, QStringLiteral("a:b c:d"), shown, QStringLiteral("spk_AbCd"),
                          QStringLiteral("erin"), QStringLiteral("2025-05-22T12:00:00Z"),
                          QStringLiteral("2025-07-01T12:00:00Z"), QString(),
                          QStringLiteral("2025-06-01T11:59:00Z"), QStringLiteral("active")}));
}

void TestInventory::rolledAndNarrowedKeys()
{
    // A rolled key says when it stops and that it is rolling; a narrowed key lists what it can
    // use (its own scopes that its app still holds), not its app's.
    const App app = makeApp(QStringLiteral("a1"), QStringLiteral("Billing"),
                            {QStringLiteral("a:b"), QStringLiteral("c:d")});
    ApiKey rolled = makeKey(QStringLiteral("a1"), QStringLiteral("old"), 30);
    rolled.stopsAt = Now.addSecs(3600);
    ApiKey narrowed = makeKey(QStringLiteral("a1"), QStringLiteral("narrow"), 30);
    narrowed.scopes = QStringList{QStringLiteral("c:d"), QStringLiteral("gone:scope")};
    bool wellFormed = false;
    const QList<QStringList> records =
        parseCsv(Inventory::toCsv(Inventory::rows({app}, {rolled, narrowed}, Now)), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.size(), 3);
    const QStringList header = records[0];
    const qsizetype stops = header.indexOf(QStringLiteral("stops_at"));
    const qsizetype status = header.indexOf(QStringLiteral("status"));
    const qsizetype scopes = header.indexOf(QStringLiteral("scopes"));
    QVERIFY(stops > 0 && status > 0 && scopes >= 0);
    QCOMPARE(records[1].at(stops), QStringLiteral("2025-06-01T13:00:00Z"));
    QCOMPARE(records[1].at(status), QStringLiteral("rolling"));
    QCOMPARE(records[1].at(scopes), QStringLiteral("a:b c:d"));
    QCOMPARE(records[2].at(stops), QString());
    QCOMPARE(records[2].at(scopes), QStringLiteral("c:d"));
}

void TestInventory::csvHeaderAndLineEnds()
{
    const QByteArray csv = Inventory::toCsv(Inventory::rows(
        {makeApp(QStringLiteral("a1"), QStringLiteral("Empty"), {QStringLiteral("x:y")})}, {},
        Now));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv, QByteArray("app,scopes,key,prefix,created_by,created_at,expires_at,stops_at,"
                             "last_used_at,status\r\nEmpty,x:y,,,dana,2025-05-02T12:00:00Z,,,,"
                             "no_keys\r\n"));
}

void TestInventory::jsonReadsBack()
{
    const QString name = QStringLiteral("=Pay \"💳\"\n");
    ApiKey key = makeKey(QStringLiteral("a1"), name, 30);
    const QList<InventoryRow> rows = Inventory::rows(
        {makeApp(QStringLiteral("a1"), name, {QStringLiteral("x:y")}),
         makeApp(QStringLiteral("a2"), QStringLiteral("Empty"), {QStringLiteral("x:y")})},
        {key}, Now);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(Inventory::toJson(rows), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = document.object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array[0].toObject();
    QCOMPARE(first.value(QStringLiteral("app")).toString(), name); // no formula guard in JSON
    QCOMPARE(first.value(QStringLiteral("key")).toString(), name);
    QCOMPARE(first.value(QStringLiteral("scopes")).toArray().size(), 1);
    QVERIFY(first.value(QStringLiteral("last_used_at")).isNull());
    QCOMPARE(first.value(QStringLiteral("expires_at")).toString(),
             QStringLiteral("2025-07-01T12:00:00Z"));
    const QJsonObject second = array[1].toObject();
    QVERIFY(second.value(QStringLiteral("key")).isNull());
    QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("no_keys"));
    for (const QJsonValue& row : array) {
        for (const QString& member : row.toObject().keys())
            QVERIFY2(!member.contains(QLatin1String("secret")) &&
                         !member.contains(QLatin1String("hash")),
                     qPrintable(member));
    }
}

QTEST_APPLESS_MAIN(TestInventory)
#include "tst_inventory.moc"
