#include "PreferencesDialog.h"

#include "Preferences.h"
#include "Translations.h"
#include "ui_PreferencesDialog.h"

namespace sk {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    const Preferences preferences;
    m_ui->clipboardClearSpinBox->setValue(preferences.clipboardClearSeconds());
    for (int days : Preferences::expiryPresets())
        m_ui->defaultExpiryComboBox->addItem(tr("%n day(s)", nullptr, days), days);
    m_ui->defaultExpiryComboBox->setCurrentIndex(
        m_ui->defaultExpiryComboBox->findData(preferences.defaultExpiryDays()));
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    for (const Language& language : availableLanguages())
        m_ui->languageComboBox->addItem(language.name, language.code);
    const int current = m_ui->languageComboBox->findData(preferences.language());
    m_ui->languageComboBox->setCurrentIndex(qMax(0, current));
    m_ui->languageNoteLabel->hide();
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->languageNoteLabel->setVisible(m_ui->languageComboBox->itemData(index).toString() !=
                                            Preferences().language());
    });
    const QList<int> refresh = Preferences::autoRefreshPresets();
    const QStringList refreshTexts = {tr("Off"), tr("Every 30 seconds"), tr("Every minute"),
                                      tr("Every 5 minutes"), tr("Every 15 minutes")};
    for (qsizetype i = 0; i < refresh.size(); ++i)
        m_ui->autoRefreshComboBox->addItem(refreshTexts.value(i), refresh.at(i));
    m_ui->autoRefreshComboBox->setCurrentIndex(
        m_ui->autoRefreshComboBox->findData(preferences.autoRefreshSeconds()));
    // " days" after the number, in the plural the number asks for.
    for (QSpinBox* box : {m_ui->expiryReminderSpinBox, m_ui->staleKeySpinBox}) {
        const auto suffix = [box](int value) {
            box->setSuffix(tr(" day(s)", "after a number of days", value));
        };
        connect(box, &QSpinBox::valueChanged, this, suffix);
        suffix(box->value());
    }
    m_ui->expiryReminderSpinBox->setMaximum(Preferences::MaxDays);
    m_ui->staleKeySpinBox->setMaximum(Preferences::MaxDays);
    m_ui->expiryReminderSpinBox->setValue(preferences.expiryReminderDays());
    m_ui->staleKeySpinBox->setValue(preferences.staleKeyDays());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    Preferences preferences;
    preferences.setClipboardClearSeconds(m_ui->clipboardClearSpinBox->value());
    preferences.setDefaultExpiryDays(m_ui->defaultExpiryComboBox->currentData().toInt());
    preferences.setLanguage(m_ui->languageComboBox->currentData().toString());
    preferences.setAutoRefreshSeconds(m_ui->autoRefreshComboBox->currentData().toInt());
    preferences.setExpiryReminderDays(m_ui->expiryReminderSpinBox->value());
    preferences.setStaleKeyDays(m_ui->staleKeySpinBox->value());
    QDialog::accept();
}

} // namespace sk
