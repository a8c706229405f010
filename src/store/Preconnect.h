// Scopekeeper store: a connection opened before the request that will use it (RestStore's
// connectAhead(), RestAppsReader).
#pragma once

class QNetworkAccessManager;
class QNetworkRequest;

namespace sk {

/// Opens the connection `request` would be sent on (TCP, and TLS as the request says), so that
/// the request finds it ready. Sends no request.
void preconnect(QNetworkAccessManager* network, const QNetworkRequest& request);

} // namespace sk
