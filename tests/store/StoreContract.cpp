#include "StoreContract.h"

#include "AuditDetails.h"
#include "KeyFormat.h"
#include "Rules.h"
#include "StoreTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <initializer_list>

using namespace sk;
using sk::test::await;
using sk::test::describe;
using sk::test::fieldsOf;
using sk::test::isNear;
using sk::test::iso;

namespace {

constexpr qint64 HourMs = 60LL * 60 * 1000;

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* id : list)
        out << QString::fromLatin1(id);
    return out;
}

QString appLine(const App& a)
{
    return QStringList{a.id,
                       a.name,
                       a.scopes.join(QLatin1Char(',')),
                       a.createdBy,
                       iso(a.createdAt),
                       iso(a.updatedAt),
                       QString::number(a.keyCount),
                       QString::number(a.version)}
        .join(QStringLiteral(" | "));
}

QString keyLine(const ApiKey& k)
{
    return QStringList{k.id,
                       k.appId,
                       k.appName,
                       k.name,
                       k.prefix,
                       k.createdBy,
                       iso(k.createdAt),
                       iso(k.expiresAt),
                       iso(k.lastUsedAt),
                       k.scopes ? k.scopes->join(QLatin1Char(',')) : QStringLiteral("(inherited)")}
        .join(QStringLiteral(" | "));
}

QString auditLine(const AuditEntry& e)
{
    return QStringList{QString::number(e.sequence),
                       iso(e.at),
                       e.actor,
                       e.action,
                       e.appId,
                       e.appName,
                       e.keyId,
                       e.keyName,
                       e.detail}
        .join(QStringLiteral(" | "));
}

/// Everything a user can see of a store; equal snapshots mean "nothing changed".
struct Snapshot
{
    QStringList apps;
    QStringList keys;
    QStringList audit;
};

Result<Snapshot> snapshot(Store& store)
{
    Snapshot s;
    const Result<QList<App>> apps = await(store.listApps());
    if (!apps.ok())
        return apps.error();
    for (const App& a : apps.value()) {
        s.apps << appLine(a);
        const Result<QList<ApiKey>> keys = await(store.listKeys(a.id));
        if (!keys.ok())
            return keys.error();
        for (const ApiKey& k : keys.value())
            s.keys << QStringLiteral("per app: ") + keyLine(k);
    }
    const Result<QList<ApiKey>> allKeys = await(store.listAllKeys());
    if (!allKeys.ok())
        return allKeys.error();
    for (const ApiKey& k : allKeys.value())
        s.keys << QStringLiteral("all: ") + keyLine(k);
    const Result<QList<AuditEntry>> audit = await(store.audit());
    if (!audit.ok())
        return audit.error();
    for (const AuditEntry& e : audit.value())
        s.audit << auditLine(e);
    return s;
}

/// The entries `after` has that `before` had not (newest first); the rest must be `before`.
QList<AuditEntry> newEntries(const QList<AuditEntry>& before, const QList<AuditEntry>& after)
{
    return after.mid(0, after.size() - before.size());
}

/// Every string a listed key shows.
QStringList keyStrings(const ApiKey& k)
{
    return {k.id, k.appId, k.appName, k.name, k.prefix, k.createdBy};
}

QStringList auditStrings(const AuditEntry& e)
{
    return {e.actor, e.action, e.appId, e.appName, e.keyId, e.keyName, e.detail};
}

/// The parts of a secret that must never be seen again: the whole secret, its 49 characters
/// after "spk_", and its 43 random characters.
QStringList secretForms(const QString& secret)
{
    return {secret, secret.mid(KeyFormat::PrefixLength),
            secret.mid(KeyFormat::PrefixLength, KeyFormat::RandomLength)};
}

/// `secret` with the character at `index` replaced by another base62 character.
QString withTypo(const QString& secret, qsizetype index)
{
    QString typo = secret;
    typo[index] = typo.at(index) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return typo;
}

enum class Expiry
{
    InAMonth,
    Past,
    Now,
    JustOverAYear,
    DayOverAYear,
    Invalid
};

QDateTime expiryFor(Expiry kind, const QDateTime& now)
{
    switch (kind) {
    case Expiry::InAMonth:
        return now.addDays(30);
    case Expiry::Past:
        return now.addDays(-1);
    case Expiry::Now:
        return now;
    case Expiry::JustOverAYear:
        return now.addYears(1).addMSecs(HourMs);
    case Expiry::DayOverAYear:
        return now.addYears(1).addDays(1);
    case Expiry::Invalid:
        break;
    }
    return {};
}

QString emoji()
{
    return QStringLiteral("\U0001F600"); // 😀: one character, two UTF-16 units
}

} // namespace

/// Declares `fx` (the fixture) and `store` (its store), or fails the test.
#define SK_FIXTURE(...)                                                                            \
    StoreFixture* const fx = newFixture(__VA_ARGS__);                                              \
    QVERIFY2(fx != nullptr, qPrintable(m_fixtureError));                                           \
    Store& store = *fx->store

/// Declares `var`, everything the store shows now.
#define SK_SNAPSHOT(var, store)                                                                    \
    const Result<Snapshot> var##Result = snapshot(store);                                          \
    SK_VERIFY_OK(var##Result);                                                                     \
    const Snapshot& var = var##Result.value()

/// Fails the test unless the store shows exactly what `before` saw.
#define SK_VERIFY_UNCHANGED(store, before)                                                         \
    do {                                                                                           \
        SK_SNAPSHOT(skAfter, store);                                                               \
        QCOMPARE(skAfter.apps, (before).apps);                                                     \
        QCOMPARE(skAfter.keys, (before).keys);                                                     \
        QCOMPARE(skAfter.audit, (before).audit);                                                   \
    } while (false)

#define SK_VERIFY_NEAR(actual, expected)                                                           \
    QVERIFY2(isNear(actual, expected),                                                             \
             qPrintable(QStringLiteral("%1 is not close to %2").arg(iso(actual), iso(expected))))

StoreContract::StoreContract(StoreFactory& factory, QObject* parent)
    : QObject(parent)
    , m_factory(factory)
{
}

StoreContract::~StoreContract() = default;

StoreFixture* StoreContract::newFixture(const QString& catalogId, const QString& actor,
                                        Scoping scoping)
{
    m_fixtureError.clear();
    const QString id = catalogId.isEmpty() ? Catalog::defaultId() : catalogId;
    const Result<Catalog> catalog = Catalog::builtIn(id);
    if (!catalog.ok()) {
        m_fixtureError = describe(catalog.error());
        return nullptr;
    }
    std::unique_ptr<StoreFixture> fixture = m_factory.create(catalog.value(), actor, scoping);
    if (!fixture || !fixture->store) {
        m_fixtureError = QStringLiteral("%1 could not make a store: %2")
                             .arg(m_factory.name(), m_factory.lastError());
        return nullptr;
    }
    // Every test relies on starting from nothing.
    const Result<QList<App>> apps = await(fixture->store->listApps());
    if (!apps.ok() || !apps->isEmpty()) {
        m_fixtureError =
            apps.ok() ? QStringLiteral("%1 made a store that is not empty").arg(m_factory.name())
                      : describe(apps.error());
        return nullptr;
    }
    m_fixtures.push_back(std::move(fixture));
    return m_fixtures.back().get();
}

void StoreContract::initTestCase()
{
    qInfo("Store contract for: %s", qPrintable(m_factory.name()));
    for (const QString& id : Catalog::builtInIds())
        QVERIFY2(Catalog::builtIn(id).ok(), qPrintable(id));
}

void StoreContract::cleanup()
{
    m_fixtures.clear();
}

// ---- apps -------------------------------------------------------------------------------

void StoreContract::createAppReturnsTheApp()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("  Payments  "),
                                            ids({"workflow:export", "model:deploy",
                                                 "workflow:deploy", "model:deploy"})}));
    QVERIFY(!app.id.isEmpty());
    QCOMPARE(app.name, QStringLiteral("Payments"));
    QCOMPARE(app.scopes, ids({"model:deploy", "workflow:deploy", "workflow:export"}));
    QCOMPARE(app.createdBy, defaultActor());
    SK_VERIFY_NEAR(app.createdAt, now);
    QVERIFY(app.updatedAt.isValid());
    QCOMPARE(app.keyCount, 0);

    SK_AWAIT_OK(listed, store.listApps());
    QCOMPARE(listed.size(), 1);
    QCOMPARE(appLine(listed.first()), appLine(app));
    SK_AWAIT_OK(fetched, store.app(app.id));
    QCOMPARE(appLine(fetched), appLine(app));

    SK_AWAIT_OK(second, store.createApp(NewApp{QStringLiteral("Billing"), ids({"model:export"})}));
    QVERIFY(second.id != app.id);
    SK_AWAIT_OK(both, store.listApps());
    QCOMPARE(both.size(), 2);
}

void StoreContract::createAppAcceptsNamesUpToTheLimit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QString hundred(100, QLatin1Char('a'));
    QTest::newRow("100 characters") << hundred << hundred;
    QTest::newRow("100 characters after trimming")
        << QStringLiteral("  \t") + hundred + QStringLiteral(" \n") << hundred;
    QTest::newRow("100 emoji (200 UTF-16 units)") << emoji().repeated(100) << emoji().repeated(100);
    QTest::newRow("100 accented characters typed decomposed")
        << QStringLiteral("e\u0301").repeated(100) << QStringLiteral("\u00e9").repeated(100);
    QTest::newRow("mixed scripts")
        << QStringLiteral("\u00dcn\u00efc\u00f6d\u00e9 \u540d\u524d ") + emoji()
        << QStringLiteral("\u00dcn\u00efc\u00f6d\u00e9 \u540d\u524d ") + emoji();
}

void StoreContract::createAppAcceptsNamesUpToTheLimit()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{name, ids({"workflow:deploy"})}));
    QCOMPARE(app.name, expected);
    SK_AWAIT_OK(fetched, store.app(app.id));
    QCOMPARE(fetched.name, expected);
}

