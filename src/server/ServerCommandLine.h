// Scopekeeper server: the command line.
//
//   scopekeeper-server [--listen HOST:PORT] [--database FILE | --postgres CONNINFO]
//                      [--catalog ID|FILE] [--scoping per-app|per-key]
//                      [--tls-cert FILE --tls-key FILE] [--insecure-http]
//   scopekeeper-server [--database FILE | --postgres CONNINFO] admin create NAME
//                      [--role admin|auditor] [--expires-in DAYS]
//   scopekeeper-server [--database FILE | --postgres CONNINFO] admin list | admin revoke NAME
//   scopekeeper-server [--database FILE | --postgres CONNINFO] audit verify
//   scopekeeper-server [--database FILE] backup FILE
#pragma once

#include "HttpTransport.h"
#include "TrustedProxies.h"
#include "Types.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace sk {

struct ServerOptions
{
    enum class Mode
    {
        Serve,
        CreateAdmin,
        ListAdmins,
        RevokeAdmin,
        VerifyAudit,
        Backup,
    };
    Mode mode = Mode::Serve;
    QString adminName;                           // CreateAdmin, RevokeAdmin
    QString adminRole = QStringLiteral("admin"); // CreateAdmin: --role
    int adminDays = 365;                         // CreateAdmin: --expires-in
    QString backupFile;                          // Backup

    QString databasePath;     // SQLite; the default one when neither this nor postgres is given
    QString postgresConnInfo; // non-empty: PostgreSQL
    QString catalog;          // a built-in catalog id or a file; for a new store only
    std::optional<Scoping> scoping; // --scoping, for a new store; an existing one must match

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8080;
    QString tlsCertificate; // PEM files; both or neither
    QString tlsKey;
    bool insecureHttp = false;     // allow plain HTTP on an address other than loopback
    TrustedProxies trustedProxies; // --trusted-proxy
    HttpLimits limits;             // --max-header-bytes, --header-timeout, --threads, …

    bool tls() const { return !tlsCertificate.isEmpty(); }
};

class ServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommandLine)

public:
    enum class Parse
    {
        Run,
        ExitSuccess, // --help, --version: print `output` to standard output
        ExitFailure, // a usage error: print `output` to standard error
    };
    static Parse parse(const QStringList& arguments, ServerOptions* options, QString* output);

    /// "HOST:PORT", "[IPv6]:PORT"; HOST is an IP address or "localhost"; PORT 0 means any.
    static bool parseListen(const QString& text, QHostAddress* address, quint16* port,
                            QString* error);
    /// Where the SQLite store lives when --database is not given: server.sqlite in systemd's
    /// $STATE_DIRECTORY when it is set, else in the platform's app-data folder.
    static QString defaultDatabasePath();
};

} // namespace sk
