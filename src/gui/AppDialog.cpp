#include "AppDialog.h"

#include "DeleteFlows.h"
#include "ErrorStyle.h"
#include "Fields.h"
#include "Icons.h"
#include "KeyFlow.h"
#include "KeyListModel.h"
#include "MessageBox.h"
#include "ReadOnly.h"
#include "RollKeyDialog.h"
#include "RowActionsDelegate.h"
#include "Rules.h"
#include "Store.h"
#include "Toast.h"
#include "WhenDone.h"
#include "ui_AppDialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace sk {

namespace {

void setError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setAccessibleName(text);
}

} // namespace

AppDialog* AppDialog::forNewApp(Store* store, const Catalog& catalog, QWidget* parent)
{
    auto* dialog = new AppDialog(store, catalog, Mode::Create, parent);
    dialog->m_ui->appNameLineEdit->setText(tr("Untitled app"));
    dialog->m_ui->appNameLineEdit->selectAll();
    dialog->validate();
    return dialog;
}

AppDialog* AppDialog::forApp(Store* store, const Catalog& catalog, const App& app, QWidget* parent)
{
    auto* dialog = new AppDialog(store, catalog, Mode::Edit, parent);
    dialog->applyApp(app);
    dialog->setupKeys();
    return dialog;
}

AppDialog::AppDialog(Store* store, const Catalog& catalog, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AppDialog>())
    , m_store(store)
    , m_catalog(catalog)
    , m_mode(mode)
    , m_readOnly(readOnlyReason(store))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    QFont titleFont = m_ui->appNameLineEdit->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->appNameLineEdit->setFont(titleFont);
    m_ui->appNameLineEdit->setMaxLength(Rules::MaxNameLength * 2 + 50); // checked by the rules

    for (QLabel* label : {m_ui->nameErrorLabel, m_ui->scopesErrorLabel, m_ui->generalErrorLabel}) {
        styleAsError(label);
        label->hide();
    }
    m_ui->createdLabel->hide();
    m_ui->noKeysLabel->hide();
    m_ui->scopePicker->setCatalog(catalog);
    m_ui->createKeyButton->setIcon(themedIcon(QStringLiteral("add")));
    m_ui->deleteKeyButton->setIcon(themedIcon(QStringLiteral("delete")));

    connect(m_ui->appNameLineEdit, &QLineEdit::textChanged, this, [this] {
        const QString name = currentName();
        setWindowTitle(name.isEmpty() ? tr("Untitled app") : name);
        validate();
    });
    connect(m_ui->scopePicker, &ScopePicker::selectionChanged, this, &AppDialog::validate);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &AppDialog::createApp);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AppDialog::save);
    connect(m_ui->doneButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AppDialog::reject);
    connect(m_ui->createKeyButton, &QPushButton::clicked, this, &AppDialog::createKey);
    connect(m_ui->deleteKeyButton, &QPushButton::clicked, this, &AppDialog::deleteSelectedKeys);

    const bool create = mode == Mode::Create;
    m_ui->nextButton->setVisible(create);
    m_ui->nextButton->setDefault(create);
    m_ui->saveButton->setVisible(!create);
    m_ui->saveButton->setDefault(!create);
    m_ui->doneButton->hide();
    // Creating: name and scopes first; the keys come once the app exists.
    m_ui->sectionsTabWidget->setTabVisible(m_ui->sectionsTabWidget->indexOf(m_ui->keysTab),
                                           !create);
    m_ui->appNameLineEdit->setFocus();
    if (!m_readOnly.isEmpty()) {
        // An auditor reads the app: its name, scopes and keys, nothing to change or save.
        m_ui->appNameLineEdit->setReadOnly(true);
        m_ui->appNameLineEdit->setToolTip(m_readOnly);
        allowChange(m_ui->scopePicker, true, m_readOnly);
        m_ui->saveButton->hide();
        m_ui->nextButton->hide();
        m_ui->cancelButton->setText(tr("Close"));
        allowChange(m_ui->createKeyButton, true, m_readOnly);
        allowChange(m_ui->deleteKeyButton, false, m_readOnly);
    }
}

AppDialog::~AppDialog() = default;

QString AppDialog::currentName() const
{
    return Rules::normalizeName(m_ui->appNameLineEdit->text());
}

bool AppDialog::hasUnsavedChanges() const
{
    if (m_mode != Mode::Edit)
        return false;
    return currentName() != m_app.name || m_ui->scopePicker->selectedScopes() != m_app.scopes;
}

