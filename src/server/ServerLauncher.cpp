#include "ServerLauncher.h"

#include "AdminToken.h"
#include "ApiServer.h"
#include "Catalog.h"
#include "CatalogFile.h"
#include "ServerCommandLine.h"
#include "ShutdownSignals.h"
#include "SqlStore.h"
#include "Version.h"
#include "Wait.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#endif

namespace sk {

namespace {

constexpr int DrainTimeoutMs = 30 * 1000;

void printOut(const QString& text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

#if QT_CONFIG(ssl)
bool loadTls(const ServerOptions& options, QSslConfiguration* out, QString* error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QCoreApplication::translate("ServerLauncher",
                                             "TLS is not available (no TLS library was found).");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(
        options.tlsCertificate, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (chain.isEmpty()) {
        *error = QCoreApplication::translate("ServerLauncher", "“%1” holds no PEM certificate.")
                     .arg(options.tlsCertificate);
        return false;
    }
    QFile keyFile(options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ServerLauncher", "“%1” cannot be read: %2")
                     .arg(options.tlsKey, keyFile.errorString());
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QCoreApplication::translate("ServerLauncher",
                                             "“%1” holds no unencrypted PEM RSA or EC private key.")
                     .arg(options.tlsKey);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    *out = tls;
    return true;
}
#endif

/// `audit verify`: 0 when the chain is whole, 1 when it is broken or cannot be read.
int verifyAudit(SqlStore& store)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ServerLauncher", text);
    };
    const Result<AuditChain::Report> checked = waitFor(store.checkAuditChain());
    if (!checked.ok()) {
        printErr(QStringLiteral("scopekeeper-server: ") + checked.error().toString());
        return 1;
    }
    const AuditChain::Report& r = checked.value();
    if (!r.whole()) {
        QString why;
        switch (r.problem) {
        case AuditChain::Break::Unaccounted:
            why = tr("%1 entries before it are not chained, and it does not start the chain.")
                      .arg(r.unchained);
            break;
        case AuditChain::Break::CountChanged:
            why = tr("the chain started after %1 unchained entries; there are %2 now.")
                      .arg(r.countedBefore)
                      .arg(r.unchained);
            break;
        case AuditChain::Break::MissingLink:
            why = tr("it has no link: it was added, or its link removed, behind the server's "
                     "back.");
            break;
        case AuditChain::Break::DataMismatch:
            why = tr("its structured data does not say what its detail says: the data was "
                     "changed behind the server's back.");
            break;
        case AuditChain::Break::LinkMismatch:
        case AuditChain::Break::None:
            why = tr("its link does not match: it was changed, or an entry before it was "
                     "removed or inserted.");
            break;
        }
        printOut(tr("The audit log is broken at entry %1: %2 The %3 entries before it are "
                    "whole.")
                     .arg(r.brokenAt)
                     .arg(why)
                     .arg(r.chained));
        return 1;
    }
    QString text = tr("The audit log is whole: %1 entries chained.").arg(r.chained);
    if (r.unchained > 0) {
        text += QLatin1Char(' ') + tr("%1 earlier entries, from before the chain, are not "
                                      "chained.")
                                       .arg(r.unchained);
    }
    text += QLatin1Char('\n') + tr("Last link: %1").arg(QString::fromLatin1(r.head));
    printOut(text);
    return 0;
}

} // namespace

int ServerLauncher::run(const QStringList& arguments)
{
    ServerOptions options;
    QString output;
    switch (ServerCommandLine::parse(arguments, &options, &output)) {
    case ServerCommandLine::Parse::ExitSuccess:
        printOut(output);
        return 0;
    case ServerCommandLine::Parse::ExitFailure:
        printErr(QStringLiteral("scopekeeper-server: ") + output);
        return 2;
    case ServerCommandLine::Parse::Run:
        break;
    }

    const Result<Catalog> catalog = Catalog::resolve(options.catalog, readCatalogFile);
    if (!catalog.ok()) {
        printErr(QStringLiteral("scopekeeper-server: ") + catalog.error().toString());
        return 2;
    }
#if QT_CONFIG(ssl)
    QSslConfiguration tls;
#endif
    if (options.mode == ServerOptions::Mode::Serve && options.tls()) {
#if QT_CONFIG(ssl)
        QString error;
        if (!loadTls(options, &tls, &error)) {
            printErr(QStringLiteral("scopekeeper-server: ") + error);
            return 2;
        }
#else
        printErr(QStringLiteral("scopekeeper-server: ") +
                 tr("This build has no TLS support; --tls-cert cannot be used."));
        return 2;
#endif
    }

    SqlStoreOptions storeOptions;
    if (!options.postgresConnInfo.isEmpty()) {
        storeOptions.driver = SqlStoreOptions::Driver::Postgres;
        storeOptions.postgresConnInfo = options.postgresConnInfo;
    } else {
        storeOptions.driver = SqlStoreOptions::Driver::Sqlite;
        storeOptions.sqlitePath = options.databasePath.isEmpty()
                                      ? ServerCommandLine::defaultDatabasePath()
                                      : options.databasePath;
    }
    // Only serving and making the first administrator start a store; the other commands
    // work on one that exists.
    storeOptions.createIfMissing = options.mode == ServerOptions::Mode::Serve ||
                                   options.mode == ServerOptions::Mode::CreateAdmin;
    storeOptions.catalog = catalog.value();
    storeOptions.scoping = options.scoping;
    // What the server does is done by its administrators; what the command line does, by the
    // system user who runs it (the store's default actor).
    if (options.mode == ServerOptions::Mode::Serve)
        storeOptions.actor = QStringLiteral("scopekeeper-server");
    SqlStore store(storeOptions);
    const Result<StoreInfo> opened = waitFor(store.open());
    if (!opened.ok()) {
        printErr(QStringLiteral("scopekeeper-server: ") +
                 tr("The store cannot be opened: %1").arg(opened.error().toString()));
        return 1;
    }
    if (options.scoping && *options.scoping != opened->scoping) {
        // A store's keys are made for its mode: it is never changed.
        printErr(QStringLiteral("scopekeeper-server: ") +
                 tr("--scoping %1 is for a new store; this store is %2 (chosen when it was "
                    "created) and stays so. Leave --scoping out, or give a new --database.")
                     .arg(scopingName(*options.scoping), scopingName(opened->scoping)));
        return 2;
    }
    if (!options.catalog.isEmpty() && !opened->created && opened->catalogId != catalog->id()) {
        printErr(tr("scopekeeper-server: note: --catalog is for a new store; this store keeps "
                    "its catalog “%1”.")
                     .arg(opened->catalogId));
    }

    if (options.mode == ServerOptions::Mode::CreateAdmin) {
        const QString token = AdminToken::generate();
        const Result<Done> created =
            waitFor(store.createAdmin(options.adminName, AdminToken::hash(token), options.adminRole,
                                      QDateTime::currentDateTimeUtc().addDays(options.adminDays)));
        if (!created.ok()) {
            printErr(QStringLiteral("scopekeeper-server: ") +
                     tr("The administrator was not created: %1").arg(created.error().message()));
            return created.error().code() == ErrorCode::Invalid ||
                           created.error().code() == ErrorCode::Conflict
                       ? 2
                       : 1;
        }
        printOut(token);
        printErr(tr("Administrator “%1” (%2) created; the token expires on %3. It is printed "
                    "above, once: keep it somewhere safe now; it cannot be shown again.")
                     .arg(options.adminName.trimmed(), options.adminRole,
                          QDateTime::currentDateTimeUtc()
                              .addDays(options.adminDays)
                              .toString(Qt::ISODate)));
        return 0;
    }
    if (options.mode == ServerOptions::Mode::RevokeAdmin) {
        const Result<Done> revoked = waitFor(store.revokeAdmin(options.adminName));
        if (!revoked.ok()) {
            printErr(QStringLiteral("scopekeeper-server: ") + revoked.error().message());
            return 1;
        }
        printErr(tr("Administrator “%1” revoked: the token is refused from the next request on, "
                    "on every instance.")
                     .arg(options.adminName.trimmed()));
        return 0;
    }
    if (options.mode == ServerOptions::Mode::VerifyAudit)
        return verifyAudit(store);
    if (options.mode == ServerOptions::Mode::Backup) {
        const Result<Done> backedUp = waitFor(store.backUpTo(options.backupFile));
        if (!backedUp.ok()) {
            printErr(QStringLiteral("scopekeeper-server: ") + backedUp.error().message());
            return backedUp.error().code() == ErrorCode::Invalid ? 2 : 1;
        }
        printErr(
            tr("Backed up to %1. To restore it, stop the server, put it in the store's "
               "place, and start the server again.")
                .arg(QDir::toNativeSeparators(QFileInfo(options.backupFile).absoluteFilePath())));
        return 0;
    }
    if (options.mode == ServerOptions::Mode::ListAdmins) {
        const Result<QList<AdminAccount>> admins = waitFor(store.listAdmins());
        if (!admins.ok()) {
            printErr(QStringLiteral("scopekeeper-server: ") + admins.error().toString());
            return 1;
        }
        // One line each, tab-separated, with a header: for people and for scripts alike.
        const auto time = [](const QDateTime& t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
        };
        QString table = QStringLiteral("name\trole\tcreated\texpires\tlast used\tstatus\n");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const AdminAccount& a : admins.value()) {
            const QString status = a.revokedAt.isValid() ? QStringLiteral("revoked")
                                   : (a.expiresAt.isValid() && a.expiresAt <= now)
                                       ? QStringLiteral("expired")
                                       : QStringLiteral("active");
            table +=
                QStringList{
                    a.name, a.role, time(a.createdAt), time(a.expiresAt), time(a.lastUsedAt),
                    status}
                    .join(QLatin1Char('\t')) +
                QLatin1Char('\n');
        }
        printOut(table.trimmed());
        return 0;
    }

