// scopekeeper-cli: what its listings look like, as a table for people or as JSON for scripts
// (the REST API's own shapes, src/wire, and a key's "status").
#pragma once

#include "Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sk {

/// Columns aligned with spaces; a header line, then one line per row.
class CliTable
{
public:
    explicit CliTable(QStringList headers);
    void addRow(QStringList cells);
    /// UTF-8, every line ending in a newline.
    QByteArray text() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    /// A time for a person: local, to the minute; "never" or "-" when there is none.
    static QString when(const QDateTime& time, const QString& none);
    /// "active", "expires_soon", "expired" at `now`.
    static QString keyStatus(const ApiKey& key, const QDateTime& now);

    static QByteArray appsTable(const QList<App>& apps);
    static QByteArray appTable(const App& app, const QList<ApiKey>& keys, const QDateTime& now);
    static QByteArray keysTable(const QList<ApiKey>& keys, const QDateTime& now);
    static QByteArray auditTable(const QList<AuditEntry>& entries);
    static QByteArray verifyTable(const VerifyResult& result);

    static QByteArray appsJson(const QList<App>& apps);
    /// The app, with "keys" when `keys` is given.
    static QByteArray appJson(const App& app, const QList<ApiKey>* keys, const QDateTime& now);
    static QByteArray keysJson(const QList<ApiKey>& keys, const QDateTime& now);
    static QByteArray auditJson(const QList<AuditEntry>& entries);
    static QByteArray verifyJson(const VerifyResult& result);
};

} // namespace sk
