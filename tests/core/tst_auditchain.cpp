// The audit log's hash chain: every field counts, and a walk names the first entry that breaks
// the chain, whether it was changed, removed, inserted or unlinked.
#include "AuditChain.h"
#include "AuditDetails.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace sk;

namespace {

/// n entries linked as the store links them, the first `unchained` without links and, when
/// there are any, a chain start after them.
QList<AuditEntry> chain(int n, int unchained = 0)
{
    QList<AuditEntry> entries;
    QByteArray previous = AuditChain::origin();
    for (int i = 0; i < n + unchained + (unchained > 0 ? 1 : 0); ++i) {
        AuditEntry e;
        e.sequence = i + 1;
        e.at = QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc()).addSecs(i);
        e.actor = QStringLiteral("alice");
        const audit::AppCreated created{{QStringLiteral("model:deploy")}};
        e.action = QStringLiteral("app.create");
        e.appId = QStringLiteral("app_%1").arg(i);
        e.appName = QStringLiteral("App %1").arg(i);
        e.detail = audit::prose(created);
        e.data = audit::toJson(created);
        if (i < unchained) {
            entries << e;
            continue;
        }
        if (unchained > 0 && i == unchained) {
            e.actor = QStringLiteral("scopekeeper");
            const audit::ChainStarted start{unchained};
            e.action = toWireName(AuditAction::ChainStart);
            e.appId.clear();
            e.appName.clear();
            e.detail = audit::prose(start);
            e.data = audit::toJson(start);
        }
        e.chain = AuditChain::link(previous, e);
        previous = e.chain;
        entries << e;
    }
    return entries;
}

AuditChain::Report walk(const QList<AuditEntry>& entries)
{
    AuditChain::Walker walker;
    for (const AuditEntry& e : entries) {
        if (!walker.feed(e))
            break;
    }
    return walker.report();
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldChangesTheLink();
    void aWholeChainIsWhole();
    void changedRemovedInsertedAndUnlinkedEntriesBreakIt();
    void unchainedEntriesAreCountedByTheChainStart();
    void dataThatSaysSomethingElseBreaksIt();
};

void TestAuditChain::everyFieldChangesTheLink()
{
    const AuditEntry e = chain(1).constFirst();
    const QByteArray link = AuditChain::link(AuditChain::origin(), e);
    QCOMPARE(link.size(), 64);
    QCOMPARE(AuditChain::link(AuditChain::origin(), e), link); // the same entry, the same link
    QList<std::function<void(AuditEntry&)>> changes = {
        [](AuditEntry& x) { ++x.sequence; },
        [](AuditEntry& x) { x.at = x.at.addMSecs(1); },
        [](AuditEntry& x) { x.actor += QLatin1Char('x'); },
        [](AuditEntry& x) { x.action = QStringLiteral("app.delete"); },
        [](AuditEntry& x) { x.appId += QLatin1Char('x'); },
        [](AuditEntry& x) { x.appName += QLatin1Char(' '); },
        [](AuditEntry& x) { x.keyId = QStringLiteral("k"); },
        [](AuditEntry& x) { x.keyName = QStringLiteral("k"); },
        [](AuditEntry& x) { x.detail = QStringLiteral("d"); },
        // Moving text from one field to the next is a change too (lengths are hashed).
        [](AuditEntry& x) {
            x.actor = QStringLiteral("alic");
            x.action = QStringLiteral("eapp.create");
        },
    };
    for (const auto& change : changes) {
        AuditEntry changed = e;
        change(changed);
        QVERIFY(AuditChain::link(AuditChain::origin(), changed) != link);
    }
    QVERIFY(AuditChain::link(QByteArray(64, '1'), e) != link); // and the link before it
}

