#include "ConnectDialog.h"

#include "RestStore.h"
#include "WhenDone.h"
#include "ui_ConnectDialog.h"

#include <QPushButton>

namespace sk {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    for (QLabel* label : {m_ui->urlErrorLabel, m_ui->tokenErrorLabel}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        label->setPalette(palette);
    }
    m_ui->keychainNoteLabel->hide();
    showErrors(QString(), QString());
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setUrl(const QString& url)
{
    m_ui->urlLineEdit->setText(url);
}

QUrl ConnectDialog::url() const
{
    return QUrl(m_ui->urlLineEdit->text().trimmed(), QUrl::StrictMode);
}

void ConnectDialog::setToken(const QString& token)
{
    m_ui->tokenLineEdit->setText(token);
}

QString ConnectDialog::token() const
{
    return m_ui->tokenLineEdit->text().trimmed();
}

bool ConnectDialog::rememberToken() const
{
    return m_ui->rememberCheckBox->isEnabled() && m_ui->rememberCheckBox->isChecked();
}

void ConnectDialog::setKeychainUnavailable(const QString& note)
{
    m_ui->rememberCheckBox->setChecked(false);
    m_ui->rememberCheckBox->setEnabled(false);
    m_ui->keychainNoteLabel->setText(note);
    m_ui->keychainNoteLabel->show();
}

void ConnectDialog::setTokenError(const QString& message)
{
    showErrors(QString(), message);
}

QString ConnectDialog::urlError() const
{
    return m_ui->urlErrorLabel->isHidden() ? QString() : m_ui->urlErrorLabel->text();
}

QString ConnectDialog::tokenError() const
{
    return m_ui->tokenErrorLabel->isHidden() ? QString() : m_ui->tokenErrorLabel->text();
}

std::unique_ptr<RestStore> ConnectDialog::takeStore()
{
    return std::move(m_store);
}

void ConnectDialog::showErrors(const QString& urlError, const QString& tokenError)
{
    m_ui->urlErrorLabel->setText(urlError);
    m_ui->urlErrorLabel->setHidden(urlError.isEmpty());
    m_ui->tokenErrorLabel->setText(tokenError);
    m_ui->tokenErrorLabel->setHidden(tokenError.isEmpty());
    if (!urlError.isEmpty())
        m_ui->urlLineEdit->setFocus();
    else if (!tokenError.isEmpty())
        m_ui->tokenLineEdit->setFocus();
}

void ConnectDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    m_ui->urlLineEdit->setEnabled(!connecting);
    m_ui->tokenLineEdit->setEnabled(!connecting);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!connecting);
}

void ConnectDialog::accept()
{
    if (m_connecting)
        return;
    const QString urlText = m_ui->urlLineEdit->text().trimmed();
    QString urlError;
    QString tokenError;
    if (urlText.isEmpty()) {
        urlError = tr("Enter the server's address, e.g. https://keys.example.com:8443.");
    } else if (const QUrl address = url(); !address.isValid()) {
        urlError = tr("This is not a valid address.");
    } else if (const std::optional<Error> error = RestStore::checkUrl(address)) {
        urlError = error->message();
    }
    if (token().isEmpty())
        tokenError = tr("Enter the administrator token.");
    showErrors(urlError, tokenError);
    if (!urlError.isEmpty() || !tokenError.isEmpty())
        return;

    RestStoreOptions options;
    options.baseUrl = url();
    options.token = token();
    m_store = std::make_unique<RestStore>(options);
    setConnecting(true);
    whenDone(this, m_store->open(), [this](const Result<StoreInfo>& info) {
        setConnecting(false);
        if (!info.ok()) {
            m_store.reset();
            if (info.error().code() == ErrorCode::Unauthorized)
                showErrors(QString(), info.error().message());
            else
                showErrors(info.error().message(), QString());
            return;
        }
        m_info = info.value();
        QDialog::accept();
    });
}

} // namespace sk