void AppDialog::validate()
{
    if (m_step != Step::Details)
        return;
    const auto nameError = Rules::checkAppName(currentName());
    const auto scopesError = Rules::checkScopes(m_ui->scopePicker->selectedScopes(), m_catalog);
    setError(m_ui->nameErrorLabel, nameError ? nameError->message : QString());
    setError(m_ui->scopesErrorLabel, scopesError ? scopesError->message : QString());
    setError(m_ui->generalErrorLabel, QString());
    const bool valid = !nameError && !scopesError && !m_busy;
    m_ui->nextButton->setEnabled(valid);
    m_ui->saveButton->setEnabled(valid);
}

void AppDialog::clearErrors()
{
    setError(m_ui->nameErrorLabel, QString());
    setError(m_ui->scopesErrorLabel, QString());
    setError(m_ui->generalErrorLabel, QString());
}

void AppDialog::showErrors(const Error& error)
{
    bool shown = false;
    for (const FieldError& e : error.fieldErrors()) {
        if (e.field == fields::Name) {
            setError(m_ui->nameErrorLabel, e.message);
            m_ui->appNameLineEdit->setFocus();
            shown = true;
        } else if (e.field == fields::Scopes) {
            setError(m_ui->scopesErrorLabel, e.message);
            m_ui->sectionsTabWidget->setCurrentWidget(m_ui->scopesTab);
            shown = true;
        }
    }
    if (!shown)
        setError(m_ui->generalErrorLabel, error.message());
}

void AppDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->appNameLineEdit->setReadOnly(busy || m_step == Step::Keys || !m_readOnly.isEmpty());
    allowChange(m_ui->scopePicker, !busy, m_readOnly);
    if (busy) {
        m_ui->nextButton->setEnabled(false);
        m_ui->saveButton->setEnabled(false);
    } else {
        validate();
    }
}

void AppDialog::createApp()
{
    if (m_busy || m_mode != Mode::Create || m_step != Step::Details)
        return;
    const NewApp app{m_ui->appNameLineEdit->text(), m_ui->scopePicker->selectedScopes()};
    setBusy(true);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    whenDone(this, m_store->createApp(app), [this, sentAt](const Result<App>& created) {
        if (!created.ok() && created.error().code() == ErrorCode::Unconfirmed) {
            // Still busy: nothing is created again until the store has said whether it was.
            m_checking = true;
            setError(m_ui->generalErrorLabel,
                     tr("No answer came back for the app “%1”: it may have been created. "
                        "Checking with the server; it is not created again meanwhile.")
                         .arg(currentName()));
            checkCreated(currentName(), sentAt);
            return;
        }
        setBusy(false);
        if (!created.ok()) {
            showErrors(created.error());
            return;
        }
        m_app = created.value();
        Q_EMIT appCreated(m_app);
        Toast::show(parentWidget() ? parentWidget() : this,
                    tr("App “%1” created.").arg(m_app.name));
        enterKeysStep();
    });
}

void AppDialog::checkCreated(const QString& name, const QDateTime& sentAt)
{
    if (!m_checking)
        return;
    whenDone(
        this, m_store->listApps(AppQuery{name}),
        [this, name, sentAt](const Result<QList<App>>& apps) {
            if (!m_checking)
                return;
            if (!apps.ok() && (apps.error().code() == ErrorCode::Unavailable ||
                               apps.error().code() == ErrorCode::Busy)) {
                QTimer::singleShot(2000, this,
                                   [this, name, sentAt] { checkCreated(name, sentAt); });
                return;
            }
            m_checking = false;
            setBusy(false);
            if (!apps.ok()) {
                setError(
                    m_ui->generalErrorLabel,
                    tr("The app “%1” may have been created, and the server cannot say: %2 Look "
                       "for it in the list before creating it again.")
                        .arg(name, apps.error().message()));
                return;
            }
            // The change was made through this store; only its answer was lost.
            Q_EMIT m_store->appsChanged();
            const QString actor = m_store->actor();
            for (const App& app : apps.value()) {
                if (app.name.compare(name, Qt::CaseInsensitive) == 0 &&
                    (actor.isEmpty() || app.createdBy == actor) &&
                    (!app.createdAt.isValid() || app.createdAt >= sentAt.addSecs(-300))) {
                    // It was made: go on with it, as if the answer had arrived.
                    m_app = app;
                    Q_EMIT appCreated(m_app);
                    Toast::show(parentWidget() ? parentWidget() : this,
                                tr("App “%1” created (its answer was lost on the way; the server "
                                   "has it).")
                                    .arg(m_app.name));
                    enterKeysStep();
                    return;
                }
            }
            setError(m_ui->generalErrorLabel,
                     tr("The server has no app “%1”: it was not created, and nothing was changed. "
                        "Next creates it now.")
                         .arg(name));
        });
}

