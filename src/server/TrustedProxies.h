// Scopekeeper server: the client behind a reverse proxy (--trusted-proxy).
//
// Behind nginx, HAProxy or a load balancer, every connection comes from the proxy. Only for a
// connection from a proxy given with --trusted-proxy, the client's address is read from
// X-Forwarded-For or, without it, Forwarded (RFC 7239): the right-most address that is not
// itself a trusted proxy (a client can put anything on the left; each proxy appends what it
// saw on the right). Without trusted proxies, or for any other connection, the headers are
// ignored: nobody can pick their own address. X-Forwarded-Proto (or Forwarded's proto) from a
// trusted proxy says whether the client used HTTPS.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <string_view>

namespace sk {

class TrustedProxies
{
public:
    /// Adds "10.0.0.0/8", "192.0.2.7", "::1" or "2001:db8::/32"; false, with the reason, when
    /// `cidr` is not one.
    bool add(const QString& cidr, QString* error);
    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool trusts(const QHostAddress& address) const;

    struct Client
    {
        QString address;       // the client's, as the log, the audit and the throttle use it
        bool https = false;    // the client's own connection was HTTPS (TLS here or at the proxy)
        bool viaProxy = false; // read from a trusted proxy's headers
    };
    /// The client of a request that arrived from `peer` (over TLS or not) with these header
    /// values (several fields of one name joined with commas; empty when absent).
    Client resolve(const QString& peer, bool tls, std::string_view forwarded,
                   std::string_view xForwardedFor, std::string_view xForwardedProto) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace sk
