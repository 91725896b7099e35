#include "Database.h"
#include "HistoryFixtures.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"
#include "HistoryRetention.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using O = HistoryOperation;
using R = HistoryResult;
using S = SyncSummary::UserState;

namespace {
const QUuid prod(QStringLiteral("{aaaaaaaa-0000-0000-0000-000000000001}"));
const QUuid staging(QStringLiteral("{bbbbbbbb-0000-0000-0000-000000000002}"));

HistoryEvent e(const QString &key, O op, R result)
{
    return test::event(key, key.toLower() + QStringLiteral("@example.com"), op, result);
}
} // namespace

Q_DECLARE_METATYPE(pd::HistoryOperation)
Q_DECLARE_METATYPE(pd::HistoryResult)
Q_DECLARE_METATYPE(std::optional<pd::SyncSummary::UserState>)

// PingOne's rule sync summary (Impacted, Success, Unsynced, Partially synced, Failed) per connection.
class TestSyncSummary : public QObject
{
    Q_OBJECT
private:
    static void record(Database &db, const QUuid &connection, bool dryRun, const QList<HistoryEvent> &events,
        RunOutcome outcome = RunOutcome::Succeeded)
    {
        HistoryRecorder rec(db.handle());
        QVERIFY(rec.startRun(test::run(connection, QStringLiteral("c"), RunTrigger::Cli, dryRun)) > 0);
        for (const HistoryEvent &ev : events)
            rec.recordEvent(ev);
        QVERIFY(rec.finishRun(outcome));
    }

    static void compare(const SyncSummary &s, int success, int unsynced, int partial, int failed)
    {
        QCOMPARE(s.success, success);
        QCOMPARE(s.unsynced, unsynced);
        QCOMPARE(s.partial, partial);
        QCOMPARE(s.failed, failed);
        QCOMPARE(s.impacted(), success + unsynced + partial + failed);
    }

private slots:
    void stateRules_data()
    {
        QTest::addColumn<O>("op");
        QTest::addColumn<R>("result");
        QTest::addColumn<std::optional<S>>("before");
        QTest::addColumn<std::optional<S>>("after");
        const std::optional<S> none;
        QTest::newRow("created") << O::Create << R::Success << none << std::optional(S::Success);
        QTest::newRow("adopted") << O::Adopt << R::Success << none << std::optional(S::Success);
        QTest::newRow("disabled in source")
            << O::Disable << R::Success << std::optional(S::Success) << std::optional(S::Success);
        QTest::newRow("create off") << O::Create << R::Skipped << none << std::optional(S::Unsynced);
        QTest::newRow("update off") << O::Update << R::Skipped << std::optional(S::Success)
                                    << std::optional(S::Partial);
        QTest::newRow("removal held")
            << O::RemoveDelete << R::Held << std::optional(S::Success) << std::optional(S::Partial);
        QTest::newRow("removed") << O::RemoveDelete << R::Success << std::optional(S::Success)
                                 << std::optional(S::Removed);
        QTest::newRow("failed") << O::Update << R::Failed << std::optional(S::Success)
                                << std::optional(S::Failed);
        QTest::newRow("error") << O::Error << R::Skipped << none << std::optional(S::Failed);
        QTest::newRow("skip, never synced") << O::Skip << R::Skipped << none << std::optional(S::Unsynced);
        QTest::newRow("skip after a sync")
            << O::Skip << R::Skipped << std::optional(S::Success) << std::optional(S::Partial);
        QTest::newRow("skip after removal")
            << O::Skip << R::Skipped << std::optional(S::Removed) << std::optional(S::Unsynced);
        QTest::newRow("planned") << O::Create << R::Planned << none << none;
    }

    void stateRules()
    {
        QFETCH(O, op);
        QFETCH(R, result);
        QFETCH(std::optional<S>, before);
        QFETCH(std::optional<S>, after);
        QCOMPARE(SyncSummary::stateAfter(op, result, before), after);
    }

    void summaryFollowsEachUsersLatestEvent()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        summarise(db);
        db.close();
    }

private:
    void summarise(Database &db)
    {
        HistoryQuery query(db.handle());
        QCOMPARE(query.summary(prod).impacted(), 0);
        QCOMPARE(query.summary(prod).lastRunId, 0);

        record(db, prod, false,
            {e(QStringLiteral("E1"), O::Create, R::Success), e(QStringLiteral("E2"), O::Create, R::Success),
                e(QStringLiteral("E3"), O::Create, R::Failed), e(QStringLiteral("E4"), O::Skip, R::Skipped),
                e(QStringLiteral("E5"), O::Create, R::Skipped), e(QStringLiteral("E6"), O::Adopt, R::Success),
                test::event({}, {}, O::Error, R::Failed, 500, QStringLiteral("a run-level error"))},
            RunOutcome::Partial);
        compare(query.summary(prod), 3, 2, 0, 1);
        QCOMPARE(query.summary(prod).lastOutcome, RunOutcome::Partial);

        record(db, prod, false,
            {e(QStringLiteral("E1"), O::Update, R::Skipped), e(QStringLiteral("E2"), O::Skip, R::Skipped),
                e(QStringLiteral("E6"), O::RemoveDisable, R::Success),
                e(QStringLiteral("E3"), O::Create, R::Success),
                e(QStringLiteral("E7"), O::RemoveDelete, R::Success)});
        // E1, E2 partial; E3 success; E4, E5 unsynced; E6 and E7 left the rule.
        compare(query.summary(prod), 1, 2, 2, 0);
        const qint64 lastReal = query.summary(prod).lastRunId;

        // A dry run plans; it changes no one's state and is not the last sync.
        record(db, prod, true,
            {e(QStringLiteral("E4"), O::Create, R::Planned), e(QStringLiteral("E1"), O::Update, R::Skipped)});
        compare(query.summary(prod), 1, 2, 2, 0);
        QCOMPARE(query.summary(prod).lastRunId, lastReal);
        QCOMPARE(query.summary(prod).lastOutcome, RunOutcome::Succeeded);
        QVERIFY(query.summary(prod).lastFinishedAt.isValid());

        // Each connection has its own users.
        record(db, staging, false, {e(QStringLiteral("E1"), O::Create, R::Success)});
        compare(query.summary(staging), 1, 0, 0, 0);
        compare(query.summary(prod), 1, 2, 2, 0);

        // Pruning the events keeps what the summary knows.
        QVERIFY(
            HistoryRetention(db.handle()).pruneOlderThan(1, QDateTime::currentDateTimeUtc().addDays(10)) > 0);
        QCOMPARE(HistoryQuery(db.handle()).countRuns({}), 0);
        compare(query.summary(prod), 1, 2, 2, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncSummary)
#include "TestSyncSummary.moc"