void AppDialog::enterKeysStep()
{
    m_step = Step::Keys;
    clearErrors();
    m_ui->appNameLineEdit->setReadOnly(true);
    QTabWidget* tabs = m_ui->sectionsTabWidget;
    tabs->setTabVisible(tabs->indexOf(m_ui->keysTab), true);
    tabs->setTabVisible(tabs->indexOf(m_ui->scopesTab), false);
    tabs->setCurrentWidget(m_ui->keysTab);
    m_ui->nextButton->hide();
    m_ui->cancelButton->hide();
    m_ui->doneButton->show();
    m_ui->doneButton->setDefault(true);
    m_ui->createdLabel->setText(tr("The app is created. Create its first API key, or choose "
                                   "Done and create keys later."));
    m_ui->createdLabel->show();
    setupKeys();
    m_ui->createKeyButton->setFocus();
}

void AppDialog::applyApp(const App& app)
{
    m_app = app;
    m_ui->appNameLineEdit->setText(app.name);
    m_ui->scopePicker->setSelectedScopes(app.scopes);
    setWindowTitle(app.name);
    m_ui->createdLabel->setText(
        tr("Created by %1 on %2")
            .arg(app.createdBy,
                 QLocale().toString(app.createdAt.toLocalTime().date(), QLocale::LongFormat)));
    m_ui->createdLabel->show();
    validate();
}

void AppDialog::save()
{
    if (m_busy || m_mode != Mode::Edit || !m_readOnly.isEmpty())
        return;
    if (!hasUnsavedChanges()) {
        accept();
        return;
    }
    AppPatch patch;
    if (currentName() != m_app.name)
        patch.name = m_ui->appNameLineEdit->text();
    if (m_ui->scopePicker->selectedScopes() != m_app.scopes)
        patch.scopes = m_ui->scopePicker->selectedScopes();
    setBusy(true);
    whenDone(
        this, m_store->updateApp(m_app.id, patch, m_app.version), [this](const Result<App>& saved) {
            setBusy(false);
            if (saved.ok()) {
                m_app = saved.value();
                Q_EMIT appSaved(m_app);
                Toast::show(parentWidget() ? parentWidget() : this,
                            tr("Changes to “%1” saved.").arg(m_app.name));
                accept();
                return;
            }
            const Error error = saved.error();
            if (error.code() == ErrorCode::Stale) {
                const auto answer = MessageBox::confirm(
                    this, tr("App changed elsewhere"),
                    tr("“%1” was changed by someone else after you opened it.").arg(m_app.name),
                    tr("Reload it to see the current name and scopes; your changes here "
                       "will be discarded. Nothing was overwritten."),
                    tr("Reload"), tr("Keep editing"), false);
                if (answer == MessageBox::Accept)
                    reloadApp();
                else
                    setError(m_ui->generalErrorLabel,
                             tr("Not saved: the app was changed elsewhere. Reload it "
                                "before saving."));
                return;
            }
            showErrors(error);
        });
}

void AppDialog::reloadApp()
{
    setBusy(true);
    whenDone(this, m_store->app(m_app.id), [this](const Result<App>& loaded) {
        setBusy(false);
        if (!loaded.ok()) {
            showErrors(loaded.error());
            return;
        }
        applyApp(loaded.value());
        Toast::show(this, tr("Reloaded “%1”.").arg(m_app.name));
    });
}

void AppDialog::showKeysTab()
{
    m_ui->sectionsTabWidget->setCurrentWidget(m_ui->keysTab);
}

void AppDialog::reject()
{
    m_checking = false;
    if (m_mode == Mode::Create && m_step == Step::Keys) {
        accept(); // the app exists; closing is "Done"
        return;
    }
    if (hasUnsavedChanges()) {
        const auto answer = MessageBox::confirm(
            this, tr("Discard changes?"), tr("You changed “%1” but did not save.").arg(m_app.name),
            tr("Discard your changes to the name and scopes?"), tr("Discard"), tr("Keep editing"),
            true);
        if (answer != MessageBox::Accept)
            return;
    }
    QDialog::reject();
}

