#include "ScimTestHelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace pd;
using namespace pd::test;

// Faults scripted on the test server: rate limits, server errors, dropped connections, HTML pages,
// timeouts; retries must recover from the transient ones and stay bounded.
class TestScimFaults : public QObject
{
    Q_OBJECT
    ScimTestServer m_server;
    std::unique_ptr<ScimClient> m_client;

    ScimResult probe()
    {
        return await([this](QObject *ctx, auto done) { m_client->probe(ctx, done); });
    }
    int gets() { return m_server.requestCount(QStringLiteral("GET")); }
    bool fault(const QJsonObject &action, int times = 1, const QString &method = QStringLiteral("GET"),
        const QString &path = QStringLiteral("/scim2/Users"))
    {
        return m_server.pushFault(method, path, action, times);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void init()
    {
        QVERIFY2(m_server.reset(), qPrintable(m_server.lastError()));
        QCOMPARE(m_server.seedGeneratedUsers(2).size(), 2);
        m_client = makeClient(m_server);
        QVERIFY(awaitToken(m_client->tokenSource()).ok()); // token traffic out of the counts below
    }

    void cleanup() { m_client.reset(); }

    void rateLimitedHonoursRetryAfter_data()
    {
        QTest::addColumn<QString>("retryAfter"); // the server's spelling: seconds, date:+N, iso:+N
        QTest::addColumn<int>("minimumWaitMs");
        QTest::newRow("seconds") << QStringLiteral("1") << 950;
        QTest::newRow("http-date") << QStringLiteral("date:+1") << 900; // whole seconds, rounded up
        QTest::newRow("iso-8601") << QStringLiteral("iso:+1") << 900;
    }

    void rateLimitedHonoursRetryAfter()
    {
        QFETCH(QString, retryAfter);
        QFETCH(int, minimumWaitMs);
        QVERIFY(fault({{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), retryAfter}}));
        QElapsedTimer clock;
        clock.start();
        const ScimResult r = probe();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(gets(), 2);
        // The backoff alone would have retried within ~25 ms.
        QVERIFY2(clock.elapsed() >= minimumWaitMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimitedWithoutRetryAfterBacksOff()
    {
        QVERIFY(fault({{QStringLiteral("status"), 429}}, 2));
        QElapsedTimer clock;
        clock.start();
        const ScimResult r = probe();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.attempts, 3);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimitTooLongIsNotWaitedOut()
    {
        QVERIFY(
            fault({{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("3600")}}));
        const ScimResult r = probe();
        QVERIFY(r.error.isRateLimited());
        QCOMPARE(r.error.retryAfterMs, qint64(3600000));
        QCOMPARE(r.error.zoomCode, 429);
        QCOMPARE(gets(), 1);
    }

    void serviceUnavailableThenSuccess()
    {
        QVERIFY(fault({{QStringLiteral("status"), 503}}));
        const ScimResult r = probe();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(gets(), 2);
    }

    void droppedConnectionThenSuccess()
    {
        QVERIFY(fault({{QStringLiteral("drop"), true}}));
        const ScimResult r = probe();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(gets(), 2); // the dropped one and the one that worked
    }

    void droppedCreateIsRetriedWithoutDuplicates()
    {
        QVERIFY(fault({{QStringLiteral("drop"), true}}, 1, QStringLiteral("POST")));
        const ScimResult r = await([this](QObject *ctx, auto done) {
            m_client->createUser(ScimTestServer::makeUser(QStringLiteral("dropped@example.com")), ctx, done);
        });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(m_server.users().size(), 3);
        QCOMPARE(m_server.stats()
                     .value(QLatin1String("writesByMethod"))
                     .toObject()
                     .value(QLatin1String("POST"))
                     .toInt(),
            1);
    }

    void conflictAfterAmbiguousFailureIsResolvedByLookup()
    {
        // A 500 may come after the user was created; the retry then meets 409 for our own user.
        QVERIFY(
            m_server.seedUsers({ScimTestServer::makeUser(QStringLiteral("mine@example.com"))}).size() == 1);
        QVERIFY(fault({{QStringLiteral("status"), 500}}, 1, QStringLiteral("POST")));
        const ScimResult r = await([this](QObject *ctx, auto done) {
            m_client->createUser(ScimTestServer::makeUser(QStringLiteral("mine@example.com")), ctx, done);
        });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(r.recovered);
        QCOMPARE(r.resource.value(QLatin1String("userName")).toString(), QStringLiteral("mine@example.com"));
        // Without an ambiguous failure a 409 stays a 409.
        const ScimResult plain = await([this](QObject *ctx, auto done) {
            m_client->createUser(ScimTestServer::makeUser(QStringLiteral("mine@example.com")), ctx, done);
        });
        QVERIFY(plain.error.isConflict());
        QVERIFY(!plain.recovered);
    }

    void notFoundAfterAmbiguousDeleteMeansDeleted()
    {
        const QStringList ids
            = m_server.seedUsers({ScimTestServer::makeUser(QStringLiteral("del@example.com"))});
        QCOMPARE(ids.size(), 1);
        // The answer to the first DELETE is lost (500 after the work); the retry finds nothing.
        QVERIFY(m_server.control("DELETE", QStringLiteral("/users")).has_value());
        QVERIFY(fault({{QStringLiteral("status"), 502}}, 1, QStringLiteral("DELETE")));
        const ScimResult r = await([&](QObject *ctx, auto done) { m_client->removeUser(ids[0], ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(r.recovered);
        // A plain 404 stays an error.
        const ScimResult again
            = await([&](QObject *ctx, auto done) { m_client->removeUser(ids[0], ctx, done); });
        QVERIFY(again.error.isNotFound());
    }

    void htmlErrorPage()
    {
        QVERIFY(fault({{QStringLiteral("status"), 404}, {QStringLiteral("html"), true}}));
        ScimResult r = probe();
        QCOMPARE(r.error.httpStatus, 404);
        QVERIFY(r.error.htmlBody);
        QCOMPARE(r.error.message, QStringLiteral("404 Not Found"));
        QCOMPARE(gets(), 1); // a 404 is not retried

        // A proxy's 502 page is transient.
        QVERIFY(fault({{QStringLiteral("status"), 502}, {QStringLiteral("html"), true}}));
        r = probe();
        QVERIFY2(r.ok(), qPrintable(why(r)));

        // A 200 with a web page is not a success.
        QVERIFY(fault({{QStringLiteral("status"), 200}, {QStringLiteral("html"), true}}));
        r = probe();
        QCOMPARE(r.error.kind, ScimError::Kind::BadResponse);
        QVERIFY(r.error.htmlBody);
    }

    void retriesAreBounded()
    {
        RetryPolicy p = fastRetries(3);
        m_client->setRetryPolicy(p);
        QVERIFY(fault({{QStringLiteral("status"), 503}}, 10));
        ScimResult r = probe();
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(gets(), 3);
        QVERIFY(m_server.clearFaults());

        QVERIFY(m_server.resetStats());
        QVERIFY(fault({{QStringLiteral("drop"), true}}, 20));
        r = probe();
        QCOMPARE(r.error.kind, ScimError::Kind::ConnectionLost);
        QCOMPARE(r.attempts, 3);
        // Qt may resend once by itself on a dropped connection; still bounded.
        QVERIFY2(gets() >= 3 && gets() <= 6, qPrintable(QString::number(gets())));
        QVERIFY(m_server.clearFaults());

        QVERIFY(m_server.resetStats());
        QVERIFY(fault({{QStringLiteral("status"), 429}}, 20));
        r = probe();
        QVERIFY(r.error.isRateLimited());
        QCOMPARE(gets(), 3);
    }

    void timeoutIsRetriedThenReported()
    {
        m_client->setTimeoutMs(300);
        QVERIFY(fault({{QStringLiteral("delayMs"), 1500}, {QStringLiteral("status"), 200}}));
        ScimResult r = probe();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.attempts, 2);

        m_client->setRetryPolicy(fastRetries(2));
        QVERIFY(fault({{QStringLiteral("delayMs"), 1500}, {QStringLiteral("status"), 200}}, 2));
        QElapsedTimer clock;
        clock.start();
        r = probe();
        QCOMPARE(r.error.kind, ScimError::Kind::Timeout);
        QCOMPARE(r.attempts, 2);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    void clientErrorsAreNotRetried()
    {
        QVERIFY(fault({{QStringLiteral("status"), 400},
            {QStringLiteral("body"),
                QJsonObject {{QStringLiteral("code"), 300},
                    {QStringLiteral("message"), QStringLiteral("Bad request")}}}}));
        const ScimResult r = probe();
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.zoomCode, 300);
        QCOMPARE(r.attempts, 1);
    }

    void cancelDuringRetryWaitFinishesAtOnce()
    {
        QVERIFY(
            fault({{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("3")}}));
        std::optional<ScimResult> result;
        QObject ctx;
        m_client->probe(&ctx, [&](const ScimResult &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return gets() == 1; }, 5000));
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        m_client->cancel();
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(result->error.kind, ScimError::Kind::Cancelled);
        QVERIFY(result->error.message.contains(QLatin1String("429")));
        QCOMPARE(gets(), 1);
    }

    void rateLimitHoldsOtherRequestsToo()
    {
        m_client->throttle()->setLimits(RateLimit {100, 4});
        QVERIFY(
            fault({{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("1")}}));
        std::optional<ScimResult> first;
        QObject ctx;
        m_client->probe(&ctx, [&](const ScimResult &r) { first = r; });
        QVERIFY(QTest::qWaitFor([&] { return gets() == 1; }, 5000));
        QTest::qWait(100); // the 429 is in
        QElapsedTimer clock;
        clock.start();
        const ScimResult second = probe();
        QVERIFY2(second.ok(), qPrintable(why(second)));
        QVERIFY2(clock.elapsed() >= 700, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QTest::qWaitFor([&] { return first.has_value(); }, 5000));
        QVERIFY2(first->ok(), qPrintable(why(*first)));
    }
};

QTEST_GUILESS_MAIN(TestScimFaults)
#include "TestScimFaults.moc"