void StoreContract::createAppRejectsBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QStringList good = ids({"workflow:deploy"});
    const int invalid = int(ErrorCode::Invalid);
    const int conflict = int(ErrorCode::Conflict);
    const QString name = QStringLiteral("name");
    const QString scopes = QStringLiteral("scopes");
    auto with = [](const char* before, char16_t c, const char* after) {
        return QString::fromLatin1(before) + QChar(c) + QString::fromLatin1(after);
    };

    QTest::newRow("empty name") << QString() << good << invalid << name;
    QTest::newRow("blank name (spaces)") << QStringLiteral("   ") << good << invalid << name;
    QTest::newRow("blank name (tabs, newlines)")
        << QStringLiteral("\t\n \r\n") << good << invalid << name;
    QTest::newRow("blank name (Unicode spaces)")
        << QStringLiteral("\u00a0\u2003\u3000") << good << invalid << name;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('a')) << good << invalid << name;
    QTest::newRow("101 emoji") << emoji().repeated(101) << good << invalid << name;
    QTest::newRow("newline inside") << with("Two", u'\n', "Lines") << good << invalid << name;
    QTest::newRow("carriage return inside")
        << with("Two", u'\r', "Lines") << good << invalid << name;
    QTest::newRow("tab inside") << with("Tab", u'\t', "Name") << good << invalid << name;
    QTest::newRow("NUL inside") << with("Nul", u'\0', "Name") << good << invalid << name;
    QTest::newRow("bell inside") << with("Bell", u'\x07', "Name") << good << invalid << name;
    QTest::newRow("DEL inside") << with("Del", u'\x7f', "Name") << good << invalid << name;
    QTest::newRow("line separator inside")
        << with("Line", u'\u2028', "Separator") << good << invalid << name;
    QTest::newRow("paragraph separator inside")
        << with("Paragraph", u'\u2029', "Separator") << good << invalid << name;

    QTest::newRow("duplicate name") << QStringLiteral("Existing") << good << conflict << name;
    QTest::newRow("duplicate, other case")
        << QStringLiteral("EXISTING") << good << conflict << name;
    QTest::newRow("duplicate, surrounding spaces")
        << QStringLiteral("  existing \t") << good << conflict << name;
    QTest::newRow("duplicate, Unicode case (CAF\u00c9)")
        << QStringLiteral("CAF\u00c9") << good << conflict << name;
    QTest::newRow("duplicate, decomposed (NFD)")
        << QStringLiteral("Cafe\u0301") << good << conflict << name;
    QTest::newRow("duplicate, decomposed upper case")
        << QStringLiteral("CAFE\u0301") << good << conflict << name;

    const QString fresh = QStringLiteral("Fresh");
    QTest::newRow("no scopes") << fresh << QStringList() << invalid << scopes;
    QTest::newRow("blank scope") << fresh << QStringList{QStringLiteral(" ")} << invalid << scopes;
    QTest::newRow("unknown scope") << fresh << ids({"workflow:fly"}) << invalid << scopes;
    QTest::newRow("known and unknown scopes")
        << fresh << ids({"workflow:deploy", "workflow:fly"}) << invalid << scopes;
    QTest::newRow("scope of another catalog") << fresh << ids({"publish-app"}) << invalid << scopes;
    QTest::newRow("scope in the wrong case")
        << fresh << ids({"Workflow:Deploy"}) << invalid << scopes;
}

void StoreContract::createAppRejectsBadInput()
{
    QFETCH(QString, name);
    QFETCH(QStringList, scopes);
    QFETCH(int, code);
    QFETCH(QString, field);
    SK_FIXTURE();
    SK_AWAIT_OK(existing,
                store.createApp(NewApp{QStringLiteral("Existing"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(cafe, store.createApp(NewApp{QStringLiteral("Caf\u00e9"), ids({"model:deploy"})}));
    Q_UNUSED(cafe);
    SK_AWAIT_OK(key, store.createKey(existing.id, NewKey{QStringLiteral("Primary"),
                                                         fx->clock.clock()().addDays(30)}));
    Q_UNUSED(key);
    SK_SNAPSHOT(before, store);

    const Result<App> r = await(store.createApp(NewApp{name, scopes}));
    SK_VERIFY_FAILS(r, ErrorCode(code));
    QCOMPARE(r.error().field(), field);
    QVERIFY2(!r.error().message().isEmpty(), "a refusal must say why");
    SK_VERIFY_UNCHANGED(store, before);
}

void StoreContract::createAppReportsEveryBadField()
{
    SK_FIXTURE();
    SK_SNAPSHOT(before, store);
    const Result<App> bothEmpty = await(store.createApp(NewApp{QStringLiteral("  "), {}}));
    SK_VERIFY_FAILS(bothEmpty, ErrorCode::Invalid);
    QVERIFY2(fieldsOf(bothEmpty.error()).contains(QStringLiteral("name")),
             qPrintable(describe(bothEmpty.error())));
    QVERIFY2(fieldsOf(bothEmpty.error()).contains(QStringLiteral("scopes")),
             qPrintable(describe(bothEmpty.error())));

    const Result<App> longAndUnknown =
        await(store.createApp(NewApp{QString(101, QLatin1Char('x')), ids({"workflow:fly"})}));
    SK_VERIFY_FAILS(longAndUnknown, ErrorCode::Invalid);
    QVERIFY2(fieldsOf(longAndUnknown.error()).contains(QStringLiteral("name")),
             qPrintable(describe(longAndUnknown.error())));
    QVERIFY2(fieldsOf(longAndUnknown.error()).contains(QStringLiteral("scopes")),
             qPrintable(describe(longAndUnknown.error())));
    SK_VERIFY_UNCHANGED(store, before);
}

void StoreContract::listAppsFiltersByText()
{
    SK_FIXTURE();
    SK_AWAIT_OK(risk, store.createApp(NewApp{QStringLiteral("Risk & Compliance"),
                                             ids({"workflow:deploy", "model:deploy"})}));
    SK_AWAIT_OK(support, store.createApp(NewApp{QStringLiteral("Customer Support"),
                                                ids({"guardrails:deploy"})}));
    SK_AWAIT_OK(growth,
                store.createApp(NewApp{QStringLiteral("Growth 100%"), ids({"workflow:export"})}));
    SK_AWAIT_OK(lake, store.createApp(NewApp{QStringLiteral("Data_Lake"), ids({"model:import"})}));

    auto names = [&store](const QString& text) -> QStringList {
        const Result<QList<App>> apps = await(store.listApps(AppQuery{text}));
        if (!apps.ok())
            return {QStringLiteral("error: ") + describe(apps.error())};
        QStringList out;
        for (const App& a : apps.value())
            out << a.name;
        out.sort();
        return out;
    };
    QCOMPARE(names(QString()), (QStringList{support.name, lake.name, growth.name, risk.name}));
    QCOMPARE(names(QStringLiteral("risk")), QStringList{risk.name});
    QCOMPARE(names(QStringLiteral("SUPPORT")), QStringList{support.name});
    QCOMPARE(names(QStringLiteral("guardrails")), QStringList{support.name}); // a scope id
    QCOMPARE(names(QStringLiteral("model:")), (QStringList{lake.name, risk.name}));
    QCOMPARE(names(QStringLiteral("%")), QStringList{growth.name}); // not a wildcard
    QCOMPARE(names(QStringLiteral("_")), QStringList{lake.name});   // not a wildcard
    QCOMPARE(names(QStringLiteral("nothing matches this")), QStringList());

    // A filtered list still shows each app with all its scopes.
    SK_AWAIT_OK(byScope, store.listApps(AppQuery{QStringLiteral("model:deploy")}));
    QCOMPARE(byScope.size(), 1);
    QCOMPARE(appLine(byScope.first()), appLine(risk));
}

void StoreContract::updateAppRenamesAndChangesScopes()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));

    SK_AWAIT_OK(renamed, store.renameApp(app.id, QStringLiteral("  Payments EU "), app.version));
    QCOMPARE(renamed.id, app.id);
    QCOMPARE(renamed.name, QStringLiteral("Payments EU"));
    QCOMPARE(renamed.scopes, app.scopes);
    QCOMPARE(renamed.createdBy, app.createdBy);
    QCOMPARE(renamed.createdAt, app.createdAt);
    QVERIFY(renamed.updatedAt >= app.updatedAt);
    QVERIFY2(renamed.version > app.version, "every change must bump the version");

    SK_AWAIT_OK(rescoped, store.setAppScopes(app.id, ids({"model:export", "guardrails:deploy"}),
                                             renamed.version));
    QCOMPARE(rescoped.name, QStringLiteral("Payments EU"));
    QCOMPARE(rescoped.scopes, ids({"guardrails:deploy", "model:export"}));
    QVERIFY2(rescoped.version > renamed.version, "every change must bump the version");

    // Both at once, and a rename to another case of its own name is no conflict.
    SK_AWAIT_OK(both, store.updateApp(
                          app.id, AppPatch{QStringLiteral("PAYMENTS eu"), ids({"model:import"})},
                          rescoped.version));
    QCOMPARE(both.name, QStringLiteral("PAYMENTS eu"));
    QCOMPARE(both.scopes, ids({"model:import"}));
    QVERIFY(both.version > rescoped.version);

    // Saving without a change (the dialog's OK on an untouched form) works too.
    SK_AWAIT_OK(unchanged, store.updateApp(app.id, AppPatch{both.name, both.scopes}, both.version));
    QCOMPARE(unchanged.name, both.name);
    QCOMPARE(unchanged.scopes, both.scopes);

    SK_AWAIT_OK(fetched, store.app(app.id));
    QCOMPARE(appLine(fetched), appLine(unchanged));
    SK_AWAIT_OK(listed, store.listApps());
    QCOMPARE(listed.size(), 1);
    QCOMPARE(appLine(listed.first()), appLine(unchanged));
}

void StoreContract::updateAppWithStaleVersionChangesNothing()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(renamed, store.renameApp(app.id, QStringLiteral("Payments EU"), app.version));
    Q_UNUSED(renamed);
    SK_SNAPSHOT(before, store);

    // Someone else's change came in between: `app.version` is outdated now.
    const Result<App> staleRename =
        await(store.renameApp(app.id, QStringLiteral("Payments US"), app.version));
    SK_VERIFY_FAILS(staleRename, ErrorCode::Stale);
    QVERIFY(!staleRename.error().message().isEmpty());
    const Result<App> staleScopes =
        await(store.setAppScopes(app.id, ids({"model:deploy"}), app.version));
    SK_VERIFY_FAILS(staleScopes, ErrorCode::Stale);
    const Result<App> future =
        await(store.renameApp(app.id, QStringLiteral("Payments US"), app.version + 100));
    SK_VERIFY_FAILS(future, ErrorCode::Stale);
    SK_VERIFY_UNCHANGED(store, before);
}

