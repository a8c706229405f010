// The client behind a reverse proxy: only a trusted proxy's forwarding headers count, read
// from the right, past the trusted proxies; nothing a client writes there can name another
// address, and HTTPS is what the nearest proxy says.
#include "TrustedProxies.h"

#include <QTest>

using namespace sk;

class TestTrustedProxies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocksAndAddresses();
    void withoutTrustedProxiesTheHeadersAreIgnored();
    void theRightMostUntrustedAddressIsTheClient();
    void forwardedIsReadWithoutXForwardedFor();
    void httpsIsWhatTheNearestProxySays();
};

namespace {

TrustedProxies proxies(const QStringList& cidrs)
{
    TrustedProxies p;
    for (const QString& cidr : cidrs) {
        QString error;
        if (!p.add(cidr, &error))
            qFatal("%s", qPrintable(error));
    }
    return p;
}

} // namespace

void TestTrustedProxies::blocksAndAddresses()
{
    TrustedProxies p;
    QString error;
    for (const char* good : {"127.0.0.1", "10.0.0.0/8", "::1", "2001:db8::/32", " 192.0.2.0/24 "})
        QVERIFY2(p.add(QLatin1String(good), &error), good);
    for (const char* bad : {"", "10.0.0.0/33", "example.com", "10.0.0.0/x", "300.1.1.1"}) {
        QVERIFY2(!p.add(QLatin1String(bad), &error), bad);
        QVERIFY(error.contains(QLatin1String("--trusted-proxy")));
    }
    QVERIFY(p.trusts(QHostAddress(QStringLiteral("10.200.3.4"))));
    QVERIFY(p.trusts(QHostAddress(QStringLiteral("::ffff:10.1.2.3")))); // IPv4-mapped
    QVERIFY(p.trusts(QHostAddress(QStringLiteral("2001:db8:1::5"))));
    QVERIFY(!p.trusts(QHostAddress(QStringLiteral("11.0.0.1"))));
}

void TestTrustedProxies::withoutTrustedProxiesTheHeadersAreIgnored()
{
    const TrustedProxies none;
    auto c = none.resolve(QStringLiteral("127.0.0.1"), false, "for=10.9.9.9", "10.9.9.9", "https");
    QCOMPARE(c.address, QStringLiteral("127.0.0.1"));
    QVERIFY(!c.https);
    // From an address that is not a trusted proxy: ignored too (a spoof sent directly).
    const TrustedProxies p = proxies({QStringLiteral("127.0.0.1")});
    c = p.resolve(QStringLiteral("127.0.0.5"), false, {}, "10.9.9.9", "https");
    QCOMPARE(c.address, QStringLiteral("127.0.0.5"));
    QVERIFY(!c.https);
    QVERIFY(!c.viaProxy);
}

void TestTrustedProxies::theRightMostUntrustedAddressIsTheClient()
{
    const TrustedProxies p = proxies({QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8")});
    // What the client wrote (10.9.9.9 and garbage) is on the left; nginx appended the address
    // it saw; a second trusted proxy appended another.
    auto c = p.resolve(QStringLiteral("127.0.0.1"), false, {},
                       "1.2.3.4, junk, 203.0.113.7, 10.1.1.1", {});
    QCOMPARE(c.address, QStringLiteral("203.0.113.7"));
    QVERIFY(c.viaProxy);
    // Several header fields are one list (the transport joins them with commas).
    c = p.resolve(QStringLiteral("10.2.2.2"), false, {}, "198.51.100.1,198.51.100.2", {});
    QCOMPARE(c.address, QStringLiteral("198.51.100.2"));
    // Every hop trusted: the left-most.
    c = p.resolve(QStringLiteral("127.0.0.1"), false, {}, "10.3.3.3, 10.1.1.1", {});
    QCOMPARE(c.address, QStringLiteral("10.3.3.3"));
    // No address where the client should be: the last hop known, never the junk.
    c = p.resolve(QStringLiteral("127.0.0.1"), false, {}, "unknown", {});
    QCOMPARE(c.address, QStringLiteral("127.0.0.1"));
    // Ports and IPv6 forms.
    c = p.resolve(QStringLiteral("127.0.0.1"), false, {}, "203.0.113.9:4711", {});
    QCOMPARE(c.address, QStringLiteral("203.0.113.9"));
    c = p.resolve(QStringLiteral("::ffff:127.0.0.1"), false, {}, "2001:db8::7", {});
    QCOMPARE(c.address, QStringLiteral("2001:db8::7"));
}

void TestTrustedProxies::forwardedIsReadWithoutXForwardedFor()
{
    const TrustedProxies p = proxies({QStringLiteral("127.0.0.1")});
    auto c = p.resolve(QStringLiteral("127.0.0.1"), false,
                       "for=192.0.2.60;proto=http, for=\"[2001:db8:cafe::17]:4711\";proto=https",
                       {}, {});
    QCOMPARE(c.address, QStringLiteral("2001:db8:cafe::17"));
    QVERIFY(c.https);
    // X-Forwarded-For wins when both are there: a client can send Forwarded through a proxy
    // that only appends to X-Forwarded-For.
    c = p.resolve(QStringLiteral("127.0.0.1"), false, "for=10.9.9.9", "203.0.113.7", {});
    QCOMPARE(c.address, QStringLiteral("203.0.113.7"));
}

void TestTrustedProxies::httpsIsWhatTheNearestProxySays()
{
    const TrustedProxies p = proxies({QStringLiteral("127.0.0.1")});
    QVERIFY(p.resolve(QStringLiteral("127.0.0.1"), false, {}, "203.0.113.7", "https").https);
    QVERIFY(!p.resolve(QStringLiteral("127.0.0.1"), false, {}, "203.0.113.7", "http").https);
    // The right-most value is the nearest proxy's.
    QVERIFY(!p.resolve(QStringLiteral("127.0.0.1"), false, {}, "203.0.113.7", "https, http").https);
    // Nothing said: as it reached us.
    QVERIFY(!p.resolve(QStringLiteral("127.0.0.1"), false, {}, "203.0.113.7", {}).https);
    QVERIFY(p.resolve(QStringLiteral("127.0.0.1"), true, {}, "203.0.113.7", {}).https);
}

QTEST_GUILESS_MAIN(TestTrustedProxies)
#include "tst_trustedproxies.moc"
