#include "CliOutput.h"

#include "Inventory.h"
#include "Rules.h"
#include "WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sk {

namespace {

QByteArray jsonText(const QJsonValue& value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

/// Characters a terminal would act on (a name cannot hold them, but an audit detail might
/// quote one), shown as \xNN; tabs and line breaks become spaces so that a row stays a line.
QString cell(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f ||
                 (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

/// The columns a string takes on a terminal, roughly: one per code point, none for the
/// second half of a surrogate pair.
qsizetype width(const QString& text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

QJsonObject keyObject(const ApiKey& key, const QDateTime& now)
{
    QJsonObject object = wire::keyJson(key);
    object.insert(QStringLiteral("status"), CliOutput::keyStatus(key, now));
    return object;
}

} // namespace

CliTable::CliTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void CliTable::addRow(QStringList cells)
{
    for (QString& c : cells)
        c = cell(c);
    m_rows.append(std::move(cells));
}

QByteArray CliTable::text() const
{
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths.append(width(header));
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], width(row[i]));
    }
    const auto line = [&widths](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += cells[i];
            if (i + 1 < cells.size())
                text += QString(widths[i] - width(cells[i]) + 2, QLatin1Char(' '));
        }
        return text.toUtf8() + '\n';
    };
    QByteArray out = line(m_headers);
    for (const QStringList& row : m_rows)
        out += line(row);
    return out;
}

QString CliOutput::when(const QDateTime& time, const QString& none)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : none;
}

QString CliOutput::keyStatus(const ApiKey& key, const QDateTime& now)
{
    return Inventory::statusName(int(Rules::keyStatus(key.expiresAt, now, key.stopsAt)));
}

QByteArray CliOutput::appsTable(const QList<App>& apps)
{
    CliTable table({tr("NAME"), tr("SCOPES"), tr("KEYS"), tr("CREATED BY"), tr("CREATED")});
    for (const App& app : apps) {
        table.addRow({app.name, app.scopes.join(QLatin1Char(' ')), QString::number(app.keyCount),
                      app.createdBy, when(app.createdAt, QStringLiteral("-"))});
    }
    return table.text();
}

QByteArray CliOutput::appTable(const App& app, const QList<ApiKey>& keys, const QDateTime& now)
{
    CliTable about({tr("APP"), app.name});
    about.addRow({tr("id"), app.id});
    about.addRow({tr("scopes"), app.scopes.join(QLatin1Char(' '))});
    about.addRow({tr("created by"), app.createdBy});
    about.addRow({tr("created"), when(app.createdAt, QStringLiteral("-"))});
    about.addRow({tr("changed"), when(app.updatedAt, QStringLiteral("-"))});
    return about.text() + '\n' + keysTable(keys, now);
}

QByteArray CliOutput::keysTable(const QList<ApiKey>& keys, const QDateTime& now)
{
    CliTable table({tr("APP"), tr("KEY"), tr("PREFIX"), tr("CREATED BY"), tr("CREATED"),
                    tr("EXPIRES"), tr("LAST USED"), tr("STATUS")});
    for (const ApiKey& key : keys) {
        table.addRow({key.appName, key.name, key.prefix, key.createdBy,
                      when(key.createdAt, QStringLiteral("-")),
                      when(key.expiresAt, QStringLiteral("-")), when(key.lastUsedAt, tr("never")),
                      keyStatus(key, now)});
    }
    return table.text();
}

QByteArray CliOutput::auditTable(const QList<AuditEntry>& entries)
{
    CliTable table({tr("TIME"), tr("WHO"), tr("ACTION"), tr("APP"), tr("KEY"), tr("DETAIL")});
    for (const AuditEntry& e : entries) {
        table.addRow(
            {when(e.at, QStringLiteral("-")), e.actor, e.action, e.appName, e.keyName, e.detail});
    }
    return table.text();
}

QByteArray CliOutput::verifyTable(const VerifyResult& result)
{
    CliTable table({tr("RESULT"), tr("APP"), tr("KEY"), tr("SCOPES")});
    table.addRow({result.valid ? QStringLiteral("VALID") : verifyCodeName(result.code),
                  result.appName, result.keyName, result.scopes.join(QLatin1Char(' '))});
    return table.text();
}

QByteArray CliOutput::appsJson(const QList<App>& apps)
{
    QJsonArray array;
    for (const App& app : apps)
        array.append(wire::appJson(app));
    return jsonText(array);
}

QByteArray CliOutput::appJson(const App& app, const QList<ApiKey>* keys, const QDateTime& now)
{
    QJsonObject object = wire::appJson(app);
    if (keys) {
        QJsonArray array;
        for (const ApiKey& key : *keys)
            array.append(keyObject(key, now));
        object.insert(QStringLiteral("keys"), array);
    }
    return jsonText(object);
}

QByteArray CliOutput::keysJson(const QList<ApiKey>& keys, const QDateTime& now)
{
    QJsonArray array;
    for (const ApiKey& key : keys)
        array.append(keyObject(key, now));
    return jsonText(array);
}

QByteArray CliOutput::auditJson(const QList<AuditEntry>& entries)
{
    QJsonArray array;
    for (const AuditEntry& entry : entries)
        array.append(wire::auditEntryJson(entry));
    return jsonText(array);
}

QByteArray CliOutput::verifyJson(const VerifyResult& result)
{
    return jsonText(wire::verifyJson(result));
}

} // namespace sk