void StoreContract::updateAppToTakenNameIsConflict()
{
    SK_FIXTURE();
    SK_AWAIT_OK(first,
                store.createApp(NewApp{QStringLiteral("Caf\u00e9"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(second, store.createApp(NewApp{QStringLiteral("Bistro"), ids({"model:deploy"})}));
    Q_UNUSED(first);
    SK_SNAPSHOT(before, store);
    for (const QString& taken : {QStringLiteral("Caf\u00e9"), QStringLiteral("CAF\u00c9"),
                                 QStringLiteral(" cafe\u0301 ")}) {
        const Result<App> r = await(store.renameApp(second.id, taken, second.version));
        SK_VERIFY_FAILS(r, ErrorCode::Conflict);
        QCOMPARE(r.error().field(), QStringLiteral("name"));
        QVERIFY(!r.error().message().isEmpty());
    }
    // A conflicting name with a scope change: nothing of the patch is applied.
    const Result<App> r = await(store.updateApp(
        second.id, AppPatch{QStringLiteral("CAF\u00c9"), ids({"guardrails:deploy"})},
        second.version));
    SK_VERIFY_FAILS(r, ErrorCode::Conflict);
    SK_VERIFY_UNCHANGED(store, before);
}

void StoreContract::updateAppRejectsBadInput()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_SNAPSHOT(before, store);
    struct Case
    {
        AppPatch patch;
        QString field;
    };
    const QList<Case> cases = {
        {AppPatch{QString(), std::nullopt}, QStringLiteral("name")},
        {AppPatch{QStringLiteral(" \t "), std::nullopt}, QStringLiteral("name")},
        {AppPatch{QString(101, QLatin1Char('p')), std::nullopt}, QStringLiteral("name")},
        {AppPatch{QStringLiteral("Two\nLines"), std::nullopt}, QStringLiteral("name")},
        {AppPatch{std::nullopt, QStringList()}, QStringLiteral("scopes")},
        {AppPatch{std::nullopt, ids({"workflow:fly"})}, QStringLiteral("scopes")},
        {AppPatch{std::nullopt, ids({"publish-app"})}, QStringLiteral("scopes")},
    };
    for (const Case& c : cases) {
        const Result<App> r = await(store.updateApp(app.id, c.patch, app.version));
        SK_VERIFY_FAILS(r, ErrorCode::Invalid);
        QCOMPARE(r.error().field(), c.field);
    }
    const Result<App> both =
        await(store.updateApp(app.id, AppPatch{QString(), QStringList()}, app.version));
    SK_VERIFY_FAILS(both, ErrorCode::Invalid);
    QVERIFY2(fieldsOf(both.error()).contains(QStringLiteral("name")) &&
                 fieldsOf(both.error()).contains(QStringLiteral("scopes")),
             qPrintable(describe(both.error())));
    SK_VERIFY_UNCHANGED(store, before);
}

void StoreContract::deleteAppRemovesItAndItsKeys()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(doomed,
                store.createApp(NewApp{QStringLiteral("Doomed"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(kept, store.createApp(NewApp{QStringLiteral("Kept"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(k1, store.createKey(doomed.id, NewKey{QStringLiteral("One"), later}));
    SK_AWAIT_OK(k2, store.createKey(doomed.id, NewKey{QStringLiteral("Two"), later}));
    SK_AWAIT_OK(k3, store.createKey(kept.id, NewKey{QStringLiteral("Three"), later}));
    SK_AWAIT_OK(valid, store.verify(k1.secret, QStringLiteral("workflow:deploy")));
    QVERIFY(valid.valid);

    SK_VERIFY_OK(await(store.deleteApp(doomed.id)));

    // A deleted key stops working at once: the very next call.
    for (const QString& secret : {k1.secret, k2.secret}) {
        SK_AWAIT_OK(v, store.verify(secret, QStringLiteral("workflow:deploy")));
        QVERIFY(!v.valid);
        QCOMPARE(v.code, VerifyCode::NotFound);
    }
    SK_AWAIT_OK(stillValid, store.verify(k3.secret, QStringLiteral("workflow:deploy")));
    QCOMPARE(stillValid.code, VerifyCode::Valid);

    SK_AWAIT_OK(apps, store.listApps());
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().id, kept.id);
    const Result<App> gone = await(store.app(doomed.id));
    SK_VERIFY_FAILS(gone, ErrorCode::NotFound);
    const Result<QList<ApiKey>> goneKeys = await(store.listKeys(doomed.id));
    SK_VERIFY_FAILS(goneKeys, ErrorCode::NotFound);
    SK_AWAIT_OK(allKeys, store.listAllKeys());
    QCOMPARE(allKeys.size(), 1);
    QCOMPARE(allKeys.first().id, k3.key.id);

    // Permanent: a second delete finds nothing, and the name is free again.
    const Result<Done> again = await(store.deleteApp(doomed.id));
    SK_VERIFY_FAILS(again, ErrorCode::NotFound);
    SK_AWAIT_OK(reborn,
                store.createApp(NewApp{QStringLiteral("Doomed"), ids({"workflow:deploy"})}));
    QVERIFY(reborn.id != doomed.id);
    QCOMPARE(reborn.keyCount, 0);
    SK_AWAIT_OK(stillGone, store.verify(k1.secret, QStringLiteral("workflow:deploy")));
    QCOMPARE(stillGone.code, VerifyCode::NotFound);
}

void StoreContract::unknownIdsAreNotFound()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Real"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Real key"),
                                                    fx->clock.clock()().addDays(30)}));
    SK_SNAPSHOT(before, store);
    const QString nope = QStringLiteral("app_doesNotExist0000000");
    const QString noKey = QStringLiteral("key_doesNotExist0000000");

    const Result<App> a = await(store.app(nope));
    SK_VERIFY_FAILS(a, ErrorCode::NotFound);
    const Result<App> u = await(store.renameApp(nope, QStringLiteral("Whatever"), 1));
    SK_VERIFY_FAILS(u, ErrorCode::NotFound);
    const Result<Done> d = await(store.deleteApp(nope));
    SK_VERIFY_FAILS(d, ErrorCode::NotFound);
    const Result<QList<ApiKey>> l = await(store.listKeys(nope));
    SK_VERIFY_FAILS(l, ErrorCode::NotFound);
    const Result<CreatedKey> c = await(
        store.createKey(nope, NewKey{QStringLiteral("Orphan"), fx->clock.clock()().addDays(30)}));
    SK_VERIFY_FAILS(c, ErrorCode::NotFound);
    const Result<Done> dk = await(store.deleteKey(app.id, noKey));
    SK_VERIFY_FAILS(dk, ErrorCode::NotFound);
    const Result<Done> dk2 = await(store.deleteKey(nope, key.key.id));
    SK_VERIFY_FAILS(dk2, ErrorCode::NotFound);
    SK_VERIFY_UNCHANGED(store, before);
}

// ---- keys -------------------------------------------------------------------------------

void StoreContract::createKeyReturnsTheSecretOnce()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    const QDateTime expires = now.addDays(90);
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(created, store.createKey(app.id, NewKey{QStringLiteral("  Deploy bot "), expires}));
    SK_AWAIT_OK(other, store.createKey(app.id, NewKey{QStringLiteral("Other"), expires}));

    static const QRegularExpression format(QStringLiteral("^spk_[0-9A-Za-z]{49}$"));
    for (const CreatedKey* k : {&created, &other}) {
        QVERIFY2(format.match(k->secret).hasMatch(), qPrintable(k->secret));
        QVERIFY(KeyFormat::isWellFormed(k->secret));
        QCOMPARE(k->key.prefix, k->secret.left(8));
    }
    QVERIFY(created.secret != other.secret);
    QVERIFY(created.key.id != other.key.id);

    const ApiKey& key = created.key;
    QVERIFY(!key.id.isEmpty());
    QCOMPARE(key.appId, app.id);
    QCOMPARE(key.appName, app.name);
    QCOMPARE(key.name, QStringLiteral("Deploy bot"));
    QCOMPARE(key.createdBy, defaultActor());
    SK_VERIFY_NEAR(key.createdAt, now);
    QCOMPARE(key.expiresAt.toMSecsSinceEpoch(), expires.toMSecsSinceEpoch());
    QVERIFY(!key.lastUsedAt.isValid());

    // Listed as created, and nowhere with its secret.
    SK_AWAIT_OK(keys, store.listKeys(app.id));
    SK_AWAIT_OK(allKeys, store.listAllKeys());
    SK_AWAIT_OK(audit, store.audit());
    QCOMPARE(keys.size(), 2);
    QCOMPARE(allKeys.size(), 2);
    bool listed = false;
    for (const ApiKey& k : keys + allKeys) {
        if (k.id == key.id) {
            QCOMPARE(keyLine(k), keyLine(key));
            listed = true;
        }
        for (const QString& s : keyStrings(k)) {
            for (const CreatedKey* c : {&created, &other}) {
                for (const QString& form : secretForms(c->secret))
                    QVERIFY2(!s.contains(form), qPrintable(QStringLiteral("a listed key shows "
                                                                          "its secret: ") +
                                                           s));
            }
        }
    }
    QVERIFY(listed);
    QVERIFY(!audit.isEmpty());
    for (const AuditEntry& e : audit) {
        for (const QString& s : auditStrings(e)) {
            for (const CreatedKey* c : {&created, &other}) {
                for (const QString& form : secretForms(c->secret))
                    QVERIFY2(!s.contains(form),
                             qPrintable(QStringLiteral("the audit log shows a secret: ") + s));
            }
        }
    }
}

void StoreContract::createKeyAcceptsLimits()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(a, store.createApp(NewApp{QStringLiteral("Alpha"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(b, store.createApp(NewApp{QStringLiteral("Beta"), ids({"workflow:deploy"})}));

    const QString hundred(100, QLatin1Char('k'));
    SK_AWAIT_OK(longName, store.createKey(a.id, NewKey{hundred, now.addDays(1)}));
    QCOMPARE(longName.key.name, hundred);
    SK_AWAIT_OK(emojiName, store.createKey(a.id, NewKey{emoji().repeated(100), now.addDays(1)}));
    QCOMPARE(emojiName.key.name, emoji().repeated(100));
    const QDateTime almostAYear = now.addYears(1).addMSecs(-HourMs);
    SK_AWAIT_OK(yearLong, store.createKey(a.id, NewKey{QStringLiteral("Year"), almostAYear}));
    QCOMPARE(yearLong.key.expiresAt.toMSecsSinceEpoch(), almostAYear.toMSecsSinceEpoch());

    // Key names are unique within their app only.
    SK_AWAIT_OK(inA, store.createKey(a.id, NewKey{QStringLiteral("Primary"), now.addDays(7)}));
    SK_AWAIT_OK(inB, store.createKey(b.id, NewKey{QStringLiteral("Primary"), now.addDays(7)}));
    QCOMPARE(inA.key.name, inB.key.name);
    QCOMPARE(inB.key.appId, b.id);
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 5);
}

void StoreContract::createKeyRejectsBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expiry");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const int month = int(Expiry::InAMonth);
    const int invalid = int(ErrorCode::Invalid);
    const int conflict = int(ErrorCode::Conflict);
    const QString name = QStringLiteral("name");
    const QString expiresAt = QStringLiteral("expires_at");
    const QString fresh = QStringLiteral("Fresh");

    QTest::newRow("empty name") << QString() << month << invalid << name;
    QTest::newRow("blank name") << QStringLiteral(" \t\u3000 ") << month << invalid << name;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('k')) << month << invalid << name;
    QTest::newRow("101 emoji") << emoji().repeated(101) << month << invalid << name;
    QTest::newRow("newline inside") << QStringLiteral("Two\nLines") << month << invalid << name;
    QTest::newRow("duplicate in the same app")
        << QStringLiteral("Primary") << month << conflict << name;
    QTest::newRow("duplicate, other case")
        << QStringLiteral("PRIMARY") << month << conflict << name;
    QTest::newRow("duplicate, surrounding spaces")
        << QStringLiteral("  primary ") << month << conflict << name;
    QTest::newRow("expiry in the past") << fresh << int(Expiry::Past) << invalid << expiresAt;
    QTest::newRow("expiry now") << fresh << int(Expiry::Now) << invalid << expiresAt;
    QTest::newRow("expiry an hour over a year")
        << fresh << int(Expiry::JustOverAYear) << invalid << expiresAt;
    QTest::newRow("expiry a day over a year")
        << fresh << int(Expiry::DayOverAYear) << invalid << expiresAt;
    QTest::newRow("invalid expiry") << fresh << int(Expiry::Invalid) << invalid << expiresAt;
}

void StoreContract::createKeyRejectsBadInput()
{
    QFETCH(QString, name);
    QFETCH(int, expiry);
    QFETCH(int, code);
    QFETCH(QString, field);
    SK_FIXTURE();
    SK_AWAIT_OK(owner, store.createApp(NewApp{QStringLiteral("Owner"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(other, store.createApp(NewApp{QStringLiteral("Other"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(primary, store.createKey(owner.id, NewKey{QStringLiteral("Primary"),
                                                          fx->clock.clock()().addDays(30)}));
    Q_UNUSED(other);
    Q_UNUSED(primary);
    SK_SNAPSHOT(before, store);

    const QDateTime expiresAt = expiryFor(Expiry(expiry), fx->clock.clock()());
    const Result<CreatedKey> r = await(store.createKey(owner.id, NewKey{name, expiresAt}));
    SK_VERIFY_FAILS(r, ErrorCode(code));
    QCOMPARE(r.error().field(), field);
    QVERIFY2(!r.error().message().isEmpty(), "a refusal must say why");
    SK_VERIFY_UNCHANGED(store, before);
}

void StoreContract::createKeyReportsEveryBadField()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Owner"), ids({"workflow:deploy"})}));
    SK_SNAPSHOT(before, store);
    const Result<CreatedKey> r = await(store.createKey(app.id, NewKey{QString(), QDateTime()}));
    SK_VERIFY_FAILS(r, ErrorCode::Invalid);
    QVERIFY2(fieldsOf(r.error()).contains(QStringLiteral("name")), qPrintable(describe(r.error())));
    QVERIFY2(fieldsOf(r.error()).contains(QStringLiteral("expires_at")),
             qPrintable(describe(r.error())));
    SK_VERIFY_UNCHANGED(store, before);
}

void StoreContract::keyCountFollowsKeys()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Counted"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(other, store.createApp(NewApp{QStringLiteral("Other"), ids({"workflow:deploy"})}));
    auto counts = [&store](const QString& appId) -> QPair<int, int> {
        const Result<App> one = await(store.app(appId));
        const Result<QList<App>> all = await(store.listApps());
        int listed = -1;
        if (all.ok()) {
            for (const App& a : all.value()) {
                if (a.id == appId)
                    listed = a.keyCount;
            }
        }
        return {one.ok() ? one->keyCount : -1, listed};
    };
    QCOMPARE(counts(app.id), qMakePair(0, 0));
    SK_AWAIT_OK(k1, store.createKey(app.id, NewKey{QStringLiteral("One"), later}));
    SK_AWAIT_OK(k2, store.createKey(app.id, NewKey{QStringLiteral("Two"), later}));
    SK_AWAIT_OK(k3, store.createKey(other.id, NewKey{QStringLiteral("Three"), later}));
    Q_UNUSED(k2);
    Q_UNUSED(k3);
    QCOMPARE(counts(app.id), qMakePair(2, 2));
    QCOMPARE(counts(other.id), qMakePair(1, 1));
    SK_VERIFY_OK(await(store.deleteKey(app.id, k1.key.id)));
    QCOMPARE(counts(app.id), qMakePair(1, 1));
    QCOMPARE(counts(other.id), qMakePair(1, 1));
}

void StoreContract::deleteKeyRemovesOnlyThatKey()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    const QString scope = QStringLiteral("workflow:deploy");
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Owner"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(other, store.createApp(NewApp{QStringLiteral("Other"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(doomed, store.createKey(app.id, NewKey{QStringLiteral("Doomed"), later}));
    SK_AWAIT_OK(kept, store.createKey(app.id, NewKey{QStringLiteral("Kept"), later}));
    SK_AWAIT_OK(valid, store.verify(doomed.secret, scope));
    QCOMPARE(valid.code, VerifyCode::Valid);

    // The key must be named through its own app.
    const Result<Done> wrongApp = await(store.deleteKey(other.id, doomed.key.id));
    SK_VERIFY_FAILS(wrongApp, ErrorCode::NotFound);
    SK_AWAIT_OK(stillValid, store.verify(doomed.secret, scope));
    QCOMPARE(stillValid.code, VerifyCode::Valid);

    SK_VERIFY_OK(await(store.deleteKey(app.id, doomed.key.id)));
    SK_AWAIT_OK(gone, store.verify(doomed.secret, scope));
    QVERIFY(!gone.valid);
    QCOMPARE(gone.code, VerifyCode::NotFound);
    SK_AWAIT_OK(keptValid, store.verify(kept.secret, scope));
    QCOMPARE(keptValid.code, VerifyCode::Valid);

    SK_AWAIT_OK(keys, store.listKeys(app.id));
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().id, kept.key.id);
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 1);

    const Result<Done> again = await(store.deleteKey(app.id, doomed.key.id));
    SK_VERIFY_FAILS(again, ErrorCode::NotFound);
    // Delete is permanent: a new key with the same name is a different key.
    SK_AWAIT_OK(renewed, store.createKey(app.id, NewKey{QStringLiteral("Doomed"), later}));
    QVERIFY(renewed.key.id != doomed.key.id);
    SK_AWAIT_OK(oldStillGone, store.verify(doomed.secret, scope));
    QCOMPARE(oldStillGone.code, VerifyCode::NotFound);
}

// ---- verify -----------------------------------------------------------------------------

void StoreContract::verifyValidKey()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"),
                                            ids({"workflow:deploy", "model:export"})}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Deploy bot"),
                                                    fx->clock.clock()().addDays(30)}));
    for (const QString& scope : app.scopes) {
        SK_AWAIT_OK(v, store.verify(key.secret, scope));
        QVERIFY(v.valid);
        QCOMPARE(v.code, VerifyCode::Valid);
        QCOMPARE(v.appId, app.id);
        QCOMPARE(v.appName, app.name);
        QCOMPARE(v.keyId, key.key.id);
        QCOMPARE(v.keyName, key.key.name);
        QCOMPARE(v.scopes, app.scopes);
    }
}

void StoreContract::verifyForbiddenScope()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Deploy bot"),
                                                    fx->clock.clock()().addDays(30)}));
    const QStringList refused = {
        QStringLiteral("workflow:undeploy"), // in the catalog, not in the app
        QStringLiteral("model:deploy"),      // in the catalog, not in the app
        QStringLiteral("launch:missiles"),   // in no catalog
        QStringLiteral("publish-app"),       // in another catalog
        QStringLiteral("WORKFLOW:DEPLOY"),   // scope ids are exact
        QStringLiteral("workflow:*"),
    };
    for (const QString& scope : refused) {
        SK_AWAIT_OK(v, store.verify(key.secret, scope));
        QVERIFY2(!v.valid, qPrintable(scope));
        QCOMPARE(v.code, VerifyCode::ForbiddenScope);
    }
}

