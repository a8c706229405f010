// Scopekeeper store: the demo store's history (the bank use case, or the AIMMS one), made through
// SqlStore's public operations, each at the time it happened: the store's clock is set back for
// each one (m_clockShiftMs), so that creation times, expiries and the audit log read like a real
// history.
#include "SqlStore.h"
#include "WhenDone.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTimeZone>
#include <algorithm>
#include <functional>
#include <memory>

namespace sk {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

struct DemoKey
{
    const char* name;
    int createdDaysAgo;
    int expiresInDays; // negative: already expired
};
struct DemoApp
{
    const char* name;
    const char* creator;
    int createdDaysAgo;
    QStringList scopes;
    QList<DemoKey> keys;
};
const QList<DemoApp>& demoApps()
{
    static const QList<DemoApp> apps = {
        {"Risk & Compliance",
         "maria.vos",
         400,
         {QStringLiteral("workflow:deploy"), QStringLiteral("workflow:undeploy"),
          QStringLiteral("workflow:import"), QStringLiteral("workflow:export"),
          QStringLiteral("model:deploy"), QStringLiteral("model:undeploy"),
          QStringLiteral("model:import"), QStringLiteral("model:export")},
         {{"Nightly risk scoring", 120, 245},
          {"Regulatory reporting", 355, 10},
          {"Stress test 2025", 399, -34}}},
        {"Customer Support",
         "tom.bakker",
         370,
         {QStringLiteral("guardrails:deploy"), QStringLiteral("guardrails:undeploy")},
         {{"Chat assistant guardrails", 30, 60}, {"Ticket triage", 360, 5}}},
        {"Marketing",
         "lisa.meijer",
         90,
         {QStringLiteral("workflow:export"), QStringLiteral("model:export")},
         {{"Campaign analytics", 14, 166}}},
    };
    return apps;
}

/// One change of the history: an app (key -1) or one of its keys, `daysAgo`.
struct Event
{
    int daysAgo;
    qsizetype app;
    qsizetype key;
};

/// The changes in the order they happened (an app before its keys): the audit log then reads
/// newest first by sequence and by date alike.
QList<Event> history()
{
    QList<Event> events;
    const QList<DemoApp>& apps = demoApps();
    for (qsizetype a = 0; a < apps.size(); ++a) {
        events.append({apps.at(a).createdDaysAgo, a, -1});
        for (qsizetype k = 0; k < apps.at(a).keys.size(); ++k)
            events.append({apps.at(a).keys.at(k).createdDaysAgo, a, k});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& x, const Event& y) { return x.daysAgo > y.daysAgo; });
    return events;
}

/// A personal key of the AIMMS demo, made `createdDaysAgo`, used `usedDaysAgo` (negative:
/// never), to expire `expiresInDays` from now (negative: already expired).
struct AimmsKey
{
    const char* name;
    int createdDaysAgo;
    int expiresInDays;
    QStringList scopes;
    int usedDaysAgo = -1;
};
const QList<AimmsKey>& aimmsKeys()
{
    static const QList<AimmsKey> keys = {
        {"Old SSO bridge", 330, -30, {QStringLiteral("authentication")}},
        {"Nightly task runner", 300, 6, {QStringLiteral("tasks"), QStringLiteral("session")}, 1},
        {"Deployment pipeline",
         200,
         160,
         {QStringLiteral("publish-app"), QStringLiteral("publish-aimms")},
         2},
        {"User provisioning", 40, 300, {QStringLiteral("user"), QStringLiteral("account")}},
        {"Session monitor", 5, 20, {QStringLiteral("session")}},
    };
    return keys;
}

} // namespace

