// Scopekeeper store: continue on the GUI thread when a store's answer arrives.
//
// Use this instead of QFuture::then(context, …): in Qt 6.4 a `then` whose context object is
// destroyed before the answer arrives runs the continuation on the store's thread anyway.
// Here the continuation is dropped when `context` is gone, on every Qt version.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace sk {

template <typename T, typename Fn>
void whenDone(QObject* context, const QFuture<T>& future, Fn&& fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, fn = std::forward<Fn>(fn)]() mutable {
                         watcher->deleteLater();
                         fn(watcher->future().result());
                     });
    watcher->setFuture(future);
}

} // namespace sk
