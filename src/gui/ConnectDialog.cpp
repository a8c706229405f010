#include "ConnectDialog.h"

#include "ErrorStyle.h"
#include "Placeholders.h"
#include "Preferences.h"
#include "Store.h"
#include "ui_ConnectDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace sk {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_connector(new ServerConnector(this))
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &ConnectDialog::browseForCaFile);
    connect(m_ui->urlLineEdit, &QLineEdit::editingFinished, this,
            &ConnectDialog::offerRememberedCaFile);
    for (QLabel* label : {m_ui->urlErrorLabel, m_ui->tokenErrorLabel, m_ui->caFileErrorLabel})
        styleAsError(label);
    m_ui->keychainNoteLabel->hide();
    showErrors(QString(), QString());
}

ConnectDialog::~ConnectDialog()
{
    // Hiding the dialog (in ~QDialog) takes the focus from the URL, which would finish its
    // editing on an object that is no longer a ConnectDialog.
    disconnect(m_ui->urlLineEdit, nullptr, this, nullptr);
}

void ConnectDialog::setUrl(const QString& url)
{
    m_ui->urlLineEdit->setText(url);
    offerRememberedCaFile();
}

void ConnectDialog::offerRememberedCaFile()
{
    if (!m_ui->caFileLineEdit->text().trimmed().isEmpty())
        return;
    const QUrl address = url();
    if (address.isValid() && !address.host().isEmpty())
        m_ui->caFileLineEdit->setText(Preferences().caCertificateFile(address));
}

void ConnectDialog::setCaCertificateFile(const QString& path)
{
    m_ui->caFileLineEdit->setText(path);
}

QString ConnectDialog::caCertificateFile() const
{
    return m_ui->caFileLineEdit->text().trimmed();
}

void ConnectDialog::browseForCaFile()
{
    // Not modal to the whole application, and findable by tests: a child QFileDialog.
    auto* chooser = new QFileDialog(this, tr("CA Certificate File"));
    chooser->setObjectName(QStringLiteral("caFileDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    chooser->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    const QFileInfo current(caCertificateFile());
    chooser->setDirectory(current.isFile() ? current.absolutePath() : QDir::homePath());
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_ui->caFileLineEdit->setText(QDir::toNativeSeparators(path));
        m_ui->caFileErrorLabel->hide();
    });
    chooser->open();
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

void ConnectDialog::setUrlError(const QString& message, bool certificateRefused)
{
    if (!certificateRefused) {
        showErrors(message, QString());
        return;
    }
    showErrors(message + QLatin1Char(' ') +
                   tr("Choose that file under “CA certificate file” and connect again."),
               QString());
}

void ConnectDialog::setCaFileError(const QString& message)
{
    showErrors(QString(), QString(), message);
}

QString ConnectDialog::urlError() const
{
    return m_ui->urlErrorLabel->isHidden() ? QString() : m_ui->urlErrorLabel->text();
}

QString ConnectDialog::tokenError() const
{
    return m_ui->tokenErrorLabel->isHidden() ? QString() : m_ui->tokenErrorLabel->text();
}

QString ConnectDialog::caFileError() const
{
    return m_ui->caFileErrorLabel->isHidden() ? QString() : m_ui->caFileErrorLabel->text();
}

std::unique_ptr<Store> ConnectDialog::takeStore()
{
    return std::move(m_store);
}

void ConnectDialog::showErrors(const QString& urlError, const QString& tokenError,
                               const QString& caFileError)
{
    m_ui->urlErrorLabel->setText(urlError);
    m_ui->urlErrorLabel->setHidden(urlError.isEmpty());
    m_ui->tokenErrorLabel->setText(tokenError);
    m_ui->tokenErrorLabel->setHidden(tokenError.isEmpty());
    m_ui->caFileErrorLabel->setText(caFileError);
    m_ui->caFileErrorLabel->setHidden(caFileError.isEmpty());
    if (!urlError.isEmpty())
        m_ui->urlLineEdit->setFocus();
    else if (!tokenError.isEmpty())
        m_ui->tokenLineEdit->setFocus();
    else if (!caFileError.isEmpty())
        m_ui->caFileLineEdit->setFocus();
}

void ConnectDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    m_ui->urlLineEdit->setEnabled(!connecting);
    m_ui->tokenLineEdit->setEnabled(!connecting);
    m_ui->caFileLineEdit->setEnabled(!connecting);
    m_ui->caFileBrowseButton->setEnabled(!connecting);
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
    } else if (const std::optional<Error> error = ServerConnector::checkUrl(address)) {
        urlError = error->message();
    }
    if (token().isEmpty())
        tokenError = tr("Enter the administrator token.");
    QString caFileError;
    const QString caFile = caCertificateFile();
    if (!caFile.isEmpty() && !QFileInfo(caFile).isFile())
        caFileError = tr("There is no file “%1”.").arg(QDir::toNativeSeparators(caFile));
    showErrors(urlError, tokenError, caFileError);
    if (!urlError.isEmpty() || !tokenError.isEmpty() || !caFileError.isEmpty())
        return;

    setConnecting(true);
    m_connector->connectTo(url(), token(), caFile, [this](ServerConnector::Outcome outcome) {
        setConnecting(false);
        if (!outcome.connected()) {
            showProblem(*outcome.problem);
            return;
        }
        m_store = std::move(outcome.store);
        m_info = outcome.info;
        QDialog::accept();
    });
}

void ConnectDialog::showProblem(const ServerConnector::Problem& problem)
{
    switch (problem.field) {
    case ServerConnector::Field::Token:
        setTokenError(problem.message);
        break;
    case ServerConnector::Field::CaFile:
        setCaFileError(problem.message);
        break;
    case ServerConnector::Field::Url:
        setUrlError(problem.message, problem.certificateRefused);
        break;
    }
}

} // namespace sk
