// Scopekeeper console: the session: which store is open, and the main window that shows it.
//
// Every path that opens a store (the start, File > Open Local Store, New Local Store, New
// Demo Store, Connect to Server) ends in replaceStore(): the window showing the old store
// goes (its size and place kept), the new store takes the old one's place, and a new window
// shows it. A path that fails ends in fail(): a window on screen stays and says why; without
// one, failed() is emitted and the console cannot go on.
#pragma once

#include "Types.h"

#include <QEventLoopLocker>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace sk {

class MainWindow;
class Store;

class Session : public QObject
{
    Q_OBJECT

public:
    /// `exitAfterLoad` (--exit-after-load): a failure to show the apps ends the console, and
    /// notes go to standard error too.
    explicit Session(bool exitAfterLoad, QObject* parent = nullptr);
    ~Session() override;

    Store* store() const { return m_store.get(); }
    MainWindow* window() const { return m_window.get(); }
    /// The window on screen, if any: where a passing note can still be seen.
    bool windowVisible() const;
    /// The open store's server, when it is one; empty for a local store.
    QUrl serverUrl() const { return m_serverUrl; }

    /// Shows `store`, open and described by `info`, in place of the store on screen (if any).
    /// `server`: its address, when it is a server's. `note`: a passing note for the window.
    /// A local store (not a demo) is remembered among the recent stores.
    void replaceStore(std::unique_ptr<Store> store, const StoreInfo& info,
                      const QUrl& server = QUrl(), const QString& note = QString());
    /// Closes the window and then the store on screen, e.g. to start the demo store afresh.
    void closeAll();
    /// Hides the window and closes the store (pending writes flushed, the file closed), for a
    /// process about to end (--exit-after-load).
    void closeStore();
    /// A path to a store failed: the window on screen keeps its store and says why; without a
    /// window (or with --exit-after-load), failed() is emitted.
    void fail(const QString& message);

    /// While the console moves from one window to the next (or to its first one), closing the
    /// only window on screen, such as Connect to Server at the first start, must not end the
    /// program: Qt quits when the last window closes. Held until a window is shown or the
    /// move fails with a window still on screen.
    void holdWhileSwitching();
    void switched();

Q_SIGNALS:
    /// A new window for the store that replaced the last one, about to be shown (connect its
    /// menu here).
    void windowCreated(sk::MainWindow* window);
    /// The window is on screen.
    void started();
    /// No store could be opened and no window is on screen: the console cannot go on.
    void failed(const QString& message);
    /// The apps of the store on screen are shown.
    void loaded(int appCount);

private:
    const bool m_exitAfterLoad;
    std::unique_ptr<Store> m_store;
    QUrl m_serverUrl; // of m_store, when it is a server
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QEventLoopLocker> m_switching; // see holdWhileSwitching()
};

} // namespace sk
