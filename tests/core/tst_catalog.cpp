// Scope catalogs: the two built-in ones, and what a custom catalog file's author is told when the
// file is wrong.
#include "Catalog.h"

#include <QTest>

using namespace sk;

namespace {

QStringList groupIds(const Catalog& c)
{
    QStringList ids;
    for (const ScopeGroup& g : c.groups())
        ids << g.id;
    return ids;
}

QStringList groupNames(const Catalog& c)
{
    QStringList names;
    for (const ScopeGroup& g : c.groups())
        names << g.name;
    return names;
}

QStringList ids(const QList<Scope>& scopes)
{
    QStringList result;
    for (const Scope& s : scopes)
        result << s.id;
    return result;
}

Catalog builtIn(const QString& id)
{
    const Result<Catalog> r = Catalog::builtIn(id);
    if (!r.ok())
        qFatal("built-in catalog %s: %s", qPrintable(id), qPrintable(r.error().toString()));
    return r.value();
}

// A small valid catalog, as a custom catalog file would hold it.
QByteArray validJson()
{
    return R"({
      "format": 1,
      "id": "acme",
      "name": "ACME",
      "groups": [ { "id": "read", "name": "Reading" }, { "id": "write", "name": "Writing" } ],
      "scopes": [
        { "id": "doc:read", "name": "Read documents", "group": "read", "description": "Read." },
        { "id": "doc:write", "name": "Write documents", "group": "write" }
      ]
    })";
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIds();
    void aiForProcess();
    void aimmsPro();
    void builtInScopesAreComplete();
    void unknownBuiltIn();
    void validCustomCatalog();
    void resolveBuiltInIdsWithoutReading();
    void resolveReadsAFile();
    void resolveMissingFileListsTheBuiltInIds();
    void resolveUnreadableFileSaysWhy();
    void resolveBadFileNamesTheBadEntry();
    void optionalMembers();
    void badCatalogs_data();
    void badCatalogs();
    void messageWithoutSource();
    void roundTrip_data();
    void roundTrip();
    void lookups();
    void scopeIds_data();
    void scopeIds();
};

void TestCatalog::builtInIds()
{
    QCOMPARE(Catalog::builtInIds(),
             (QStringList{QStringLiteral("ai-for-process"), QStringLiteral("aimms-pro")}));
    QCOMPARE(Catalog::defaultId(), QStringLiteral("ai-for-process"));
}

void TestCatalog::aiForProcess()
{
    const Catalog c = builtIn(QStringLiteral("ai-for-process"));
    QCOMPARE(c.id(), QStringLiteral("ai-for-process"));
    QCOMPARE(c.name(), QStringLiteral("AI for Process"));
    QCOMPARE(groupNames(c), (QStringList{QStringLiteral("Workflows"), QStringLiteral("Models"),
                                         QStringLiteral("Guardrails")}));
    QCOMPARE(
        c.scopeIds(),
        (QStringList{QStringLiteral("workflow:deploy"), QStringLiteral("workflow:undeploy"),
                     QStringLiteral("workflow:import"), QStringLiteral("workflow:export"),
                     QStringLiteral("model:deploy"), QStringLiteral("model:undeploy"),
                     QStringLiteral("model:import"), QStringLiteral("model:export"),
                     QStringLiteral("guardrails:deploy"), QStringLiteral("guardrails:undeploy")}));

    const QStringList groups = groupIds(c);
    QCOMPARE(ids(c.scopesInGroup(groups.at(0))),
             (QStringList{QStringLiteral("workflow:deploy"), QStringLiteral("workflow:undeploy"),
                          QStringLiteral("workflow:import"), QStringLiteral("workflow:export")}));
    QCOMPARE(ids(c.scopesInGroup(groups.at(1))),
             (QStringList{QStringLiteral("model:deploy"), QStringLiteral("model:undeploy"),
                          QStringLiteral("model:import"), QStringLiteral("model:export")}));
    QCOMPARE(
        ids(c.scopesInGroup(groups.at(2))),
        (QStringList{QStringLiteral("guardrails:deploy"), QStringLiteral("guardrails:undeploy")}));
}

