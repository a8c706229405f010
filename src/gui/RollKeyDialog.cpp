#include "RollKeyDialog.h"

#include "Clock.h"
#include "ErrorStyle.h"
#include "Preferences.h"
#include "Rules.h"
#include "Store.h"
#include "WhenDone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk {

namespace {
constexpr qint64 Hour = 3600;
constexpr qint64 DefaultGrace = 24 * Hour;
} // namespace

QString RollKeyDialog::whyNotRollable(const ApiKey& key)
{
    const std::optional<FieldError> problem =
        Rules::checkRollable(key.expiresAt, key.stopsAt, systemNow());
    if (!problem)
        return {};
    return problem->field == QLatin1String("stops_at")
               ? tr("This key has already been rolled: it stops working on its own.")
               : tr("This key has expired: create a new key instead.");
}

RollKeyDialog::RollKeyDialog(Store* store, const ApiKey& key, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_key(key)
    , m_graceCombo(new QComboBox(this))
    , m_nameEdit(new QLineEdit(this))
    , m_expiryCombo(new QComboBox(this))
    , m_errorLabel(new QLabel(this))
    , m_rollButton(nullptr)
{
    setObjectName(QStringLiteral("rollKeyDialog"));
    setWindowTitle(tr("Roll API Key"));
    setWindowModality(Qt::WindowModal);

    auto* intro = new QLabel(
        tr("A new key replaces “%1” of “%2”. The old key keeps working for the time you choose, "
           "so that its users can switch to the new one.")
            .arg(key.name, key.appName),
        this);
    intro->setWordWrap(true);

    m_graceCombo->setObjectName(QStringLiteral("graceComboBox"));
    m_graceCombo->addItem(tr("Immediately"), qint64(0));
    m_graceCombo->addItem(tr("After 1 hour"), Hour);
    m_graceCombo->addItem(tr("After 24 hours"), DefaultGrace);
    m_graceCombo->addItem(tr("After 7 days"), 7 * 24 * Hour);
    m_graceCombo->setCurrentIndex(m_graceCombo->findData(DefaultGrace));
    m_graceCombo->setAccessibleName(tr("Old key stops"));

    m_nameEdit->setObjectName(QStringLiteral("newKeyNameLineEdit"));
    m_nameEdit->setText(Rules::rolledKeyName(key.name, systemNow()));
    m_nameEdit->setAccessibleName(tr("New key name"));

    m_expiryCombo->setObjectName(QStringLiteral("newKeyExpiryComboBox"));
    for (const int days : Preferences::expiryPresets())
        m_expiryCombo->addItem(tr("%n days", nullptr, days), days);
    m_expiryCombo->setCurrentIndex(
        qMax(0, m_expiryCombo->findData(Preferences().defaultExpiryDays())));
    m_expiryCombo->setAccessibleName(tr("New key expires"));

    m_errorLabel->setObjectName(QStringLiteral("rollErrorLabel"));
    m_errorLabel->setWordWrap(true);
    styleAsError(m_errorLabel);
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Old key &stops:"), m_graceCombo);
    form->addRow(tr("New key &name:"), m_nameEdit);
    form->addRow(tr("New key &expires:"), m_expiryCombo);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_rollButton = buttons->addButton(tr("&Roll Key"), QDialogButtonBox::AcceptRole);
    m_rollButton->setObjectName(QStringLiteral("rollKeyButton"));
    m_rollButton->setAccessibleName(tr("Roll Key"));
    m_rollButton->setDefault(true);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_rollButton, &QPushButton::clicked, this, &RollKeyDialog::roll);
    connect(buttons, &QDialogButtonBox::rejected, this, &RollKeyDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        m_rollButton->setEnabled(!m_busy && !Rules::normalizeName(m_nameEdit->text()).isEmpty());
    });
}

void RollKeyDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void RollKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_graceCombo, m_nameEdit, m_expiryCombo})
        w->setEnabled(!busy);
    m_rollButton->setEnabled(!busy);
}

void RollKeyDialog::roll()
{
    if (m_busy)
        return;
    m_errorLabel->hide();
    const QDateTime now = systemNow();
    RollKey request;
    request.name = Rules::normalizeName(m_nameEdit->text());
    request.expiresAt =
        qMin(now.addDays(m_expiryCombo->currentData().toInt()), Rules::latestExpiry(now));
    request.graceSeconds = m_graceCombo->currentData().toLongLong();
    setBusy(true);
    whenDone(this, m_store->rollKey(m_key.appId, m_key.id, request),
             [this](const Result<RolledKey>& rolled) {
                 setBusy(false);
                 if (!rolled.ok()) {
                     m_errorLabel->setText(rolled.error().message());
                     m_errorLabel->show();
                     m_errorLabel->setAccessibleName(rolled.error().message());
                     return;
                 }
                 Q_EMIT keyRolled(rolled.value());
                 accept();
             });
}

} // namespace sk
