// Scopekeeper core: the key inventory, for compliance reviews (scopekeeper-cli's `export`, and
// the console's File > Export Inventory). Pure: rows from apps and keys, then CSV or JSON text.
//
// One row per key, and one per app with no keys. Never a secret or a hash: keys as stored
// hold neither. CSV follows RFC 4180 (CRLF line ends, fields with a comma, a quote, CR or LF
// quoted, quotes doubled), in UTF-8 without a byte-order mark; a cell that starts with = + - @
// tab or CR gets a leading ' so that a spreadsheet shows it as text instead of running it.
#pragma once

#include "Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sk {

struct InventoryRow
{
    QString appId;
    QString app;
    QStringList scopes;  // the key's effective scopes (a narrowed key's own), or the app's
    bool hasKey = false; // false: the row is an app with no keys (key fields empty)
    QString keyId;
    QString keyName;
    QString prefix;
    QString createdBy;    // the key's; for an app with no keys, the app's
    QDateTime createdAt;  // UTC; the key's, or the app's
    QDateTime expiresAt;  // UTC; invalid for an app with no keys
    QDateTime stopsAt;    // UTC; when a rolled key stops; invalid unless the key was rolled
    QDateTime lastUsedAt; // UTC; invalid: never used
    QString
        status; // "active", "expires_soon", "rolling", "expired"; "no_keys": an app with no keys
};

class Inventory
{
public:
    /// The rows, in the order of `apps` and, within an app, in the order of `keys`; a key
    /// whose app is not in `apps` comes after them, with the app name the key carries.
    /// Statuses are taken at `now` (Rules::keyStatus).
    static QList<InventoryRow> rows(const QList<App>& apps, const QList<ApiKey>& keys,
                                    const QDateTime& now);

    /// The column names, in order: the CSV header and the JSON members.
    static QStringList columns();
    /// The header and one line per row, each ending in CRLF.
    static QByteArray toCsv(const QList<InventoryRow>& rows);
    /// {"columns": [...], "rows": [{...}, ...]}: times in RFC 3339 UTC or null, scopes as an
    /// array. Indented, ending in a newline.
    static QByteArray toJson(const QList<InventoryRow>& rows);

    /// One CSV field: guarded against formulas, then quoted when it must be.
    static QString csvField(const QString& text);
    /// A status's wire name (Rules::KeyStatus).
    static QString statusName(int keyStatus);
};

} // namespace sk
