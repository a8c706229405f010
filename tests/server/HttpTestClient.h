// Scopekeeper server tests: real HTTP requests over loopback with QNetworkAccessManager.
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <memory>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

namespace sk::test {

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer at all (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    /// "status: body", for failure messages.
    QByteArray describe() const
    {
        return QByteArray::number(status) + ": " + body +
               (error.isEmpty() ? QByteArray() : " (" + error.toUtf8() + ")");
    }
};

class HttpTestClient
{
public:
    explicit HttpTestClient(QString baseUrl = {})
        : m_base(std::move(baseUrl))
    {
    }

    void setBaseUrl(const QString& baseUrl) { m_base = baseUrl; }
    QString baseUrl() const { return m_base; }
    /// Sent as "Authorization: Bearer <token>" from now on; empty: no Authorization header.
    void setToken(const QString& token) { m_token = token; }
    QNetworkAccessManager& manager() { return m_manager; }

    HttpResponse send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
#if QT_CONFIG(ssl)
        if (!m_caCertificates.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(m_caCertificates);
            request.setSslConfiguration(tls);
        }
#endif
        QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpResponse r;
        if (!reply->isFinished()) {
            reply->abort();
            r.error = QStringLiteral("timed out");
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs())
            r.headers << pair;
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.error = reply->errorString();
        reply->deleteLater();
        return r;
    }

    HttpResponse get(const QString& path)
    {
        return send("GET", path);
    }
    HttpResponse del(const QString& path)
    {
        return send("DELETE", path);
    }
    HttpResponse post(const QString& path, const QJsonObject& body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResponse patch(const QString& path, const QJsonObject& body, const QByteArray& ifMatch)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!ifMatch.isEmpty())
            headers << qMakePair(QByteArrayLiteral("If-Match"), ifMatch);
        return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

#if QT_CONFIG(ssl)
    /// Trust only these certificate authorities (a test's self-signed certificate).
    void setCaCertificates(const QList<QSslCertificate>& certificates)
    {
        m_caCertificates = certificates;
    }
#endif

private:
    QString m_base;
    QString m_token;
    QNetworkAccessManager m_manager;
#if QT_CONFIG(ssl)
    QList<QSslCertificate> m_caCertificates;
#endif
};

} // namespace sk::test
