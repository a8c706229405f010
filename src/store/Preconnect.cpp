#include "Preconnect.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace sk {

void preconnect(QNetworkAccessManager* network, const QNetworkRequest& request)
{
    const QUrl url = request.url();
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        network->connectToHost(url.host(), quint16(url.port(80)));
        return;
    }
#if QT_CONFIG(ssl)
    // HTTP/1.1 only, as RestStore's requests: a connection that offered HTTP/2 would be
    // another connection, not theirs.
    QSslConfiguration tls = request.sslConfiguration();
    tls.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    network->connectToHostEncrypted(url.host(), quint16(url.port(443)), tls);
#endif
}

} // namespace sk