void TestCatalog::aimmsPro()
{
    const Catalog c = builtIn(QStringLiteral("aimms-pro"));
    QCOMPARE(c.id(), QStringLiteral("aimms-pro"));
    QStringList actual = c.scopeIds();
    actual.sort();
    QStringList expected{QStringLiteral("authentication"), QStringLiteral("publish-app"),
                         QStringLiteral("publish-aimms"),  QStringLiteral("tasks"),
                         QStringLiteral("api-key"),        QStringLiteral("session"),
                         QStringLiteral("secret"),         QStringLiteral("user"),
                         QStringLiteral("account")};
    expected.sort();
    QCOMPARE(actual, expected);
    // Every scope is on one of the tabs.
    qsizetype onTabs = 0;
    for (const ScopeGroup& g : c.groups())
        onTabs += c.scopesInGroup(g.id).size();
    QCOMPARE(onTabs, 9);
}

void TestCatalog::builtInScopesAreComplete()
{
    // The console shows every scope with a name and a one-line description.
    for (const QString& id : Catalog::builtInIds()) {
        const Catalog c = builtIn(id);
        QVERIFY(!c.isEmpty());
        QVERIFY(!c.name().isEmpty());
        for (const Scope& s : c.scopes()) {
            QVERIFY2(Catalog::isValidScopeId(s.id), qPrintable(s.id));
            QVERIFY2(!s.name.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.description.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.description.contains(QLatin1Char('\n')), qPrintable(s.id));
            QVERIFY2(groupIds(c).contains(s.group), qPrintable(s.id));
        }
        for (const ScopeGroup& g : c.groups())
            QVERIFY2(!c.scopesInGroup(g.id).isEmpty(), qPrintable(g.id)); // no empty tab
    }
}

