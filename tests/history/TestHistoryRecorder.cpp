#include "Database.h"
#include "HistoryFixtures.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pd;

namespace {

const QUuid connectionId(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));

int eventCount(const QSqlDatabase &db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The child side of the kill test: records `flushed` events and flushes, records `pending` more
// without flushing, says so, then waits to be killed (no event loop: no timed flush can happen).
int recordAndWait(const QString &dataDir, int flushed, int pending)
{
    Database db(dataDir);
    if (!db.open())
        return 3;
    HistoryRecorder rec(db.handle());
    rec.setFlushPolicy({100000, 3600000});
    const qint64 id = rec.startRun(test::run(connectionId, QStringLiteral("Prod"), RunTrigger::Cli));
    for (int i = 0; i < flushed; ++i)
        rec.recordEvent(test::event(QStringLiteral("k%1").arg(i), QStringLiteral("u%1@example.com").arg(i),
            HistoryOperation::Create, HistoryResult::Success, 201));
    rec.countRequest(QStringLiteral("POST"), flushed);
    if (!rec.flush())
        return 4;
    for (int i = 0; i < pending; ++i)
        rec.recordEvent(test::event(QStringLiteral("p%1").arg(i), QStringLiteral("p%1@example.com").arg(i),
            HistoryOperation::Update, HistoryResult::Success, 200));
    QTextStream(stdout) << "FLUSHED " << id << Qt::endl;
    QThread::sleep(600);
    return 0;
}

} // namespace

