#include "ScimTestHelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace pd;
using namespace pd::test;

namespace {

const QString dailyMessage = QStringLiteral(
    "You have reached the maximum daily rate limit for this API. Refer to the response header for details "
    "on when you can make another request.");

QJsonObject dailyLimit429(bool withHeader = true)
{
    QJsonObject action {{QStringLiteral("status"), 429},
        {QStringLiteral("body"),
            QJsonObject {{QStringLiteral("code"), 429}, {QStringLiteral("message"), dailyMessage}}}};
    if (withHeader)
        action.insert(QStringLiteral("headers"),
            QJsonObject {{QStringLiteral("X-RateLimit-Type"), QStringLiteral("Daily-limit")}});
    return action;
}

QDateTime nextMidnightUtc()
{
    return QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0), QTimeZone::utc());
}

} // namespace

// Answers that must stop a run rather than be retried (Zoom's daily limit, a Retry-After beyond five
// minutes), and answers too large to read; against the test server with scripted faults.
class TestScimStops : public QObject
{
    Q_OBJECT
    ScimTestServer m_server;
    std::unique_ptr<ScimClient> m_client;
    QStringList m_ids;

    ScimResult probe()
    {
        return await([this](QObject *ctx, auto done) { m_client->probe(ctx, done); });
    }
    int requests(const char *method) { return m_server.requestCount(QLatin1String(method)); }
    int allRequests() { return requests("GET") + requests("POST") + requests("PUT") + requests("DELETE"); }

