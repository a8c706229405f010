#include "StoreListModel.h"

#include "Store.h"

namespace sk {

StoreListModel::StoreListModel(Store* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    qRegisterMetaType<sk::Error>();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &StoreListModel::reload);
    if (m_store) {
        // A store may announce one change with both signals; they become one reload.
        connect(m_store, &Store::appsChanged, this, &StoreListModel::scheduleReload);
        connect(m_store, &Store::keysChanged, this, [this](const QString& appId) {
            if (followsKeysOf(appId))
                scheduleReload();
        });
    }
}

Store* StoreListModel::store() const
{
    return m_store;
}

bool StoreListModel::followsKeysOf(const QString& appId) const
{
    Q_UNUSED(appId)
    return true;
}

void StoreListModel::scheduleReload()
{
    // Only a model in use follows the store; one never loaded waits until it is shown.
    if (m_store && (m_loaded || m_loading))
        m_reloadTimer.start();
}

void StoreListModel::reload()
{
    if (!m_store)
        return;
    // This load sees every change announced so far: a reload scheduled for them is not needed.
    m_reloadTimer.stop();
    const quint64 generation = ++m_generation;
    setLoading(true);
    requestLoad(generation);
}

void StoreListModel::dropRows()
{
    ++m_generation;
    m_reloadTimer.stop();
    clearRows();
    m_loaded = false;
}

void StoreListModel::clear()
{
    dropRows();
    setLoading(false);
}

void StoreListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace sk
