#include "Session.h"

#include "AppListModel.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "Store.h"

#include <QDebug>

namespace sk {

Session::Session(bool exitAfterLoad, QObject* parent)
    : QObject(parent)
    , m_exitAfterLoad(exitAfterLoad)
{
}

Session::~Session()
{
    // The window refers to the store: close it first.
    m_window.reset();
    m_store.reset();
}

bool Session::windowVisible() const
{
    return m_window && m_window->isVisible();
}

void Session::holdWhileSwitching()
{
    if (!m_switching)
        m_switching = std::make_unique<QEventLoopLocker>();
}

void Session::switched()
{
    // Last: releasing it may end the event loop when no window is left.
    m_switching.reset();
}

void Session::replaceStore(std::unique_ptr<Store> store, const StoreInfo& info, const QUrl& server,
                           const QString& note)
{
    // The window refers to the store it shows: it goes first.
    QByteArray geometry;
    if (m_window)
        geometry = m_window->saveGeometry();
    m_window.reset();
    m_store = std::move(store);
    m_serverUrl = m_store->isRemote() ? server : QUrl();
    if (!m_store->isRemote() && !info.demo)
        Preferences().rememberStore(m_store->location());

    m_window = std::make_unique<MainWindow>(m_store.get(), info);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (!note.isEmpty()) {
        m_window->showNote(note);
        if (m_exitAfterLoad)
            qWarning().noquote() << note;
    }
    connect(m_window->appListModel(), &AppListModel::loaded, this,
            [this] { Q_EMIT loaded(m_window->appListModel()->rowCount()); });
    connect(m_window->appListModel(), &AppListModel::loadFailed, this, [this](const Error& e) {
        if (m_exitAfterLoad)
            fail(e.message());
    });
    Q_EMIT windowCreated(m_window.get());
    m_window->show();
    switched();
    Q_EMIT started();
}

void Session::closeAll()
{
    m_window.reset();
    m_store.reset();
    m_serverUrl.clear();
}

void Session::closeStore()
{
    if (m_window)
        m_window->hide();
    // The store is closed before the window is taken apart only because the process ends
    // right after (--exit-after-load); nothing touches the window in between.
    m_store.reset();
}

void Session::fail(const QString& message)
{
    if (m_window && !m_exitAfterLoad) {
        // A store is already on screen: keep it, and say what went wrong.
        m_window->showStoreError(Error(ErrorCode::Unavailable, message));
        switched();
        return;
    }
    // Still held: the program ends with the failure, not when its message box closes.
    closeAll();
    Q_EMIT failed(message);
}

} // namespace sk
