#include "Database.h"
#include "HistoryFixtures.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using O = HistoryOperation;
using R = HistoryResult;

namespace {
const QUuid prod(QStringLiteral("{aaaaaaaa-0000-0000-0000-000000000001}"));
const QUuid staging(QStringLiteral("{bbbbbbbb-0000-0000-0000-000000000002}"));

QDateTime day(int d, int hour = 12)
{
    return QDateTime(QDate(2026, 1, d), QTime(hour, 0), Qt::UTC);
}

QList<qint64> ids(const QList<RunRecord> &runs)
{
    QList<qint64> list;
    for (const RunRecord &r : runs)
        list << r.id;
    return list;
}

QList<qint64> runIds(const QList<HistoryEvent> &events)
{
    QList<qint64> list;
    for (const HistoryEvent &e : events)
        list << e.runId;
    return list;
}
} // namespace

class TestHistoryQuery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0;

    qint64 record(const RunRecord &run, const QList<HistoryEvent> &events, RunOutcome outcome)
    {
        HistoryRecorder rec(m_db->handle());
        const qint64 id = rec.startRun(run);
        int second = 0;
        for (HistoryEvent e : events) {
            e.at = run.startedAt.addSecs(++second);
            rec.recordEvent(e);
        }
        rec.finishRun(outcome, {}, run.startedAt.addSecs(60));
        return id;
    }

    HistoryQuery query() const { return HistoryQuery(m_db->handle()); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.path());
        QVERIFY(m_db->open());
        const QString jane = QStringLiteral("jane@example.com");
        r1 = record(test::run(prod, QStringLiteral("Prod"), RunTrigger::Cli, false, true, day(10)),
            {test::event(QStringLiteral("E1"), jane, O::Create, R::Success, 201),
                test::event(
                    QStringLiteral("E2"), QStringLiteral("omar@example.com"), O::Create, R::Success, 201),
                test::event(
                    QStringLiteral("E3"), QStringLiteral("li@example.com"), O::Create, R::Success, 201),
                test::event(QStringLiteral("E4"), QStringLiteral("Élodie.Martin@Example.com"), O::Create,
                    R::Success, 201)},
            RunOutcome::Succeeded);
        r2 = record(test::run(prod, QStringLiteral("Prod"), RunTrigger::Gui, false, false, day(12)),
            {test::event(QStringLiteral("E1"), jane, O::Update, R::Success, 200, {},
                 {{QStringLiteral("title"), QStringLiteral("Engineer"), QStringLiteral("Lead")}}),
                test::event(QStringLiteral("E2"), QStringLiteral("omar@example.com"), O::Update, R::Failed,
                    429, QStringLiteral("Too many requests"))},
            RunOutcome::Partial);
        r3 = record(test::run(staging, QStringLiteral("Staging"), RunTrigger::Cli, false, false, day(15)),
            {test::event(QStringLiteral("uid=jane"), jane, O::Create, R::Success, 201)},
            RunOutcome::Succeeded);
        r4 = record(test::run(prod, QStringLiteral("Prod"), RunTrigger::Gui, true, false, day(20)),
            {test::event(
                QStringLiteral("E3"), QStringLiteral("li@example.com"), O::RemoveDisable, R::Planned)},
            RunOutcome::Succeeded);
        // E1's userName changed in the source: the timeline follows the source key.
        r5 = record(test::run(prod, QStringLiteral("Prod renamed"), RunTrigger::Cli, false, false, day(25)),
            {test::event(
                QStringLiteral("E1"), QStringLiteral("jane.doe@example.com"), O::Update, R::Success, 200)},
            RunOutcome::Succeeded);
        r6 = record(test::run(prod, QStringLiteral("Prod renamed"), RunTrigger::Cli, false, false, day(31)),
            {}, RunOutcome::Failed);
    }

    void cleanupTestCase() { m_db->close(); }

    void runsNewestFirst()
    {
        RunFilter all;
        QCOMPARE(ids(query().runs(all)), (QList<qint64> {r6, r5, r4, r3, r2, r1}));
        QCOMPARE(query().countRuns(all), 6);
    }

    void filterByConnection()
    {
        RunFilter f;
        f.connectionId = prod;
        QCOMPARE(ids(query().runs(f)), (QList<qint64> {r6, r5, r4, r2, r1}));
        f.connectionId = staging;
        QCOMPARE(ids(query().runs(f)), (QList<qint64> {r3}));
        QCOMPARE(query().countRuns(f), 1);
    }

    void filterByDateRange()
    {
        RunFilter f;
        f.from = day(11, 0);
        f.to = day(21, 0);
        QCOMPARE(ids(query().runs(f)), (QList<qint64> {r4, r3, r2}));
        f.from = day(12); // inclusive
        f.to = day(20); // exclusive
        QCOMPARE(ids(query().runs(f)), (QList<qint64> {r3, r2}));
    }

    void filterByOutcomeAndDryRuns()
    {
        RunFilter f;
        f.outcomes = {RunOutcome::Partial};
        QCOMPARE(ids(query().runs(f)), (QList<qint64> {r2}));
        f.outcomes = {RunOutcome::Failed, RunOutcome::Partial};
        QCOMPARE(ids(query().runs(f)), (QList<qint64> {r6, r2}));
        RunFilter noDry;
        noDry.connectionId = prod;
        noDry.includeDryRuns = false;
        QCOMPARE(ids(query().runs(noDry)), (QList<qint64> {r6, r5, r2, r1}));
    }

    void limitAndOffsetPage()
    {
        RunFilter f;
        f.limit = 2;
        f.offset = 1;
        QCOMPARE(ids(query().runs(f)), (QList<qint64> {r5, r4}));
        QCOMPARE(query().countRuns(f), 6);
        f.offset = 5;
        QCOMPARE(ids(query().runs(f)), (QList<qint64> {r1}));
    }

    void runDetailWithItsEventsInOrder()
    {
        const auto run = query().run(r2);
        QVERIFY(run);
        QCOMPARE(run->trigger, RunTrigger::Gui);
        QCOMPARE(run->outcome, RunOutcome::Partial);
        QCOMPARE(run->counts.failed(), 1);
        QCOMPARE(run->counts.updated(), 1);
        QVERIFY(!query().run(9999));

        const QList<HistoryEvent> first = query().runEvents(r1, 0, 3);
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(0).sourceKey, QStringLiteral("E1"));
        QCOMPARE(first.at(2).sourceKey, QStringLiteral("E3"));
        const QList<HistoryEvent> rest = query().runEvents(r1, first.constLast().id, 3);
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.at(0).sourceKey, QStringLiteral("E4"));
        QCOMPARE(query().countRunEvents(r1), 4);

        const QList<HistoryEvent> failed = query().runEvents(r2, 0, 100, R::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).userName, QStringLiteral("omar@example.com"));
        QCOMPARE(query().countRunEvents(r2, R::Failed), 1);
        QCOMPARE(query().runEvents(r2).at(0).changes.at(0).oldValue, QJsonValue(QStringLiteral("Engineer")));
    }

    void userTimelineAcrossRunsAndConnections()
    {
        // Case-insensitive; includes the events after the rename, and the other connection's.
        const QList<HistoryEvent> t = query().userTimeline(QStringLiteral("JANE@Example.COM"));
        QCOMPARE(runIds(t), (QList<qint64> {r5, r3, r2, r1}));
        QCOMPARE(t.at(0).userName, QStringLiteral("jane.doe@example.com"));
        QCOMPARE(t.at(0).connectionName, QStringLiteral("Prod renamed"));
        QCOMPARE(t.at(1).connectionName, QStringLiteral("Staging"));
        QCOMPARE(query().countUserTimeline(QStringLiteral("jane@example.com")), 4);

        QCOMPARE(runIds(query().userTimeline(QStringLiteral("jane@example.com"), 100, 0, staging)),
            (QList<qint64> {r3}));
        QCOMPARE(
            runIds(query().userTimeline(QStringLiteral("jane@example.com"), 2, 1)), (QList<qint64> {r3, r2}));
        // The new name finds the old events through the source key too.
        QCOMPARE(runIds(query().userTimeline(QStringLiteral("jane.doe@example.com"))),
            (QList<qint64> {r5, r2, r1}));
    }

    void userTimelineBySourceKeyAndUnicodeCase()
    {
        QCOMPARE(runIds(query().userTimeline(QStringLiteral("E2"))), (QList<qint64> {r2, r1}));
        QCOMPARE(runIds(query().userTimeline(QStringLiteral("uid=jane"))), (QList<qint64> {r3}));
        // NOCASE would miss this: É and é differ beyond ASCII.
        QCOMPARE(
            runIds(query().userTimeline(QStringLiteral("élodie.martin@example.com"))), (QList<qint64> {r1}));
        QVERIFY(query().userTimeline(QStringLiteral("nobody@example.com")).isEmpty());
        QVERIFY(query().userTimeline(QStringLiteral("  ")).isEmpty());
    }

    void suggestionsByPrefix()
    {
        QCOMPARE(query().userSuggestions(QStringLiteral("JA")),
            (QStringList {QStringLiteral("jane.doe@example.com"), QStringLiteral("jane@example.com")}));
        QCOMPARE(query().userSuggestions(QStringLiteral("élo")),
            QStringList {QStringLiteral("Élodie.Martin@Example.com")});
        QVERIFY(query().userSuggestions(QStringLiteral("zz")).isEmpty());
    }

    void connectionsKnownToTheHistory()
    {
        const auto list = query().connections();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).first, prod);
        QCOMPARE(list.at(0).second, QStringLiteral("Prod renamed")); // the latest name
        QCOMPARE(list.at(1).first, staging);
    }

    void activityPerDaySkipsDryRuns()
    {
        RunFilter f;
        f.connectionId = prod;
        f.from = day(10, 0);
        f.to = day(13, 0);
        const QList<ActivityBucket> b = query().activity(f, ActivityBucket::Size::Day);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.at(0).start, QDate(2026, 1, 10));
        QCOMPARE(b.at(0).created, 4);
        QCOMPARE(b.at(0).runs, 1);
        QCOMPARE(b.at(1).runs, 0);
        QCOMPARE(b.at(2).updated, 1);
        QCOMPARE(b.at(2).failed, 1);

        RunFilter month;
        month.connectionId = prod;
        month.to = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        const QList<ActivityBucket> m = query().activity(month, ActivityBucket::Size::Month);
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.at(0).runs, 4); // r1, r2, r5, r6: the dry run r4 is left out
        QCOMPARE(m.at(0).created, 4);
        QCOMPARE(m.at(0).updated, 2);
        QCOMPARE(m.at(0).removed, 0);
    }

    // Behaviour, not timing: the per-user lookups must be index searches, never a scan of events.
    void userLookupUsesAnIndex()
    {
        const QStringList plan = query().timelinePlan(QStringLiteral("jane@example.com"));
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QStringLiteral("USING INDEX events_user")),
            qPrintable(plan.join(QLatin1Char('\n'))));
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QStringLiteral("USING INDEX events_source_key")),
            qPrintable(plan.join(QLatin1Char('\n'))));
        for (const QString &line : plan)
            QVERIFY2(!line.startsWith(QLatin1String("SCAN e")), qPrintable(plan.join(QLatin1Char('\n'))));

        const QStringList detail = query().runEventsPlan(r1);
        QVERIFY2(detail.join(QLatin1Char('\n')).contains(QStringLiteral("USING INDEX events_run")),
            qPrintable(detail.join(QLatin1Char('\n'))));
        for (const QString &line : detail)
            QVERIFY2(!line.startsWith(QLatin1String("SCAN")), qPrintable(detail.join(QLatin1Char('\n'))));
    }

    // A page must not sort all of a user's events (tens of thousands for one failing in every run):
    // each key is read in the page's order from its index; the count reads indexes only.
    void timelinePageNeedsNoSort()
    {
        for (const QUuid &connection : {QUuid(), prod}) {
            const QStringList page = query().timelinePlan(QStringLiteral("jane@example.com"), connection);
            const QString text = page.join(QLatin1Char('\n'));
            QVERIFY2(text.contains(QStringLiteral("MERGE")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("SCAN")), qPrintable(text));
        }
        const QStringList count = query().timelineCountPlan(QStringLiteral("jane@example.com"));
        QVERIFY(!count.isEmpty());
        for (const QString &line : count) {
            if (line.startsWith(QLatin1String("SEARCH")))
                QVERIFY2(line.contains(QStringLiteral("COVERING INDEX")),
                    qPrintable(count.join(QLatin1Char('\n'))));
            QVERIFY2(!line.contains(QStringLiteral("TEMP B-TREE"))
                    && !line.startsWith(QLatin1String("SCAN events")),
                qPrintable(count.join(QLatin1Char('\n'))));
        }
    }

    // Pages and counts equal the whole timeline as one OR query sorts it, on random history with
    // renamed users, shared source keys, events at the same instant and two connections.
    void timelinePagesMatchTheSortedTimeline()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        QRandomGenerator random(11);
        const QDateTime start = day(1);
        {
            HistoryRecorder rec(db.handle());
            for (int run = 0; run < 40; ++run) {
                const bool inProd = random.bounded(3) != 0;
                rec.startRun(test::run(
                    inProd ? prod : staging, inProd ? QStringLiteral("Prod") : QStringLiteral("Staging")));
                for (int i = 0; i < 12; ++i) {
                    const int u = int(random.bounded(6));
                    // User 0 was renamed halfway; users 4 and 5 share a userName (two source keys).
                    const QString name = u == 0 ? (run < 20 ? QStringLiteral("Ann@example.com")
                                                            : QStringLiteral("ann.lee@example.com"))
                        : u == 5                ? QStringLiteral("user4@example.com")
                                                : QStringLiteral("user%1@example.com").arg(u);
                    HistoryEvent e
                        = test::event(QStringLiteral("K%1").arg(u), name, O::Update, R::Success, 200);
                    e.at = start.addSecs(run * 60 + int(random.bounded(3))); // ties on purpose
                    rec.recordEvent(e);
                }
                QVERIFY(rec.finishRun(RunOutcome::Succeeded, {}, start.addSecs(run * 60 + 30)));
            }
        }
        const HistoryQuery q(db.handle());
        const QStringList terms {QStringLiteral("ann@EXAMPLE.com"), QStringLiteral("ann.lee@example.com"),
            QStringLiteral("K0"), QStringLiteral("user4@example.com"), QStringLiteral("K5"),
            QStringLiteral("user1@example.com"), QStringLiteral("nobody")};
        for (const QString &term : terms) {
            for (const QUuid &connection : {QUuid(), prod, staging}) {
                const QList<qint64> all = sortedTimeline(db, term, connection);
                QCOMPARE(q.countUserTimeline(term, connection), int(all.size()));
                QList<qint64> got;
                for (const HistoryEvent &e : q.userTimeline(term, 0, 0, connection))
                    got << e.id;
                QCOMPARE(got, all);
                for (const auto &[limit, offset] : {std::pair(5, 0), std::pair(5, 5), std::pair(7, 20),
                         std::pair(100, 3), std::pair(3, 1000)}) {
                    got.clear();
                    for (const HistoryEvent &e : q.userTimeline(term, limit, offset, connection))
                        got << e.id;
                    QCOMPARE(got, all.mid(qMin<qsizetype>(offset, all.size()), limit));
                }
            }
        }
    }

private:
    // The reference: every event of the userName's source keys, one OR query sorted as a whole.
    static QList<qint64> sortedTimeline(Database &db, const QString &term, const QUuid &connection)
    {
        QStringList keys {term};
        QSqlQuery k(db.handle());
        k.prepare(QStringLiteral("SELECT DISTINCT source_key FROM events WHERE user_key = ?"));
        k.addBindValue(term.toCaseFolded());
        k.exec();
        while (k.next())
            keys << k.value(0).toString();
        QSqlQuery q(db.handle());
        q.prepare(
            QStringLiteral("SELECT e.id FROM events e JOIN runs r ON r.id = e.run_id WHERE (e.user_key = ? "
                           "OR e.source_key IN ('%1')) AND (? = '' OR r.connection_id = ?) "
                           "ORDER BY e.at DESC, e.id DESC")
                .arg(keys.join(QStringLiteral("','"))));
        const QString c
            = connection.isNull() ? QString(QLatin1String("")) : connection.toString(QUuid::WithoutBraces);
        q.addBindValue(term.toCaseFolded());
        q.addBindValue(c);
        q.addBindValue(c);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }
};

QTEST_GUILESS_MAIN(TestHistoryQuery)
#include "TestHistoryQuery.moc"
