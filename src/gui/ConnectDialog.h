// Scopekeeper console: "Connect to Server": the server's URL, the administrator token and,
// for a server whose certificate comes from your own CA, that CA's certificate file.
//
// "Connect" checks the URL (https, or http to a loopback host only) and the token at their
// fields, then connects with a ServerConnector; the dialog is accepted once the server has
// answered. Problems are shown at the field the connector names: an unreachable server or a
// TLS error at the URL (naming the refused certificate, and how to trust it), a refused token
// at the token, a CA file that cannot be used at the CA file. The token is never shown
// (password echo); the CA file is a path, remembered per server by the connector.
#pragma once

#include "ServerConnector.h"
#include "Types.h"

#include <QDialog>
#include <QUrl>
#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace sk {

class Store;

class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    void setUrl(const QString& url);
    QUrl url() const;
    void setToken(const QString& token);
    QString token() const;
    bool rememberToken() const;
    /// The PEM file of CA certificates to trust for this server; empty: the system's only.
    void setCaCertificateFile(const QString& path);
    QString caCertificateFile() const;
    /// With no keychain: the checkbox is off and disabled, and `note` says why.
    void setKeychainUnavailable(const QString& note);

    /// Shows a problem with the token at its field (e.g. the stored token was refused).
    void setTokenError(const QString& message);
    /// Shows a problem with the server at the URL (e.g. its certificate was refused);
    /// `certificateRefused` adds how to trust it.
    void setUrlError(const QString& message, bool certificateRefused = false);
    /// Shows a problem with the CA certificate file at its field.
    void setCaFileError(const QString& message);
    /// The problems shown at the fields (empty: none).
    QString urlError() const;
    QString tokenError() const;
    QString caFileError() const;
    /// True while the server is being asked.
    bool isConnecting() const { return m_connecting; }
    /// Shows a failed connection's problem at its field.
    void showProblem(const ServerConnector::Problem& problem);

    /// After the dialog was accepted: the open store, and what it said when it opened.
    std::unique_ptr<Store> takeStore();
    StoreInfo storeInfo() const { return m_info; }

public Q_SLOTS:
    void accept() override;

private:
    void showErrors(const QString& urlError, const QString& tokenError,
                    const QString& caFileError = QString());
    void setConnecting(bool connecting);
    void browseForCaFile();
    /// Fills in the CA file remembered for the URL typed, if the field is still empty.
    void offerRememberedCaFile();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    ServerConnector* m_connector;
    std::unique_ptr<Store> m_store;
    StoreInfo m_info;
    bool m_connecting = false;
};

} // namespace sk
