#include "Database.h"
#include "HistoryFixtures.h"
#include "HistoryQuery.h"
#include "HistoryQueryService.h"
#include "HistoryRecorder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The history query service: queries run on its own named thread with that thread's connection, and
// their results come back on the caller's thread, in order, only while the receiver lives.
class TestHistoryQueryService : public QObject
{
    Q_OBJECT

private slots:
    void queriesRunOnTheServiceThreadAndAnswerOnTheCallers()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            HistoryRecorder rec(db.handle());
            QVERIFY(rec.startRun(test::run(QUuid::createUuid(), QStringLiteral("Prod"))) > 0);
            rec.recordEvent(test::event(QStringLiteral("S1"), QStringLiteral("ada@example.com"),
                HistoryOperation::Create, HistoryResult::Success, 201));
            QVERIFY(rec.finishRun(RunOutcome::Succeeded));
        }
        HistoryQueryService service(dir.path());
        QObject receiver;
        QString workThread;
        QThread *doneThread = nullptr;
        QList<int> order;
        service.run<QList<HistoryEvent>>(
            &receiver,
            [&workThread](QSqlDatabase qdb) {
                workThread = QThread::currentThread()->objectName();
                return HistoryQuery(qdb).userTimeline(QStringLiteral("ADA@example.com"));
            },
            [&](const QList<HistoryEvent> &events) {
                doneThread = QThread::currentThread();
                order << int(events.size());
            });
        service.run<int>(
            &receiver, [](QSqlDatabase qdb) { return HistoryQuery(qdb).countRuns({}); },
            [&](int runs) { order << 100 + runs; });
        QTRY_COMPARE(order.size(), 2);
        QCOMPARE(order, (QList<int> {1, 101})); // one event, then one run: in the order asked
        QCOMPARE(workThread, QStringLiteral("history-query"));
        QCOMPARE(doneThread, QThread::currentThread());
    }

    void noAnswerWhenTheReceiverIsGone()
    {
        QTemporaryDir dir;
        HistoryQueryService service(dir.path());
        auto *receiver = new QObject;
        bool answered = false;
        bool ran = false;
        service.run<int>(
            receiver,
            [&ran](QSqlDatabase qdb) {
                ran = true;
                return HistoryQuery(qdb).countRuns({});
            },
            [&answered](int) { answered = true; });
        delete receiver;
        QTRY_VERIFY(ran);
        QTest::qWait(50);
        QVERIFY(!answered);
    }

    void aDatabaseThatCannotOpenIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly)); // a file where the data folder should be
        f.close();
        HistoryQueryService service(file);
        QSignalSpy failed(&service, &HistoryQueryService::failed);
        bool valid = true;
        service.run<int>(
            this, [](QSqlDatabase qdb) { return qdb.isValid() ? 1 : 0; },
            [&valid](int v) { valid = v == 1; });
        QTRY_COMPARE(failed.size(), 1);
        QTRY_VERIFY(!valid);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryQueryService)
#include "TestHistoryQueryService.moc"
