#include "DeleteFlows.h"

#include "MessageBox.h"
#include "Store.h"
#include "Toast.h"
#include "WhenDone.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace sk {

namespace {

class DeleteFlows
{
    Q_DECLARE_TR_FUNCTIONS(DeleteFlows)
};

constexpr int ConfirmAttempts = 16;     // the first try and up to 15 more,
constexpr int ConfirmIntervalMs = 2000; // 2 s apart: half a minute for a server to come back

/// Runs `remove` (one deletion), and answers `done` with its result. When the answer was lost on
/// the way (ErrorCode::Unconfirmed: the server may have deleted it), asks again, as a deletion
/// may be asked twice: "not found" then means that the first request did it. A server that is
/// away is asked every 2 s for half a minute; after that the lost answer is said as it is.
/// `gone` is called when "not found" told it: the store did not say that it changed (the
/// deletion it answered found nothing), so the lists are told here.
void deleteSurely(Store* store, std::function<QFuture<Result<Done>>()> remove,
                  std::function<void()> gone, std::function<void(const Result<Done>&)> done)
{
    struct Attempt
    {
        std::function<QFuture<Result<Done>>()> remove;
        std::function<void()> gone;
        std::function<void(const Result<Done>&)> done;
        std::optional<Error> lost; // the first lost answer, said if the server never answers
        int count = 0;
        void run(Store* store, const std::shared_ptr<Attempt>& self)
        {
            ++count;
            whenDone(store, remove(), [store, self](const Result<Done>& r) {
                if (r.ok())
                    return self->done(r);
                const ErrorCode code = r.error().code();
                if (self->lost && code == ErrorCode::NotFound) {
                    self->gone(); // the lost one did it
                    return self->done(Done{});
                }
                const bool unknown = code == ErrorCode::Unconfirmed ||
                                     (self->lost && code == ErrorCode::Unavailable);
                if (!unknown)
                    return self->done(r);
                if (!self->lost)
                    self->lost = r.error();
                if (self->count >= ConfirmAttempts)
                    return self->done(*self->lost);
                QTimer::singleShot(self->count == 1 ? 0 : ConfirmIntervalMs, store,
                                   [store, self] { self->run(store, self); });
            });
        }
    };
    auto attempt = std::make_shared<Attempt>();
    attempt->remove = std::move(remove);
    attempt->gone = std::move(gone);
    attempt->done = std::move(done);
    attempt->run(store, attempt);
}

/// Deletes every one of `keys` at once, each through `remove` (Store::deleteKey or, for the
/// caller's own keys, Store::deleteMyKey), and reports once every answer is in: a toast, or the
/// keys that were not deleted and why.
void deleteKeysAndReport(QWidget* parent, Store* store, const QList<ApiKey>& keys,
                         std::function<QFuture<Result<Done>>(Store*, const ApiKey&)> remove,
                         std::function<void(int)> done)
{
    struct Progress
    {
        int pending = 0;
        int deleted = 0;
        QStringList errors;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(keys.size());
    QPointer<QWidget> window = parent ? parent->window() : nullptr;
    for (const ApiKey& key : keys) {
        deleteSurely(
            store, [store, key, remove] { return remove(store, key); },
            [store, appId = key.appId] { Q_EMIT store->keysChanged(appId); },
            [progress, window, done, name = key.name](const Result<Done>& r) {
                if (r.ok())
                    ++progress->deleted;
                else
                    progress->errors
                        << DeleteFlows::tr("“%1”: %2", "a key's name: why it was not deleted")
                               .arg(name, r.error().message());
                if (--progress->pending > 0)
                    return;
                if (window) {
                    if (progress->errors.isEmpty()) {
                        Toast::show(window, DeleteFlows::tr("%n API key(s) deleted.", nullptr,
                                                            progress->deleted));
                    } else {
                        MessageBox::error(window, DeleteFlows::tr("Delete API key"),
                                          DeleteFlows::tr("Not every key could be deleted:\n%1")
                                              .arg(progress->errors.join(QLatin1Char('\n'))));
                    }
                }
                if (done)
                    done(progress->deleted);
            });
    }
}

} // namespace

void confirmAndDeleteKeys(QWidget* parent, Store* store, const QList<ApiKey>& keys,
                          std::function<void(int)> done)
{
    if (keys.isEmpty())
        return;
    const int count = int(keys.size());
    const QString text = count == 1 ? DeleteFlows::tr("Delete the API key “%1” of “%2”?")
                                          .arg(keys.constFirst().name, keys.constFirst().appName)
                                    : DeleteFlows::tr("Delete %n API key(s)?", nullptr, count);
    const auto answer = MessageBox::confirm(
        parent, DeleteFlows::tr("Delete API key"), text,
        DeleteFlows::tr(
            "A service that uses %1 stops working at once. This cannot be undone: a deleted key "
            "cannot be restored.")
            .arg(count == 1 ? DeleteFlows::tr("this key") : DeleteFlows::tr("one of these keys")),
        DeleteFlows::tr("Delete"), DeleteFlows::tr("Cancel"), true);
    if (answer != MessageBox::Accept) {
        if (done)
            done(0);
        return;
    }
    deleteKeysAndReport(
        parent, store, keys,
        [](Store* s, const ApiKey& key) { return s->deleteKey(key.appId, key.id); },
        std::move(done));
}

void confirmAndDeleteApp(QWidget* parent, Store* store, const App& app,
                         std::function<void(bool)> done)
{
    const QString consequence =
        app.keyCount == 0
            ? DeleteFlows::tr("It has no API keys. This cannot be undone.")
            : DeleteFlows::tr("Its %n API key(s) will stop working at once. This cannot be undone.",
                              nullptr, app.keyCount);
    const auto answer =
        MessageBox::confirm(parent, DeleteFlows::tr("Delete app"),
                            DeleteFlows::tr("Delete the app “%1”?").arg(app.name), consequence,
                            DeleteFlows::tr("Delete"), DeleteFlows::tr("Cancel"), true);
    if (answer != MessageBox::Accept) {
        if (done)
            done(false);
        return;
    }
    QPointer<QWidget> window = parent ? parent->window() : nullptr;
    deleteSurely(
        store, [store, id = app.id] { return store->deleteApp(id); },
        [store] { Q_EMIT store->appsChanged(); },
        [window, done, name = app.name](const Result<Done>& r) {
            if (window) {
                if (r.ok())
                    Toast::show(window, DeleteFlows::tr("App “%1” deleted.").arg(name));
                else
                    MessageBox::error(window, DeleteFlows::tr("Delete app"),
                                      DeleteFlows::tr("“%1” could not be deleted: %2")
                                          .arg(name, r.error().message()));
            }
            if (done)
                done(r.ok());
        });
}

} // namespace sk

namespace sk {

void confirmAndDeleteMyKeys(QWidget* parent, Store* store, const QList<ApiKey>& keys,
                            std::function<void(int)> done)
{
    if (keys.isEmpty())
        return;
    const int count = int(keys.size());
    // The AIMMS Cloud Portal's warning, as its "User API Keys" page words it.
    const QString text =
        count == 1 ? DeleteFlows::tr("Delete the API key “%1”?").arg(keys.constFirst().name)
                   : DeleteFlows::tr("Delete %n API key(s)?", nullptr, count);
    const auto answer = MessageBox::confirm(
        parent, DeleteFlows::tr("Delete API key"), text,
        DeleteFlows::tr("Deleting an API key is permanent: it cannot be undone. Applications "
                        "using it will stop working."),
        DeleteFlows::tr("Delete"), DeleteFlows::tr("Cancel"), true);
    if (answer != MessageBox::Accept) {
        if (done)
            done(0);
        return;
    }
    deleteKeysAndReport(
        parent, store, keys, [](Store* s, const ApiKey& key) { return s->deleteMyKey(key.id); },
        std::move(done));
}

} // namespace sk
