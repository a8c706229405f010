#include "Inventory.h"

#include "Rules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sk {

namespace {

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(timeText(time)) : QJsonValue(QJsonValue::Null);
}

InventoryRow appRow(const App& app)
{
    InventoryRow row;
    row.appId = app.id;
    row.app = app.name;
    row.scopes = app.scopes;
    row.createdBy = app.createdBy;
    row.createdAt = app.createdAt;
    row.status = QStringLiteral("no_keys");
    return row;
}

InventoryRow keyRow(const ApiKey& key, const App* app, const QDateTime& now)
{
    InventoryRow row;
    row.appId = key.appId;
    row.app = app ? app->name : key.appName;
    // What the key can use: a narrowed key's own scopes that its app still holds.
    row.scopes =
        app ? Rules::effectiveScopes(key.scopes, app->scopes) : key.scopes.value_or(QStringList());
    row.hasKey = true;
    row.keyId = key.id;
    row.keyName = key.name;
    row.prefix = key.prefix;
    row.createdBy = key.createdBy;
    row.createdAt = key.createdAt;
    row.expiresAt = key.expiresAt;
    row.stopsAt = key.stopsAt;
    row.lastUsedAt = key.lastUsedAt;
    row.status = Inventory::statusName(int(Rules::keyStatus(key.expiresAt, now, key.stopsAt)));
    return row;
}

QStringList cells(const InventoryRow& row)
{
    return {row.app,
            row.scopes.join(QLatin1Char(' ')),
            row.keyName,
            row.prefix,
            row.createdBy,
            timeText(row.createdAt),
            timeText(row.expiresAt),
            timeText(row.stopsAt),
            timeText(row.lastUsedAt),
            row.status};
}

} // namespace

QString Inventory::statusName(int keyStatus)
{
    switch (Rules::KeyStatus(keyStatus)) {
    case Rules::KeyStatus::Active:
        return QStringLiteral("active");
    case Rules::KeyStatus::ExpiresSoon:
        return QStringLiteral("expires_soon");
    case Rules::KeyStatus::Rolling:
        return QStringLiteral("rolling");
    case Rules::KeyStatus::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

QList<InventoryRow> Inventory::rows(const QList<App>& apps, const QList<ApiKey>& keys,
                                    const QDateTime& now)
{
    QHash<QString, QList<const ApiKey*>> keysOf;
    for (const ApiKey& key : keys)
        keysOf[key.appId].append(&key);
    QList<InventoryRow> out;
    QSet<QString> listed;
    for (const App& app : apps) {
        listed.insert(app.id);
        const QList<const ApiKey*> own = keysOf.value(app.id);
        if (own.isEmpty())
            out.append(appRow(app));
        for (const ApiKey* key : own)
            out.append(keyRow(*key, &app, now));
    }
    for (const ApiKey& key : keys) {
        if (!listed.contains(key.appId))
            out.append(keyRow(key, nullptr, now));
    }
    return out;
}

QStringList Inventory::columns()
{
    return {QStringLiteral("app"),          QStringLiteral("scopes"),
            QStringLiteral("key"),          QStringLiteral("prefix"),
            QStringLiteral("created_by"),   QStringLiteral("created_at"),
            QStringLiteral("expires_at"),   QStringLiteral("stops_at"),
            QStringLiteral("last_used_at"), QStringLiteral("status")};
}

QString Inventory::csvField(const QString& text)
{
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            field.prepend(QLatin1Char('\''));
    }
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QByteArray Inventory::toCsv(const QList<InventoryRow>& rows)
{
    const auto line = [](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& field : fields)
            quoted.append(csvField(field));
        return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    QByteArray out = line(columns());
    for (const InventoryRow& row : rows)
        out += line(cells(row));
    return out;
}

QByteArray Inventory::toJson(const QList<InventoryRow>& rows)
{
    QJsonArray array;
    for (const InventoryRow& row : rows) {
        const auto text = [&row](const QString& value) {
            return row.hasKey ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
        };
        array.append(QJsonObject{
            {QStringLiteral("app"), row.app},
            {QStringLiteral("app_id"), row.appId},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(row.scopes)},
            {QStringLiteral("key"), text(row.keyName)},
            {QStringLiteral("key_id"), text(row.keyId)},
            {QStringLiteral("prefix"), text(row.prefix)},
            {QStringLiteral("created_by"), row.createdBy},
            {QStringLiteral("created_at"), timeValue(row.createdAt)},
            {QStringLiteral("expires_at"), timeValue(row.expiresAt)},
            {QStringLiteral("stops_at"), timeValue(row.stopsAt)},
            {QStringLiteral("last_used_at"), timeValue(row.lastUsedAt)},
            {QStringLiteral("status"), row.status},
        });
    }
    const QJsonObject document{{QStringLiteral("columns"), QJsonArray::fromStringList(columns())},
                               {QStringLiteral("rows"), array}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace sk