void StoreContract::verifyMalformed()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Deploy bot"),
                                                    fx->clock.clock()().addDays(30)}));
    const QString secret = key.secret;
    const QString body = secret.mid(KeyFormat::PrefixLength);
    QString transposed = secret;
    for (qsizetype i = KeyFormat::PrefixLength; i + 1 < secret.size(); ++i) {
        if (secret.at(i) != secret.at(i + 1)) {
            std::swap(transposed[i], transposed[i + 1]);
            break;
        }
    }
    QString badCharacter = secret;
    badCharacter[20] = QLatin1Char('-');

    const QList<QPair<const char*, QString>> candidates = {
        {"empty", QString()},
        {"garbage", QStringLiteral("hello")},
        {"prefix only", QStringLiteral("spk_")},
        {"wrong prefix", QStringLiteral("spx_") + body},
        {"upper-case prefix", QStringLiteral("SPK_") + body},
        {"no prefix", body + QStringLiteral("ab12")},
        {"one character too many", secret + QLatin1Char('A')},
        {"one character too few", secret.chopped(1)},
        {"surrounded by spaces", QLatin1Char(' ') + secret + QLatin1Char(' ')},
        {"a character outside base62", badCharacter},
        {"typo in the random part", withTypo(secret, KeyFormat::PrefixLength + 10)},
        {"typo in the first random character", withTypo(secret, KeyFormat::PrefixLength)},
        {"typo in the checksum", withTypo(secret, secret.size() - 1)},
        {"two characters swapped", transposed},
    };
    QVERIFY(transposed != secret);
    for (const auto& [what, candidate] : candidates) {
        QVERIFY2(candidate != secret, what);
        SK_AWAIT_OK(v, store.verify(candidate, QStringLiteral("workflow:deploy")));
        QVERIFY2(!v.valid, what);
        QVERIFY2(v.code == VerifyCode::Malformed,
                 qPrintable(QStringLiteral("%1: %2 instead of MALFORMED")
                                .arg(QLatin1String(what), verifyCodeName(v.code))));
        QVERIFY2(v.appId.isEmpty() && v.keyId.isEmpty(), what);
    }
    // The real key still works: none of the above did anything to it.
    SK_AWAIT_OK(v, store.verify(secret, QStringLiteral("workflow:deploy")));
    QCOMPARE(v.code, VerifyCode::Valid);
}

