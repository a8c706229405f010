// Scopekeeper store: wait for a store's answer while the event loop keeps running.
// For command-line programs, benchmarks and tests; the GUI uses sk::whenDone (WhenDone.h) instead.
#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace sk {

template <typename T> T waitFor(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return future.result();
}

} // namespace sk
