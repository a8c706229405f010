#include "ServerCommandLine.h"

#include "Version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace sk {

QString ServerCommandLine::defaultDatabasePath()
{
    // Run as a systemd service with StateDirectory= (the packaged unit): the directory systemd
    // made for it (/var/lib/scopekeeper), whatever the user's home. A list names the first one.
    const QString stateDirectories = qEnvironmentVariable("STATE_DIRECTORY");
    if (!stateDirectories.isEmpty()) {
        return QDir(stateDirectories.section(QLatin1Char(':'), 0, 0))
            .filePath(QStringLiteral("server.sqlite"));
    }
    // Run by a user: the platform's app-data folder.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("server.sqlite"));
}

bool ServerCommandLine::parseListen(const QString& text, QHostAddress* address, quint16* port,
                                    QString* error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = tr("--listen takes HOST:PORT, such as 127.0.0.1:8080, not “%1”.").arg(text);
        return false;
    }
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535) {
        *error = tr("“%1” is not a port number (0 to 65535).").arg(portText);
        return false;
    }
    QHostAddress parsed;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host)) {
        *error = tr("“%1” is not an IP address; give one, such as 127.0.0.1 or 0.0.0.0.").arg(host);
        return false;
    }
    *address = parsed;
    *port = quint16(number);
    return true;
}