void StoreContract::verifyNotFound()
{
    SK_FIXTURE();
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Deploy bot"),
                                                    fx->clock.clock()().addDays(30)}));
    for (int i = 0; i < 3; ++i) {
        const QString neverIssued = KeyFormat::generate();
        QVERIFY(KeyFormat::isWellFormed(neverIssued));
        SK_AWAIT_OK(v, store.verify(neverIssued, QStringLiteral("workflow:deploy")));
        QVERIFY(!v.valid);
        QCOMPARE(v.code, VerifyCode::NotFound);
        QVERIFY(v.appId.isEmpty());
    }
    // Well-formed, and sharing the display prefix of a real key: still not that key.
    const QString samePrefix = KeyFormat::assemble(
        key.secret.mid(KeyFormat::PrefixLength, 4) +
        KeyFormat::generate().mid(KeyFormat::PrefixLength + 4, KeyFormat::RandomLength - 4));
    QVERIFY(KeyFormat::isWellFormed(samePrefix));
    QCOMPARE(samePrefix.left(8), key.key.prefix);
    QVERIFY(samePrefix != key.secret);
    SK_AWAIT_OK(v, store.verify(samePrefix, QStringLiteral("workflow:deploy")));
    QCOMPARE(v.code, VerifyCode::NotFound);

    SK_VERIFY_OK(await(store.deleteKey(app.id, key.key.id)));
    SK_AWAIT_OK(deleted, store.verify(key.secret, QStringLiteral("workflow:deploy")));
    QCOMPARE(deleted.code, VerifyCode::NotFound);
}

void StoreContract::verifyExpired()
{
    SK_FIXTURE();
    if (!fx->clockControllable)
        QSKIP("the factory cannot move this store's clock");
    const QString scope = QStringLiteral("workflow:deploy");
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(shortLived, store.createKey(app.id, NewKey{QStringLiteral("Short"),
                                                           fx->clock.clock()().addMSecs(HourMs)}));
    SK_AWAIT_OK(longLived, store.createKey(app.id, NewKey{QStringLiteral("Long"),
                                                          fx->clock.clock()().addDays(30)}));
    SK_AWAIT_OK(before, store.verify(shortLived.secret, scope));
    QCOMPARE(before.code, VerifyCode::Valid);

    fx->clock.advance(2 * HourMs);
    SK_AWAIT_OK(after, store.verify(shortLived.secret, scope));
    QVERIFY(!after.valid);
    QCOMPARE(after.code, VerifyCode::Expired);
    SK_AWAIT_OK(otherKey, store.verify(longLived.secret, scope));
    QCOMPARE(otherKey.code, VerifyCode::Valid);

    // An expired key is still listed (it can be deleted), and its expiry has passed.
    SK_AWAIT_OK(keys, store.listKeys(app.id));
    QCOMPARE(keys.size(), 2);
    bool found = false;
    for (const ApiKey& k : keys) {
        if (k.id == shortLived.key.id) {
            found = true;
            QVERIFY(k.expiresAt < fx->clock.clock()());
        }
    }
    QVERIFY(found);

    fx->clock.advance(31LL * 24 * HourMs);
    SK_AWAIT_OK(later, store.verify(longLived.secret, scope));
    QCOMPARE(later.code, VerifyCode::Expired);
}

void StoreContract::verifyFollowsScopeChanges()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    const QString deploy = QStringLiteral("workflow:deploy");
    const QString model = QStringLiteral("model:deploy");
    SK_AWAIT_OK(app,
                store.createApp(NewApp{QStringLiteral("Payments"), QStringList{deploy, model}}));
    SK_AWAIT_OK(k1, store.createKey(app.id, NewKey{QStringLiteral("One"), later}));
    SK_AWAIT_OK(k2, store.createKey(app.id, NewKey{QStringLiteral("Two"), later}));
    for (const CreatedKey* k : {&k1, &k2}) {
        SK_AWAIT_OK(v, store.verify(k->secret, deploy));
        QCOMPARE(v.code, VerifyCode::Valid);
    }

    // Platform-wide: removing a scope from the app takes it from every key at once.
    SK_AWAIT_OK(narrowed, store.setAppScopes(app.id, QStringList{model}, app.version));
    for (const CreatedKey* k : {&k1, &k2}) {
        SK_AWAIT_OK(v, store.verify(k->secret, deploy));
        QVERIFY(!v.valid);
        QCOMPARE(v.code, VerifyCode::ForbiddenScope);
        SK_AWAIT_OK(still, store.verify(k->secret, model));
        QCOMPARE(still.code, VerifyCode::Valid);
        QCOMPARE(still.scopes, QStringList{model});
    }

    SK_AWAIT_OK(widened,
                store.setAppScopes(app.id,
                                   QStringList{model, deploy, QStringLiteral("guardrails:deploy")},
                                   narrowed.version));
    for (const CreatedKey* k : {&k1, &k2}) {
        SK_AWAIT_OK(v, store.verify(k->secret, deploy));
        QCOMPARE(v.code, VerifyCode::Valid);
        SK_AWAIT_OK(added, store.verify(k->secret, QStringLiteral("guardrails:deploy")));
        QCOMPARE(added.code, VerifyCode::Valid);
        QCOMPARE(added.scopes, widened.scopes);
    }

    // A rename shows in the very next answer too.
    SK_AWAIT_OK(renamed, store.renameApp(app.id, QStringLiteral("Payments EU"), widened.version));
    SK_AWAIT_OK(v, store.verify(k1.secret, deploy));
    QCOMPARE(v.appName, renamed.name);
}

void StoreContract::narrowedKeyHasItsOwnScopes()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(app, store.createApp(
                         NewApp{QStringLiteral("Payments"),
                                ids({"workflow:deploy", "model:deploy", "guardrails:deploy"})}));
    SK_AWAIT_OK(baseline, store.audit());
    // Given in any order, with a repeat: kept sorted, once each.
    SK_AWAIT_OK(narrow, store.createKey(app.id, NewKey{QStringLiteral("Narrow"), later,
                                                       ids({"workflow:deploy", "model:deploy",
                                                            "workflow:deploy"})}));
    SK_AWAIT_OK(wide, store.createKey(app.id, NewKey{QStringLiteral("Wide"), later}));
    const QStringList narrowScopes = ids({"model:deploy", "workflow:deploy"});
    QCOMPARE(narrow.key.scopes, std::optional<QStringList>(narrowScopes));
    QVERIFY(!wide.key.scopes);

    // Listed with their scopes, in the app's list and in the list of every key.
    SK_AWAIT_OK(listed, store.listKeys(app.id));
    QCOMPARE(listed.size(), 2);
    for (const ApiKey& k : listed) {
        QCOMPARE(k.scopes,
                 k.id == narrow.key.id ? std::optional<QStringList>(narrowScopes) : std::nullopt);
    }
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 2);
    for (const ApiKey& k : all)
        QCOMPARE(keyLine(k), keyLine(k.id == narrow.key.id ? narrow.key : wide.key));

    // Verify: what the key was given, and nothing else of its app's.
    for (const QString& scope : narrowScopes) {
        SK_AWAIT_OK(v, store.verify(narrow.secret, scope));
        QCOMPARE(v.code, VerifyCode::Valid);
        QCOMPARE(v.scopes, narrowScopes);
    }
    SK_AWAIT_OK(lacking, store.verify(narrow.secret, QStringLiteral("guardrails:deploy")));
    QVERIFY(!lacking.valid);
    QCOMPARE(lacking.code, VerifyCode::ForbiddenScope);
    SK_AWAIT_OK(inherited, store.verify(wide.secret, QStringLiteral("guardrails:deploy")));
    QCOMPARE(inherited.code, VerifyCode::Valid);
    QCOMPARE(inherited.scopes, app.scopes);

    // The audit entry says which scopes the narrowed key has; the other's reads as before.
    SK_AWAIT_OK(audit, store.audit());
    const QList<AuditEntry> entries = newEntries(baseline, audit);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).keyId, narrow.key.id);
    QCOMPARE(entries.at(1).data.value(QStringLiteral("scopes")).toArray(),
             QJsonArray::fromStringList(narrowScopes));
    QVERIFY2(
        entries.at(1).detail.endsWith(QStringLiteral(", scopes: model:deploy, workflow:deploy")),
        qPrintable(entries.at(1).detail));
    QVERIFY(!entries.at(0).data.contains(QStringLiteral("scopes")));
    QVERIFY(!entries.at(0).detail.contains(QStringLiteral("scopes")));
}

