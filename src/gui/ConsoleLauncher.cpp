#include "ConsoleLauncher.h"

#include "CatalogFile.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ServerConnector.h"
#include "Session.h"
#include "SqlStore.h"
#include "TokenVault.h"
#include "WhenDone.h"

#include <QDir>
#include <QEventLoopLocker>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace sk {

namespace {

Result<Catalog> resolveCatalog(const QString& spec)
{
    Result<Catalog> catalog = Catalog::resolve(spec, readCatalogFile);
    if (catalog.ok() || catalog.error().field() != QLatin1String("catalog"))
        return catalog;
    return Error::invalid(QStringLiteral("catalog"),
                          QStringLiteral("--catalog: ") + catalog.error().message());
}

} // namespace

ConsoleLauncher::ConsoleLauncher(ConsoleOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_session(new Session(m_options.exitAfterLoad, this))
    , m_connector(new ServerConnector(this))
    , m_vault(new TokenVault(this))
{
    connect(m_session, &Session::windowCreated, this, &ConsoleLauncher::connectMenu);
    connect(m_session, &Session::started, this, &ConsoleLauncher::started);
    connect(m_session, &Session::failed, this, &ConsoleLauncher::failed);
    connect(m_session, &Session::loaded, this, &ConsoleLauncher::loaded);
}

ConsoleLauncher::~ConsoleLauncher()
{
    // The dialog may belong to the window; the window refers to the store (the session closes
    // both, in that order).
    delete m_connectDialog;
    m_pendingServer.reset();
    m_pending.reset();
    delete m_session;
}

MainWindow* ConsoleLauncher::window() const
{
    return m_session->window();
}

Store* ConsoleLauncher::store() const
{
    return m_session->store();
}

void ConsoleLauncher::start()
{
    openWith(m_options);
}

void ConsoleLauncher::openStoreFile(const QString& path)
{
    ConsoleOptions options;
    options.database = path;
    openWith(options);
}

void ConsoleLauncher::createStoreFile(const QString& path)
{
    if (QFileInfo::exists(path)) {
        fail(tr("“%1” already exists. A new store needs a new file name; the existing file was "
                "not changed.")
                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openStoreFile(path);
}

void ConsoleLauncher::openDemoStore()
{
    ConsoleOptions options;
    options.demo = true;
    openWith(options);
}

void ConsoleLauncher::openWith(const ConsoleOptions& request)
{
    m_session->holdWhileSwitching();
    if (request.server.isEmpty()) {
        openLocal(request);
        return;
    }
    const QUrl url(request.server.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        fail(tr("--server: “%1” is not a valid address.").arg(request.server));
        return;
    }
    if (const std::optional<Error> error = ServerConnector::checkUrl(url)) {
        fail(error->message());
        return;
    }
    connectToServer(url, request.caFile);
}

void ConsoleLauncher::openLocal(const ConsoleOptions& request)
{
    // A demo store comes with its variant's catalog (the command line refused any other).
    Result<Catalog> catalog =
        resolveCatalog(request.demo && request.catalog.isEmpty()
                           ? ConsoleCommandLine::demoCatalog(request.demoVariant)
                           : request.catalog);
    if (!catalog.ok()) {
        fail(catalog.error().message());
        return;
    }

    SqlStoreOptions options;
    options.catalog = catalog.value();
    options.scoping = request.scoping;
    if (request.demo) {
        options.demo = true;
        options.scoping = ConsoleCommandLine::demoScoping(request.demoVariant);
        options.demoVariant = request.demoVariant == QLatin1String("aimms")
                                  ? SqlStoreOptions::DemoVariant::Aimms
                                  : SqlStoreOptions::DemoVariant::Bank;
        if (!request.database.isEmpty()) {
            options.sqlitePath = request.database;
            if (QFileInfo::exists(options.sqlitePath)) {
                fail(tr("--demo creates a fresh store, but “%1” already exists. Choose a new "
                        "file name; the existing file was not changed.")
                         .arg(QDir::toNativeSeparators(options.sqlitePath)));
                return;
            }
        } else {
            // The demo store in the app-data folder is ours: start it afresh every time. If it
            // is the store on screen, close that first.
            options.sqlitePath = ConsoleCommandLine::defaultDemoPath();
            if (store() && QFileInfo(store()->location()) == QFileInfo(options.sqlitePath))
                m_session->closeAll();
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral("-journal")}) {
                const QString path = options.sqlitePath + suffix;
                if (QFileInfo::exists(path) && !QFile::remove(path)) {
                    fail(tr("The previous demo store “%1” cannot be removed.")
                             .arg(QDir::toNativeSeparators(path)));
                    return;
                }
            }
        }
    } else if (!request.database.isEmpty()) {
        options.sqlitePath = request.database;
    } else {
        const QString last = Preferences().lastStore();
        options.sqlitePath = !last.isEmpty() && QFileInfo::exists(last)
                                 ? last
                                 : ConsoleCommandLine::defaultStorePath();
    }

    // The store on screen stays until the new one is open: a store that cannot be opened
    // changes nothing.
    m_pending = std::make_unique<SqlStore>(options);
    whenDone(this, m_pending->open(), [this, request](const Result<StoreInfo>& info) {
        if (!info.ok()) {
            fail(info.error().message());
            return;
        }
        QString note;
        if (!info->created && !request.catalog.isEmpty()) {
            Result<Catalog> wanted = resolveCatalog(request.catalog);
            if (wanted.ok() && wanted->id() != info->catalogId) {
                note = tr("--catalog applies only to a new store; this store keeps its catalog "
                          "“%1”.")
                           .arg(info->catalogId);
            }
        }
        if (!info->created && request.scoping && *request.scoping != info->scoping) {
            const QString scopingNote =
                tr("--scoping applies only to a new store; this store keeps its mode “%1”.")
                    .arg(scopingName(info->scoping));
            note = note.isEmpty() ? scopingNote : note + QLatin1Char(' ') + scopingNote;
        }
        if (request.demo && info->created) {
            whenDone(this, m_pending->seedDemo(),
                     [this, info = info.value(), note](const Result<Done>& seeded) {
                         if (!seeded.ok()) {
                             fail(seeded.error().message());
                             return;
                         }
                         m_session->replaceStore(std::move(m_pending), info, QUrl(), note);
                     });
            return;
        }
        m_session->replaceStore(std::move(m_pending), info.value(), QUrl(), note);
    });
}

void ConsoleLauncher::connectMenu(MainWindow* window)
{
    connect(window, &MainWindow::openRecentStoreRequested, this, &ConsoleLauncher::openStoreFile);
    connect(window, &MainWindow::newDemoStoreRequested, this, &ConsoleLauncher::openDemoStore);
    connect(window, &MainWindow::connectToServerRequested, this, [this] {
        ConnectRequest request;
        request.url = m_session->serverUrl();
        askForToken(request);
    });
    connect(window, &MainWindow::signOutRequested, this, &ConsoleLauncher::signOut);
    connect(window, &MainWindow::openLocalStoreRequested, this, [this, window] {
        const QString path =
            QFileDialog::getOpenFileName(window, tr("Open Local Store"), localStoreFolder(),
                                         tr("Scopekeeper stores (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            openStoreFile(path);
    });
    connect(window, &MainWindow::newLocalStoreRequested, this, [this, window] {
        const QString path = QFileDialog::getSaveFileName(
            window, tr("New Local Store"),
            QDir(localStoreFolder()).filePath(tr("new-store.sqlite")),
            tr("Scopekeeper stores (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            createStoreFile(path);
    });
}

void ConsoleLauncher::connectToServer(const QUrl& url, const QString& caFile)
{
    if (url.isEmpty()) {
        askForToken(ConnectRequest());
        return;
    }
    const QString trusted = caFile.isEmpty() ? Preferences().caCertificateFile(url) : caFile;
    // The keychain can take a moment: the connection is made meanwhile.
    m_connector->connectAhead(url, trusted);
    m_vault->read(url, [this, url, trusted](const TokenVault::Outcome& stored) {
        if (stored.ok()) {
            connectWithToken(url, stored.token, trusted);
            return;
        }
        m_connector->cancel();
        if (m_options.exitAfterLoad) {
            // No dialog for scripts: say what is missing.
            fail(stored.status == TokenVault::Status::NotFound
                     ? tr("No token is stored for %1: connect once in the console and let it "
                          "remember the token.")
                           .arg(url.toDisplayString())
                     : stored.message);
            return;
        }
        ConnectRequest request;
        request.url = url;
        request.caFile = trusted;
        if (stored.status != TokenVault::Status::NotFound)
            request.keychainProblem = stored.message;
        askForToken(request);
    });
}

void ConsoleLauncher::connectWithToken(const QUrl& url, const QString& token, const QString& caFile)
{
    m_connector->connectTo(
        url, token, caFile, [this, url, token, caFile](ServerConnector::Outcome outcome) {
            if (outcome.connected()) {
                m_session->replaceStore(std::move(outcome.store), outcome.info, url);
                return;
            }
            const ServerConnector::Problem& problem = *outcome.problem;
            if (m_options.exitAfterLoad) {
                fail(problem.certificateRefused ? problem.message + QLatin1Char(' ') +
                                                      tr("Give that file with --ca-file FILE.")
                                                : problem.message);
                return;
            }
            if (problem.field == ServerConnector::Field::Url && !problem.certificateRefused &&
                window()) {
                // The server could not be reached: the window on screen stays, and says so.
                fail(problem.message);
                return;
            }
            // Shown where it can be put right. A refused token is asked for again; otherwise
            // the stored token stays in its (masked) field, so that Connect tries again once
            // the certificate is trusted or the server is back.
            ConnectRequest request;
            request.url = url;
            request.caFile = caFile;
            if (problem.field != ServerConnector::Field::Token)
                request.token = token;
            request.problem = problem;
            askForToken(request);
        });
}

void ConsoleLauncher::askForToken(const ConnectRequest& request)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto* dialog = new ConnectDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog = dialog;
    // The CA file first: the URL then only offers the remembered one if none is given.
    if (!request.caFile.isEmpty())
        dialog->setCaCertificateFile(request.caFile);
    if (!request.url.isEmpty())
        dialog->setUrl(request.url.toString());
    if (!request.token.isEmpty())
        dialog->setToken(request.token);
    if (!request.keychainProblem.isEmpty())
        dialog->setKeychainUnavailable(request.keychainProblem);
    if (request.problem)
        dialog->showProblem(*request.problem);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pendingServer = dialog->takeStore();
        if (!m_pendingServer)
            return;
        const QUrl connected = dialog->url();
        const StoreInfo info = dialog->storeInfo();
        if (dialog->rememberToken())
            rememberToken(connected, dialog->token());
        // The dialog may belong to the window that is about to go: swap them once its signal
        // has returned. Until the new window is shown, the dialog that just closed may have
        // been the last window: the program goes on.
        m_session->holdWhileSwitching();
        QMetaObject::invokeMethod(
            this,
            [this, connected, info] {
                if (!m_pendingServer)
                    return;
                m_pending.reset();
                m_session->replaceStore(std::move(m_pendingServer), info, connected);
            },
            Qt::QueuedConnection);
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (window()) {
            m_session->switched(); // the window on screen stays
            return;
        }
        const QUrl url = dialog->url();
        m_pendingServer.reset();
        m_connector->cancel();
        Q_EMIT cancelled(url.isEmpty() || !url.isValid()
                             ? tr("Not connected to a server: Connect to Server was cancelled.")
                             : tr("Not connected to %1: Connect to Server was cancelled.")
                                   .arg(url.toDisplayString()));
    });
    dialog->open();
}

void ConsoleLauncher::rememberToken(const QUrl& url, const QString& token)
{
    // The program does not end before the keychain has answered, even when the window is
    // closed at once: the token is stored, or the person is told that it was not.
    auto keepRunning = std::make_shared<QEventLoopLocker>();
    m_vault->write(url, token, [this, keepRunning](const TokenVault::Outcome& saved) {
        if (saved.ok())
            return;
        if (m_session->windowVisible())
            window()->showNote(saved.message);
        else
            Q_EMIT warning(saved.message);
    });
}

void ConsoleLauncher::signOut()
{
    const QUrl url = m_session->serverUrl();
    if (url.isEmpty())
        return;
    if (store())
        store()->forgetCredentials();
    const QString again = tr("To work on it again, choose Connect… and give a token; File > Open "
                             "Local Store… opens a local store.");
    // The server's data goes at once; what the keychain did follows when it answers.
    if (window()) {
        window()->showSignedOut(tr("Signed out of %1: its apps and keys are no longer shown.")
                                    .arg(url.toDisplayString()) +
                                QLatin1Char(' ') + again);
    }
    QPointer<MainWindow> shown = window();
    m_vault->remove(url, [shown, url, again](const TokenVault::Outcome& removed) {
        if (!shown || !shown->isSignedOut())
            return; // connected again (a new window) meanwhile
        QString done;
        switch (removed.status) {
        case TokenVault::Status::Ok:
        case TokenVault::Status::NotFound:
            done = tr("Signed out of %1: its token was deleted from the keychain, and its apps "
                      "and keys are no longer shown.")
                       .arg(url.toDisplayString());
            break;
        case TokenVault::Status::Unavailable:
            done = tr("Signed out of %1: its apps and keys are no longer shown. There is no "
                      "keychain, so no token was kept.")
                       .arg(url.toDisplayString());
            break;
        case TokenVault::Status::Failed:
            done = tr("Signed out of %1, but the keychain did not delete its token: %2")
                       .arg(url.toDisplayString(), removed.message);
            break;
        }
        shown->showSignedOut(done + QLatin1Char(' ') + again);
    });
}

void ConsoleLauncher::closeStore()
{
    m_pending.reset();
    m_pendingServer.reset();
    m_connector->cancel();
    m_session->closeStore();
}

QString ConsoleLauncher::localStoreFolder() const
{
    // The open store's folder when it is a file; the app-data folder for a server.
    const QFileInfo file(store() ? store()->location() : QString());
    if (store() && file.isAbsolute() && file.absoluteDir().exists())
        return file.absolutePath();
    return QFileInfo(ConsoleCommandLine::defaultStorePath()).absolutePath();
}

void ConsoleLauncher::fail(const QString& message)
{
    m_pending.reset();
    m_pendingServer.reset();
    m_connector->cancel();
    m_session->fail(message);
}

} // namespace sk
