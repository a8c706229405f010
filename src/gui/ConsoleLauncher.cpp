#include "ConsoleLauncher.h"

#include "AppListModel.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "RestStore.h"
#include "SqlStore.h"
#include "TokenVault.h"
#include "Version.h"
#include "WhenDone.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace sk {

ConsoleLauncher::Parse ConsoleLauncher::parse(const QStringList& arguments, ConsoleOptions* options,
                                              QString* output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scopekeeper: manage scoped API apps and their API keys.\n\n"
           "Without options it opens the store used last; on first run it creates a local "
           "store in %1.")
            .arg(QDir::toNativeSeparators(defaultStorePath())));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), tr("Open (or create) the local store FILE."), tr("FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Start on a fresh demonstration store (the bank use case). Its keys work nowhere "
           "else."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), tr("Connect to the Scopekeeper server at URL."), tr("URL"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        tr("With --server: also trust the CA certificates in FILE (PEM) for that server, e.g. "
           "your own CA's. It is remembered for the server's URL."),
        tr("FILE"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        tr("The scope catalog of a new store: a built-in id (%1) or a JSON file.")
            .arg(Catalog::builtInIds().join(QStringLiteral(", "))),
        tr("ID|FILE"));
    const QCommandLineOption exitOption(
        QStringLiteral("exit-after-load"),
        tr("Quit as soon as the apps are shown (for scripts and benchmarks); print problems "
           "instead of showing them in a dialog."));
    parser.addOptions(
        {databaseOption, demoOption, serverOption, caFileOption, catalogOption, exitOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(arguments)) {
        *output = parser.errorText() + QLatin1Char('\n') +
                  tr("Run “scopekeeper --help” to see the options.");
        return Parse::ExitFailure;
    }
    if (parser.isSet(helpOption)) {
        *output = parser.helpText();
        return Parse::ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        *output = QStringLiteral("scopekeeper %1").arg(QString::fromLatin1(versionString()));
        return Parse::ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *output = tr("Unexpected argument “%1”. To open a store file, use --database FILE.")
                      .arg(parser.positionalArguments().constFirst());
        return Parse::ExitFailure;
    }
    options->database = parser.value(databaseOption);
    options->demo = parser.isSet(demoOption);
    options->server = parser.value(serverOption);
    // Absolute: it is remembered for the server, and used again from any folder.
    if (parser.isSet(caFileOption) && !parser.value(caFileOption).isEmpty())
        options->caFile = QFileInfo(parser.value(caFileOption)).absoluteFilePath();
    options->catalog = parser.value(catalogOption);
    options->exitAfterLoad = parser.isSet(exitOption);
    if (!options->server.isEmpty() && (!options->database.isEmpty() || options->demo)) {
        *output = tr("--server cannot be combined with --database or --demo: the console opens "
                     "one store at a time.");
        return Parse::ExitFailure;
    }
    if (!options->caFile.isEmpty() && options->server.isEmpty()) {
        *output = tr("--ca-file is for a server: give it with --server URL.");
        return Parse::ExitFailure;
    }
    if (options->demo && !options->catalog.isEmpty() && options->catalog != Catalog::defaultId()) {
        *output = tr("--demo uses the “%1” catalog; it cannot be combined with --catalog %2.")
                      .arg(Catalog::defaultId(), options->catalog);
        return Parse::ExitFailure;
    }
    return Parse::Run;
}

QString ConsoleLauncher::defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("scopekeeper.sqlite"));
}

QString ConsoleLauncher::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo-store.sqlite"));
}

QStringList ConsoleLauncher::recentStores()
{
    return Preferences().recentStores();
}