void StoreContract::narrowedKeyRefusesScopesNotTheApps()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(baseline, store.audit());
    // In the catalog but not the app's: refused, naming it.
    const Result<CreatedKey> other = await(store.createKey(
        app.id, NewKey{QStringLiteral("Bot"), later, ids({"workflow:deploy", "model:deploy"})}));
    SK_VERIFY_FAILS(other, ErrorCode::Invalid);
    QCOMPARE(other.error().field(), QStringLiteral("scopes"));
    QVERIFY2(other.error().message().contains(QStringLiteral("model:deploy")),
             qPrintable(other.error().message()));
    QVERIFY(!other.error().message().contains(QStringLiteral("workflow:deploy")));
    // None at all: refused too (an inheriting key is made by giving no list).
    const Result<CreatedKey> none =
        await(store.createKey(app.id, NewKey{QStringLiteral("Bot"), later, QStringList{}}));
    SK_VERIFY_FAILS(none, ErrorCode::Invalid);
    QCOMPARE(none.error().field(), QStringLiteral("scopes"));
    // Nothing was made.
    SK_AWAIT_OK(keys, store.listKeys(app.id));
    QVERIFY(keys.isEmpty());
    SK_AWAIT_OK(audit, store.audit());
    QCOMPARE(audit.size(), baseline.size());
}

void StoreContract::narrowedKeyFollowsItsAppOnlyDownwards()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    const QString deploy = QStringLiteral("workflow:deploy");
    const QString model = QStringLiteral("model:deploy");
    const QString guard = QStringLiteral("guardrails:deploy");
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), {deploy, model}}));
    SK_AWAIT_OK(narrow, store.createKey(app.id, NewKey{QStringLiteral("Narrow"), later,
                                                       QStringList{deploy, model}}));
    SK_AWAIT_OK(v0, store.verify(narrow.secret, deploy));
    QCOMPARE(v0.code, VerifyCode::Valid);

    // Removing a scope from the app removes it from the narrowed key at once.
    SK_AWAIT_OK(less, store.setAppScopes(app.id, QStringList{model}, app.version));
    SK_AWAIT_OK(removed, store.verify(narrow.secret, deploy));
    QCOMPARE(removed.code, VerifyCode::ForbiddenScope);
    SK_AWAIT_OK(kept, store.verify(narrow.secret, model));
    QCOMPARE(kept.code, VerifyCode::Valid);
    QCOMPARE(kept.scopes, QStringList{model});
    SK_AWAIT_OK(listed, store.listKeys(app.id));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().scopes, std::optional<QStringList>(QStringList{model}));

    // Adding a scope to the app does not widen the narrowed key.
    SK_AWAIT_OK(more, store.setAppScopes(app.id, QStringList{model, guard}, less.version));
    SK_AWAIT_OK(notAdded, store.verify(narrow.secret, guard));
    QCOMPARE(notAdded.code, VerifyCode::ForbiddenScope);
    SK_AWAIT_OK(stillKept, store.verify(narrow.secret, model));
    QCOMPARE(stillKept.scopes, QStringList{model}); // (a refusal says nothing over REST)
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().scopes, std::optional<QStringList>(QStringList{model}));
    (void)more;
}

void StoreContract::lastUsedAtIsRecorded()
{
    SK_FIXTURE();
    const QString scope = QStringLiteral("workflow:deploy");
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Payments"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(used, store.createKey(
                          app.id, NewKey{QStringLiteral("Used"), fx->clock.clock()().addDays(30)}));
    SK_AWAIT_OK(unused, store.createKey(app.id, NewKey{QStringLiteral("Unused"),
                                                       fx->clock.clock()().addDays(30)}));
    auto lastUsed = [&store](const QString& appId, const QString& keyId) -> QDateTime {
        const Result<QList<ApiKey>> keys = await(store.listKeys(appId));
        if (keys.ok()) {
            for (const ApiKey& k : keys.value()) {
                if (k.id == keyId)
                    return k.lastUsedAt;
            }
        }
        return QDateTime::fromMSecsSinceEpoch(0); // "found nothing": never null
    };
    QCOMPARE(lastUsed(app.id, used.key.id), QDateTime());
    QCOMPARE(lastUsed(app.id, unused.key.id), QDateTime());

    if (fx->clockControllable)
        fx->clock.advance(5 * 60 * 1000); // "now" of the use differs from the creation time
    const QDateTime useTime = fx->clock.clock()();
    SK_AWAIT_OK(v, store.verify(used.secret, scope));
    QCOMPARE(v.code, VerifyCode::Valid);
    // A refused request is no use of a working key.
    SK_AWAIT_OK(m, store.verify(unused.secret.chopped(1), scope));
    QCOMPARE(m.code, VerifyCode::Malformed);
    if (fx->flushUsage)
        SK_VERIFY_OK(fx->flushUsage());

    const QDateTime recorded = lastUsed(app.id, used.key.id);
    SK_VERIFY_NEAR(recorded, useTime);
    if (fx->clockControllable)
        QVERIFY2(recorded >= used.key.createdAt.addSecs(4 * 60),
                 qPrintable(QStringLiteral("last used %1 is the creation time %2")
                                .arg(iso(recorded), iso(used.key.createdAt))));
    QCOMPARE(lastUsed(app.id, unused.key.id), QDateTime());
    SK_AWAIT_OK(all, store.listAllKeys());
    for (const ApiKey& k : all) {
        if (k.id == used.key.id)
            QCOMPARE(k.lastUsedAt, recorded);
    }
}

// ---- audit, actor, secrets, catalog, signals --------------------------------------------

void StoreContract::auditRecordsEveryChange()
{
    SK_FIXTURE();
    const QDateTime now = fx->clock.clock()();
    SK_AWAIT_OK(baseline, store.audit());

    SK_AWAIT_OK(ledger,
                store.createApp(NewApp{QStringLiteral("Ledger"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(other, store.createApp(NewApp{QStringLiteral("Other"), ids({"model:deploy"})}));
    SK_AWAIT_OK(key,
                store.createKey(ledger.id, NewKey{QStringLiteral("Deploy bot"), now.addDays(9)}));
    SK_AWAIT_OK(renamed, store.renameApp(ledger.id, QStringLiteral("Ledger EU"), ledger.version));
    SK_VERIFY_OK(await(store.deleteKey(ledger.id, key.key.id)));
    SK_VERIFY_OK(await(store.deleteApp(ledger.id)));

    SK_AWAIT_OK(audit, store.audit());
    // What was there before is still there, unchanged, after the new entries.
    QStringList oldPart;
    QStringList baselineLines;
    for (const AuditEntry& e : audit.mid(audit.size() - baseline.size()))
        oldPart << auditLine(e);
    for (const AuditEntry& e : baseline)
        baselineLines << auditLine(e);
    QCOMPARE(oldPart, baselineLines);
    const QList<AuditEntry> entries = newEntries(baseline, audit);
    QStringList actions;
    for (const AuditEntry& e : entries)
        actions << e.action;
    QCOMPARE(actions, ids({"app.delete", "key.delete", "app.update", "key.create", "app.create",
                           "app.create"}));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        QCOMPARE(e.actor, defaultActor());
        SK_VERIFY_NEAR(e.at, now);
        if (i > 0) {
            QVERIFY2(e.sequence < entries.at(i - 1).sequence, "newest first");
            QVERIFY2(e.at <= entries.at(i - 1).at, "newest first");
        }
    }
    const AuditEntry& appDelete = entries.at(0);
    QCOMPARE(appDelete.appId, ledger.id);
    QCOMPARE(appDelete.appName, renamed.name);
    const AuditEntry& keyDelete = entries.at(1);
    QCOMPARE(keyDelete.appId, ledger.id);
    QCOMPARE(keyDelete.keyId, key.key.id);
    QCOMPARE(keyDelete.keyName, QStringLiteral("Deploy bot"));
    QCOMPARE(keyDelete.appName, renamed.name);
    const AuditEntry& appUpdate = entries.at(2);
    QCOMPARE(appUpdate.appId, ledger.id);
    QCOMPARE(appUpdate.appName, renamed.name);
    const AuditEntry& keyCreate = entries.at(3);
    QCOMPARE(keyCreate.appId, ledger.id);
    QCOMPARE(keyCreate.appName, QStringLiteral("Ledger"));
    QCOMPARE(keyCreate.keyId, key.key.id);
    QCOMPARE(keyCreate.keyName, QStringLiteral("Deploy bot"));
    QCOMPARE(entries.at(4).appId, other.id);
    QCOMPARE(entries.at(4).appName, QStringLiteral("Other"));
    QCOMPARE(entries.at(5).appId, ledger.id);
    QCOMPARE(entries.at(5).appName, QStringLiteral("Ledger"));
    // Each entry's details, structured, beside its detail; they say what the detail says.
    QCOMPARE(appDelete.data, QJsonObject({{QStringLiteral("keys_deleted"), 0}}));
    QVERIFY(keyDelete.data.isEmpty());
    QCOMPARE(appUpdate.data,
             QJsonObject({{QStringLiteral("renamed"),
                           QJsonObject{{QStringLiteral("from"), QStringLiteral("Ledger")},
                                       {QStringLiteral("to"), QStringLiteral("Ledger EU")}}}}));
    QCOMPARE(keyCreate.data,
             QJsonObject({{QStringLiteral("prefix"), key.key.prefix},
                          {QStringLiteral("expires_at"), audit::rfc3339(key.key.expiresAt)}}));
    QCOMPARE(entries.at(4).data,
             QJsonObject(
                 {{QStringLiteral("scopes"), QJsonArray::fromStringList(ids({"model:deploy"}))}}));
    for (const AuditEntry& e : entries)
        QVERIFY2(audit::dataAgrees(e), qPrintable(e.action + QLatin1Char(' ') + e.detail));

    // Filtered by app.
    SK_AWAIT_OK(forOther, store.audit(AuditQuery{other.id, 1000}));
    QCOMPARE(forOther.size(), 1);
    QCOMPARE(forOther.first().action, QStringLiteral("app.create"));
    SK_AWAIT_OK(forLedger, store.audit(AuditQuery{ledger.id, 1000}));
    QCOMPARE(forLedger.size(), 5);
    for (const AuditEntry& e : forLedger)
        QCOMPARE(e.appId, ledger.id);
    QCOMPARE(forLedger.first().action, QStringLiteral("app.delete"));
    QCOMPARE(forLedger.last().action, QStringLiteral("app.create"));
    SK_AWAIT_OK(limited, store.audit(AuditQuery{QString(), 2}));
    QCOMPARE(limited.size(), 2);
    QCOMPARE(limited.first().sequence, entries.first().sequence);
}

void StoreContract::rejectedOperationsLeaveNoTrace()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Ledger"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Primary"), later}));
    SK_AWAIT_OK(renamed, store.renameApp(app.id, QStringLiteral("Ledger EU"), app.version));
    SK_SNAPSHOT(before, store);
    QVERIFY(!before.audit.isEmpty());

    QVERIFY(!await(store.createApp(NewApp{QString(), ids({"workflow:deploy"})})).ok());
    QVERIFY(!await(store.createApp(NewApp{QStringLiteral("ledger eu"), ids({"workflow:deploy"})}))
                 .ok());
    QVERIFY(!await(store.createApp(NewApp{QStringLiteral("New"), ids({"nope"})})).ok());
    QVERIFY(!await(store.renameApp(app.id, QStringLiteral("Stale"), app.version)).ok());
    QVERIFY(!await(store.setAppScopes(app.id, {}, renamed.version)).ok());
    QVERIFY(!await(store.createKey(app.id, NewKey{QStringLiteral("Primary"), later})).ok());
    QVERIFY(
        !await(store.createKey(app.id, NewKey{QStringLiteral("Past"), later.addYears(-1)})).ok());
    QVERIFY(!await(store.deleteKey(app.id, QStringLiteral("key_nope"))).ok());
    QVERIFY(!await(store.deleteApp(QStringLiteral("app_nope"))).ok());
    SK_AWAIT_OK(m, store.verify(QStringLiteral("spk_nope"), QStringLiteral("workflow:deploy")));
    QCOMPARE(m.code, VerifyCode::Malformed);
    SK_AWAIT_OK(f, store.verify(key.secret, QStringLiteral("model:deploy")));
    QCOMPARE(f.code, VerifyCode::ForbiddenScope);
    SK_VERIFY_UNCHANGED(store, before);
}

