#include "TrustedProxies.h"

#include <QCoreApplication>
#include <QStringList>

namespace sk {

namespace {

/// IPv4-mapped IPv6 (::ffff:192.0.2.7) as the IPv4 address it maps; others as they are.
QHostAddress unmapped(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

QString trimmed(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size())).trimmed();
}

/// A node of Forwarded's for= ("192.0.2.7", "\"[2001:db8::1]:4711\"", "unknown", "_hidden")
/// or of X-Forwarded-For, as an address; null when it is none.
QHostAddress nodeAddress(QString node)
{
    node = node.trimmed();
    if (node.size() >= 2 && node.startsWith(QLatin1Char('"')) && node.endsWith(QLatin1Char('"')))
        node = node.mid(1, node.size() - 2);
    if (node.startsWith(QLatin1Char('['))) { // [IPv6] or [IPv6]:port
        const qsizetype close = node.indexOf(QLatin1Char(']'));
        if (close < 0)
            return {};
        node = node.mid(1, close - 1);
    } else if (node.count(QLatin1Char(':')) == 1) { // IPv4:port
        node = node.left(node.indexOf(QLatin1Char(':')));
    }
    QHostAddress address;
    if (!address.setAddress(node))
        return {};
    return unmapped(address);
}

/// The hops of Forwarded (each element's for= and proto=), left to right.
struct Hop
{
    QString node;
    QString proto;
};

QList<Hop> forwardedHops(const QString& header)
{
    QList<Hop> hops;
    // Elements are separated by commas, pairs by semicolons; a quoted value holds neither in
    // practice (addresses), so a plain split is enough.
    for (const QString& element : header.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Hop hop;
        for (const QString& pair : element.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq < 0)
                continue;
            const QString name = pair.left(eq).trimmed().toLower();
            const QString value = pair.mid(eq + 1).trimmed();
            if (name == QLatin1String("for"))
                hop.node = value;
            else if (name == QLatin1String("proto"))
                hop.proto = value.toLower().remove(QLatin1Char('"'));
        }
        hops << hop;
    }
    return hops;
}

} // namespace

bool TrustedProxies::add(const QString& cidr, QString* error)
{
    const QString text = cidr.trimmed();
    QPair<QHostAddress, int> subnet;
    if (text.contains(QLatin1Char('/'))) {
        subnet = QHostAddress::parseSubnet(text);
    } else {
        const QHostAddress address(text);
        subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    }
    if (subnet.first.isNull() || subnet.second < 0) {
        *error =
            QCoreApplication::translate(
                "TrustedProxies", "--trusted-proxy: “%1” is not an address or a CIDR block such as "
                                  "10.0.0.0/8 or 127.0.0.1.")
                .arg(cidr);
        return false;
    }
    m_subnets << subnet;
    return true;
}

bool TrustedProxies::trusts(const QHostAddress& address) const
{
    if (address.isNull())
        return false;
    const QHostAddress plain = unmapped(address);
    for (const auto& subnet : m_subnets) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

TrustedProxies::Client TrustedProxies::resolve(const QString& peer, bool tls,
                                               std::string_view forwarded,
                                               std::string_view xForwardedFor,
                                               std::string_view xForwardedProto) const
{
    Client client{peer, tls, false};
    if (m_subnets.isEmpty() || !trusts(nodeAddress(peer)))
        return client;
    // The hops the proxies recorded, nearest last.
    // X-Forwarded-For first: nginx, HAProxy and most load balancers append to it, and pass on
    // a Forwarded header that the client made up.
    QList<Hop> hops;
    if (!xForwardedFor.empty()) {
        for (const QString& node :
             trimmed(xForwardedFor).split(QLatin1Char(','), Qt::SkipEmptyParts))
            hops << Hop{node, {}};
        const QStringList protos =
            trimmed(xForwardedProto).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!protos.isEmpty() && !hops.isEmpty())
            hops.last().proto = protos.last().trimmed().toLower();
    } else if (!forwarded.empty()) {
        hops = forwardedHops(trimmed(forwarded));
    }
    if (hops.isEmpty())
        return client; // the proxy itself is the client
    client.viaProxy = true;
    // The nearest proxy says how the client reached it; without a word, as it reached us.
    const QString& proto = hops.last().proto;
    client.https = proto.isEmpty() ? tls : proto == QLatin1String("https");
    // Right to left: skip our own proxies; the first other address is the client. An entry
    // that is no address (unknown, obfuscated) ends the walk at the last hop known.
    QString address = client.address;
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress node = nodeAddress(hops.at(i).node);
        if (node.isNull())
            break;
        address = node.toString();
        if (!trusts(node))
            break;
    }
    client.address = address;
    return client;
}

} // namespace sk