ConsoleLauncher::ConsoleLauncher(ConsoleOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_vault(new TokenVault(this))
{
}

ConsoleLauncher::~ConsoleLauncher()
{
    // The window refers to the store: close it first.
    delete m_connectDialog;
    m_window.reset();
    m_store.reset();
}

Result<Catalog> ConsoleLauncher::resolveCatalog(const QString& catalogSpec)
{
    const QString spec = catalogSpec.trimmed();
    if (spec.isEmpty())
        return Catalog::builtIn(Catalog::defaultId());
    if (Catalog::builtInIds().contains(spec))
        return Catalog::builtIn(spec);
    QFile file(spec);
    if (!file.exists()) {
        return Error::invalid(QStringLiteral("catalog"),
                              tr("--catalog: “%1” is neither a built-in catalog (%2) nor a file.")
                                  .arg(spec, Catalog::builtInIds().join(QStringLiteral(", "))));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(QStringLiteral("catalog"),
                              tr("--catalog: “%1” cannot be read: %2")
                                  .arg(QDir::toNativeSeparators(spec), file.errorString()));
    }
    return Catalog::fromJson(file.readAll(), QDir::toNativeSeparators(spec));
}

void ConsoleLauncher::start()
{
    openWith(m_options);
}

void ConsoleLauncher::holdWhileSwitching()
{
    if (!m_switching)
        m_switching = std::make_unique<QEventLoopLocker>();
}

void ConsoleLauncher::switched()
{
    // Last: releasing it may end the event loop when no window is left.
    m_switching.reset();
}

bool ConsoleLauncher::windowVisible() const
{
    return m_window && m_window->isVisible();
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
    holdWhileSwitching();
    if (!request.server.isEmpty()) {
        const QUrl url(request.server.trimmed(), QUrl::StrictMode);
        if (!url.isValid()) {
            fail(tr("--server: “%1” is not a valid address.").arg(request.server));
            return;
        }
        if (const std::optional<Error> error = RestStore::checkUrl(url)) {
            fail(error->message());
            return;
        }
        connectToServer(url, request.caFile);
        return;
    }
    Result<Catalog> catalog = resolveCatalog(request.catalog);
    if (!catalog.ok()) {
        fail(catalog.error().message());
        return;
    }

    SqlStoreOptions options;
    options.catalog = catalog.value();
    if (request.demo) {
        options.demo = true;
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
            options.sqlitePath = defaultDemoPath();
            if (m_store && QFileInfo(m_store->location()) == QFileInfo(options.sqlitePath)) {
                m_window.reset();
                m_store.reset();
            }
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
        options.sqlitePath = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultStorePath();
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
        if (request.demo && info->created) {
            whenDone(this, m_pending->seedDemo(),
                     [this, info = info.value(), note](const Result<Done>& seeded) {
                         if (!seeded.ok()) {
                             fail(seeded.error().message());
                             return;
                         }
                         opened(info, note);
                     });
            return;
        }
        opened(info.value(), note);
    });
}

void ConsoleLauncher::opened(const StoreInfo& info, const QString& note)
{
    // The window refers to the store it shows: it goes first.
    QByteArray geometry;
    if (m_window)
        geometry = m_window->saveGeometry();
    m_window.reset();
    m_store = std::move(m_pending);
    m_serverUrl.clear();
    if (!info.demo)
        remember(m_store->location());
    show(info, note, geometry);
}

void ConsoleLauncher::show(const StoreInfo& info, const QString& note, const QByteArray& geometry)
{
    m_window = std::make_unique<MainWindow>(m_store.get(), info);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (!note.isEmpty()) {
        m_window->showNote(note);
        if (m_options.exitAfterLoad)
            qWarning().noquote() << note;
    }
    connect(m_window->appListModel(), &AppListModel::loaded, this,
            [this] { Q_EMIT loaded(m_window->appListModel()->rowCount()); });
    connect(m_window->appListModel(), &AppListModel::loadFailed, this, [this](const Error& e) {
        if (m_options.exitAfterLoad)
            fail(e.message());
    });
    connect(m_window.get(), &MainWindow::openRecentStoreRequested, this,
            &ConsoleLauncher::openStoreFile);
    connect(m_window.get(), &MainWindow::newDemoStoreRequested, this,
            &ConsoleLauncher::openDemoStore);
    connect(m_window.get(), &MainWindow::connectToServerRequested, this, [this] {
        ConnectRequest request;
        request.url = m_serverUrl;
        askForToken(request);
    });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ConsoleLauncher::signOut);
    connect(m_window.get(), &MainWindow::openLocalStoreRequested, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(m_window.get(), tr("Open Local Store"), localStoreFolder(),
                                         tr("Scopekeeper stores (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            openStoreFile(path);
    });
    connect(m_window.get(), &MainWindow::newLocalStoreRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            m_window.get(), tr("New Local Store"),
            QDir(localStoreFolder()).filePath(tr("new-store.sqlite")),
            tr("Scopekeeper stores (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            createStoreFile(path);
    });
    m_window->show();
    switched();
    Q_EMIT started();
}

