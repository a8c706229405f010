#include "KeyFlow.h"

#include "CreateKeyDialog.h"
#include "OneTimeKeyDialog.h"

#include <QPointer>

namespace sk {

void startKeyCreation(QWidget* parent, Store* store, const App& app,
                      std::function<void(const ApiKey&)> done)
{
    auto* createDialog = new CreateKeyDialog(store, app, parent);
    createDialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        createDialog, &CreateKeyDialog::keyCreated, createDialog,
        [parent = QPointer<QWidget>(parent), done = std::move(done)](const CreatedKey& created) {
            // The secret goes straight from the store's answer into the dialog that shows it.
            auto* secretDialog = new OneTimeKeyDialog(created.secret, parent);
            secretDialog->setKeyInfo(created.key);
            const ApiKey key = created.key;
            QObject::connect(secretDialog, &QDialog::finished, secretDialog,
                             [secretDialog, key, done] {
                                 secretDialog->deleteLater();
                                 if (done)
                                     done(key);
                             });
            secretDialog->open();
        });
    createDialog->open();
}

} // namespace sk
