#include "UserKeyDialog.h"

#include "Clock.h"
#include "ErrorStyle.h"
#include "Fields.h"
#include "OneTimeKeyDialog.h"
#include "Preferences.h"
#include "Rules.h"
#include "ScopePicker.h"
#include "Store.h"
#include "WhenDone.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk {

namespace {

/// A label for a field's problem: hidden while there is none.
QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    styleAsError(label);
    label->hide();
    return label;
}

/// Shows `message` under `field` (hidden when empty) and tells assistive technology about it.
void setFieldMessage(QLabel* label, QWidget* field, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (field)
        field->setAccessibleDescription(message);
}

} // namespace

UserKeyDialog::UserKeyDialog(Store* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit(this))
    , m_nameError(errorLabel(QStringLiteral("keyNameErrorLabel"), this))
    , m_expiry(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_expiryError(errorLabel(QStringLiteral("expiryErrorLabel"), this))
    , m_summary(new QLabel(this))
    , m_scopes(new ScopePicker(this))
    , m_scopesError(errorLabel(QStringLiteral("scopesErrorLabel"), this))
    , m_generalError(errorLabel(QStringLiteral("generalErrorLabel"), this))
{
    setObjectName(QStringLiteral("userKeyDialog"));
    setWindowTitle(tr("New API key"));
    setAccessibleName(tr("New API key"));

    m_name->setObjectName(QStringLiteral("keyNameLineEdit"));
    m_name->setAccessibleName(tr("Key Name"));
    m_name->setPlaceholderText(tr("For example: Nightly publishing"));
    m_name->setClearButtonEnabled(true);
    m_expiry->setObjectName(QStringLiteral("expiryComboBox"));
    m_expiry->setAccessibleName(tr("Expires after"));
    m_date->setObjectName(QStringLiteral("expiryDateEdit"));
    m_date->setAccessibleName(tr("Expiry Date"));
    m_date->setCalendarPopup(true);
    m_summary->setObjectName(QStringLiteral("expirySummaryLabel"));
    m_summary->setWordWrap(true);
    m_scopes->setObjectName(QStringLiteral("scopePicker"));
    m_scopes->setAccessibleName(tr("Scopes"));

    auto* intro = new QLabel(tr("The key grants the scopes you tick, and nothing else. Its "
                                "secret is shown once, when it is made."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* nameLabel = new QLabel(tr("Key &Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    auto* expiryLabel = new QLabel(tr("&Expires after:"), this);
    expiryLabel->setBuddy(m_expiry);
    form->addRow(expiryLabel, m_expiry);
    auto* dateLabel = new QLabel(tr("Expiry &Date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    form->addRow(QString(), m_expiryError);
    form->addRow(QString(), m_summary);
    auto* scopesLabel = new QLabel(tr("&Scopes:"), this);
    scopesLabel->setBuddy(m_scopes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generate = buttons->addButton(tr("&Generate Key"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateKeyButton"));
    m_generate->setAccessibleName(tr("Generate Key"));
    m_generate->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(scopesLabel);
    layout->addWidget(m_scopes, 1);
    layout->addWidget(m_scopesError);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    resize(520, 560);

    for (const int days : Preferences::expiryPresets())
        m_expiry->addItem(tr("%n days", nullptr, days), days);
    m_expiry->addItem(tr("Custom date"), 0);
    const int defaultIndex = m_expiry->findData(Preferences().defaultExpiryDays());
    m_expiry->setCurrentIndex(qMax(0, defaultIndex));
    refreshDateRange();
    onPresetChosen();

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameEdited = true;
        if (!m_nameStoreError.isEmpty() && m_name->text() != m_nameStoreErrorOn)
            m_nameStoreError.clear();
        setFieldMessage(m_generalError, nullptr, QString());
        updateNameMessage();
    });
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &UserKeyDialog::onPresetChosen);
    connect(m_date, &QDateEdit::dateChanged, this, &UserKeyDialog::onDateChosen);
    connect(m_scopes, &ScopePicker::selectionChanged, this,
            [this] { setFieldMessage(m_scopesError, m_scopes, QString()); });
    connect(m_generate, &QPushButton::clicked, this, &UserKeyDialog::generate);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserKeyDialog::reject);

    whenDone(this, m_store->catalog(), [this](const Result<Catalog>& catalog) {
        if (!catalog.ok()) {
            setFieldMessage(m_generalError, nullptr,
                            tr("The scopes could not be read: %1").arg(catalog.error().message()));
            return;
        }
        m_scopes->setCatalog(catalog.value().translated());
        Q_EMIT catalogShown();
    });
    m_name->setFocus();
}

UserKeyDialog::~UserKeyDialog() = default;

int UserKeyDialog::presetDays() const
{
    return m_expiry->currentData().toInt();
}

QDate UserKeyDialog::expiryDate() const
{
    return m_date->date();
}

QDateTime UserKeyDialog::expiresAt(const QDateTime& now) const
{
    const QDateTime nowUtc = now.toUTC();
    const int preset = presetDays();
    // A picked date counts whole days from today; the time of day stays that of `now`.
    const qint64 days = preset > 0 ? preset : now.toLocalTime().date().daysTo(expiryDate());
    return qMin(nowUtc.addDays(days), Rules::latestExpiry(nowUtc));
}

void UserKeyDialog::refreshDateRange()
{
    // Tomorrow at the earliest, one year from today at the latest: the calendar offers nothing
    // else (Rules::latestExpiry).
    const QDate today = QDate::currentDate();
    m_syncingExpiry = true;
    m_date->setDateRange(today.addDays(1), today.addYears(1));
    m_syncingExpiry = false;
}

void UserKeyDialog::onPresetChosen()
{
    if (m_syncingExpiry)
        return;
    if (const int days = presetDays(); days > 0) {
        m_syncingExpiry = true;
        m_date->setDate(QDate::currentDate().addDays(days));
        m_syncingExpiry = false;
    }
    setFieldMessage(m_expiryError, m_date, QString());
    updateSummary();
}

void UserKeyDialog::onDateChosen()
{
    if (m_syncingExpiry)
        return;
    // A date picked by hand is a custom date, unless it is exactly what a preset gives.
    int index = m_expiry->findData(int(QDate::currentDate().daysTo(expiryDate())));
    if (index < 0)
        index = m_expiry->findData(0);
    m_syncingExpiry = true;
    m_expiry->setCurrentIndex(index);
    m_syncingExpiry = false;
    setFieldMessage(m_expiryError, m_date, QString());
    updateSummary();
}

void UserKeyDialog::updateSummary()
{
    const QDate date = expiryDate();
    const int days = int(QDate::currentDate().daysTo(date));
    const QString when = QLocale().toString(date, QLocale::LongFormat);
    m_summary->setText(days == 1
                           ? tr("The key will expire tomorrow, %1.").arg(when)
                           : tr("The key will expire on %1, in %n days.", nullptr, days).arg(when));
}

void UserKeyDialog::updateNameMessage()
{
    QString message = m_nameStoreError;
    if (message.isEmpty() && m_nameEdited) {
        if (const auto problem = Rules::checkKeyName(Rules::normalizeName(m_name->text())))
            message = problem->message;
    }
    setFieldMessage(m_nameError, m_name, message);
}

void UserKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setReadOnly(busy);
    m_expiry->setEnabled(!busy);
    m_date->setEnabled(!busy);
    m_scopes->setEnabled(!busy);
    m_generate->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void UserKeyDialog::generate()
{
    if (m_busy)
        return;
    refreshDateRange();
    // Every field's problem is shown at once; the first one gets the focus.
    QWidget* focus = nullptr;
    const QString name = Rules::normalizeName(m_name->text());
    m_nameEdited = true;
    updateNameMessage();
    if (!m_nameError->text().isEmpty())
        focus = m_name;
    const QDateTime now = systemNow();
    const QDateTime expires = expiresAt(now);
    const auto expiryProblem = Rules::checkExpiry(expires, now);
    setFieldMessage(m_expiryError, m_date, expiryProblem ? expiryProblem->message : QString());
    if (expiryProblem && !focus)
        focus = m_date;
    const QStringList scopes = m_scopes->selectedScopes();
    QStringList catalogIds;
    for (const Scope& scope : m_scopes->catalog().scopes())
        catalogIds << scope.id;
    const auto scopesProblem = Rules::checkKeyScopes(scopes, catalogIds);
    setFieldMessage(m_scopesError, m_scopes, scopesProblem ? scopesProblem->message : QString());
    if (scopesProblem && !focus)
        focus = m_scopes;
    if (focus) {
        focus->setFocus();
        return;
    }
    setFieldMessage(m_generalError, nullptr, QString());
    setBusy(true);
    NewKey key{name, expires};
    key.scopes = scopes;
    const QString typed = m_name->text();
    whenDone(this, m_store->createMyKey(key), [this, typed](const Result<CreatedKey>& result) {
        setBusy(false);
        if (!result.ok()) {
            if (result.error().code() == ErrorCode::Unconfirmed) {
                // The key may exist; its secret never arrived. The list shows it if it does.
                Q_EMIT m_store->keysChanged(QString());
                setFieldMessage(m_generalError, nullptr,
                                tr("No answer came back: the key may have been created, without "
                                   "its secret. Look for it in the list and delete it before "
                                   "creating it again."));
                return;
            }
            m_nameStoreErrorOn = typed;
            showStoreError(result.error());
            return;
        }
        Q_EMIT keyCreated(result.value());
        accept();
    });
}

void UserKeyDialog::showStoreError(const Error& error)
{
    QStringList general;
    QWidget* focus = nullptr;
    for (const FieldError& problem : error.fieldErrors()) {
        if (problem.field == fields::Name) {
            m_nameStoreError = problem.message;
            updateNameMessage();
            focus = m_name;
        } else if (problem.field == fields::ExpiresAt) {
            setFieldMessage(m_expiryError, m_date, problem.message);
            if (!focus)
                focus = m_date;
        } else if (problem.field == fields::Scopes) {
            setFieldMessage(m_scopesError, m_scopes, problem.message);
            if (!focus)
                focus = m_scopes;
        } else {
            general << problem.message;
        }
    }
    if (error.fieldErrors().isEmpty())
        general << (error.message().isEmpty() ? tr("The key could not be created.")
                                              : error.message());
    setFieldMessage(m_generalError, nullptr, general.join(QLatin1Char('\n')));
    if (focus)
        focus->setFocus();
}

void UserKeyDialog::reject()
{
    // While the store is creating the key, closing would lose its secret.
    if (m_busy)
        return;
    QDialog::reject();
}

void startMyKeyCreation(QWidget* parent, Store* store, std::function<void(const ApiKey&)> done)
{
    auto* createDialog = new UserKeyDialog(store, parent);
    createDialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        createDialog, &UserKeyDialog::keyCreated, createDialog,
        [parent = QPointer<QWidget>(parent), done = std::move(done)](const CreatedKey& created) {
            // The secret goes straight from the store's answer into the dialog that shows it.
            auto* secretDialog = new OneTimeKeyDialog(created.secret, parent);
            ApiKey shown = created.key;
            shown.appName.clear(); // the personal app is nobody's concern: "Key “x”, expires…"
            secretDialog->setKeyInfo(shown);
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