void TestCatalog::unknownBuiltIn()
{
    const Result<Catalog> r = Catalog::builtIn(QStringLiteral("nope"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::Invalid);
    QCOMPARE(r.error().field(), QStringLiteral("catalog"));
    QVERIFY2(r.error().message().contains(QStringLiteral("nope")), qPrintable(r.error().message()));
    // …and it says which ones there are.
    QVERIFY(r.error().message().contains(QStringLiteral("ai-for-process")));
    QVERIFY(r.error().message().contains(QStringLiteral("aimms-pro")));

    QVERIFY(!Catalog::builtIn(QString()).ok());
    QVERIFY(!Catalog::builtIn(QStringLiteral("AI-FOR-PROCESS")).ok());
}

void TestCatalog::validCustomCatalog()
{
    const Result<Catalog> r = Catalog::fromJson(validJson(), QStringLiteral("acme.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const Catalog& c = r.value();
    QCOMPARE(c.id(), QStringLiteral("acme"));
    QCOMPARE(c.name(), QStringLiteral("ACME"));
    QCOMPARE(groupIds(c), (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
    QCOMPARE(groupNames(c), (QStringList{QStringLiteral("Reading"), QStringLiteral("Writing")}));
    QCOMPARE(c.scopeIds(), (QStringList{QStringLiteral("doc:read"), QStringLiteral("doc:write")}));
    QCOMPARE(c.scope(QStringLiteral("doc:read")).description, QStringLiteral("Read."));
    QCOMPARE(c.scope(QStringLiteral("doc:write")).group, QStringLiteral("write"));
}

void TestCatalog::resolveBuiltInIdsWithoutReading()
{
    int reads = 0;
    const Catalog::FileReader reader = [&reads](const QString&) -> Result<QByteArray> {
        ++reads;
        return validJson();
    };
    QCOMPARE(Catalog::resolve(QString(), reader)->id(), Catalog::defaultId());
    QCOMPARE(Catalog::resolve(QStringLiteral(" aimms-pro "), reader)->id(),
             QStringLiteral("aimms-pro"));
    QCOMPARE(Catalog::resolve(QStringLiteral("ai-for-process"), reader)->id(),
             QStringLiteral("ai-for-process"));
    QCOMPARE(reads, 0);
}

void TestCatalog::resolveReadsAFile()
{
    QString asked;
    const Result<Catalog> r =
        Catalog::resolve(QStringLiteral("/etc/acme.json"), [&asked](const QString& path) {
            asked = path;
            return Result<QByteArray>(validJson());
        });
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(asked, QStringLiteral("/etc/acme.json"));
    QCOMPARE(r->id(), QStringLiteral("acme"));
}

void TestCatalog::resolveMissingFileListsTheBuiltInIds()
{
    const Result<Catalog> r = Catalog::resolve(QStringLiteral("bank"), [](const QString&) {
        return Result<QByteArray>(Error(ErrorCode::NotFound, QString()));
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field(), QStringLiteral("catalog"));
    const QString message = r.error().message();
    QVERIFY2(message.contains(QStringLiteral("“bank”")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("ai-for-process, aimms-pro")), qPrintable(message));
}

void TestCatalog::resolveUnreadableFileSaysWhy()
{
    const Result<Catalog> r = Catalog::resolve(QStringLiteral("secret.json"), [](const QString&) {
        return Result<QByteArray>(Error(ErrorCode::Storage, QStringLiteral("Permission denied")));
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field(), QStringLiteral("catalog"));
    QVERIFY2(r.error().message().contains(QStringLiteral("secret.json")),
             qPrintable(r.error().message()));
    QVERIFY2(r.error().message().contains(QStringLiteral("Permission denied")),
             qPrintable(r.error().message()));
    QVERIFY(!r.error().message().contains(QStringLiteral("aimms-pro")));
}

void TestCatalog::resolveBadFileNamesTheBadEntry()
{
    const Result<Catalog> r = Catalog::resolve(QStringLiteral("broken.json"), [](const QString&) {
        return Result<QByteArray>(QByteArray(R"({"format": 1, "id": "x", "name": "X",
            "groups": [ { "id": "g", "name": "G" } ],
            "scopes": [ { "id": "a", "name": "A", "group": "nope" } ]})"));
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field(), QStringLiteral("scopes[0].group"));
    QVERIFY2(r.error().message().contains(QStringLiteral("broken.json")),
             qPrintable(r.error().message()));
}

void TestCatalog::optionalMembers()
{
    // "format", the catalog's "name" and a scope's "description" may be left out (or null);
    // strings are trimmed.
    const QByteArray json = R"({
      "id": "mini",
      "name": null,
      "groups": [ { "id": "g", "name": "  Group  " } ],
      "scopes": [ { "id": "s", "name": " Scope ", "group": "g" },
                  { "id": "t", "name": "T", "group": "g", "description": null } ]
    })";
    const Result<Catalog> r = Catalog::fromJson(json, QStringLiteral("mini.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->name(), QStringLiteral("mini"));
    QCOMPARE(r->groups().constFirst().name, QStringLiteral("Group"));
    QCOMPARE(r->scope(QStringLiteral("s")).name, QStringLiteral("Scope"));
    QVERIFY(r->scope(QStringLiteral("s")).description.isEmpty());
    QVERIFY(r->scope(QStringLiteral("t")).description.isEmpty());
}

void TestCatalog::badCatalogs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions"); // a word the message must contain

    const QByteArray groups = R"("groups": [ { "id": "g", "name": "G" } ])";
    auto catalog = [&](const QByteArray& scopes) {
        return QByteArray(R"({ "id": "c", )") + groups + R"(, "scopes": [ )" + scopes + " ] }";
    };

    QTest::newRow("invalid JSON") << QByteArray(R"({ "id": "c", )") << QStringLiteral("(file)")
                                  << QStringLiteral("JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("(file)")
                                << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("(file)")
                           << QStringLiteral("object");
    QTest::newRow("missing id") << QByteArray(R"({ )" + groups + R"(, "scopes": [] })")
                                << QStringLiteral("id") << QStringLiteral("missing");
    QTest::newRow("bad catalog id") << QByteArray(R"({ "id": "My Catalog", )" + groups + "}")
                                    << QStringLiteral("id") << QStringLiteral("My Catalog");
    QTest::newRow("non-string catalog name")
        << QByteArray(R"({ "id": "c", "name": 7, )" + groups +
                      R"(, "scopes": [ { "id": "s", "name": "S", "group": "g" } ] })")
        << QStringLiteral("name") << QStringLiteral("string");
    QTest::newRow("unsupported format") << QByteArray(R"({ "format": 2, "id": "c" })")
                                        << QStringLiteral("format") << QStringLiteral("2");
    QTest::newRow("format as string") << QByteArray(R"({ "format": "1", "id": "c" })")
                                      << QStringLiteral("format") << QStringLiteral("1");
    // The value is quoted as it is, even when it looks like a placeholder.
    QTest::newRow("format %2") << QByteArray(R"({ "format": "%2", "id": "c" })")
                               << QStringLiteral("format") << QStringLiteral("is %2;");
    QTest::newRow("no groups") << QByteArray(R"({ "id": "c", "scopes": [] })")
                               << QStringLiteral("groups") << QStringLiteral("array");
    QTest::newRow("empty groups") << QByteArray(R"({ "id": "c", "groups": [], "scopes": [] })")
                                  << QStringLiteral("groups") << QStringLiteral("array");
    QTest::newRow("group not an object") << QByteArray(R"({ "id": "c", "groups": [ "g" ] })")
                                         << QStringLiteral("groups[0]") << QStringLiteral("object");
    QTest::newRow("non-string group name")
        << QByteArray(R"({ "id": "c", "groups": [ { "id": "g", "name": ["G"] } ] })")
        << QStringLiteral("groups[0].name") << QStringLiteral("string");
    QTest::newRow("duplicate group id")
        << QByteArray(
               R"({ "id": "c", "groups": [ { "id": "g", "name": "G" }, { "id": "g", "name": "H" } ] })")
        << QStringLiteral("groups[1].id") << QStringLiteral("g");
    QTest::newRow("no scopes") << QByteArray(R"({ "id": "c", )" + groups + "}")
                               << QStringLiteral("scopes") << QStringLiteral("array");
    QTest::newRow("empty scopes") << catalog("") << QStringLiteral("scopes")
                                  << QStringLiteral("array");
    QTest::newRow("scope not an object")
        << catalog(R"({ "id": "s", "name": "S", "group": "g" }, 5)") << QStringLiteral("scopes[1]")
        << QStringLiteral("object");
    QTest::newRow("missing scope id")
        << catalog(R"({ "name": "S", "group": "g" })") << QStringLiteral("scopes[0].id")
        << QStringLiteral("missing");
    QTest::newRow("upper-case scope id")
        << catalog(R"({ "id": "s", "name": "S", "group": "g" },
                      { "id": "Workflow:Deploy", "name": "S", "group": "g" })")
        << QStringLiteral("scopes[1].id") << QStringLiteral("Workflow:Deploy");
    QTest::newRow("space in scope id")
        << catalog(R"({ "id": "s", "name": "S", "group": "g" },
                      { "id": "doc read", "name": "S", "group": "g" })")
        << QStringLiteral("scopes[1].id") << QStringLiteral("doc read");
    QTest::newRow("scope id starting with a dash")
        << catalog(R"({ "id": "s", "name": "S", "group": "g" },
                      { "id": "-doc", "name": "S", "group": "g" })")
        << QStringLiteral("scopes[1].id") << QStringLiteral("-doc");
    QTest::newRow("scope id of 65 characters")
        << catalog(R"({ "id": "s", "name": "S", "group": "g" }, { "id": ")" + QByteArray(65, 'a') +
                   R"(", "name": "S", "group": "g" })")
        << QStringLiteral("scopes[1].id") << QStringLiteral("64");
    QTest::newRow("duplicate scope id")
        << catalog(R"({ "id": "s", "name": "S", "group": "g" },
                      { "id": "s", "name": "T", "group": "g" })")
        << QStringLiteral("scopes[1].id") << QStringLiteral("another scope");
    QTest::newRow("scope in unknown group")
        << catalog(R"({ "id": "s", "name": "S", "group": "nowhere" })")
        << QStringLiteral("scopes[0].group") << QStringLiteral("nowhere");
    QTest::newRow("non-string scope name")
        << catalog(R"({ "id": "s", "name": 1, "group": "g" })") << QStringLiteral("scopes[0].name")
        << QStringLiteral("string");
    QTest::newRow("blank scope name")
        << catalog(R"({ "id": "s", "name": "  ", "group": "g" })")
        << QStringLiteral("scopes[0].name") << QStringLiteral("empty");
    QTest::newRow("non-string description")
        << catalog(R"({ "id": "s", "name": "S", "group": "g", "description": { "en": "x" } })")
        << QStringLiteral("scopes[0].description") << QStringLiteral("string");
    QTest::newRow("missing scope group")
        << catalog(R"({ "id": "s", "name": "S" })") << QStringLiteral("scopes[0].group")
        << QStringLiteral("missing");
}

void TestCatalog::badCatalogs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, mentions);

    const QString source = QStringLiteral("catalogs/custom-scopes.json");
    const Result<Catalog> r = Catalog::fromJson(json, source);
    QVERIFY2(!r.ok(), "the catalog was accepted");
    const Error e = r.error();
    QCOMPARE(e.code(), ErrorCode::Invalid);
    QCOMPARE(e.field(), field);
    QVERIFY2(e.message().contains(source), qPrintable(e.message()));
    QVERIFY2(e.message().contains(field), qPrintable(e.message()));
    QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
}

void TestCatalog::messageWithoutSource()
{
    const Result<Catalog> r = Catalog::fromJson("[]", QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field(), QStringLiteral("(file)"));
    QVERIFY(!r.error().message().isEmpty());
    QVERIFY(!r.error().message().startsWith(QLatin1Char(':')));
}

void TestCatalog::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const QString& id : Catalog::builtInIds())
        QTest::newRow(qPrintable(id)) << builtIn(id).toJson();
    QTest::newRow("custom") << validJson();
    QTest::newRow("non-ASCII") << QByteArray(R"({
      "id": "intl", "name": "Internationale Übersicht",
      "groups": [ { "id": "g", "name": "Grüße 🔑" } ],
      "scopes": [ { "id": "s", "name": "Café", "group": "g", "description": "“Quoted” — ok" } ]
    })");
}

void TestCatalog::roundTrip()
{
    QFETCH(QByteArray, json);
    const Result<Catalog> first = Catalog::fromJson(json, QStringLiteral("first"));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    const Result<Catalog> second = Catalog::fromJson(first->toJson(), QStringLiteral("second"));
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));

    QCOMPARE(second->id(), first->id());
    QCOMPARE(second->name(), first->name());
    QCOMPARE(groupIds(*second), groupIds(*first));
    QCOMPARE(groupNames(*second), groupNames(*first));
    QCOMPARE(second->scopes().size(), first->scopes().size());
    for (qsizetype i = 0; i < first->scopes().size(); ++i) {
        const Scope& a = first->scopes().at(i);
        const Scope& b = second->scopes().at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.group, a.group);
        QCOMPARE(b.description, a.description);
    }
    QCOMPARE(second->toJson(), first->toJson());
}

