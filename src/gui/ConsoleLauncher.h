// Scopekeeper console: from the command line to an open store and a main window.
//
// The paths to a store: the start (ConsoleOptions from ConsoleCommandLine), File > Open Local
// Store, New Local Store, New Demo Store, Connect to Server and Sign Out. Each opens its store
// and hands it to the Session (which store is open, the window that shows it); servers are
// reached through a ServerConnector, with the token from the keychain (TokenVault) or from
// "Connect to Server".
#pragma once

#include "ConnectDialog.h"
#include "ConsoleCommandLine.h"
#include "Error.h"
#include "ServerConnector.h"
#include "Types.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>
#include <optional>

namespace sk {

class MainWindow;
class Session;
class SqlStore;
class Store;
class TokenVault;

class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleLauncher(ConsoleOptions options, QObject* parent = nullptr);
    ~ConsoleLauncher() override;

    /// Opens the store (asynchronously) and shows the main window. Emits failed() when the
    /// store cannot be opened; nothing is changed on disk then.
    void start();
    /// Opens another local store; the current one stays on screen if that fails.
    void openStoreFile(const QString& path);
    /// Creates a new local store in `path`, which must not exist yet.
    void createStoreFile(const QString& path);
    /// Starts a fresh demo store.
    void openDemoStore();
    /// Connects to the server at `url` with the token stored in the keychain; without one
    /// (or when it is refused, or the server's certificate is not trusted) asks with "Connect
    /// to Server". An empty URL asks for both. `caFile`: the CA certificate file to trust for
    /// it; empty: the one remembered for that URL, if any.
    void connectToServer(const QUrl& url, const QString& caFile = QString());
    /// Forgets the server's token and deletes it from the keychain; the window stays on the
    /// server with its pages emptied, and says how to connect again.
    void signOut();
    /// The "Connect to Server" dialog while it is open (for tests).
    ConnectDialog* connectDialog() const { return m_connectDialog; }
    TokenVault* tokenVault() const { return m_vault; }
    MainWindow* window() const;
    /// Closes the window and then the store (pending writes flushed, the file closed).
    void closeStore();
    Store* store() const;

Q_SIGNALS:
    void started();
    /// No store could be opened and no window is on screen: the console cannot go on.
    void failed(const QString& message);
    /// At the first start, the person cancelled "Connect to Server": nothing to show them, but
    /// the console was not connected (the caller exits with a failure).
    void cancelled(const QString& message);
    /// Something the person should know when no window is left to say it in, e.g. that the
    /// keychain could not store the token after the window was closed.
    void warning(const QString& message);
    /// With --exit-after-load: the apps are on screen.
    void loaded(int appCount);

private:
    void openWith(const ConsoleOptions& request);
    void openLocal(const ConsoleOptions& request);
    void fail(const QString& message);
    /// Connects the menu of a new window to the paths above.
    void connectMenu(MainWindow* window);
    /// What "Connect to Server" starts with, and why it is asked.
    struct ConnectRequest
    {
        QUrl url;
        QString caFile;
        QString token; // a stored token whose server could not be trusted or reached
        std::optional<ServerConnector::Problem> problem; // shown at its field
        QString keychainProblem; // no keychain: why the token cannot be remembered
    };
    void connectWithToken(const QUrl& url, const QString& token, const QString& caFile);
    void askForToken(const ConnectRequest& request);
    void rememberToken(const QUrl& url, const QString& token);
    QString localStoreFolder() const;

    const ConsoleOptions m_options;
    Session* m_session;
    ServerConnector* m_connector;
    TokenVault* m_vault;
    QPointer<ConnectDialog> m_connectDialog;
    std::unique_ptr<SqlStore> m_pending;    // being opened, to replace the store on screen
    std::unique_ptr<Store> m_pendingServer; // connected by "Connect to Server", ditto
};

} // namespace sk