void StoreContract::actorIsRecorded()
{
    SK_FIXTURE(QString(), QStringLiteral("alice"));
    QCOMPARE(store.actor(), QStringLiteral("alice"));
    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Ledger"), ids({"workflow:deploy"})}));
    QCOMPARE(app.createdBy, QStringLiteral("alice"));
    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Primary"),
                                                    fx->clock.clock()().addDays(30)}));
    QCOMPARE(key.key.createdBy, QStringLiteral("alice"));
    SK_AWAIT_OK(listed, store.listKeys(app.id));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().createdBy, QStringLiteral("alice"));
    SK_AWAIT_OK(fetched, store.app(app.id));
    QCOMPARE(fetched.createdBy, QStringLiteral("alice"));
    SK_AWAIT_OK(audit, store.audit(AuditQuery{app.id, 1000}));
    QCOMPARE(audit.size(), 2);
    for (const AuditEntry& e : audit)
        QCOMPARE(e.actor, QStringLiteral("alice"));

    // Another actor's store shows that actor.
    StoreFixture* const bob = newFixture(QString(), QStringLiteral("bob"));
    QVERIFY2(bob != nullptr, qPrintable(m_fixtureError));
    SK_AWAIT_OK(bobs,
                bob->store->createApp(NewApp{QStringLiteral("Ledger"), ids({"model:deploy"})}));
    QCOMPARE(bobs.createdBy, QStringLiteral("bob"));
}

void StoreContract::secretsAreNeverWritten()
{
    SK_FIXTURE();
    if (!fx->filesWritten || !fx->closeStore)
        QSKIP("the factory cannot show this store's files");
    const QDateTime later = fx->clock.clock()().addDays(30);
    // A marker that must be findable in the files: proves the search reads what the store
    // wrote.
    const QString marker = QStringLiteral("MarkerApp7f3aQz");
    SK_AWAIT_OK(a, store.createApp(NewApp{marker, ids({"workflow:deploy"})}));
    SK_AWAIT_OK(b, store.createApp(NewApp{QStringLiteral("Second"), ids({"model:deploy"})}));
    QStringList secrets;
    for (const App* app : {&a, &b}) {
        for (int i = 0; i < 3; ++i) {
            SK_AWAIT_OK(k,
                        store.createKey(app->id, NewKey{QStringLiteral("Key %1").arg(i), later}));
            secrets << k.secret;
            SK_AWAIT_OK(v, store.verify(k.secret, app->scopes.first()));
            QCOMPARE(v.code, VerifyCode::Valid);
            if (i == 2)
                SK_VERIFY_OK(await(store.deleteKey(app->id, k.key.id)));
        }
    }
    if (fx->flushUsage)
        SK_VERIFY_OK(fx->flushUsage());
    fx->closeStore();
    QVERIFY2(!fx->store, "closeStore() must close the store");

    const QStringList files = fx->filesWritten();
    QVERIFY2(!files.isEmpty(), "the store wrote no file at all");
    bool markerFound = false;
    for (const QString& path : files) {
        bool ok = false;
        const QByteArray bytes = sk::test::readAll(path, &ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("cannot read ") + path));
        markerFound = markerFound || bytes.contains(marker.toUtf8()) ||
                      bytes.contains(sk::test::utf16le(marker));
        for (const QString& secret : secrets) {
            for (const QString& form : secretForms(secret)) {
                QVERIFY2(!bytes.contains(form.toUtf8()),
                         qPrintable(QStringLiteral("%1 holds a secret (UTF-8)").arg(path)));
                QVERIFY2(!bytes.contains(sk::test::utf16le(form)),
                         qPrintable(QStringLiteral("%1 holds a secret (UTF-16LE)").arg(path)));
            }
        }
    }
    QVERIFY2(markerFound, "the files do not even hold the app name: wrong files?");
}

void StoreContract::catalogIsTheStoresOwn_data()
{
    QTest::addColumn<QString>("catalogId");
    QTest::addColumn<QString>("ownScope");
    QTest::addColumn<QString>("foreignScope");
    QTest::newRow("ai-for-process")
        << QStringLiteral("ai-for-process") << QStringLiteral("workflow:deploy")
        << QStringLiteral("publish-app");
    QTest::newRow("aimms-pro") << QStringLiteral("aimms-pro") << QStringLiteral("publish-app")
                               << QStringLiteral("workflow:deploy");
}

void StoreContract::catalogIsTheStoresOwn()
{
    QFETCH(QString, catalogId);
    QFETCH(QString, ownScope);
    QFETCH(QString, foreignScope);
    SK_FIXTURE(catalogId);
    const Result<Catalog> expected = Catalog::builtIn(catalogId);
    SK_VERIFY_OK(expected);

    SK_AWAIT_OK(catalog, store.catalog());
    QCOMPARE(catalog.id(), catalogId);
    QCOMPARE(catalog.name(), expected->name());
    QCOMPARE(catalog.scopeIds(), expected->scopeIds());
    QCOMPARE(catalog.groups().size(), expected->groups().size());
    for (qsizetype i = 0; i < catalog.groups().size(); ++i) {
        QCOMPARE(catalog.groups().at(i).id, expected->groups().at(i).id);
        QCOMPARE(catalog.groups().at(i).name, expected->groups().at(i).name);
    }
    for (const Scope& s : expected->scopes()) {
        const Scope got = catalog.scope(s.id);
        QCOMPARE(got.name, s.name);
        QCOMPARE(got.group, s.group);
        QCOMPARE(got.description, s.description);
    }

    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Own"), QStringList{ownScope}}));
    QCOMPARE(app.scopes, QStringList{ownScope});
    // Every scope of the catalog is accepted.
    SK_AWAIT_OK(all, store.createApp(NewApp{QStringLiteral("All"), expected->scopeIds()}));
    QCOMPARE(all.scopes.size(), expected->scopeIds().size());

    SK_SNAPSHOT(before, store);
    const Result<App> foreign =
        await(store.createApp(NewApp{QStringLiteral("Foreign"), QStringList{foreignScope}}));
    SK_VERIFY_FAILS(foreign, ErrorCode::Invalid);
    QCOMPARE(foreign.error().field(), QStringLiteral("scopes"));
    SK_VERIFY_UNCHANGED(store, before);

    SK_AWAIT_OK(key, store.createKey(all.id, NewKey{QStringLiteral("Everything"),
                                                    fx->clock.clock()().addDays(30)}));
    SK_AWAIT_OK(own, store.verify(key.secret, ownScope));
    QCOMPARE(own.code, VerifyCode::Valid);
    SK_AWAIT_OK(other, store.verify(key.secret, foreignScope));
    QCOMPARE(other.code, VerifyCode::ForbiddenScope);
}

void StoreContract::changesAreSignalled()
{
    SK_FIXTURE();
    QSignalSpy apps(&store, &Store::appsChanged);
    QSignalSpy keys(&store, &Store::keysChanged);
    QVERIFY(apps.isValid());
    QVERIFY(keys.isValid());

    SK_AWAIT_OK(app, store.createApp(NewApp{QStringLiteral("Ledger"), ids({"workflow:deploy"})}));
    QTRY_VERIFY(!apps.isEmpty());

    apps.clear();
    SK_AWAIT_OK(renamed, store.renameApp(app.id, QStringLiteral("Ledger EU"), app.version));
    Q_UNUSED(renamed);
    QTRY_VERIFY(!apps.isEmpty());

    SK_AWAIT_OK(key, store.createKey(app.id, NewKey{QStringLiteral("Primary"),
                                                    fx->clock.clock()().addDays(30)}));
    QTRY_VERIFY(!keys.isEmpty());
    QCOMPARE(keys.first().first().toString(), app.id);

    keys.clear();
    SK_VERIFY_OK(await(store.deleteKey(app.id, key.key.id)));
    QTRY_VERIFY(!keys.isEmpty());
    QCOMPARE(keys.first().first().toString(), app.id);

    apps.clear();
    SK_VERIFY_OK(await(store.deleteApp(app.id)));
    QTRY_VERIFY(!apps.isEmpty());

    // Nothing changed, nothing is signalled: when a change made after the refused ones is
    // signalled, that is the only signal (a store signals its changes in order).
    SK_AWAIT_OK(sentinel,
                store.createApp(NewApp{QStringLiteral("Sentinel"), ids({"workflow:deploy"})}));
    QTRY_VERIFY(!apps.isEmpty());
    apps.clear();
    keys.clear();
    QVERIFY(!await(store.createApp(NewApp{QString(), ids({"workflow:deploy"})})).ok());
    QVERIFY(!await(store.deleteApp(app.id)).ok());
    SK_AWAIT_OK(sentinelKey, store.createKey(sentinel.id, NewKey{QStringLiteral("Sentinel"),
                                                                 fx->clock.clock()().addDays(30)}));
    Q_UNUSED(sentinelKey);
    QTRY_VERIFY(!keys.isEmpty());
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().first().toString(), sentinel.id);
    QCOMPARE(apps.size(), 0);
}