QFuture<Result<Done>> SqlStore::seedAimmsDemo()
{
    // Each key, oldest first, with the clock set back to its day; a used key is verified on
    // the day it was last used. The secrets are thrown away once used: demo keys work nowhere.
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    QFuture<Result<Done>> future = promise->future();
    struct Run
    {
        qsizetype next = 0;
        qint64 realNowMs = 0;
        std::function<void()> step;
        std::function<void(Result<Done>)> finish;
    };
    auto run = std::make_shared<Run>();
    run->realNowMs = m_options.clock().toMSecsSinceEpoch();
    run->finish = [this, promise](Result<Done> result) {
        m_clockShiftMs->store(0);
        promise->addResult(std::move(result));
        promise->finish();
    };
    run->step = [this, weak = std::weak_ptr<Run>(run)] {
        const std::shared_ptr<Run> run = weak.lock();
        if (!run)
            return;
        if (run->next == aimmsKeys().size()) {
            m_clockShiftMs->store(0);
            whenDone(this, flushUsage(), [run](const Result<Done>& r) { run->finish(r); });
            return;
        }
        const AimmsKey& k = aimmsKeys().at(run->next++);
        m_clockShiftMs->store(-k.createdDaysAgo * DayMs);
        const QDateTime expires = QDateTime::fromMSecsSinceEpoch(
            run->realNowMs + k.expiresInDays * DayMs, QTimeZone::utc());
        whenDone(this, createMyKey(NewKey{QString::fromUtf8(k.name), expires, k.scopes}),
                 [this, run, k](Result<CreatedKey> key) {
                     if (!key.ok())
                         return run->finish(key.error());
                     if (k.usedDaysAgo < 0) {
                         key.value().secret.fill(QLatin1Char('0'));
                         return run->step();
                     }
                     m_clockShiftMs->store(-k.usedDaysAgo * DayMs);
                     whenDone(this, verify(key->secret, k.scopes.constFirst()),
                              [run](const Result<VerifyResult>& used) {
                                  if (!used.ok())
                                      return run->finish(used.error());
                                  run->step();
                              });
                     key.value().secret.fill(QLatin1Char('0'));
                 });
    };
    // The step holds its run weakly (no cycle); the answer it waits for holds it.
    run->step();
    return future;
}

QFuture<Result<Done>> SqlStore::seedDemo()
{
    if (m_options.demoVariant == SqlStoreOptions::DemoVariant::Aimms)
        return seedAimmsDemo();
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    QFuture<Result<Done>> future = promise->future();
    auto finish = [this, promise](Result<Done> result) {
        m_clockShiftMs->store(0);
        promise->addResult(std::move(result));
        promise->finish();
    };
    whenDone(this, catalog(), [this, finish](const Result<Catalog>& catalog) {
        if (!catalog.ok())
            return finish(catalog.error());
        for (const DemoApp& a : demoApps()) {
            for (const QString& s : a.scopes) {
                if (!catalog->contains(s)) {
                    return finish(Error::invalid(
                        QStringLiteral("catalog"),
                        QCoreApplication::translate("SqlStore", "The demo needs the “%1” catalog.")
                            .arg(Catalog::defaultId())));
                }
            }
        }
        // Each change waits for the one before it, with the clock set back to its day.
        struct Run
        {
            QList<Event> events = history();
            qsizetype next = 0;
            QStringList appIds = QStringList(demoApps().size());
            qint64 realNowMs = 0;
            std::function<void()> step;
        };
        auto run = std::make_shared<Run>();
        run->realNowMs = m_options.clock().toMSecsSinceEpoch();
        // The step holds its run weakly (no cycle); the answer it waits for holds it.
        run->step = [this, weak = std::weak_ptr<Run>(run), finish] {
            const std::shared_ptr<Run> run = weak.lock();
            if (!run)
                return;
            if (run->next == run->events.size())
                return finish(Done{});
            const Event e = run->events.at(run->next++);
            const DemoApp& a = demoApps().at(e.app);
            const ActAs creator{QString::fromUtf8(a.creator)};
            auto failed = [finish](const Error& error) { finish(error); };
            m_clockShiftMs->store(-e.daysAgo * DayMs);
            if (e.key < 0) {
                whenDone(this, createApp(NewApp{QString::fromUtf8(a.name), a.scopes}, creator),
                         [run, e, failed](const Result<App>& app) {
                             if (!app.ok())
                                 return failed(app.error());
                             run->appIds[e.app] = app->id;
                             run->step();
                         });
                return;
            }
            const DemoKey& k = a.keys.at(e.key);
            const QDateTime expires = QDateTime::fromMSecsSinceEpoch(
                run->realNowMs + k.expiresInDays * DayMs, QTimeZone::utc());
            whenDone(this,
                     createKey(run->appIds.at(e.app), NewKey{QString::fromUtf8(k.name), expires},
                               creator),
                     [run, failed](Result<CreatedKey> key) {
                         if (!key.ok())
                             return failed(key.error());
                         // The demo's secrets are thrown away: demo keys work nowhere.
                         key.value().secret.fill(QLatin1Char('0'));
                         run->step();
                     });
        };
        run->step();
    });
    return future;
}

} // namespace sk
