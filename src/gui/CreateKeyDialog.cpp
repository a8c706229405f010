#include "CreateKeyDialog.h"

#include "Clock.h"
#include "ErrorStyle.h"
#include "Fields.h"
#include "Placeholders.h"
#include "Preferences.h"
#include "Rules.h"
#include "ScopePicker.h"
#include "Store.h"
#include "WhenDone.h"
#include "ui_CreateKeyDialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

namespace sk {

namespace {

/// How often the store is asked again, after a lost answer, while it cannot be reached.
constexpr int CheckIntervalMs = 2000;
/// How far the server's clock may be behind this computer's when it says when a key was made.
constexpr qint64 ClockSlackSeconds = 300;

/// Shows `message` under `field` (hidden when empty) and tells assistive technology about it.
void setFieldMessage(QLabel* label, QWidget* field, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (field)
        field->setAccessibleDescription(message);
}

} // namespace

CreateKeyDialog::CreateKeyDialog(Store* store, const App& app, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateKeyDialog>())
    , m_generateButton(nullptr)
    , m_store(store)
    , m_app(app)
{
    m_ui->setupUi(this);
    fitPlaceholders(this);

    m_generateButton =
        m_ui->buttonBox->addButton(tr("&Generate Key"), QDialogButtonBox::AcceptRole);
    m_generateButton->setObjectName(QStringLiteral("generateKeyButton"));
    m_generateButton->setAccessibleName(tr("Generate Key"));
    m_generateButton->setDefault(true);
    m_generateButton->setEnabled(false);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    m_ui->introLabel->setText(
        app.scopes.isEmpty()
            ? tr("The key will belong to “%1”, which has no scopes yet: it grants nothing until "
                 "the app has some.")
                  .arg(app.name)
            //: %2: the app's scope ids, e.g. "model:deploy, workflow:deploy"
            : tr("The key will belong to “%1”, whose scopes are: %2. It can grant all of them, "
                 "or only some.")
                  .arg(app.name, app.scopes.join(QStringLiteral(", "))));

    m_ui->allScopesRadioButton->setToolTip(
        tr("The key grants whatever scopes the app has: a scope added to the app later applies "
           "to it too."));
    m_ui->allScopesRadioButton->setAccessibleDescription(m_ui->allScopesRadioButton->toolTip());
    m_ui->onlyScopesRadioButton->setToolTip(
        tr("The key grants only the scopes ticked below, while the app has them: a scope added "
           "to the app later does not apply to it."));
    m_ui->onlyScopesRadioButton->setAccessibleDescription(m_ui->onlyScopesRadioButton->toolTip());
    // Without scopes, the app has none to choose among.
    m_ui->onlyScopesRadioButton->setEnabled(!app.scopes.isEmpty());
    m_ui->scopePicker->hide(); // shown when "Only these scopes" is chosen
    loadCatalog();

    for (QLabel* label : {m_ui->keyNameErrorLabel, m_ui->expiryErrorLabel, m_ui->scopesErrorLabel,
                          m_ui->generalErrorLabel}) {
        styleAsError(label);
        label->hide();
    }

    for (const int days : Preferences::expiryPresets())
        m_ui->expiryComboBox->addItem(tr("%n days", nullptr, days), days);
    m_ui->expiryComboBox->addItem(tr("Custom date"), 0);
    const int defaultIndex = m_ui->expiryComboBox->findData(Preferences().defaultExpiryDays());
    m_ui->expiryComboBox->setCurrentIndex(qMax(0, defaultIndex));

    refreshDateRange();
    onPresetChosen();
    updateNameState();

    connect(m_ui->keyNameLineEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::onNameChanged);
    connect(m_ui->expiryComboBox, &QComboBox::currentIndexChanged, this,
            &CreateKeyDialog::onPresetChosen);
    connect(m_ui->expiryDateEdit, &QDateEdit::dateChanged, this, &CreateKeyDialog::onDateChosen);
    connect(m_ui->onlyScopesRadioButton, &QRadioButton::toggled, this,
            &CreateKeyDialog::onScopeChoiceChanged);
    connect(m_ui->scopePicker, &ScopePicker::selectionChanged, this, [this] {
        if (!m_ui->scopePicker->selectedScopes().isEmpty())
            setScopesError(QString());
    });
    connect(m_generateButton, &QPushButton::clicked, this, &CreateKeyDialog::generate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateKeyDialog::reject);

    m_ui->keyNameLineEdit->setFocus();
}

CreateKeyDialog::~CreateKeyDialog() = default;

void CreateKeyDialog::loadCatalog()
{
    // The checkboxes name and describe the app's scopes as the store's catalog does.
    whenDone(this, m_store->catalog(), [this](const Result<Catalog>& catalog) {
        if (!catalog.ok()) {
            m_catalogFailed = true;
            m_ui->allScopesRadioButton->setChecked(true);
            m_ui->onlyScopesRadioButton->setEnabled(false);
            m_ui->onlyScopesRadioButton->setToolTip(
                tr("The store's scope catalog could not be read: %1")
                    .arg(catalog.error().message()));
            return;
        }
        m_ui->scopePicker->setCatalog(catalog.value().translated(), m_app.scopes);
    });
}

void CreateKeyDialog::onScopeChoiceChanged()
{
    const bool only = m_ui->onlyScopesRadioButton->isChecked();
    setScopesError(QString());
    m_ui->scopePicker->setVisible(only);
    if (only && height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

std::optional<QStringList> CreateKeyDialog::chosenScopes() const
{
    if (!m_ui->onlyScopesRadioButton->isChecked())
        return std::nullopt;
    return m_ui->scopePicker->selectedScopes();
}

int CreateKeyDialog::presetDays() const
{
    return m_ui->expiryComboBox->currentData().toInt();
}

QDate CreateKeyDialog::expiryDate() const
{
    return m_ui->expiryDateEdit->date();
}

QDateTime CreateKeyDialog::expiresAt(const QDateTime& now) const
{
    const QDateTime nowUtc = now.toUTC();
    const int preset = presetDays();
    // A custom date counts whole days from today; the time of day stays that of `now`, so
    // a key lives as many days as the user chose, not "until midnight".
    const qint64 days = preset > 0 ? preset : now.toLocalTime().date().daysTo(expiryDate());
    return qMin(nowUtc.addDays(days), Rules::latestExpiry(nowUtc));
}

void CreateKeyDialog::refreshDateRange()
{
    // Tomorrow at the earliest, one year from today at the latest: the calendar offers nothing
    // else. (Refreshed before generating, in case the dialog stayed open past midnight.)
    const QDate today = QDate::currentDate();
    m_syncingExpiry = true;
    m_ui->expiryDateEdit->setDateRange(today.addDays(1), today.addYears(1));
    m_syncingExpiry = false;
}

void CreateKeyDialog::onPresetChosen()
{
    const int days = presetDays();
    if (days > 0) {
        m_syncingExpiry = true;
        m_ui->expiryDateEdit->setDate(QDate::currentDate().addDays(days));
        m_syncingExpiry = false;
    }
    setExpiryError(QString());
    updateSummary();
}

void CreateKeyDialog::onDateChosen()
{
    if (m_syncingExpiry)
        return;
    // A date picked by hand is a custom date, unless it is exactly what a preset gives.
    const qint64 days = QDate::currentDate().daysTo(expiryDate());
    int index = m_ui->expiryComboBox->findData(int(days));
    if (index < 0)
        index = m_ui->expiryComboBox->findData(0);
    m_syncingExpiry = true;
    m_ui->expiryComboBox->setCurrentIndex(index);
    m_syncingExpiry = false;
    setExpiryError(QString());
    updateSummary();
}

void CreateKeyDialog::updateSummary()
{
    const QDate date = expiryDate();
    const int days = int(QDate::currentDate().daysTo(date));
    const QString when = QLocale().toString(date, QLocale::LongFormat);
    m_ui->expirySummaryLabel->setText(
        days == 1 ? tr("The key will expire tomorrow, %1.").arg(when)
                  : tr("The key will expire on %1, in %n days.", nullptr, days).arg(when));
}

void CreateKeyDialog::onNameChanged()
{
    m_nameEdited = true;
    if (!m_nameStoreError.isEmpty() && m_ui->keyNameLineEdit->text() != m_nameStoreErrorOn) {
        m_nameStoreError.clear();
        m_nameStoreErrorOn.clear();
    }
    setGeneralError(QString());
    updateNameState();
}

void CreateKeyDialog::updateNameState()
{
    const QString name = Rules::normalizeName(m_ui->keyNameLineEdit->text());
    const std::optional<FieldError> problem = Rules::checkKeyName(name);
    QString message = m_nameStoreError;
    if (message.isEmpty() && problem && m_nameEdited)
        message = problem->message;
    setFieldMessage(m_ui->keyNameErrorLabel, m_ui->keyNameLineEdit, message);
    // A name the store refused stays refused until it changes.
    m_generateButton->setEnabled(!problem && m_nameStoreError.isEmpty() && !m_busy && !m_checking);
}

void CreateKeyDialog::setExpiryError(const QString& message)
{
    setFieldMessage(m_ui->expiryErrorLabel, m_ui->expiryDateEdit, message);
}

void CreateKeyDialog::setScopesError(const QString& message)
{
    m_ui->scopesErrorLabel->setText(message);
    m_ui->scopesErrorLabel->setVisible(!message.isEmpty());
    // The choice keeps its own description while there is no problem to tell.
    QRadioButton* field = m_ui->onlyScopesRadioButton;
    field->setAccessibleDescription(message.isEmpty() ? field->toolTip() : message);
}

void CreateKeyDialog::setGeneralError(const QString& message)
{
    setFieldMessage(m_ui->generalErrorLabel, nullptr, message);
}

void CreateKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->keyNameLineEdit->setReadOnly(busy);
    m_ui->expiryComboBox->setEnabled(!busy);
    m_ui->expiryDateEdit->setEnabled(!busy);
    m_ui->allScopesRadioButton->setEnabled(!busy);
    m_ui->onlyScopesRadioButton->setEnabled(!busy && !m_app.scopes.isEmpty() && !m_catalogFailed);
    m_ui->scopePicker->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateNameState();
}

void CreateKeyDialog::generate()
{
    if (m_busy)
        return;
    refreshDateRange();
    const QString typed = m_ui->keyNameLineEdit->text();
    const QString name = Rules::normalizeName(typed);
    if (Rules::checkKeyName(name)) {
        m_nameEdited = true;
        updateNameState();
        m_ui->keyNameLineEdit->setFocus();
        return;
    }
    const QDateTime now = systemNow();
    const QDateTime expires = expiresAt(now);
    if (const std::optional<FieldError> problem = Rules::checkExpiry(expires, now)) {
        setExpiryError(problem->message);
        m_ui->expiryDateEdit->setFocus();
        return;
    }
    setExpiryError(QString());
    const std::optional<QStringList> scopes = chosenScopes();
    if (scopes) {
        if (const std::optional<FieldError> problem =
                Rules::checkKeyScopes(*scopes, m_app.scopes)) {
            setScopesError(problem->message);
            m_ui->scopePicker->focusFirstScope();
            return;
        }
    }
    setScopesError(QString());
    setGeneralError(QString());
    setBusy(true);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    whenDone(this, m_store->createKey(m_app.id, NewKey{name, expires, scopes}),
             [this, typed, name, sentAt](const Result<CreatedKey>& result) {
                 setBusy(false);
                 if (!result.ok() && result.error().code() == ErrorCode::Unconfirmed) {
                     startCheck(name, sentAt);
                     return;
                 }
                 if (!result.ok()) {
                     showStoreError(result.error(), typed);
                     return;
                 }
                 Q_EMIT keyCreated(result.value());
                 accept();
             });
}

void CreateKeyDialog::startCheck(const QString& name, const QDateTime& sentAt)
{
    m_checking = true;
    m_checkName = name;
    m_checkSentAt = sentAt;
    m_ui->keyNameLineEdit->setReadOnly(true);
    updateNameState();
    setGeneralError(tr("No answer came back for the key “%1”: it may have been created. Checking "
                       "with the server; it is not created again meanwhile. (Cancel stops "
                       "waiting; the key list then shows the key if it was made.)")
                        .arg(name));
    check();
}

void CreateKeyDialog::check()
{
    if (!m_checking)
        return;
    whenDone(this, m_store->listKeys(m_app.id), [this](const Result<QList<ApiKey>>& keys) {
        if (!m_checking)
            return;
        if (!keys.ok()) {
            if (keys.error().code() == ErrorCode::Unavailable ||
                keys.error().code() == ErrorCode::Busy) {
                QTimer::singleShot(CheckIntervalMs, this, &CreateKeyDialog::check);
                return;
            }
            // Asking again would not help (a refused token, a deleted app): say so and stop.
            m_checking = false;
            m_ui->keyNameLineEdit->setReadOnly(false);
            setGeneralError(tr("The key “%1” may have been created, and the server cannot say: "
                               "%2 Look for it in the key list before creating it again.")
                                .arg(m_checkName, keys.error().message()));
            updateNameState();
            return;
        }
        // The lists on screen were made before the key: they load again, with it if it exists.
        // (The change was made through this store; only its answer was lost.)
        Q_EMIT m_store->keysChanged(m_app.id);
        const QString actor = m_store->actor();
        for (const ApiKey& key : keys.value()) {
            const bool sameName = key.name.compare(m_checkName, Qt::CaseInsensitive) == 0;
            const bool byUs = actor.isEmpty() || key.createdBy == actor;
            const bool recent = !key.createdAt.isValid() ||
                                key.createdAt >= m_checkSentAt.addSecs(-ClockSlackSeconds);
            if (sameName && byUs && recent) {
                m_checking = false;
                Q_EMIT keyMayExist(key);
                accept();
                return;
            }
        }
        m_checking = false;
        m_ui->keyNameLineEdit->setReadOnly(false);
        setGeneralError(tr("The server has no key “%1”: it was not created, and nothing was "
                           "changed. Generate Key creates it now.")
                            .arg(m_checkName));
        updateNameState();
        m_generateButton->setFocus();
    });
}

void CreateKeyDialog::showStoreError(const Error& error, const QString& submittedName)
{
    QStringList general;
    QWidget* focus = nullptr;
    for (const FieldError& problem : error.fieldErrors()) {
        if (problem.field == fields::Name) {
            m_nameStoreError = problem.message;
            m_nameStoreErrorOn = submittedName;
            updateNameState();
            focus = m_ui->keyNameLineEdit;
        } else if (problem.field == fields::ExpiresAt) {
            setExpiryError(problem.message);
            if (!focus)
                focus = m_ui->expiryDateEdit;
        } else if (problem.field == fields::Scopes) {
            setScopesError(problem.message);
            if (!focus) {
                focus = m_ui->onlyScopesRadioButton->isChecked()
                            ? static_cast<QWidget*>(m_ui->onlyScopesRadioButton)
                            : m_ui->allScopesRadioButton;
            }
        } else {
            general << problem.message;
        }
    }
    if (error.fieldErrors().isEmpty()) {
        general << (error.message().isEmpty() ? tr("The key could not be created.")
                                              : error.message());
    }
    setGeneralError(general.join(QLatin1Char('\n')));
    if (focus)
        focus->setFocus();
}

void CreateKeyDialog::reject()
{
    // While the store is creating the key, closing would lose its secret: the key would exist
    // and nobody could ever use it.
    if (m_busy)
        return;
    m_checking = false;
    QDialog::reject();
}

} // namespace sk
