// Scopekeeper core: scope catalogs (the built-in ones, and custom JSON files).
#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace sk {

struct Scope
{
    QString id;
    QString name;
    QString group; // a ScopeGroup id
    QString description;
};

struct ScopeGroup
{
    QString id;
    QString name;
};

/// The scopes a store offers, in groups. A store is created with one and keeps it.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static constexpr int FormatVersion = 1;

    Catalog() = default;

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QList<ScopeGroup> groups() const { return m_groups; }
    QList<Scope> scopes() const { return m_scopes; }
    QList<Scope> scopesInGroup(const QString& groupId) const;
    QStringList scopeIds() const;
    bool contains(const QString& scopeId) const;
    /// The scope with that id; a default Scope when there is none.
    Scope scope(const QString& scopeId) const;
    bool isEmpty() const { return m_scopes.isEmpty(); }

    /// A copy for display: the catalog's, groups' and scopes' names and descriptions in the
    /// language of the installed translators (context "sk::CatalogText"). Ids are unchanged;
    /// a text without a translation (e.g. from a custom catalog) stays as it is.
    Catalog translated() const;

    /// Parses a catalog. `source` names the file in messages. An error names the bad entry,
    /// e.g. field "scopes[3].group".
    static Result<Catalog> fromJson(const QByteArray& json, const QString& source);
    QByteArray toJson() const;

    /// "ai-for-process" (the default) and "aimms-pro".
    static QStringList builtInIds();
    static QString defaultId() { return QStringLiteral("ai-for-process"); }
    static Result<Catalog> builtIn(const QString& id);

    /// Reads the catalog file at a path: its bytes, or why not (ErrorCode::NotFound: there is
    /// no such file). Core does no I/O: the caller's layer reads (readCatalogFile in src/store).
    using FileReader = std::function<Result<QByteArray>(const QString& path)>;
    /// The catalog `spec` names, as --catalog takes it: a built-in id (empty: the default), or
    /// else a JSON file read with `readFile`. A spec that is neither says which the built-in
    /// ids are.
    static Result<Catalog> resolve(const QString& spec, const FileReader& readFile);

    /// A scope id: lower-case letters, digits and ":._-", starting with a letter or digit,
    /// at most 64 characters.
    static bool isValidScopeId(const QString& id);

private:
    QString m_id;
    QString m_name;
    QList<ScopeGroup> m_groups;
    QList<Scope> m_scopes;
};

} // namespace sk
