#include "HistoryQuery.h"
#include "SyncFixture.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace pd;
using namespace pd::test;

// The process is killed (SIGKILL) at random points of a 2,000-user first sync and restarted: the
// account must end with exactly the expected users, every create sent once, and a clean resync.
class TestSyncKill : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    QStringList cliArguments(const SyncFixture &f) const
    {
        return {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("sync"),
            QStringLiteral("Sync test"), QStringLiteral("--secret-env"),
            QStringLiteral("PD_KILL_TEST_SECRET"), QStringLiteral("--json")};
    }

    QProcess *startCli(const SyncFixture &f)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PD_KILL_TEST_SECRET"), m_server.clientSecret());
        p->setProcessEnvironment(env);
        p->start(binaryDir() + QStringLiteral("/app/cli/provisiondesk-cli"), cliArguments(f));
        return p;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void killedAtRandomPointsEndsExactlyRight()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QList<Person> everyone = people(2000);
        f.writeCsv(everyone);
        // A little latency spreads the run over a few seconds so the kills land mid-run.
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 2}}));

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill points seeded with %u", seed);
        QRandomGenerator random(seed);
        int kills = 0;
        for (int round = 0; round < 4; ++round) {
            QProcess *p = startCli(f);
            QVERIFY(p->waitForStarted(10000));
            const int waitMs = 400 + int(random.bounded(1600));
            if (p->waitForFinished(waitMs))
                break; // it finished before the kill: the rest of the test still holds
            p->kill(); // SIGKILL: no clean-up of any kind
            QVERIFY(p->waitForFinished(10000));
            ++kills;
        }
        QVERIFY2(kills > 0, "no run was killed mid-way: the run was too fast for the test");

        // Restart until done (a run after a kill must complete on its own).
        QProcess *last = startCli(f);
        QVERIFY(last->waitForFinished(180000));
        const QJsonObject summary = QJsonDocument::fromJson(last->readAllStandardOutput()).object();
        QVERIFY2(last->exitCode() == 0, last->readAllStandardError().constData());
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));

        // Exactly the expected users, no duplicates, and every create sent successfully once.
        const auto zoom = f.zoomUsers();
        QCOMPARE(zoom.size(), everyone.size());
        for (const Person &p : everyone)
            QVERIFY2(zoom.contains(p.email), qPrintable(p.email));
        const QJsonObject writes = m_server.stats().value(QStringLiteral("writesByMethod")).toObject();
        QCOMPARE(writes.value(QStringLiteral("POST")).toInt(), everyone.size());
        QCOMPARE(f.managedCount(QStringLiteral("active")), everyone.size());
        QCOMPARE(f.managedCount(QStringLiteral("pending-create")), 0);

        // The killed runs are in the history as interrupted.
        RunFilter filter;
        const QList<RunRecord> runs = HistoryQuery(Database(f.dataDir()).handle()).runs(filter);
        const int interrupted = int(std::count_if(runs.cbegin(), runs.cend(),
            [](const RunRecord &r) { return r.outcome == RunOutcome::Interrupted; }));
        QCOMPARE(interrupted, kills);

        // And a further run has nothing to do.
        QVERIFY(m_server.resetStats());
        QProcess *again = startCli(f);
        QVERIFY(again->waitForFinished(60000));
        QCOMPARE(again->exitCode(), 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("writes")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "TestSyncKill.moc"