// ---- keys -------------------------------------------------------------------------------

void AppDialog::setupKeys()
{
    if (m_keys)
        return;
    m_keys = new KeyListModel(m_store, KeyListModel::AppKeysLayout, m_app.id, this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_keys);
    proxy->setSortRole(KeyListModel::SortRole);
    QTableView* view = m_ui->keysTableView;
    view->setModel(proxy);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    // A long list of scopes is cut short; the cell's tooltip names every one.
    const int scopesColumn = m_keys->columnOf(KeyListModel::ScopesField);
    view->horizontalHeader()->setSectionResizeMode(scopesColumn, QHeaderView::Interactive);
    view->horizontalHeader()->resizeSection(scopesColumn, 200);

    QList<RowActionsDelegate::Action> rowActions{{RowActionsDelegate::RowAction::Delete,
                                                  themedIcon(QStringLiteral("delete")),
                                                  tr("Delete key")}};
    if (!m_readOnly.isEmpty())
        rowActions.clear(); // no icon for what cannot be done
    auto* delegate = new RowActionsDelegate(view, m_keys->columnCount() - 1, rowActions);
    connect(delegate, &RowActionsDelegate::actionTriggered, this,
            [this](RowActionsDelegate::RowAction, const QModelIndex& index) {
                m_ui->keysTableView->selectRow(index.row());
                deleteSelectedKeys();
            });
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_ui->keysTableView->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.setToolTipsVisible(true); // why an entry is disabled
        const QModelIndex row = m_ui->keysTableView->indexAt(pos);
        const ApiKey key =
            m_keys->keyAt(static_cast<QSortFilterProxyModel*>(m_ui->keysTableView->model())
                              ->mapToSource(row)
                              .row());
        const QString why = m_readOnly.isEmpty() ? RollKeyDialog::whyNotRollable(key) : m_readOnly;
        allowChange(menu.addAction(tr("Roll key…"), this,
                                   [this, key] {
                                       if (m_readOnly.isEmpty())
                                           startKeyRoll(this, m_store, key);
                                   }),
                    true, why);
        allowChange(menu.addAction(themedIcon(QStringLiteral("delete")), tr("Delete key"), this,
                                   &AppDialog::deleteSelectedKeys),
                    true, m_readOnly);
        menu.exec(m_ui->keysTableView->viewport()->mapToGlobal(pos));
    });
    auto* deleteShortcut = new QAction(this);
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(deleteShortcut);
    allowChange(deleteShortcut, true, m_readOnly);
    connect(deleteShortcut, &QAction::triggered, this, &AppDialog::deleteSelectedKeys);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppDialog::updateKeyButtons);
    connect(m_keys, &QAbstractItemModel::modelReset, this, &AppDialog::updateKeyButtons);
    connect(m_keys, &KeyListModel::loaded, this, &AppDialog::updateKeyButtons);
    connect(m_keys, &QAbstractItemModel::rowsInserted, this, &AppDialog::updateKeyButtons);
    connect(m_keys, &QAbstractItemModel::rowsRemoved, this, &AppDialog::updateKeyButtons);
    m_keys->reload();
    updateKeyButtons();
}

void AppDialog::updateKeyButtons()
{
    const bool any = m_keys && m_keys->rowCount() > 0;
    m_ui->noKeysLabel->setVisible(m_keys && m_keys->hasLoaded() && !any);
    allowChange(m_ui->deleteKeyButton, any && m_ui->keysTableView->selectionModel()->hasSelection(),
                m_readOnly);
}

void AppDialog::createKey()
{
    if (!m_readOnly.isEmpty())
        return;
    startKeyCreation(this, m_store, m_app);
}

void AppDialog::deleteSelectedKeys()
{
    if (!m_readOnly.isEmpty())
        return;
    QList<ApiKey> keys;
    const QModelIndexList rows = m_ui->keysTableView->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        const QModelIndex source =
            static_cast<QSortFilterProxyModel*>(m_ui->keysTableView->model())->mapToSource(row);
        keys << m_keys->keyAt(source.row());
    }
    if (!keys.isEmpty())
        confirmAndDeleteKeys(this, m_store, keys);
}

} // namespace sk