ServerCommandLine::Parse ServerCommandLine::parse(const QStringList& arguments,
                                                  ServerOptions* options, QString* output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scopekeeper server: the REST API for scoped API apps and their keys, and the verify "
           "endpoint services call.\n\n"
           "  scopekeeper-server admin create NAME [--role admin|auditor] [--expires-in DAYS]\n"
           "      creates an administrator and prints its token, once (role admin, 365 days).\n"
           "  scopekeeper-server admin list\n"
           "      lists the administrators (never a token).\n"
           "  scopekeeper-server admin revoke NAME\n"
           "      refuses NAME's token from the next request on, on every instance.\n"
           "  scopekeeper-server audit verify\n"
           "      checks the audit log's hash chain; exits 1 naming the first entry that "
           "breaks it.\n"
           "  scopekeeper-server backup FILE\n"
           "      writes a consistent copy of the SQLite store to FILE, while a server "
           "goes on serving it."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        tr("Listen on HOST:PORT (default 127.0.0.1:8080; port 0 picks a free one)."),
        tr("HOST:PORT"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("The SQLite store FILE, created when missing (default: %1).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        tr("FILE"));
    const QCommandLineOption postgres(
        QStringLiteral("postgres"),
        tr("Use PostgreSQL: a libpq connection string such as \"host=db dbname=scopekeeper\"; "
           "the PG* environment variables fill in the rest."),
        tr("CONNINFO"));
    const QCommandLineOption catalog(
        QStringLiteral("catalog"),
        tr("The scope catalog of a new store: ai-for-process (default), aimms-pro, or a JSON "
           "file."),
        tr("ID|FILE"));
    const QCommandLineOption scoping(
        QStringLiteral("scoping"),
        tr("How a new store scopes its keys: per-app (an app holds the scopes, its keys inherit "
           "them) or per-key (each key names its own; the default for aimms-pro). An existing "
           "store keeps the mode it was created with; a different one is refused."),
        tr("MODE"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     tr("Serve HTTPS with this PEM certificate (chain)."),
                                     tr("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("The PEM private key of --tls-cert."), tr("FILE"));
    const QCommandLineOption insecure(
        QStringLiteral("insecure-http"),
        tr("Allow plain HTTP on an address other than loopback (tokens and keys then cross the "
           "network unencrypted)."));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        tr("A reverse proxy (an address or a CIDR block; repeatable): only for connections from "
           "it, the client's address and protocol come from Forwarded or X-Forwarded-For and "
           "X-Forwarded-Proto."),
        tr("CIDR"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        tr("With “admin create”: admin (changes everything, the default) or auditor (reads "
           "everything, changes nothing)."),
        tr("ROLE"));
    const QCommandLineOption expiresIn(
        QStringLiteral("expires-in"),
        tr("With “admin create”: the token expires after DAYS days (1 to 365, default 365)."),
        tr("DAYS"));
    parser.addOptions({listen, database, postgres, catalog, scoping, tlsCert, tlsKey, insecure,
                       trustedProxy, role, expiresIn});

    // The bounds of every connection: each has a safe default.
    const HttpLimits defaults;
    const auto seconds = [](std::chrono::milliseconds ms) {
        return QString::number(double(ms.count()) / 1000.0);
    };
    struct Bound
    {
        QCommandLineOption option;
        bool isTime;
        double minimum;
        double maximum;
    };
    const QList<Bound> bounds = {
        {QCommandLineOption(QStringLiteral("max-header-bytes"),
                            tr("The request line and headers may have at most N bytes; more is "
                               "answered 431 (default %1).")
                                .arg(defaults.maxHeaderBytes),
                            tr("N")),
         false, 1024, 1024 * 1024},
        {QCommandLineOption(QStringLiteral("max-body-bytes"),
                            tr("A request body may have at most N bytes; more is answered 413 "
                               "without reading it (default %1).")
                                .arg(defaults.maxBodyBytes),
                            tr("N")),
         false, 1024, 64 * 1024 * 1024},
        {QCommandLineOption(QStringLiteral("header-timeout"),
                            tr("Seconds a client has to send the request line and headers; then "
                               "408 and the connection is closed (default %1).")
                                .arg(seconds(defaults.headerTimeout)),
                            tr("SECONDS")),
         true, 0.1, 3600},
        {QCommandLineOption(QStringLiteral("body-timeout"),
                            tr("Seconds a client has to send the body, and to read the answer "
                               "(default %1).")
                                .arg(seconds(defaults.bodyTimeout)),
                            tr("SECONDS")),
         true, 0.1, 3600},
        {QCommandLineOption(QStringLiteral("idle-timeout"),
                            tr("Seconds a kept-alive connection may wait for its next request "
                               "(default %1).")
                                .arg(seconds(defaults.idleTimeout)),
                            tr("SECONDS")),
         true, 0.1, 86400},
        {QCommandLineOption(QStringLiteral("tls-handshake-timeout"),
                            tr("Seconds a client has to finish the TLS handshake (default %1).")
                                .arg(seconds(defaults.handshakeTimeout)),
                            tr("SECONDS")),
         true, 0.1, 3600},
        {QCommandLineOption(QStringLiteral("max-connections"),
                            tr("Connections open at once; past it, new ones wait until one "
                               "closes (default %1).")
                                .arg(defaults.maxConnections),
                            tr("N")),
         false, 1, 1000000},
        {QCommandLineOption(QStringLiteral("threads"),
                            tr("Threads serving the connections (default: one per core)."),
                            tr("N")),
         false, 1, 1024},
    };
    for (const Bound& bound : bounds)
        parser.addOption(bound.option);
    parser.addPositionalArgument(
        QStringLiteral("admin"),
        tr("“admin create NAME”, “admin list”, “admin revoke NAME”: the administrators; "
           "“audit verify”: the audit log's chain."),
        QStringLiteral(
            "[admin create NAME | admin list | admin revoke NAME | audit verify | backup FILE]"));

    if (!parser.parse(arguments)) {
        *output = parser.errorText() + QLatin1Char('\n') +
                  tr("Run “scopekeeper-server --help” for the options.");
        return Parse::ExitFailure;
    }
    if (parser.isSet(helpOption)) {
        *output = parser.helpText().trimmed();
        return Parse::ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        *output = QStringLiteral("scopekeeper-server %1").arg(QString::fromLatin1(versionString()));
        return Parse::ExitSuccess;
    }

    ServerOptions o;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString verb = positional.size() >= 2 && positional.at(0) == QLatin1String("admin")
                                 ? positional.at(1)
                                 : QString();
        if (verb == QLatin1String("create") && positional.size() == 3) {
            o.mode = ServerOptions::Mode::CreateAdmin;
            o.adminName = positional.at(2);
        } else if (verb == QLatin1String("revoke") && positional.size() == 3) {
            o.mode = ServerOptions::Mode::RevokeAdmin;
            o.adminName = positional.at(2);
        } else if (verb == QLatin1String("list") && positional.size() == 2) {
            o.mode = ServerOptions::Mode::ListAdmins;
        } else if (positional == QStringList{QStringLiteral("audit"), QStringLiteral("verify")}) {
            o.mode = ServerOptions::Mode::VerifyAudit;
        } else if (positional.size() == 2 && positional.at(0) == QLatin1String("backup")) {
            o.mode = ServerOptions::Mode::Backup;
            o.backupFile = positional.at(1);
        } else {
            *output = tr("Unknown command “%1”; the commands are “admin create NAME”, “admin "
                         "list”, “admin revoke NAME”, “audit verify” and “backup FILE”.")
                          .arg(positional.join(QLatin1Char(' ')));
            return Parse::ExitFailure;
        }
    }
    if ((parser.isSet(role) || parser.isSet(expiresIn)) &&
        o.mode != ServerOptions::Mode::CreateAdmin) {
        *output = tr("--role and --expires-in go with “admin create NAME”.");
        return Parse::ExitFailure;
    }
    if (parser.isSet(role)) {
        o.adminRole = parser.value(role).trimmed().toLower();
        if (o.adminRole != QLatin1String("admin") && o.adminRole != QLatin1String("auditor")) {
            *output =
                tr("--role: “%1” is not a role; give admin or auditor.").arg(parser.value(role));
            return Parse::ExitFailure;
        }
    }
    if (parser.isSet(expiresIn)) {
        bool ok = false;
        o.adminDays = parser.value(expiresIn).toInt(&ok);
        if (!ok || o.adminDays < 1 || o.adminDays > 365) {
            *output = tr("--expires-in: “%1” is not a number of days from 1 to 365.")
                          .arg(parser.value(expiresIn));
            return Parse::ExitFailure;
        }
    }
    if (parser.isSet(database) && parser.isSet(postgres)) {
        *output = tr("Give --database or --postgres, not both.");
        return Parse::ExitFailure;
    }
    o.databasePath = parser.value(database);
    o.postgresConnInfo = parser.value(postgres);
    if (parser.isSet(postgres) && o.postgresConnInfo.trimmed().isEmpty()) {
        // An empty connection string is fine for libpq (PG* variables), but QPSQL needs
        // something to pass: ask for it explicitly.
        o.postgresConnInfo = QStringLiteral("application_name=scopekeeper-server");
    }
    o.catalog = parser.value(catalog);
    if (parser.isSet(scoping)) {
        o.scoping = scopingFromName(parser.value(scoping));
        if (!o.scoping) {
            *output =
                tr("--scoping: “%1” is neither per-app nor per-key.").arg(parser.value(scoping));
            return Parse::ExitFailure;
        }
    }
    if (parser.isSet(listen)) {
        QString error;
        if (!parseListen(parser.value(listen), &o.listenAddress, &o.listenPort, &error)) {
            *output = error;
            return Parse::ExitFailure;
        }
    }
    o.tlsCertificate = parser.value(tlsCert);
    o.tlsKey = parser.value(tlsKey);
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty()) {
        *output = tr("--tls-cert and --tls-key go together: give both, or neither.");
        return Parse::ExitFailure;
    }
    o.insecureHttp = parser.isSet(insecure);
    for (const QString& cidr : parser.values(trustedProxy)) {
        QString error;
        if (!o.trustedProxies.add(cidr, &error)) {
            *output = error;
            return Parse::ExitFailure;
        }
    }
    for (const Bound& bound : bounds) {
        const QString name = bound.option.names().constFirst();
        if (!parser.isSet(bound.option))
            continue;
        bool ok = false;
        const double value = parser.value(bound.option).toDouble(&ok);
        if (!ok || value < bound.minimum || value > bound.maximum ||
            (!bound.isTime && value != double(qint64(value)))) {
            *output = bound.isTime ? tr("--%1: “%2” is not a number of seconds from %3 to %4.")
                                         .arg(name, parser.value(bound.option))
                                         .arg(bound.minimum)
                                         .arg(bound.maximum)
                                   : tr("--%1: “%2” is not a whole number from %3 to %4.")
                                         .arg(name, parser.value(bound.option))
                                         .arg(qint64(bound.minimum))
                                         .arg(qint64(bound.maximum));
            return Parse::ExitFailure;
        }
        const auto ms = std::chrono::milliseconds(qint64(value * 1000.0 + 0.5));
        if (name == QLatin1String("max-header-bytes"))
            o.limits.maxHeaderBytes = std::size_t(value);
        else if (name == QLatin1String("max-body-bytes"))
            o.limits.maxBodyBytes = std::size_t(value);
        else if (name == QLatin1String("header-timeout"))
            o.limits.headerTimeout = ms;
        else if (name == QLatin1String("body-timeout"))
            o.limits.bodyTimeout = ms;
        else if (name == QLatin1String("idle-timeout"))
            o.limits.idleTimeout = ms;
        else if (name == QLatin1String("tls-handshake-timeout"))
            o.limits.handshakeTimeout = ms;
        else if (name == QLatin1String("max-connections"))
            o.limits.maxConnections = int(value);
        else if (name == QLatin1String("threads"))
            o.limits.threads = int(value);
    }
    // Behind a trusted proxy that encrypts, plain HTTP off loopback is fine: requests that
    // did not come over HTTPS from another computer are refused one by one (ApiServer).
    if (o.mode == ServerOptions::Mode::Serve && !o.tls() && !o.insecureHttp &&
        o.trustedProxies.isEmpty() && !o.listenAddress.isLoopback()) {
        *output = tr("Refusing to listen on %1 without TLS: administrator tokens and API keys "
                     "would cross the network unencrypted. Give --tls-cert and --tls-key, "
                     "--trusted-proxy for a proxy in front of the server that encrypts the "
                     "traffic, or --insecure-http.")
                      .arg(o.listenAddress.toString());
        return Parse::ExitFailure;
    }
    *options = o;
    return Parse::Run;
}

} // namespace sk