void ConsoleLauncher::connectToServer(const QUrl& url, const QString& caFile)
{
    if (url.isEmpty()) {
        askForToken(ConnectRequest());
        return;
    }
    const QString trusted = caFile.isEmpty() ? Preferences().caCertificateFile(url) : caFile;
    m_vault->read(url, [this, url, trusted](const TokenVault::Outcome& stored) {
        if (stored.ok()) {
            connectWithToken(url, stored.token, trusted);
            return;
        }
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
    RestStoreOptions options;
    options.baseUrl = url;
    options.token = token;
    options.caCertificateFile = caFile;
    m_pendingServer = std::make_unique<RestStore>(options);
    whenDone(this, m_pendingServer->open(),
             [this, url, token, caFile](const Result<StoreInfo>& info) {
                 if (!info.ok()) {
                     const Error error = info.error();
                     const bool certificateRefused = m_pendingServer->certificateRefused();
                     m_pendingServer.reset();
                     if (m_options.exitAfterLoad) {
                         fail(certificateRefused ? error.message() + QLatin1Char(' ') +
                                                       tr("Give that file with --ca-file FILE.")
                                                 : error.message());
                         return;
                     }
                     if (error.code() == ErrorCode::Unauthorized) {
                         ConnectRequest request;
                         request.url = url;
                         request.caFile = caFile;
                         request.tokenProblem = error.message();
                         askForToken(request);
                         return;
                     }
                     if (certificateRefused || error.field() == QLatin1String("ca_file")) {
                         // Shown where it can be put right: the refused certificate at the URL,
                         // with the CA file to choose, or the CA file that cannot be used at its
                         // field. The stored token stays in its (masked) field.
                         ConnectRequest request;
                         request.url = url;
                         request.caFile = caFile;
                         request.token = token;
                         if (certificateRefused)
                             request.urlProblem = error.message();
                         else
                             request.caFileProblem = error.message();
                         request.certificateRefused = certificateRefused;
                         askForToken(request);
                         return;
                     }
                     if (!m_window) {
                         // The first start: nothing to fall back on. Say why at the URL, with
                         // the stored token kept (masked), so that Connect tries again once the
                         // server is back.
                         ConnectRequest request;
                         request.url = url;
                         request.caFile = caFile;
                         request.token = token;
                         request.urlProblem = error.message();
                         askForToken(request);
                         return;
                     }
                     fail(error.message());
                     return;
                 }
                 Preferences().setCaCertificateFile(url, caFile);
                 QByteArray geometry;
                 if (m_window)
                     geometry = m_window->saveGeometry();
                 m_window.reset();
                 m_store = std::move(m_pendingServer);
                 m_serverUrl = url;
                 show(info.value(), QString(), geometry);
             });
}

void ConsoleLauncher::askForToken(const ConnectRequest& request)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto* dialog = new ConnectDialog(m_window.get());
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
    if (!request.tokenProblem.isEmpty())
        dialog->setTokenError(request.tokenProblem);
    if (!request.urlProblem.isEmpty())
        dialog->setUrlError(request.urlProblem, request.certificateRefused);
    if (!request.caFileProblem.isEmpty())
        dialog->setCaFileError(request.caFileProblem);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pendingServer = dialog->takeStore();
        if (!m_pendingServer)
            return;
        const QUrl connected = dialog->url();
        const StoreInfo info = dialog->storeInfo();
        // A path, not a secret: the settings may hold it.
        Preferences().setCaCertificateFile(connected, dialog->caCertificateFile());
        if (dialog->rememberToken()) {
            // The program does not end before the keychain has answered, even when the window
            // is closed at once: the token is stored, or the person is told that it was not.
            auto keepRunning = std::make_shared<QEventLoopLocker>();
            m_vault->write(connected, dialog->token(),
                           [this, keepRunning](const TokenVault::Outcome& saved) {
                               if (saved.ok())
                                   return;
                               if (windowVisible())
                                   m_window->showNote(saved.message);
                               else
                                   Q_EMIT warning(saved.message);
                           });
        }
        // The dialog may belong to the window that is about to go: swap them once its signal
        // has returned. Until the new window is shown, the dialog that just closed may have
        // been the last window: the program goes on.
        holdWhileSwitching();
        QMetaObject::invokeMethod(
            this,
            [this, connected, info] {
                if (!m_pendingServer)
                    return;
                QByteArray geometry;
                if (m_window)
                    geometry = m_window->saveGeometry();
                m_window.reset();
                m_pending.reset();
                m_store = std::move(m_pendingServer);
                m_serverUrl = connected;
                show(info, QString(), geometry);
            },
            Qt::QueuedConnection);
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (m_window) {
            switched(); // the window on screen stays
            return;
        }
        const QUrl url = dialog->url();
        m_pendingServer.reset();
        Q_EMIT cancelled(url.isEmpty() || !url.isValid()
                             ? tr("Not connected to a server: Connect to Server was cancelled.")
                             : tr("Not connected to %1: Connect to Server was cancelled.")
                                   .arg(url.toDisplayString()));
    });
    dialog->open();
}

