// Scopekeeper models: what the list models over a Store share: loading their rows, reloading
// when the store changes, and dropping answers that a newer load has overtaken.
//
// - A load asks the store (requestLoad()) and shows its answer (finishLoad()). Every load has
//   a generation; an answer to an older one is dropped, and so is every answer once clear()
//   has run or the model is gone.
// - The store's appsChanged and keysChanged, however many arrive in one turn of the event
//   loop, make one reload: a single-shot 0 ms timer gathers them. Only a model in use (loaded
//   or loading) follows them; one never loaded waits until it is shown.
#pragma once

#include "Error.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace sk {

class Store;

class StoreListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }

public Q_SLOTS:
    /// Loads the rows again; answers from an older request that arrive later are dropped.
    void reload();
    /// Shows no rows and forgets that it loaded (e.g. after signing out of a server); an
    /// answer still on its way is dropped.
    void clear();

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// Emitted when the rows show the store's data after a (re)load.
    void loaded();
    void loadFailed(const sk::Error& error);

protected:
    explicit StoreListModel(Store* store, QObject* parent = nullptr);

    /// The store; null once it is gone.
    Store* store() const;

    /// Asks the store for the rows of load `generation` (never null store); the answer goes to
    /// finishLoad(), or is dropped when !isCurrent(generation).
    virtual void requestLoad(quint64 generation) = 0;
    /// Shows no rows (a model reset).
    virtual void clearRows() = 0;
    /// Whether the store's keysChanged(appId) changes these rows. Every change does, unless
    /// a model says otherwise.
    virtual bool followsKeysOf(const QString& appId) const;

    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    /// Ends load `generation` with `answer`, unless a newer load or clear() overtook it: no
    /// longer loading, then either loadFailed(), or show(value) and loaded().
    template <typename T, typename Show>
    void finishLoad(quint64 generation, const Result<T>& answer, Show&& show)
    {
        if (!isCurrent(generation))
            return;
        setLoading(false);
        if (!answer.ok()) {
            Q_EMIT loadFailed(answer.error());
            return;
        }
        show(answer.value());
        m_loaded = true;
        Q_EMIT loaded();
    }
    /// Reloads at the next turn of the event loop if the model is in use; several calls in
    /// one turn make one reload.
    void scheduleReload();
    /// Drops every answer on its way and every scheduled reload, shows no rows and forgets
    /// that it loaded; a load under way still counts as loading (a reload follows).
    void dropRows();

private:
    void setLoading(bool loading);

    QPointer<Store> m_store;
    QTimer m_reloadTimer; // gathers the store's change signals into one reload
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace sk
