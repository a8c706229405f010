// Scopekeeper console: connecting to a scopekeeper-server with an administrator token.
//
// One place for what both "Connect to Server" and `scopekeeper --server URL` do: open a store
// on the server (it checks the token with GET /api/v1/me), and when that fails, say where the
// problem can be put right: a refused token at the token, a CA certificate file that cannot be
// used at that file, anything else (unreachable, a TLS error, a certificate that is not
// trusted) at the address. A server that answered is remembered with its CA file (a path, not
// a secret); the token is never kept here.
#pragma once

#include "Error.h"
#include "Types.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace sk {

class RestStore;
class Store;

class ServerConnector : public QObject
{
    Q_OBJECT

public:
    /// Where a failed connection's problem is shown, to be put right there.
    enum class Field
    {
        Url,    // the server: cannot be reached, TLS failed, its certificate is not trusted
        Token,  // the token was refused
        CaFile, // the CA certificate file cannot be used
    };

    struct Problem
    {
        Field field = Field::Url;
        QString message;
        /// The server's certificate is not trusted: choosing the CA file that issued it helps.
        bool certificateRefused = false;
    };

    struct Outcome
    {
        std::unique_ptr<Store> store; // open, on the server; null when it failed
        StoreInfo info;
        std::optional<Problem> problem; // why not, when it failed

        bool connected() const { return store != nullptr; }
    };
    using Done = std::function<void(Outcome)>;

    /// Why `url` cannot be a server's address (not http(s), no host, plain http to a host that
    /// is not loopback); nothing when it can.
    static std::optional<Error> checkUrl(const QUrl& url);

    explicit ServerConnector(QObject* parent = nullptr);
    ~ServerConnector() override;

    /// Connects to `url` with `token`, trusting the CA certificates in `caFile` too (empty: the
    /// system's only), and calls `done` once the server has answered (not when this object is
    /// destroyed first). A connection still under way is given up.
    void connectTo(const QUrl& url, const QString& token, const QString& caFile, Done done);
    /// Connects to `url` ahead of connectTo() (RestStore::connectAhead()), while the caller
    /// reads the token: connectTo() with the same address and CA file goes on from there.
    void connectAhead(const QUrl& url, const QString& caFile);
    bool isConnecting() const { return m_store != nullptr; }
    /// Gives up the connection under way (its `done` is not called) and one made ahead.
    void cancel();

private:
    static std::unique_ptr<RestStore> makeStore(const QUrl& url, const QString& caFile);
    std::unique_ptr<RestStore> m_store; // being opened
    struct Ahead
    {
        QUrl url;
        QString caFile;
        std::unique_ptr<RestStore> store; // connected, without a token
    };
    std::optional<Ahead> m_ahead;
    quint64 m_attempt = 0;
};

} // namespace sk
