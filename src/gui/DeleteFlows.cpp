#include "DeleteFlows.h"

#include "MessageBox.h"
#include "Store.h"
#include "Toast.h"
#include "WhenDone.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>
#include <memory>

namespace sk {

namespace {

class DeleteFlows
{
    Q_DECLARE_TR_FUNCTIONS(DeleteFlows)
};

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
    // Delete them all; report once every answer is in.
    struct Progress
    {
        int pending = 0;
        int deleted = 0;
        QStringList errors;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = count;
    QPointer<QWidget> window = parent ? parent->window() : nullptr;
    for (const ApiKey& key : keys) {
        whenDone(store, store->deleteKey(key.appId, key.id),
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
                             MessageBox::error(
                                 window, DeleteFlows::tr("Delete API key"),
                                 DeleteFlows::tr("Not every key could be deleted:\n%1")
                                     .arg(progress->errors.join(QLatin1Char('\n'))));
                         }
                     }
                     if (done)
                         done(progress->deleted);
                 });
    }
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
    whenDone(store, store->deleteApp(app.id),
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
