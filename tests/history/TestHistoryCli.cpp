#include "ConnectionStore.h"
#include "Database.h"
#include "HistoryFixtures.h"
#include "HistoryRecorder.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using O = HistoryOperation;
using R = HistoryResult;

// provisiondesk-cli history, run as a process against a data dir the test filled through the recorder.
class TestHistoryCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    qint64 m_first = 0, m_second = 0, m_old = 0, m_killed = 0;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    test::ProcessResult cli(const QStringList &args)
    {
        return test::runCli(
            QStringList {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("history")} + args);
    }
    QJsonObject json(const QStringList &args)
    {
        const test::ProcessResult r = cli(args + QStringList {QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        Database db(dataDir());
        QVERIFY(db.open());
        fill(db);
        db.close();
    }

private:
    void fill(Database &db)
    {
        Connection prod;
        prod.name = QStringLiteral("Prod");
        prod.oauth.accountId = QStringLiteral("acc");
        prod.oauth.clientId = QStringLiteral("cid");
        ConnectionStore store(db.handle());
        QVERIFY2(store.insert(&prod), qPrintable(store.errorString()));
        {
            HistoryRecorder rec(db.handle());
            const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
            m_old = rec.startRun(test::run(QUuid::createUuid(), QStringLiteral("Old tenant"), RunTrigger::Gui,
                false, false, t0.addDays(-1)));
            rec.recordEvent(test::event(QStringLiteral("E9"), QStringLiteral("jane@example.com"),
                O::RemoveDelete, R::Success, 204, {}, {}, t0.addDays(-1).addSecs(1)));
            rec.countRequest(QStringLiteral("DELETE"));
            QVERIFY(rec.finishRun(RunOutcome::Succeeded, {}, t0.addDays(-1).addSecs(5)));

            m_first = rec.startRun(test::run(prod.id, prod.name, RunTrigger::Cli, false, true, t0));
            rec.recordEvent(test::event(QStringLiteral("E1"), QStringLiteral("jane@example.com"), O::Create,
                R::Success, 201, {}, {{QStringLiteral("title"), QJsonValue(), QStringLiteral("Engineer")}},
                t0.addSecs(1)));
            rec.recordEvent(test::event(QStringLiteral("E2"), QStringLiteral("omar@example.com"), O::Create,
                R::Success, 201, {}, {}, t0.addSecs(2)));
            rec.countRequest(QStringLiteral("GET"), 2);
            rec.countRequest(QStringLiteral("POST"), 2);
            QVERIFY(rec.finishRun(RunOutcome::Succeeded, {}, t0.addSecs(3)));

            m_second
                = rec.startRun(test::run(prod.id, prod.name, RunTrigger::Gui, false, false, t0.addDays(1)));
            rec.recordEvent(test::event(QStringLiteral("E1"), QStringLiteral("Jane@Example.com"), O::Update,
                R::Failed, 429, QStringLiteral("Too many requests"), {}, t0.addDays(1).addSecs(1)));
            QVERIFY(rec.finishRun(RunOutcome::Partial, QStringLiteral("1 user failed")));
        }
        // A run left "running" by a process that died without a trace (no lock file).
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO runs (connection_id, connection_name, triggered_by, started_at) "
                           "VALUES ('%1', 'Prod', 'cli', '%2')")
                .arg(prod.id.toString(QUuid::WithoutBraces),
                    historyTimestamp(QDateTime::currentDateTimeUtc()))));
        m_killed = q.lastInsertId().toLongLong();
    }

