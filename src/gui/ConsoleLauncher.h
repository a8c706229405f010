// Scopekeeper console: from the command line to an open store and a main window.
#pragma once

#include "Catalog.h"
#include "ConnectDialog.h"
#include "Error.h"
#include "Types.h"

#include <QEventLoopLocker>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace sk {

class MainWindow;
class RestStore;
class SqlStore;
class Store;
class TokenVault;

struct ConsoleOptions
{
    QString database;           // --database FILE
    bool demo = false;          // --demo
    QString server;             // --server URL
    QString caFile;             // --ca-file FILE: a CA certificate file to trust for --server
    QString catalog;            // --catalog ID|FILE
    bool exitAfterLoad = false; // --exit-after-load: quit once the apps are shown
};

class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    enum class Parse
    {
        Run,
        ExitSuccess,
        ExitFailure
    };

    /// Parses `arguments` (argv, program name first). For --help and --version, and for bad
    /// arguments, `output` is what to print and the answer says how to exit.
    static Parse parse(const QStringList& arguments, ConsoleOptions* options, QString* output);

    /// Where a new local store goes on first run: the platform's app-data folder.
    static QString defaultStorePath();
    /// Where --demo puts its fresh store.
    static QString defaultDemoPath();
    /// The most recently opened stores, newest first.
    static QStringList recentStores();

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
    MainWindow* window() const { return m_window.get(); }
    /// Closes the window and then the store (pending writes flushed, the file closed).
    void closeStore();
    Store* store() const { return m_store.get(); }

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
    void fail(const QString& message);
    void opened(const StoreInfo& info, const QString& note);
    void show(const StoreInfo& info, const QString& note, const QByteArray& geometry);
    /// What "Connect to Server" starts with, and why it is asked.
    struct ConnectRequest
    {
        QUrl url;
        QString caFile;
        QString token;         // a stored token whose server could not be trusted
        QString tokenProblem;  // shown at the token
        QString urlProblem;    // shown at the URL
        QString caFileProblem; // shown at the CA file
        bool certificateRefused = false;
        QString keychainProblem; // no keychain: why the token cannot be remembered
    };
    void connectWithToken(const QUrl& url, const QString& token, const QString& caFile);
    void askForToken(const ConnectRequest& request);
    void remember(const QString& path);
    /// While the console moves from one window to the next (or to its first one), closing the
    /// only window on screen, such as Connect to Server at the first start, must not end the
    /// program: Qt quits when the last window closes. Held until a window is shown or the
    /// move fails with a window still on screen.
    void holdWhileSwitching();
    void switched();
    /// The window on screen, if any: where a passing note can still be seen.
    bool windowVisible() const;
    QString localStoreFolder() const;
    static Result<Catalog> resolveCatalog(const QString& catalogSpec);

    ConsoleOptions m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RestStore> m_pendingServer; // being connected, to replace m_store
    QUrl m_serverUrl;                           // of m_store, when it is a server
    TokenVault* m_vault = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    std::unique_ptr<SqlStore> m_pending; // being opened, to replace m_store
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QEventLoopLocker> m_switching; // see holdWhileSwitching()
};

} // namespace sk