    // Every kind of operation on a stopped client finishes at once with the stop error, sending nothing.
    void expectNothingMoreSent(const ScimError &stop)
    {
        const int before = allRequests();
        const int tokensBefore = m_server.tokenRequestCount();
        QVERIFY(m_client->isStopped());
        QElapsedTimer clock;
        clock.start();
        const QList<ScimResult> results {probe(),
            await([this](QObject *ctx, auto done) { m_client->getUser(m_ids.value(0), ctx, done); }),
            await([this](QObject *ctx, auto done) {
                m_client->createUser(ScimTestServer::makeUser(QStringLiteral("late@example.com")), ctx, done);
            }),
            await([this](QObject *ctx, auto done) { m_client->setActive(m_ids.value(0), false, ctx, done); }),
            await([this](QObject *ctx, auto done) { m_client->removeUser(m_ids.value(0), ctx, done); }),
            await([this](QObject *ctx, auto done) { m_client->listUsers(ctx, done); })};
        for (const ScimResult &r : results) {
            QVERIFY2(r.error.stopsRun(), qPrintable(why(r)));
            QCOMPARE(r.error.resumeAt, stop.resumeAt);
            QCOMPARE(r.error.dailyLimit, stop.dailyLimit);
        }
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(allRequests(), before);
        QCOMPARE(m_server.tokenRequestCount(), tokensBefore);
        QCOMPARE(m_server.users().size(), m_ids.size()); // nothing created, deleted
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void init()
    {
        QVERIFY2(m_server.reset(), qPrintable(m_server.lastError()));
        m_ids = m_server.seedGeneratedUsers(3);
        QCOMPARE(m_ids.size(), 3);
        m_client = makeClient(m_server);
        RetryPolicy p = fastRetries(4);
        p.maxRetryAfterMs = 24 * 3600 * 1000; // the stop must come from stopsRun, not from this cap
        m_client->setRetryPolicy(p);
        QVERIFY(awaitToken(m_client->tokenSource()).ok());
        QVERIFY(m_server.resetStats());
    }

    void cleanup() { m_client.reset(); }

    void longRetryAfterStopsTheRun()
    {
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("600")}}, 5));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ScimResult r = probe();
        QVERIFY(r.error.isRateLimited());
        QVERIFY2(r.error.stopsRun(), qPrintable(why(r)));
        QVERIFY(!r.error.dailyLimit);
        QCOMPARE(r.error.retryAfterMs, qint64(600000));
        QVERIFY2(r.error.resumeAt >= before.addSecs(599) && r.error.resumeAt <= before.addSecs(605),
            qPrintable(r.error.resumeAt.toString(Qt::ISODate)));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(requests("GET"), 1);
        QCOMPARE(m_client->stopError().resumeAt, r.error.resumeAt);
        expectNothingMoreSent(r.error);
    }

    void retryAfterOfFiveMinutesIsStillWaitable()
    {
        ScimError e = ScimError::fromHttp(429, {}, {}, {{"Retry-After", "300"}});
        QVERIFY(!e.stopsRun());
        e = ScimError::fromHttp(429, {}, {}, {{"Retry-After", "301"}});
        QVERIFY(e.stopsRun());
    }

    void dailyLimitStopsTheRun_data()
    {
        QTest::addColumn<bool>("withHeader"); // without: recognised by Zoom's message alone
        QTest::newRow("header") << true;
        QTest::newRow("message only") << false;
    }

    void dailyLimitStopsTheRun()
    {
        QFETCH(bool, withHeader);
        QVERIFY(m_server.pushFault(
            QStringLiteral("POST"), QStringLiteral("/scim2/Users"), dailyLimit429(withHeader), 5));
        const ScimResult r = await([this](QObject *ctx, auto done) {
            m_client->createUser(ScimTestServer::makeUser(QStringLiteral("first@example.com")), ctx, done);
        });
        QVERIFY2(r.error.stopsRun(), qPrintable(why(r)));
        QVERIFY(r.error.dailyLimit);
        QCOMPARE(r.error.resumeAt, nextMidnightUtc());
        QVERIFY2(r.error.describe().contains(QLatin1String("daily")), qPrintable(why(r)));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(requests("POST"), 1);
        expectNothingMoreSent(r.error);
    }

    void dailyLimitWithRetryAfterResumesThen()
    {
        QJsonObject action = dailyLimit429();
        action.insert(QStringLiteral("retryAfter"), QStringLiteral("iso:+7200"));
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"), action));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ScimResult r = probe();
        QVERIFY2(r.error.stopsRun() && r.error.dailyLimit, qPrintable(why(r)));
        QVERIFY2(r.error.resumeAt >= before.addSecs(7198) && r.error.resumeAt <= before.addSecs(7205),
            qPrintable(r.error.resumeAt.toString(Qt::ISODate)));
        QCOMPARE(requests("GET"), 1);
    }

    void waitingRequestsFinishWithTheStop()
    {
        // One request sleeps before a retry (503, long backoff), another queues behind the throttle;
        // a third meets the daily limit: both others finish at once with it, sending nothing more.
        RetryPolicy p = fastRetries(4);
        p.baseDelayMs = 20000;
        p.maxDelayMs = 20000;
        m_client->setRetryPolicy(p);
        m_client->throttle()->setLimits(RateLimit {100, 1});
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users/") + m_ids[0],
            {{QStringLiteral("status"), 503}}));
        QJsonObject daily = dailyLimit429();
        daily.insert(QStringLiteral("delayMs"), 300);
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"), daily));
        QObject ctx;
        std::optional<ScimResult> sleeping, limited, queued;
        m_client->getUser(m_ids[0], &ctx, [&](const ScimResult &r) { sleeping = r; });
        QVERIFY(QTest::qWaitFor([&] { return requests("GET") == 1; }, 5000));
        QTest::qWait(100); // the 503 is in; the retry waits 20 s
        QVERIFY(!sleeping);
        QElapsedTimer clock;
        clock.start();
        m_client->probe(&ctx, [&](const ScimResult &r) { limited = r; });
        m_client->getUser(m_ids[1], &ctx, [&](const ScimResult &r) { queued = r; });
        QVERIFY(QTest::qWaitFor([&] { return sleeping && limited && queued; }, 5000));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(limited->error.dailyLimit, qPrintable(why(*limited)));
        QVERIFY2(sleeping->error.stopsRun(), qPrintable(why(*sleeping)));
        QVERIFY2(queued->error.stopsRun(), qPrintable(why(*queued)));
        QCOMPARE(requests("GET"), 2); // the 503 and the 429; no retry, nothing queued sent
    }

    void dailyLimitAtTheTokenEndpointStopsTheApiToo()
    {
        auto client = makeClient(m_server); // no token yet
        QVERIFY(
            m_server.pushFault(QStringLiteral("POST"), QStringLiteral("/oauth/token"), dailyLimit429(), 5));
        const ScimResult r = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
        QVERIFY2(r.error.stopsRun() && r.error.tokenRequest, qPrintable(why(r)));
        QVERIFY(client->isStopped());
        const ScimResult later
            = await([&](QObject *ctx, auto done) { client->getUser(m_ids[0], ctx, done); });
        QVERIFY2(later.error.stopsRun(), qPrintable(why(later)));
        QCOMPARE(m_server.tokenRequestCount(), 1);
        QCOMPARE(requests("GET"), 0);
    }

    void shortRateLimitIsStillRetried()
    {
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("1")}}));
        const ScimResult r = probe();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(requests("GET"), 2);
        QVERIFY(!m_client->isStopped());
    }

    void answerOverTheCapFails()
    {
        QCOMPARE(ScimTransport::defaultMaxResponseBytes, qint64(32) * 1024 * 1024);
        QCOMPARE(m_server.seedGeneratedUsers(40, QStringLiteral("bulk")).size(), 40);
        m_client->setPageSize(100);
        m_client->setMaxResponseBytes(4096);
        const ScimResult r = await([this](QObject *ctx, auto done) { m_client->listUsers(ctx, done); });
        QCOMPARE(r.error.kind, ScimError::Kind::BadResponse);
        QVERIFY2(r.error.message.contains(QLatin1String("larger than 4 KiB")), qPrintable(why(r)));
        QCOMPARE(r.error.httpStatus, 200);
        QCOMPARE(requests("GET"), 1); // not retried
        QVERIFY(r.resources.isEmpty());

        // The same list within the cap.
        m_client->setMaxResponseBytes(ScimTransport::defaultMaxResponseBytes);
        const ScimResult all = await([this](QObject *ctx, auto done) { m_client->listUsers(ctx, done); });
        QVERIFY2(all.ok(), qPrintable(why(all)));
        QCOMPARE(all.resources.size(), 43);
    }

    void errorAnswerOverTheCapFails()
    {
        QJsonArray filler;
        for (int i = 0; i < 200; ++i)
            filler.append(QStringLiteral("padding-%1").arg(i));
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 500},
                {QStringLiteral("body"),
                    QJsonObject {{QStringLiteral("message"), QStringLiteral("big")},
                        {QStringLiteral("filler"), filler}}}}));
        m_client->setMaxResponseBytes(1024);
        const ScimResult r = probe();
        QCOMPARE(r.error.kind, ScimError::Kind::BadResponse);
        QVERIFY2(r.error.message.contains(QLatin1String("larger than 1 KiB")), qPrintable(why(r)));
        QCOMPARE(requests("GET"), 1);
    }

    void tokenAnswerOverTheCapFails()
    {
        auto client = makeClient(m_server);
        client->setMaxResponseBytes(64); // a token answer is about 150 bytes
        const TokenResult t = awaitToken(client->tokenSource());
        QCOMPARE(t.error.kind, ScimError::Kind::BadResponse);
        QVERIFY(t.error.tokenRequest);
        QVERIFY2(t.error.message.contains(QLatin1String("larger than")), qPrintable(t.error.describe()));
        QCOMPARE(m_server.tokenRequestCount(), 1);
    }

    void endlessAnswerWithoutLengthIsCutOff()
    {
        // A body streamed without Content-Length (the test server always sends one): checked by
        // bytes received, and the reading stops long before the server stops writing.
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        qint64 written = 0;
        bool closed = false;
        const QByteArray chunk(8192, 'x');
        connect(&fake, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = fake.nextPendingConnection();
            connect(s, &QTcpSocket::disconnected, this, [&] { closed = true; });
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/scim+json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n");
            auto *timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [&, s, timer] {
                if (written >= 64 * 1024 * 1024 || s->state() != QAbstractSocket::ConnectedState) {
                    timer->stop();
                    return;
                }
                s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
                written += chunk.size();
            });
            timer->start(1);
        });
        QNetworkAccessManager nam;
        ScimTransport transport(&nam, nullptr);
        transport.setMaxResponseBytes(256 * 1024);
        HttpRequest rq;
        rq.url = QUrl(QStringLiteral("http://127.0.0.1:%1/scim2/Users").arg(fake.serverPort()));
        std::optional<HttpResponse> response;
        transport.run(rq, this, [&](const HttpResponse &r) { response = r; });
        QVERIFY(QTest::qWaitFor([&] { return response.has_value(); }, 20000));
        QCOMPARE(response->error.kind, ScimError::Kind::BadResponse);
        QVERIFY2(response->error.message.contains(QLatin1String("larger than 256 KiB")),
            qPrintable(response->error.describe()));
        QVERIFY(response->body.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return closed; }, 5000)); // the client hung up
        QVERIFY2(written < 16 * 1024 * 1024, qPrintable(QString::number(written)));
    }
};

QTEST_GUILESS_MAIN(TestScimStops)
#include "TestScimStops.moc"
