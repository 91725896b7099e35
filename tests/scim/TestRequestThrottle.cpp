#include "Connection.h"
#include "RequestThrottle.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pd;

class TestRequestThrottle : public QObject
{
    Q_OBJECT
private slots:
    void spacesStartsByRate()
    {
        RequestThrottle t;
        t.setRequestsPerSecond(20); // one start per 50 ms
        t.setMaxConcurrent(0);
        QList<qint64> starts;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10; ++i) {
            t.acquire(this, [&](bool granted) {
                QVERIFY(granted);
                starts << clock.elapsed();
                t.release();
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return starts.size() == 10; }, 5000));
        // Nine intervals of 50 ms in all (timers may fire late, never early; a late one is made up
        // for by a shorter gap after it), and no burst at the start.
        QVERIFY2(starts.last() - starts.first() >= 9 * 50 - 5, qPrintable(QString::number(starts.last())));
        QVERIFY2(starts[1] - starts[0] >= 45, qPrintable(QStringLiteral("gap %1").arg(starts[1] - starts[0])));
    }

    void unlimitedIsImmediate()
    {
        RequestThrottle t;
        t.setRequestsPerSecond(0);
        t.setMaxConcurrent(0);
        int granted = 0;
        for (int i = 0; i < 100; ++i)
            t.acquire(this, [&](bool ok) { granted += ok; });
        QCOMPARE(granted, 100); // synchronously: nothing to wait for
        QCOMPARE(t.inFlight(), 100);
    }

    void capsConcurrency()
    {
        RequestThrottle t;
        t.setLimits(RateLimit {0, 3});
        QCOMPARE(t.maxConcurrent(), 3);
        int running = 0;
        int done = 0;
        for (int i = 0; i < 12; ++i) {
            t.acquire(this, [&](bool ok) {
                QVERIFY(ok);
                ++running;
                QTimer::singleShot(20, this, [&] {
                    --running;
                    ++done;
                    t.release();
                });
            });
        }
        QCOMPARE(running, 3);
        QCOMPARE(t.queued(), 9);
        QVERIFY(QTest::qWaitFor([&] { return done == 12; }, 5000));
        QCOMPARE(t.peakInFlight(), 3);
        QCOMPARE(t.inFlight(), 0);
    }

    void holdDelaysEveryone()
    {
        RequestThrottle t;
        t.setRequestsPerSecond(0);
        t.holdFor(300);
        QElapsedTimer clock;
        clock.start();
        qint64 at = -1;
        t.acquire(this, [&](bool) {
            at = clock.elapsed();
            t.release();
        });
        QVERIFY(QTest::qWaitFor([&] { return at >= 0; }, 3000));
        QVERIFY2(at >= 290, qPrintable(QString::number(at)));
    }

    void cancelQueuedAnswersNo()
    {
        RequestThrottle t;
        t.setMaxConcurrent(1);
        int yes = 0;
        int no = 0;
        for (int i = 0; i < 5; ++i)
            t.acquire(this, [&](bool ok) { ok ? ++yes : ++no; });
        QCOMPARE(yes, 1);
        t.cancelQueued();
        QCOMPARE(no, 4);
        QCOMPARE(t.queued(), 0);
        QCOMPARE(t.inFlight(), 1); // the one in flight is not affected
    }

    void destroyedContextIsSkipped()
    {
        RequestThrottle t;
        t.setMaxConcurrent(1);
        t.acquire(this, [](bool) {});
        bool called = false;
        {
            QObject gone;
            t.acquire(&gone, [&](bool) { called = true; });
        }
        t.release();
        QVERIFY(!called);
        QCOMPARE(t.inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestThrottle)
#include "TestRequestThrottle.moc"
