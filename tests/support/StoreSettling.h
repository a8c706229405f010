// Scopekeeper tests: "nothing happened" without waiting a fixed time.
//
// A store that answers in the order it is asked (SqlStore: one database thread) has answered
// everything asked of it before a new request once that request is answered; and the answers
// reach the GUI thread as posted events, in the order they were posted. So when the answer to
// a request made now has been delivered, every earlier answer has been delivered too, and
// whatever it would have set off (a model reset, a dialog, a signal) has happened.
#pragma once

#include "Store.h"

#include <QFutureWatcher>
#include <QSignalSpy>

namespace sk::test {

/// Asks `store` for its catalog and waits until that answer has been delivered on this thread
/// (through the event loop, even when the answer is already there). Returns false when it
/// did not come within `timeoutMs`.
[[nodiscard]] inline bool settle(Store& store, int timeoutMs = 10000)
{
    QFutureWatcher<Result<Catalog>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(store.catalog());
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

} // namespace sk::test