    ApiServer server(store);
    server.setLimits(options.limits);
    server.setTrustedProxies(options.trustedProxies);
    // Plain HTTP for other computers only when asked (--insecure-http), or through a trusted
    // proxy that says the client used HTTPS.
    server.setHttpsRequired(!options.tls() && !options.insecureHttp);
    QString error;
#if QT_CONFIG(ssl)
    const QSslConfiguration* tlsPointer = options.tls() ? &tls : nullptr;
#else
    const QSslConfiguration* tlsPointer = nullptr;
#endif
    if (!server.listen(options.listenAddress, options.listenPort, tlsPointer, &error)) {
        printErr(QStringLiteral("scopekeeper-server: ") + tr("Cannot listen on %1:%2: %3")
                                                              .arg(options.listenAddress.toString())
                                                              .arg(options.listenPort)
                                                              .arg(error));
        return 1;
    }
    const QString host =
        options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + options.listenAddress.toString() + QLatin1Char(']')
            : options.listenAddress.toString();
    printErr(tr("scopekeeper-server %1 listening on %2://%3:%4 (store: %5)")
                 .arg(QString::fromLatin1(versionString()),
                      options.tls() ? QStringLiteral("https") : QStringLiteral("http"), host)
                 .arg(server.port())
                 .arg(opened->location));

