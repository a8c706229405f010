#include "Catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

static void initCatalogResources()
{
    // The resources live in a static library; make sure they are registered.
    Q_INIT_RESOURCE(catalogs);
}

namespace sk {

namespace {

Error catalogError(const QString& source, const QString& field, const QString& message)
{
    const QString text =
        source.isEmpty() ? message : Catalog::tr("%1: %2: %3").arg(source, field, message);
    return Error(ErrorCode::Invalid, text, {FieldError{field, message}});
}

// Reads a required, non-empty string member.
bool readString(const QJsonObject& object, const QString& member, const QString& path,
                const QString& source, QString* out, Error* error)
{
    const QJsonValue value = object.value(member);
    const QString field = path.isEmpty() ? member : path + QLatin1Char('.') + member;
    if (value.isUndefined()) {
        *error = catalogError(source, field, Catalog::tr("is missing."));
        return false;
    }
    if (!value.isString()) {
        *error = catalogError(source, field, Catalog::tr("must be a string."));
        return false;
    }
    *out = value.toString().trimmed();
    if (out->isEmpty()) {
        *error = catalogError(source, field, Catalog::tr("must not be empty."));
        return false;
    }
    return true;
}

} // namespace

QList<Scope> Catalog::scopesInGroup(const QString& groupId) const
{
    QList<Scope> result;
    for (const Scope& s : m_scopes) {
        if (s.group == groupId)
            result << s;
    }
    return result;
}

Catalog Catalog::translated() const
{
    const auto translate = [](const QString& text) {
        return text.isEmpty()
                   ? text
                   : QCoreApplication::translate("sk::CatalogText", text.toUtf8().constData());
    };
    Catalog copy = *this;
    copy.m_name = translate(m_name);
    for (ScopeGroup& group : copy.m_groups)
        group.name = translate(group.name);
    for (Scope& scope : copy.m_scopes) {
        scope.name = translate(scope.name);
        scope.description = translate(scope.description);
    }
    return copy;
}

QStringList Catalog::scopeIds() const
{
    QStringList ids;
    ids.reserve(m_scopes.size());
    for (const Scope& s : m_scopes)
        ids << s.id;
    return ids;
}

bool Catalog::contains(const QString& scopeId) const
{
    return std::any_of(m_scopes.cbegin(), m_scopes.cend(),
                       [&](const Scope& s) { return s.id == scopeId; });
}

Scope Catalog::scope(const QString& scopeId) const
{
    for (const Scope& s : m_scopes) {
        if (s.id == scopeId)
            return s;
    }
    return {};
}

bool Catalog::isValidScopeId(const QString& id)
{
    // Anchored with \A…\z: "$" would also match before a final newline ("a\n").
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9:._-]{0,63}")));
    return pattern.match(id).hasMatch();
}

