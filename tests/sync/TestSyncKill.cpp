#include "HistoryQuery.h"
#include "SyncFixture.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <cstdio>

using namespace pd;
using namespace pd::test;

// The process is killed (SIGKILL) at random points of a 2,000-user first sync and restarted: the
// account must end with exactly the expected users, with the right attributes, every create sent
// once, an intact database, and a clean resync.
// PD_SYNC_KILL_REPEAT=N runs the whole scenario N times with fresh seeds (default 1, for CI;
// scripts/reliability-report runs 20); PD_SYNC_KILL_SEED=S replays one seed. Each scenario prints
// "RELIABILITY kill sigkill-2000-users PASS|FAIL <detail>" for the report.
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

    static QString integrity(SyncFixture &f)
    {
        QSqlQuery q(f.database().handle());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return QStringLiteral("PRAGMA integrity_check failed to run");
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        return lines.join(QStringLiteral("; "));
    }

    // Prints the scenario's result line when the test function returns, passed or not.
    struct ResultLine
    {
        QString detail;
        ~ResultLine()
        {
            std::printf("RELIABILITY kill sigkill-2000-users %s %s\n",
                QTest::currentTestFailed() ? "FAIL" : "PASS", qPrintable(detail));
            std::fflush(stdout);
        }
    };

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void killedAtRandomPointsEndsExactlyRight_data()
    {
        QTest::addColumn<int>("scenario");
        const int repeat = qMax(1, qEnvironmentVariableIntValue("PD_SYNC_KILL_REPEAT"));
        for (int i = 0; i < repeat; ++i)
            QTest::newRow(qPrintable(QStringLiteral("scenario-%1").arg(i + 1))) << i;
    }

    void killedAtRandomPointsEndsExactlyRight()
    {
        ResultLine line;
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QList<Person> everyone = people(2000);
        f.writeCsv(everyone);
        // A little latency spreads the run over a few seconds so the kills land mid-run.
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 2}}));

        bool fixedSeed = false;
        const quint32 given = quint32(qEnvironmentVariable("PD_SYNC_KILL_SEED").toULong(&fixedSeed));
        const quint32 seed = fixedSeed ? given : QRandomGenerator::global()->generate();
        qInfo("kill points seeded with %u (PD_SYNC_KILL_SEED replays it)", seed);
        line.detail = QStringLiteral("seed=%1").arg(seed);
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
            // SQLite's journal must leave the file intact whatever the kill interrupted.
            QCOMPARE(integrity(f), QStringLiteral("ok"));
        }
        line.detail += QStringLiteral(" kills=%1").arg(kills);
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
        for (const Person &p : everyone) {
            QVERIFY2(zoom.contains(p.email), qPrintable(p.email));
            // The right attributes: each account carries its own CSV row, not a neighbour's.
            const QJsonObject u = zoom.value(p.email);
            const QJsonObject name = u.value(QStringLiteral("name")).toObject();
            QCOMPARE(name.value(QStringLiteral("givenName")).toString(), p.first);
            QCOMPARE(name.value(QStringLiteral("familyName")).toString(), p.last);
            QCOMPARE(u.value(QStringLiteral("title")).toString(), p.title);
            QCOMPARE(u.value(QStringLiteral("active")).toBool(), true);
        }
        QCOMPARE(integrity(f), QStringLiteral("ok"));
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
