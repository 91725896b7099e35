#include "Database.h"
#include "HistoryFixtures.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"
#include "HistoryRetention.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {
const QUuid prod(QStringLiteral("{aaaaaaaa-0000-0000-0000-000000000001}"));

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

class TestHistoryRetention : public QObject
{
    Q_OBJECT
private:
    static qint64 runDaysAgo(HistoryRecorder &rec, int days, int events)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-days);
        const qint64 id
            = rec.startRun(test::run(prod, QStringLiteral("Prod"), RunTrigger::Cli, false, false, start));
        for (int i = 0; i < events; ++i)
            rec.recordEvent(
                test::event(QStringLiteral("E%1").arg(i), QStringLiteral("u%1@example.com").arg(i),
                    HistoryOperation::Update, HistoryResult::Success, 200, {}, {}, start.addSecs(i)));
        rec.finishRun(RunOutcome::Succeeded, {}, start.addSecs(events + 1));
        return id;
    }

private slots:
    void keepsEverythingByDefault()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            HistoryRecorder rec(db.handle());
            runDaysAgo(rec, 3000, 2);
        }
        QCOMPARE(HistoryRetention(db.handle()).keepDays(), 0);
        QCOMPARE(HistoryRetention(db.handle()).applyPolicy(), 0);
        {
            HistoryRecorder again(db.handle()); // opening a recorder applies the (empty) policy too
        }
        QCOMPARE(count(db.handle(), QStringLiteral("runs")), 1);
        QCOMPARE(count(db.handle(), QStringLiteral("events")), 2);
        db.close();
    }

    void prunesFinishedRunsOlderThanNDaysWithTheirEvents()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        prune(db);
        db.close();
    }

    void policyPersistsAndIsAppliedWhenARecorderOpens()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            HistoryRecorder rec(db.handle());
            runDaysAgo(rec, 20, 1);
            runDaysAgo(rec, 2, 1);
        }
        QVERIFY(HistoryRetention(db.handle()).setKeepDays(7));
        QCOMPARE(HistoryRetention(db.handle()).keepDays(), 7);
        QCOMPARE(count(db.handle(), QStringLiteral("runs")), 2);
        {
            HistoryRecorder rec(db.handle());
        }
        QCOMPARE(count(db.handle(), QStringLiteral("runs")), 1);
        QCOMPARE(count(db.handle(), QStringLiteral("events")), 1);
        QVERIFY(HistoryRetention(db.handle()).setKeepDays(0));
        QCOMPARE(HistoryRetention(db.handle()).keepDays(), 0);
        db.close();
    }

private:
    void prune(Database &db)
    {
        HistoryRecorder rec(db.handle());
        runDaysAgo(rec, 100, 3);
        runDaysAgo(rec, 40, 2);
        const qint64 recent = runDaysAgo(rec, 10, 4);
        // A run that started long ago and is still going is never pruned.
        HistoryRecorder live(db.handle());
        const qint64 running = live.startRun(test::run(prod, QStringLiteral("Prod"), RunTrigger::Gui, false,
            false, QDateTime::currentDateTimeUtc().addDays(-200)));
        live.recordEvent(
            test::event(QStringLiteral("E1"), {}, HistoryOperation::Create, HistoryResult::Success));
        QVERIFY(live.flush());

        HistoryRetention retention(db.handle());
        QCOMPARE(retention.pruneOlderThan(30), 2);
        RunFilter all;
        QList<qint64> left;
        for (const RunRecord &r : HistoryQuery(db.handle()).runs(all))
            left << r.id;
        QCOMPARE(left, (QList<qint64> {recent, running}));
        QCOMPARE(count(db.handle(), QStringLiteral("events")), 5);
        QCOMPARE(retention.pruneOlderThan(30), 0);
        QVERIFY(live.finishRun(RunOutcome::Succeeded));
    }
};

QTEST_GUILESS_MAIN(TestHistoryRetention)
#include "TestHistoryRetention.moc"
