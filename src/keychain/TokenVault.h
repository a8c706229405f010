// Scopekeeper: the administrator token of each server, in the platform's keychain.
//
// The token is kept through QtKeychain (Keychain on macOS, Credential Manager on Windows,
// the Secret Service on Linux) under the service "scopekeeper", one entry per server URL.
// It is never written anywhere else: with no keychain available every operation fails with
// Status::Unavailable, never falling back to a plaintext file, and the token is never logged.
//
// Every operation is asynchronous: one keychain job, whose answer arrives through the event
// loop and is handed to the callback. The callback is not called when the vault is destroyed
// first. Jobs belong to no one and delete themselves when done: the keychain backend may
// still answer a job after its vault is gone.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace sk {

class TokenVault : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,          // done; for read(), token holds the token
        NotFound,    // read(): no token is stored for this server
        Unavailable, // no keychain, or access to it was refused
        Failed       // the keychain is there but the operation failed
    };

    struct Outcome
    {
        Status status = Status::Failed;
        QString token;   // read() only, when status is Ok
        QString message; // for the user, when status is not Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Outcome&)>;

    explicit TokenVault(QObject* parent = nullptr);
    ~TokenVault() override;

    /// Reads the token stored for `server`.
    void read(const QUrl& server, Callback done);
    /// Stores `token` for `server`, replacing the one stored before.
    void write(const QUrl& server, const QString& token, Callback done);
    /// Deletes the token stored for `server` ("Sign out"); Ok when there was none.
    void remove(const QUrl& server, Callback done);

    /// The keychain service every entry is stored under.
    static QString service();
    /// The keychain entry of `server`: its URL without user, query, fragment or trailing slash.
    static QString keyFor(const QUrl& server);
};

} // namespace sk