void TestCatalog::lookups()
{
    const Catalog c = builtIn(QStringLiteral("ai-for-process"));
    QVERIFY(c.contains(QStringLiteral("model:import")));
    QVERIFY(!c.contains(QStringLiteral("Model:Import")));
    QVERIFY(!c.contains(QStringLiteral("model:import ")));
    QVERIFY(!c.contains(QStringLiteral("authentication"))); // aimms-pro's
    QVERIFY(!c.contains(QString()));

    const Scope s = c.scope(QStringLiteral("model:import"));
    QCOMPARE(s.id, QStringLiteral("model:import"));
    QCOMPARE(s.name, QStringLiteral("Import models"));
    QCOMPARE(s.group, QStringLiteral("models"));
    QVERIFY(!s.description.isEmpty());
    QVERIFY(c.scope(QStringLiteral("model:destroy")).id.isEmpty());
    QVERIFY(c.scope(QStringLiteral("model:destroy")).name.isEmpty());

    QVERIFY(c.scopesInGroup(QStringLiteral("nowhere")).isEmpty());
    QVERIFY(c.scopesInGroup(QStringLiteral("Models")).isEmpty()); // a name is not an id

    const Catalog empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(!empty.contains(QStringLiteral("model:import")));
}

void TestCatalog::scopeIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("colon") << QStringLiteral("workflow:deploy") << true;
    QTest::newRow("dash") << QStringLiteral("publish-app") << true;
    QTest::newRow("dot and underscore") << QStringLiteral("a.b_c") << true;
    QTest::newRow("digit first") << QStringLiteral("1st") << true;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("Workflow") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("colon first") << QStringLiteral(":a") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("caf\u00E9") << false;
    QTest::newRow("trailing newline") << QStringLiteral("a\n") << false;
}

void TestCatalog::scopeIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(Catalog::isValidScopeId(id), valid);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
