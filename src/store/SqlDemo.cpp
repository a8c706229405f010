#include "SqlBackend.h"
#include "SqlSupport.h"

#include <QTimeZone>
#include <algorithm>

namespace sk {

using sql::fromMs;
using sql::toMs;

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

} // namespace

// ---- demo -------------------------------------------------------------------------------

Result<Done> SqlBackend::seedDemo()
{
    if (auto r = checkOpen(); !r.ok())
        return r.error();
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
    const QList<DemoApp> apps = {
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
    for (const DemoApp& a : apps) {
        for (const QString& s : a.scopes) {
            if (!m_catalog.contains(s)) {
                return Error::invalid(
                    QStringLiteral("catalog"),
                    tr("The demo needs the “%1” catalog.").arg(Catalog::defaultId()));
            }
        }
    }
    // Replayed in the order it happened, so that the audit log reads like a real history
    // (newest first by sequence is newest first by date). An app comes before its keys.
    struct Event
    {
        int daysAgo;
        qsizetype app;
        qsizetype key; // -1: the app itself
    };
    QList<Event> events;
    for (qsizetype a = 0; a < apps.size(); ++a) {
        events.append({apps.at(a).createdDaysAgo, a, -1});
        for (qsizetype k = 0; k < apps.at(a).keys.size(); ++k)
            events.append({apps.at(a).keys.at(k).createdDaysAgo, a, k});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& x, const Event& y) { return x.daysAgo > y.daysAgo; });

    const qint64 realNow = toMs(m_options.clock());
    QStringList appIds(apps.size());
    Result<Done> outcome = Done{};
    for (const Event& e : events) {
        const DemoApp& a = apps.at(e.app);
        const QString creator = QString::fromUtf8(a.creator);
        m_clockShiftMs = -e.daysAgo * DayMs;
        if (e.key < 0) {
            Result<App> created = createApp(NewApp{QString::fromUtf8(a.name), a.scopes}, creator);
            if (!created.ok()) {
                outcome = created.error();
                break;
            }
            appIds[e.app] = created->id;
            continue;
        }
        const DemoKey& k = a.keys.at(e.key);
        const QDateTime expires =
            QDateTime::fromMSecsSinceEpoch(realNow + k.expiresInDays * DayMs, QTimeZone::utc());
        Result<CreatedKey> key =
            createKey(appIds.at(e.app), NewKey{QString::fromUtf8(k.name), expires}, creator);
        if (!key.ok()) {
            outcome = key.error();
            break;
        }
        // The demo's secrets are thrown away: demo keys work nowhere.
        key.value().secret.fill(QLatin1Char('0'));
    }
    m_clockShiftMs = 0;
    return outcome;
}

} // namespace sk
