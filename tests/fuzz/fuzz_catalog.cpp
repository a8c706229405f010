// Fuzz target: scope catalogs (Catalog::fromJson), as a custom catalog file or a server's
// GET /api/v1/scopes answer would give them.
//
// Checked for every catalog it accepts: the catalog id and every scope id are valid scope ids;
// group ids and scope ids are unique; every scope is in one of the groups; names are trimmed
// and not empty; and toJson() reads back as the same catalog.
#include "Catalog.h"
#include "FuzzSupport.h"

#include <QSet>

using sk::Catalog;
using sk::Result;
using sk::Scope;
using sk::ScopeGroup;

namespace {

bool trimmedNonEmpty(const QString& text)
{
    return !text.isEmpty() && text == text.trimmed();
}

bool same(const Catalog& a, const Catalog& b)
{
    if (a.id() != b.id() || a.name() != b.name() || a.groups().size() != b.groups().size() ||
        a.scopes().size() != b.scopes().size())
        return false;
    for (qsizetype i = 0; i < a.groups().size(); ++i) {
        const ScopeGroup& x = a.groups().at(i);
        const ScopeGroup& y = b.groups().at(i);
        if (x.id != y.id || x.name != y.name)
            return false;
    }
    for (qsizetype i = 0; i < a.scopes().size(); ++i) {
        const Scope& x = a.scopes().at(i);
        const Scope& y = b.scopes().at(i);
        if (x.id != y.id || x.name != y.name || x.group != y.group ||
            x.description != y.description)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Result<Catalog> parsed =
        Catalog::fromJson(sk::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!parsed.ok()) {
        // Every refusal says what is wrong, and where.
        SK_FUZZ_CHECK(!parsed.error().message().isEmpty());
        SK_FUZZ_CHECK(!parsed.error().fieldErrors().isEmpty());
        return 0;
    }
    const Catalog& catalog = parsed.value();
    SK_FUZZ_CHECK(Catalog::isValidScopeId(catalog.id()));
    SK_FUZZ_CHECK(catalog.name() == catalog.name().trimmed());
    SK_FUZZ_CHECK(!catalog.groups().isEmpty() && !catalog.isEmpty());

    QSet<QString> groupIds;
    for (const ScopeGroup& g : catalog.groups()) {
        SK_FUZZ_CHECK(trimmedNonEmpty(g.id) && trimmedNonEmpty(g.name));
        SK_FUZZ_CHECK(!groupIds.contains(g.id));
        groupIds.insert(g.id);
    }
    QSet<QString> scopeIds;
    for (const Scope& s : catalog.scopes()) {
        SK_FUZZ_CHECK(Catalog::isValidScopeId(s.id));
        SK_FUZZ_CHECK(trimmedNonEmpty(s.name));
        SK_FUZZ_CHECK(groupIds.contains(s.group));
        SK_FUZZ_CHECK(s.description == s.description.trimmed());
        SK_FUZZ_CHECK(!scopeIds.contains(s.id));
        scopeIds.insert(s.id);
        SK_FUZZ_CHECK(catalog.contains(s.id));
        SK_FUZZ_CHECK(catalog.scope(s.id).id == s.id);
    }
    SK_FUZZ_CHECK(catalog.scopeIds().size() == scopeIds.size());
    qsizetype inGroups = 0;
    for (const ScopeGroup& g : catalog.groups())
        inGroups += catalog.scopesInGroup(g.id).size();
    SK_FUZZ_CHECK(inGroups == catalog.scopes().size());

    // What a store writes is what it reads back.
    const Result<Catalog> again = Catalog::fromJson(catalog.toJson(), QStringLiteral("again.json"));
    SK_FUZZ_CHECK(again.ok());
    SK_FUZZ_CHECK(same(catalog, again.value()));
    return 0;
}