class TestHistoryRecorder : public QObject
{
    Q_OBJECT
private slots:
    void recordsARunWithCountsAndRequests()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        {
            HistoryRecorder rec(db.handle());
            RunRecord r = test::run(connectionId, QStringLiteral("Prod"), RunTrigger::Cli, false, true);
            const qint64 id = rec.startRun(r);
            QVERIFY2(id > 0, qPrintable(rec.errorString()));
            QCOMPARE(rec.startRun(r), 0); // one open run per recorder
            rec.recordEvent(test::event(QStringLiteral("E1"), QStringLiteral("jane@example.com"),
                HistoryOperation::Create, HistoryResult::Success, 201, {},
                {{QStringLiteral("title"), QJsonValue(), QStringLiteral("Engineer")}}));
            rec.recordEvent(test::event(QStringLiteral("E2"), QStringLiteral("omar@example.com"),
                HistoryOperation::Update, HistoryResult::Failed, 429, QStringLiteral("Too many requests")));
            rec.countRequest(QStringLiteral("post"));
            rec.countRequest(QStringLiteral("PUT"), 5);
            QCOMPARE(rec.counts().total(), 2);
            QVERIFY(rec.finishRun(RunOutcome::Partial, QStringLiteral("1 user failed")));
            QCOMPARE(rec.currentRunId(), 0);

            const auto stored = HistoryQuery(db.handle()).run(id);
            QVERIFY(stored);
            QCOMPARE(stored->connectionId, connectionId);
            QCOMPARE(stored->connectionName, QStringLiteral("Prod"));
            QCOMPARE(stored->trigger, RunTrigger::Cli);
            QVERIFY(stored->fullResync);
            QVERIFY(!stored->dryRun);
            QCOMPARE(stored->outcome, RunOutcome::Partial);
            QCOMPARE(stored->message, QStringLiteral("1 user failed"));
            QVERIFY(stored->finishedAt >= stored->startedAt);
            QCOMPARE(stored->counts.count(HistoryOperation::Create, HistoryResult::Success), 1);
            QCOMPARE(stored->counts.count(HistoryOperation::Update, HistoryResult::Failed), 1);
            QCOMPARE(stored->requests,
                (QMap<QString, int> {{QStringLiteral("POST"), 1}, {QStringLiteral("PUT"), 5}}));

            const QList<HistoryEvent> events = HistoryQuery(db.handle()).runEvents(id);
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.at(0).userName, QStringLiteral("jane@example.com"));
            QCOMPARE(events.at(0).changes.size(), 1);
            QCOMPARE(events.at(0).changes.at(0).newValue, QJsonValue(QStringLiteral("Engineer")));
            // No old value is stored as no key (a create's every attribute), read back as none.
            QVERIFY(events.at(0).changes.at(0).oldValue.isNull());
            QCOMPARE(
                AttributeChange::summary(events.at(0).changes), QStringLiteral("title: (none) → Engineer"));
            QSqlQuery raw(db.handle());
            QVERIFY(raw.exec(QStringLiteral("SELECT changes FROM events WHERE source_key = 'E1'")));
            QVERIFY(raw.next());
            QCOMPARE(raw.value(0).toString(), QStringLiteral(R"(["title","Engineer"])"));
            // A name that is its own key is stored once (user_name ''), and reads back whole.
            QVERIFY(
                raw.exec(QStringLiteral("SELECT user_name, user_key FROM events WHERE source_key = 'E1'")));
            QVERIFY(raw.next());
            QCOMPARE(raw.value(0).toString(), QString());
            QCOMPARE(raw.value(1).toString(), QStringLiteral("jane@example.com"));
            QCOMPARE(events.at(1).httpStatus, 429);
            QCOMPARE(events.at(1).detail, QStringLiteral("Too many requests"));
            QVERIFY(events.at(0).at.isValid());
        }
        db.close();
    }

    void flushesEveryNEventsAndAfterTMilliseconds()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            HistoryRecorder rec(db.handle());
            rec.setFlushPolicy({5, 200});
            const qint64 id = rec.startRun(test::run(connectionId, QStringLiteral("Prod")));
            for (int i = 0; i < 4; ++i)
                rec.recordEvent(
                    test::event(QString::number(i), {}, HistoryOperation::Skip, HistoryResult::Skipped));
            QCOMPARE(eventCount(db.handle(), id), 0); // buffered
            rec.recordEvent(
                test::event(QStringLiteral("4"), {}, HistoryOperation::Skip, HistoryResult::Skipped));
            QCOMPARE(eventCount(db.handle(), id), 5); // the 5th event flushed the batch
            QCOMPARE(rec.pendingCount(), 0);

            rec.recordEvent(
                test::event(QStringLiteral("5"), {}, HistoryOperation::Skip, HistoryResult::Skipped));
            QCOMPARE(eventCount(db.handle(), id), 5);
            // The timer flushes a quiet buffer once the thread's event loop runs.
            QTRY_COMPARE_WITH_TIMEOUT(eventCount(db.handle(), id), 6, 5000);
            QVERIFY(rec.finishRun(RunOutcome::Succeeded));
        }
        db.close();
    }

    void destroyedWithoutFinishKeepsItsEventsAsAnInterruptedRun()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        qint64 id = 0;
        {
            auto rec = std::make_unique<HistoryRecorder>(db.handle());
            rec->setFlushPolicy({1000, 600000});
            id = rec->startRun(test::run(connectionId, QStringLiteral("Prod")));
            for (int i = 0; i < 10; ++i)
                rec->recordEvent(test::event(QString::number(i), QStringLiteral("u%1@example.com").arg(i),
                    HistoryOperation::Create, HistoryResult::Success, 201));
            QVERIFY(rec->flush());
            rec->recordEvent(test::event(QStringLiteral("late"), QStringLiteral("late@example.com"),
                HistoryOperation::Create, HistoryResult::Success, 201));
            rec.reset(); // the worker went away mid-run
        }
        {
            HistoryRecorder next(db.handle()); // opening another recorder must not change it again
            const auto stored = HistoryQuery(db.handle()).run(id);
            QVERIFY(stored);
            QCOMPARE(stored->outcome, RunOutcome::Interrupted);
            QVERIFY(stored->finishedAt.isValid());
            QCOMPARE(eventCount(db.handle(), id), 11);
            QCOMPARE(stored->counts.total(), 11);
        }
        db.close();
    }

    void killedProcessLosesNothingFlushedAndItsRunBecomesInterrupted()
    {
        QTemporaryDir dir;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--record-and-wait"), dir.path(), QStringLiteral("25"), QStringLiteral("7")});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 30000);
        const QString line = QString::fromUtf8(child.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("FLUSHED ")), qPrintable(line));
        const qint64 id = line.mid(8).toLongLong();

        Database db(dir.path());
        QVERIFY(db.open());
        // While the child lives, its run is running: another recorder must not interrupt it.
        {
            HistoryRecorder other(db.handle());
            QCOMPARE(HistoryQuery(db.handle()).run(id)->outcome, RunOutcome::Running);
        }
        child.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(child.waitForFinished());

        QCOMPARE(eventCount(db.handle(), id), 25); // flushed ones are there; buffered ones never were
        QCOMPARE(HistoryQuery(db.handle()).run(id)->outcome, RunOutcome::Running);
        {
            HistoryRecorder next(db.handle());
            const auto stored = HistoryQuery(db.handle()).run(id);
            QCOMPARE(stored->outcome, RunOutcome::Interrupted);
            // Counts were written with the flush: they match the stored events.
            QCOMPARE(stored->counts.total(), 25);
            QCOMPARE(stored->requests.value(QStringLiteral("POST")), 25);
            QVERIFY(!stored->message.isEmpty());
            // It ended when its last event was written, not when someone noticed.
            const QList<HistoryEvent> events = HistoryQuery(db.handle()).runEvents(id);
            QCOMPARE(stored->finishedAt, events.constLast().at);
        }
        db.close();
    }

    void liveRunOfAnotherRecorderIsNotInterrupted()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            HistoryRecorder a(db.handle());
            const qint64 id = a.startRun(test::run(connectionId, QStringLiteral("Prod")));
            QCOMPARE(HistoryRecorder::markInterruptedRuns(db.handle()), 0);
            HistoryRecorder b(db.handle());
            QCOMPARE(HistoryQuery(db.handle()).run(id)->outcome, RunOutcome::Running);
            QVERIFY(a.finishRun(RunOutcome::Succeeded));
            QCOMPARE(HistoryQuery(db.handle()).run(id)->outcome, RunOutcome::Succeeded);
        }
        // No lock files are left behind.
        QVERIFY(QDir(dir.filePath(QStringLiteral("history-locks"))).entryList(QDir::Files).isEmpty());
        db.close();
    }

    void flushJoinsTheCallersTransaction()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            QSqlDatabase h = db.handle();
            HistoryRecorder rec(h);
            const qint64 id = rec.startRun(test::run(connectionId, QStringLiteral("Prod")));

            // The engine's state and the event commit together, or not at all.
            QVERIFY(h.transaction());
            rec.recordEvent(test::event(QStringLiteral("E1"), QStringLiteral("a@example.com"),
                HistoryOperation::Create, HistoryResult::Success, 201));
            QVERIFY2(rec.flush(), qPrintable(rec.errorString()));
            QVERIFY(h.rollback());
            QCOMPARE(eventCount(h, id), 0);

            QVERIFY(h.transaction());
            rec.recordEvent(test::event(QStringLiteral("E2"), QStringLiteral("b@example.com"),
                HistoryOperation::Create, HistoryResult::Success, 201));
            QVERIFY(rec.flush());
            QVERIFY(h.commit());
            QCOMPARE(eventCount(h, id), 1);
            QVERIFY(rec.finishRun(RunOutcome::Succeeded));
        }
        db.close();
    }

    void aFailedWriteKeepsTheEventsForTheNextFlush()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            QSqlDatabase h = db.handle();
            HistoryRecorder rec(h);
            const qint64 id = rec.startRun(test::run(connectionId, QStringLiteral("Prod")));
            QSqlQuery q(h);
            // A fault a real disk gives rarely: make the insert fail on demand.
            QVERIFY(q.exec(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, "
                               "'disk full'); END")));
            rec.recordEvent(test::event(QStringLiteral("E1"), QStringLiteral("a@example.com"),
                HistoryOperation::Create, HistoryResult::Success, 201));
            QVERIFY(!rec.flush());
            QVERIFY(rec.errorString().contains(QStringLiteral("disk full")));
            QCOMPARE(rec.pendingCount(), 1);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
            QVERIFY(rec.finishRun(RunOutcome::Succeeded));
            QCOMPARE(eventCount(h, id), 1);
        }
        db.close();
    }

    // The stored change list: pairs for changes without an old value, objects for the rest, and rows
    // written before the pairs (objects, "old" absent) read back the same.
    void storedChangeFormsReadBack()
    {
        const QList<AttributeChange> changes {
            {QStringLiteral("active"), QJsonValue(), true},
            {QStringLiteral("title"), QStringLiteral("Engineer"), QStringLiteral("Manager")},
            {QStringLiteral("name.givenName"), QJsonValue(), QStringLiteral("Zoë")},
            {QStringLiteral("locale"), QStringLiteral("de-DE"), QJsonValue()},
        };
        const QJsonArray stored = AttributeChange::listToStorageJson(changes);
        QCOMPARE(QJsonDocument(stored).toJson(QJsonDocument::Compact),
            QByteArray(R"(["active",true,{"attribute":"title","new":"Manager","old":"Engineer"},)"
                       R"("name.givenName","Zoë",{"attribute":"locale","new":null,"old":"de-DE"}])"));
        QCOMPARE(AttributeChange::listFromJson(stored), changes);
        const QJsonArray before = QJsonDocument::fromJson(
            R"([{"attribute":"active","new":true},{"attribute":"title","new":"Manager","old":"Engineer"}])")
                                      .array();
        QCOMPARE(AttributeChange::listFromJson(before), changes.mid(0, 2));
    }

    void eventsOutsideARunAreRefused()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            HistoryRecorder rec(db.handle());
            rec.recordEvent(
                test::event(QStringLiteral("E1"), {}, HistoryOperation::Create, HistoryResult::Success));
            QCOMPARE(rec.pendingCount(), 0);
            QVERIFY(!rec.errorString().isEmpty());
            QVERIFY(!rec.finishRun(RunOutcome::Succeeded));
            rec.startRun(test::run(connectionId, QStringLiteral("Prod")));
            QVERIFY(!rec.finishRun(RunOutcome::Running));
            QVERIFY(rec.finishRun(RunOutcome::Cancelled));
        }
        db.close();
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--record-and-wait"))
        return recordAndWait(args.at(2), args.at(3).toInt(), args.at(4).toInt());
    TestHistoryRecorder test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHistoryRecorder.moc"