private slots:

    void listsRecentRuns()
    {
        const test::ProcessResult r = cli({});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 5, qPrintable(r.out)); // header + 4 runs
        QVERIFY(lines.at(0).startsWith(QStringLiteral("RUN")));
        QVERIFY(lines.at(1).startsWith(QString::number(m_killed)));
        QVERIFY(lines.at(1).contains(QStringLiteral("Interrupted"))); // not "Running" forever
        QVERIFY(lines.at(2).startsWith(QString::number(m_second)));
        QVERIFY(lines.at(2).contains(QStringLiteral("Partly failed")));
        QVERIFY(lines.at(3).contains(QStringLiteral("Prod")));
        QVERIFY(lines.at(3).contains(QStringLiteral("full")));
        QVERIFY(lines.at(4).contains(QStringLiteral("Old tenant")));

        const test::ProcessResult limited = cli({QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(limited.exitCode, 0);
        QVERIFY2(limited.out.contains(QStringLiteral("Showing 1 of 4 runs")), qPrintable(limited.out));
    }

    void oneConnectionWithItsSummary()
    {
        const test::ProcessResult r = cli({QStringLiteral("prod")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(
                     "Users: Impacted 2, Success 1, Unsynced 0, Partially synced 0, Failed 1")),
            qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("Old tenant")));

        const QJsonObject o = json({QStringLiteral("Prod")});
        QCOMPARE(o.value(QLatin1String("total")).toInt(), 3);
        const QJsonArray runs = o.value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.at(1).toObject().value(QLatin1String("id")).toInteger(), m_second);
        QCOMPARE(runs.at(2)
                     .toObject()
                     .value(QLatin1String("requests"))
                     .toObject()
                     .value(QLatin1String("POST"))
                     .toInt(),
            2);
        QCOMPARE(runs.at(2)
                     .toObject()
                     .value(QLatin1String("totals"))
                     .toObject()
                     .value(QLatin1String("created"))
                     .toInt(),
            2);
        const QJsonObject summary = o.value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("impacted")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("failed")).toInt(), 1);

        // A deleted connection is still found by its name in the history.
        const QJsonObject old = json({QStringLiteral("Old tenant")});
        QCOMPARE(old.value(QLatin1String("total")).toInt(), 1);
    }

    void oneRunWithItsEvents()
    {
        const test::ProcessResult r = cli({QStringLiteral("--run"), QString::number(m_first)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Created 2, updated 0, removed 0, failed 0; 2 events")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("HTTP requests: GET 2, POST 2")));
        QVERIFY(r.out.contains(QStringLiteral("title: (none) → Engineer")));
        const QStringList rows = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("@example.com"));
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).contains(QStringLiteral("jane@example.com")));
        QVERIFY(rows.at(0).contains(QStringLiteral("create")));
        QVERIFY(rows.at(0).contains(QStringLiteral("201")));

        const QJsonObject o = json({QStringLiteral("--run"), QString::number(m_second)});
        QCOMPARE(o.value(QLatin1String("run")).toObject().value(QLatin1String("outcome")).toString(),
            QStringLiteral("partial"));
        QCOMPARE(o.value(QLatin1String("totalEvents")).toInt(), 1);
        const QJsonObject e = o.value(QLatin1String("events")).toArray().at(0).toObject();
        QCOMPARE(e.value(QLatin1String("httpStatus")).toInt(), 429);
        QCOMPARE(e.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    }

    void oneUsersTimeline()
    {
        const QJsonObject o = json({QStringLiteral("--user"), QStringLiteral("JANE@example.COM")});
        const QJsonArray events = o.value(QLatin1String("events")).toArray();
        QCOMPARE(o.value(QLatin1String("total")).toInt(), 3);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).toObject().value(QLatin1String("runId")).toInteger(), m_second); // newest first
        QCOMPARE(events.at(1).toObject().value(QLatin1String("runId")).toInteger(), m_first);
        QCOMPARE(events.at(2).toObject().value(QLatin1String("connectionName")).toString(),
            QStringLiteral("Old tenant"));

        // NAME narrows the timeline to one connection; --limit pages it.
        const test::ProcessResult r = cli({QStringLiteral("Prod"), QStringLiteral("--user"),
            QStringLiteral("jane@example.com"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Showing 1 of 2 events")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Too many requests")));

        const test::ProcessResult none
            = cli({QStringLiteral("--user"), QStringLiteral("nobody@example.com")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(QStringLiteral("No history")));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown connection") << QStringList {QStringLiteral("Nope")} << 3;
        QTest::newRow("unknown run") << QStringList {QStringLiteral("--run"), QStringLiteral("999")} << 3;
        QTest::newRow("run not a number")
            << QStringList {QStringLiteral("--run"), QStringLiteral("abc")} << 64;
        QTest::newRow("run and user") << QStringList {QStringLiteral("--run"), QStringLiteral("1"),
            QStringLiteral("--user"), QStringLiteral("x")}
                                      << 64;
        QTest::newRow("negative limit")
            << QStringList {QStringLiteral("--limit"), QStringLiteral("-1")} << 64;
        QTest::newRow("two names") << QStringList {QStringLiteral("a"), QStringLiteral("b")} << 64;
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const test::ProcessResult r = cli(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.err.startsWith(QStringLiteral("error: ")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "TestHistoryCli.moc"
