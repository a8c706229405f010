#include "KeyFlow.h"

#include "CreateKeyDialog.h"
#include "DeleteFlows.h"
#include "OneTimeKeyDialog.h"
#include "RollKeyDialog.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace sk {

namespace {
/// The translation context of this file's texts.
class KeyFlow
{
    Q_DECLARE_TR_FUNCTIONS(KeyFlow)
};
/// Shows `created`'s secret once over `parent`; calls `done` with the key once it has closed.
void showSecretOnce(QWidget* parent, const CreatedKey& created,
                    const std::function<void(const ApiKey&)>& done)
{
    auto* secretDialog = new OneTimeKeyDialog(created.secret, parent);
    secretDialog->setKeyInfo(created.key);
    const ApiKey key = created.key;
    QObject::connect(secretDialog, &QDialog::finished, secretDialog, [secretDialog, key, done] {
        secretDialog->deleteLater();
        if (done)
            done(key);
    });
    secretDialog->open();
}

} // namespace

void startKeyCreation(QWidget* parent, Store* store, const App& app,
                      std::function<void(const ApiKey&)> done)
{
    auto* createDialog = new CreateKeyDialog(store, app, parent);
    createDialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        createDialog, &CreateKeyDialog::keyCreated, createDialog,
        [parent = QPointer<QWidget>(parent), done = std::move(done)](const CreatedKey& created) {
            // The secret goes straight from the store's answer into the dialog that shows it.
            showSecretOnce(parent, created, done);
        });
    QObject::connect(createDialog, &CreateKeyDialog::keyMayExist, createDialog,
                     [parent = QPointer<QWidget>(parent), store, app](const ApiKey& key) {
                         offerToDeleteUnconfirmedKey(parent, store, app, key);
                     });
    createDialog->open();
}

void startKeyRoll(QWidget* parent, Store* store, const ApiKey& key,
                  std::function<void(const ApiKey&)> done)
{
    auto* rollDialog = new RollKeyDialog(store, key, parent);
    rollDialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(rollDialog, &RollKeyDialog::keyRolled, rollDialog,
                     [parent = QPointer<QWidget>(parent), done = std::move(done)](
                         const RolledKey& rolled) { showSecretOnce(parent, rolled.newKey, done); });
    rollDialog->open();
}

void offerToDeleteUnconfirmedKey(QWidget* parent, Store* store, const App& app, const ApiKey& key)
{
    auto* box = new QMessageBox(
        QMessageBox::Warning, KeyFlow::tr("The key may have been created"),
        KeyFlow::tr("The answer to creating the key “%1” of “%2” was lost on its way, and the "
                    "server now lists a key “%1” created by you at %3.")
            .arg(key.name, app.name,
                 QLocale().toString(key.createdAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("keyMayExistMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        KeyFlow::tr("Its secret never reached the console, and it cannot be shown again: nobody "
                    "can use this key. Delete it, then create a new key to get a secret."));
    QPushButton* remove = box->addButton(KeyFlow::tr("&Delete Key…"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteUnconfirmedKeyButton"));
    QPushButton* keep = box->addButton(KeyFlow::tr("&Keep It"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepUnconfirmedKeyButton"));
    box->setDefaultButton(remove);
    box->setEscapeButton(keep);
    QObject::connect(
        box, &QMessageBox::buttonClicked, box,
        [parent = QPointer<QWidget>(parent), store, key, remove](QAbstractButton* clicked) {
            if (clicked == remove)
                confirmAndDeleteKeys(parent, store, {key});
        });
    box->open();
}

} // namespace sk