Result<Catalog> Catalog::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return catalogError(source, QStringLiteral("(file)"),
                            tr("is not valid JSON: %1 at byte %2.")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    }
    if (!doc.isObject())
        return catalogError(source, QStringLiteral("(file)"), tr("must hold a JSON object."));
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toInt(-1) != FormatVersion) {
        return catalogError(
            source, QStringLiteral("format"),
            tr("is %1; this version of Scopekeeper reads format %2.")
                .arg(format.toVariant().toString(), QString::number(FormatVersion)));
    }

    Catalog catalog;
    Error error;
    if (!readString(root, QStringLiteral("id"), QString(), source, &catalog.m_id, &error))
        return error;
    if (!isValidScopeId(catalog.m_id)) {
        return catalogError(source, QStringLiteral("id"),
                            tr("“%1” is not a valid catalog id (lower-case letters, digits and "
                               "“:._-”, at most 64 characters).")
                                .arg(catalog.m_id));
    }
    const QJsonValue name = root.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return catalogError(source, QStringLiteral("name"), tr("must be a string."));
    catalog.m_name = name.toString(catalog.m_id).trimmed();

    const QJsonValue groupsValue = root.value(QStringLiteral("groups"));
    if (!groupsValue.isArray() || groupsValue.toArray().isEmpty())
        return catalogError(source, QStringLiteral("groups"), tr("must be a non-empty array."));
    QSet<QString> groupIds;
    const QJsonArray groups = groupsValue.toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = QStringLiteral("groups[%1]").arg(i);
        if (!groups.at(i).isObject())
            return catalogError(source, path, tr("must be an object."));
        const QJsonObject g = groups.at(i).toObject();
        ScopeGroup group;
        if (!readString(g, QStringLiteral("id"), path, source, &group.id, &error) ||
            !readString(g, QStringLiteral("name"), path, source, &group.name, &error)) {
            return error;
        }
        if (groupIds.contains(group.id))
            return catalogError(source, path + QStringLiteral(".id"),
                                tr("“%1” is used by another group.").arg(group.id));
        groupIds.insert(group.id);
        catalog.m_groups << group;
    }

    const QJsonValue scopesValue = root.value(QStringLiteral("scopes"));
    if (!scopesValue.isArray() || scopesValue.toArray().isEmpty())
        return catalogError(source, QStringLiteral("scopes"), tr("must be a non-empty array."));
    QSet<QString> scopeIds;
    const QJsonArray scopes = scopesValue.toArray();
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const QString path = QStringLiteral("scopes[%1]").arg(i);
        if (!scopes.at(i).isObject())
            return catalogError(source, path, tr("must be an object."));
        const QJsonObject s = scopes.at(i).toObject();
        Scope scope;
        if (!readString(s, QStringLiteral("id"), path, source, &scope.id, &error) ||
            !readString(s, QStringLiteral("name"), path, source, &scope.name, &error) ||
            !readString(s, QStringLiteral("group"), path, source, &scope.group, &error)) {
            return error;
        }
        if (!isValidScopeId(scope.id)) {
            return catalogError(source, path + QStringLiteral(".id"),
                                tr("“%1” is not a valid scope id (lower-case letters, digits and "
                                   "“:._-”, at most 64 characters).")
                                    .arg(scope.id));
        }
        if (scopeIds.contains(scope.id))
            return catalogError(source, path + QStringLiteral(".id"),
                                tr("“%1” is used by another scope.").arg(scope.id));
        if (!groupIds.contains(scope.group))
            return catalogError(source, path + QStringLiteral(".group"),
                                tr("“%1” is not one of the catalog's groups.").arg(scope.group));
        const QJsonValue description = s.value(QStringLiteral("description"));
        if (!description.isUndefined() && !description.isNull() && !description.isString()) {
            return catalogError(source, path + QStringLiteral(".description"),
                                tr("must be a string."));
        }
        scope.description = description.toString().trimmed();
        scopeIds.insert(scope.id);
        catalog.m_scopes << scope;
    }
    return catalog;
}

QByteArray Catalog::toJson() const
{
    QJsonArray groups;
    for (const ScopeGroup& g : m_groups)
        groups.append(QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}});
    QJsonArray scopes;
    for (const Scope& s : m_scopes) {
        scopes.append(QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("group"), s.group},
                                  {QStringLiteral("description"), s.description}});
    }
    const QJsonObject root{{QStringLiteral("format"), FormatVersion},
                           {QStringLiteral("id"), m_id},
                           {QStringLiteral("name"), m_name},
                           {QStringLiteral("groups"), groups},
                           {QStringLiteral("scopes"), scopes}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QStringList Catalog::builtInIds()
{
    return {QStringLiteral("ai-for-process"), QStringLiteral("aimms-pro")};
}

Result<Catalog> Catalog::builtIn(const QString& id)
{
    if (!builtInIds().contains(id)) {
        return Error::invalid(QStringLiteral("catalog"),
                              tr("“%1” is not a built-in catalog; the built-in catalogs are %2.")
                                  .arg(id, builtInIds().join(QStringLiteral(", "))));
    }
    initCatalogResources();
    // Reading a compiled-in resource is not I/O on the user's disk.
    QFile file(QStringLiteral(":/scopekeeper/catalogs/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Internal, tr("The built-in catalog “%1” is missing.").arg(id));
    return fromJson(file.readAll(), file.fileName());
}

Result<Catalog> Catalog::resolve(const QString& spec, const FileReader& readFile)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return builtIn(defaultId());
    if (builtInIds().contains(trimmed))
        return builtIn(trimmed);
    const Result<QByteArray> bytes = readFile(trimmed);
    const QString shown = QDir::toNativeSeparators(trimmed); // a string, not a look at the disk
    if (!bytes.ok()) {
        if (bytes.error().code() == ErrorCode::NotFound) {
            return Error::invalid(QStringLiteral("catalog"),
                                  tr("“%1” is neither a built-in catalog (%2) nor a file.")
                                      .arg(shown, builtInIds().join(QStringLiteral(", "))));
        }
        return Error::invalid(QStringLiteral("catalog"),
                              tr("“%1” cannot be read: %2").arg(shown, bytes.error().message()));
    }
    return fromJson(bytes.value(), shown);
}

} // namespace sk