void TestAuditChain::aWholeChainIsWhole()
{
    const AuditChain::Report r = walk(chain(5));
    QVERIFY(r.whole());
    QCOMPARE(r.chained, 5);
    QCOMPARE(r.unchained, 0);
    QCOMPARE(r.head, chain(5).constLast().chain);
    QVERIFY(walk({}).whole());
}

void TestAuditChain::changedRemovedInsertedAndUnlinkedEntriesBreakIt()
{
    QList<AuditEntry> changed = chain(5);
    changed[2].detail = QStringLiteral("quietly edited");
    AuditChain::Report r = walk(changed);
    QCOMPARE(r.problem, AuditChain::Break::LinkMismatch);
    QCOMPARE(r.brokenAt, 3);
    QCOMPARE(r.chained, 2);

    QList<AuditEntry> removed = chain(5);
    removed.removeAt(1);
    r = walk(removed);
    QCOMPARE(r.problem, AuditChain::Break::LinkMismatch);
    QCOMPARE(r.brokenAt, 3);

    QList<AuditEntry> inserted = chain(5);
    AuditEntry extra = inserted.at(4);
    extra.sequence = 6;
    extra.chain = QByteArray(64, 'a');
    inserted << extra;
    r = walk(inserted);
    QCOMPARE(r.problem, AuditChain::Break::LinkMismatch);
    QCOMPARE(r.brokenAt, 6);

    QList<AuditEntry> unlinked = chain(5);
    unlinked[3].chain.clear();
    r = walk(unlinked);
    QCOMPARE(r.problem, AuditChain::Break::MissingLink);
    QCOMPARE(r.brokenAt, 4);
}

void TestAuditChain::unchainedEntriesAreCountedByTheChainStart()
{
    const QList<AuditEntry> upgraded = chain(3, 4);
    AuditChain::Report r = walk(upgraded);
    QVERIFY(r.whole());
    QCOMPARE(r.unchained, 4);
    QCOMPARE(r.chained, 4); // the chain start and three more

    QList<AuditEntry> oneGone = upgraded;
    oneGone.removeAt(0);
    r = walk(oneGone);
    QCOMPARE(r.problem, AuditChain::Break::CountChanged);
    QCOMPARE(r.countedBefore, 4);
    QCOMPARE(r.unchained, 3);

    // Links removed from every entry but the last: they look unchained, but no chain start
    // counts them.
    QList<AuditEntry> stripped = chain(5);
    for (int i = 0; i < 4; ++i)
        stripped[i].chain.clear();
    r = walk(stripped);
    QCOMPARE(r.problem, AuditChain::Break::Unaccounted);
    QCOMPARE(r.brokenAt, 5);
}

void TestAuditChain::dataThatSaysSomethingElseBreaksIt()
{
    // The link does not cover the data; the walk checks that it renders to the detail.
    QList<AuditEntry> changed = chain(5);
    changed[2].data[QStringLiteral("scopes")] = QJsonArray{QStringLiteral("admin:all")};
    AuditChain::Report r = walk(changed);
    QCOMPARE(r.problem, AuditChain::Break::DataMismatch);
    QCOMPARE(r.brokenAt, 3);
    QCOMPARE(r.chained, 2);

    QList<AuditEntry> unreadable = chain(5);
    unreadable[1].data = QJsonObject{{QStringLiteral("scopes"), 7}};
    r = walk(unreadable);
    QCOMPARE(r.problem, AuditChain::Break::DataMismatch);
    QCOMPARE(r.brokenAt, 2);

    // Before the chain too.
    QList<AuditEntry> early = chain(3, 4);
    early[1].data[QStringLiteral("scopes")] = QJsonArray{};
    r = walk(early);
    QCOMPARE(r.problem, AuditChain::Break::DataMismatch);
    QCOMPARE(r.brokenAt, 2);

    // Data removed: the detail, which the link covers, says it all.
    QList<AuditEntry> stripped = chain(5);
    for (AuditEntry& e : stripped)
        e.data = QJsonObject();
    QVERIFY(walk(stripped).whole());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