    ShutdownSignals shutdownSignals;
    if (!shutdownSignals.install(&error))
        printErr(QStringLiteral("scopekeeper-server: ") + error);
    bool stopping = false;
    bool finished = false;
    const auto finish = [&store, &finished] {
        if (finished)
            return;
        finished = true;
        const Result<Done> flushed = waitFor(store.flushUsage());
        if (!flushed.ok())
            printErr(QStringLiteral("scopekeeper-server: ") + flushed.error().toString());
        printErr(tr("scopekeeper-server: stopped."));
        QCoreApplication::exit(0);
    };
    QObject::connect(&server, &ApiServer::drained, &server, finish);
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &server, [&](int) {
        if (stopping) {
            printErr(tr("scopekeeper-server: stopping now, without waiting."));
            finish();
            return;
        }
        stopping = true;
        printErr(tr("scopekeeper-server: stopping: no new connections; requests in flight: %1.")
                     .arg(server.requestsInFlight()));
        QTimer::singleShot(DrainTimeoutMs, &server, [finish] {
            printErr(tr("scopekeeper-server: requests still in flight after %1 s; stopping "
                        "anyway.")
                         .arg(DrainTimeoutMs / 1000));
            finish();
        });
        server.shutdown();
    });
    return QCoreApplication::exec();
}

} // namespace sk