// ---- paging ------------------------------------------------------------------------------

namespace {

/// Every page of `fetch`, `limit` rows at a time; the rows, or the error of the page that
/// failed; fails after 1,000 pages (a `next` that does not move on).
template <typename T, typename Fetch> Result<QList<T>> everyPage(int limit, Fetch fetch)
{
    QList<T> rows;
    QString after;
    for (int pages = 0; pages < 1000; ++pages) {
        const Result<Page<T>> page = await(fetch(PageQuery{after, limit}));
        if (!page.ok())
            return page.error();
        if (page->items.size() > limit)
            return Error(ErrorCode::Internal, QStringLiteral("a page held more than its limit"));
        rows << page->items;
        if (page->next.isEmpty())
            return rows;
        if (page->items.isEmpty())
            return Error(ErrorCode::Internal, QStringLiteral("an empty page had a next one"));
        after = page->next;
    }
    return Error(ErrorCode::Internal, QStringLiteral("the pages never ended"));
}

QStringList appNames(const QList<App>& apps)
{
    QStringList names;
    for (const App& a : apps)
        names << a.name;
    return names;
}

QStringList keyNames(const QList<ApiKey>& keys)
{
    QStringList names;
    for (const ApiKey& k : keys)
        names << k.appName + QLatin1Char('/') + k.name;
    return names;
}

} // namespace

void StoreContract::appsArePagedInCodePointOrder()
{
    SK_FIXTURE();
    // Folded, these differ in the order of UTF-16 code units and of code points: U+FF5A
    // (fullwidth z) comes before U+1D4CF (script z) as a code point, after its surrogates as
    // UTF-16. A page boundary between any two must not repeat or skip one, on every store.
    const QStringList names = {QStringLiteral("zeta"),
                               QString::fromUtf8("\xef\xbd\x9a-fullwidth"),
                               QString::fromUtf8("\xf0\x9d\x93\x8f-script"),
                               QStringLiteral("Alpha"),
                               QString::fromUtf8("\xc3\x89mile"),
                               QStringLiteral("beta"),
                               QString::fromUtf8("\xe6\x97\xa5\xe6\x9c\xac")};
    for (const QString& name : names)
        SK_VERIFY_OK(await(store.createApp(NewApp{name, ids({"workflow:deploy"})})));

    QStringList expected = names;
    std::sort(expected.begin(), expected.end(), [](const QString& a, const QString& b) {
        return Rules::foldName(a).toUtf8() < Rules::foldName(b).toUtf8();
    });
    SK_AWAIT_OK(all, store.listApps());
    QCOMPARE(appNames(all), expected);
    for (int limit : {1, 2, 3, 7, 1000}) {
        const Result<QList<App>> paged = everyPage<App>(
            limit, [&store](const PageQuery& page) { return store.appsPage({}, page); });
        SK_VERIFY_OK(paged);
        QCOMPARE(appNames(paged.value()), expected);
    }
    // A filtered listing pages the same way.
    const Result<QList<App>> filtered = everyPage<App>(1, [&store](const PageQuery& page) {
        return store.appsPage(AppQuery{QStringLiteral("t")}, page);
    });
    SK_VERIFY_OK(filtered);
    QCOMPARE(appNames(filtered.value()),
             (QStringList{QStringLiteral("beta"), QStringLiteral("zeta"),
                          QString::fromUtf8("\xef\xbd\x9a-fullwidth"),
                          QString::fromUtf8("\xf0\x9d\x93\x8f-script")}));
    // The last page says it is the last, even when it is full.
    SK_AWAIT_OK(exact, store.appsPage({}, PageQuery{{}, int(names.size())}));
    QCOMPARE(exact.items.size(), names.size());
    QVERIFY(exact.next.isEmpty());
}

void StoreContract::keysArePagedByApp()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    SK_AWAIT_OK(zulu, store.createApp(NewApp{QStringLiteral("Zulu"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(alpha, store.createApp(NewApp{QStringLiteral("alpha"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(empty, store.createApp(NewApp{QStringLiteral("Empty"), ids({"workflow:deploy"})}));
    Q_UNUSED(empty);
    for (int i = 1; i <= 3; ++i) {
        const QString name = QStringLiteral("key %1").arg(i);
        SK_VERIFY_OK(await(store.createKey(zulu.id, NewKey{name, later})));
        SK_VERIFY_OK(await(store.createKey(alpha.id, NewKey{name, later})));
        fx->clock.advance(1000);
    }
    // By app (folded name), then by creation and id; the app without keys has no row.
    SK_AWAIT_OK(all, store.listAllKeys());
    QCOMPARE(all.size(), 6);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).appId, i < 3 ? alpha.id : zulu.id);
        if (i % 3 != 0) {
            const ApiKey& before = all.at(i - 1);
            QVERIFY(before.createdAt < all.at(i).createdAt ||
                    (before.createdAt == all.at(i).createdAt && before.id < all.at(i).id));
        }
    }
    const QStringList expected = keyNames(all);
    for (int limit : {1, 2, 4, 6, 1000}) {
        const Result<QList<ApiKey>> paged = everyPage<ApiKey>(
            limit, [&store](const PageQuery& page) { return store.keysPage(page); });
        SK_VERIFY_OK(paged);
        QCOMPARE(keyNames(paged.value()), expected);
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(keyLine(paged->at(i)), keyLine(all.at(i)));
    }
}

void StoreContract::pagingSurvivesChangesBetweenPages()
{
    SK_FIXTURE();
    const QDateTime later = fx->clock.clock()().addDays(30);
    QList<App> apps;
    for (const char* name : {"b", "d", "f", "h"}) {
        SK_AWAIT_OK(a,
                    store.createApp(NewApp{QString::fromLatin1(name), ids({"workflow:deploy"})}));
        SK_VERIFY_OK(await(store.createKey(a.id, NewKey{QStringLiteral("k"), later})));
        apps << a;
    }
    SK_AWAIT_OK(first, store.appsPage({}, PageQuery{{}, 2}));
    QCOMPARE(appNames(first.items), (QStringList{QStringLiteral("b"), QStringLiteral("d")}));
    SK_AWAIT_OK(firstKeys, store.keysPage(PageQuery{{}, 2}));
    QCOMPARE(keyNames(firstKeys.items),
             (QStringList{QStringLiteral("b/k"), QStringLiteral("d/k")}));

    // Between pages: the last app shown goes, one comes before it, one after it.
    SK_VERIFY_OK(await(store.deleteApp(apps.at(1).id)));
    SK_AWAIT_OK(a, store.createApp(NewApp{QStringLiteral("a"), ids({"workflow:deploy"})}));
    SK_AWAIT_OK(e, store.createApp(NewApp{QStringLiteral("e"), ids({"workflow:deploy"})}));
    SK_VERIFY_OK(await(store.createKey(a.id, NewKey{QStringLiteral("k"), later})));
    SK_VERIFY_OK(await(store.createKey(e.id, NewKey{QStringLiteral("k"), later})));

    SK_AWAIT_OK(rest, store.appsPage({}, PageQuery{first.next, 1000}));
    QCOMPARE(appNames(rest.items),
             (QStringList{QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("h")}));
    QVERIFY(rest.next.isEmpty());
    SK_AWAIT_OK(restKeys, store.keysPage(PageQuery{firstKeys.next, 1000}));
    QCOMPARE(keyNames(restKeys.items),
             (QStringList{QStringLiteral("e/k"), QStringLiteral("f/k"), QStringLiteral("h/k")}));
}

void StoreContract::badPagesAreRefused()
{
    SK_FIXTURE();
    SK_VERIFY_OK(await(store.createApp(NewApp{QStringLiteral("One"), ids({"workflow:deploy"})})));
    SK_VERIFY_OK(await(store.createApp(NewApp{QStringLiteral("Two"), ids({"workflow:deploy"})})));
    SK_AWAIT_OK(keysPage, store.keysPage(PageQuery{{}, 1}));
    QVERIFY(keysPage.next.isEmpty()); // no keys at all
    SK_AWAIT_OK(appsPage, store.appsPage({}, PageQuery{{}, 1}));
    QVERIFY(!appsPage.next.isEmpty());

    for (int limit : {0, -1, PageQuery::MaxRows + 1}) {
        const Result<Page<App>> apps = await(store.appsPage({}, PageQuery{{}, limit}));
        SK_VERIFY_FAILS(apps, ErrorCode::Invalid);
        QCOMPARE(apps.error().field(), QStringLiteral("limit"));
        const Result<Page<ApiKey>> keys = await(store.keysPage(PageQuery{{}, limit}));
        SK_VERIFY_FAILS(keys, ErrorCode::Invalid);
        QCOMPARE(keys.error().field(), QStringLiteral("limit"));
    }
    // A position the store did not give (made up, or another listing's).
    for (const QString& after :
         {QStringLiteral("garbage"), QStringLiteral("[1,2]"), QStringLiteral("[\"a\"]")}) {
        const Result<Page<App>> apps = await(store.appsPage({}, PageQuery{after, 10}));
        SK_VERIFY_FAILS(apps, ErrorCode::Invalid);
        QCOMPARE(apps.error().field(), QStringLiteral("cursor"));
    }
    const Result<Page<ApiKey>> keys = await(store.keysPage(PageQuery{appsPage.next, 10}));
    SK_VERIFY_FAILS(keys, ErrorCode::Invalid);
    QCOMPARE(keys.error().field(), QStringLiteral("cursor"));
}