void ConsoleLauncher::signOut()
{
    if (m_serverUrl.isEmpty())
        return;
    const QUrl url = m_serverUrl;
    if (auto* rest = qobject_cast<RestStore*>(m_store.get()))
        rest->wipeToken();
    const QString again = tr("To work on it again, choose Connect… and give a token; File > Open "
                             "Local Store… opens a local store.");
    // The server's data goes at once; what the keychain did follows when it answers.
    if (m_window) {
        m_window->showSignedOut(tr("Signed out of %1: its apps and keys are no longer shown.")
                                    .arg(url.toDisplayString()) +
                                QLatin1Char(' ') + again);
    }
    QPointer<MainWindow> window = m_window.get();
    m_vault->remove(url, [window, url, again](const TokenVault::Outcome& removed) {
        if (!window || !window->isSignedOut())
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
        window->showSignedOut(done + QLatin1Char(' ') + again);
    });
}

void ConsoleLauncher::closeStore()
{
    if (m_window)
        m_window->hide();
    // The store is closed before the window is taken apart only because the process ends
    // right after (--exit-after-load); nothing touches the window in between.
    m_pending.reset();
    m_pendingServer.reset();
    m_store.reset();
}

QString ConsoleLauncher::localStoreFolder() const
{
    // The open store's folder when it is a file; the app-data folder for a server.
    const QFileInfo file(m_store ? m_store->location() : QString());
    if (m_store && file.isAbsolute() && file.absoluteDir().exists())
        return file.absolutePath();
    return QFileInfo(defaultStorePath()).absolutePath();
}

void ConsoleLauncher::remember(const QString& path)
{
    Preferences().rememberStore(path);
}

void ConsoleLauncher::fail(const QString& message)
{
    m_pending.reset();
    m_pendingServer.reset();
    if (m_window && !m_options.exitAfterLoad) {
        // A store is already on screen: keep it, and say what went wrong.
        m_window->showStoreError(Error(ErrorCode::Unavailable, message));
        switched();
        return;
    }
    // Still held: the program ends with the failure, not when its message box closes.
    m_window.reset();
    m_store.reset();
    Q_EMIT failed(message);
}

} // namespace sk
