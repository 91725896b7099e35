#include "OAuthTokenSource.h"
#include "ScimTestHelpers.h"

#include <QTest>

using namespace pd;
using namespace pd::test;

// Server-to-Server OAuth against the test server: caching, single flight, expiry and 401 handling.
class TestScimToken : public QObject
{
    Q_OBJECT
    ScimTestServer m_server;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void init()
    {
        QVERIFY2(m_server.reset(), qPrintable(m_server.lastError()));
        QVERIFY(!m_server.seedGeneratedUsers(3).isEmpty());
    }

    void tokenIsCachedAcrossCalls()
    {
        auto client = makeClient(m_server);
        const TokenResult first = awaitToken(client->tokenSource());
        QVERIFY2(first.ok(), qPrintable(first.error.describe()));
        QVERIFY(!first.accessToken.isEmpty());
        QCOMPARE(first.expiresInSeconds, qint64(3600));
        QVERIFY(first.scope.contains(QLatin1String("scim2")));
        for (int i = 0; i < 10; ++i) {
            const ScimResult r = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
            QVERIFY2(r.ok(), qPrintable(why(r)));
        }
        QCOMPARE(m_server.tokenRequestCount(), 1);
        QCOMPARE(client->tokenRequestCount(), 1);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 10);
    }

    void concurrentCallersShareOneTokenRequest()
    {
        auto client = makeClient(m_server);
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 0}}));
        QVERIFY(m_server.pushFault(
            QStringLiteral("POST"), QStringLiteral("/oauth/token"), {{QStringLiteral("delayMs"), 200}}));
        int answered = 0;
        QObject ctx;
        for (int i = 0; i < 20; ++i)
            client->probe(&ctx, [&](const ScimResult &r) {
                QVERIFY2(r.ok(), qPrintable(why(r)));
                ++answered;
            });
        QVERIFY(QTest::qWaitFor([&] { return answered == 20; }, 20000));
        QCOMPARE(m_server.tokenRequestCount(), 1);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 20);
    }

    void tokenExpiredOnTheServerIsReplacedOnce()
    {
        auto client = makeClient(m_server);
        ScimResult r = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(m_server.expireTokens()); // as if Zoom invalidated it mid-run
        QStringList log;
        connect(client.get(), &ScimClient::logLine, this, [&](const QString &l) { log << l; });
        r = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.attempts, 2); // the 401, then the retry with a new token
        QCOMPARE(m_server.tokenRequestCount(), 2);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 3);
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("401")),
            qPrintable(log.join(QLatin1Char('\n'))));
    }

    void expireTokenFaultMidRun()
    {
        auto client = makeClient(m_server);
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 401}, {QStringLiteral("expireToken"), true}}));
        const ScimResult r = await([&](QObject *ctx, auto done) { client->listUsers(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.resources.size(), 3);
        QCOMPARE(m_server.tokenRequestCount(), 2);
    }

    void aTokenRejectedTwiceIsAnError()
    {
        auto client = makeClient(m_server);
        QVERIFY(m_server.pushFault(
            QStringLiteral("GET"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 401}}, 5));
        const ScimResult r = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.zoomCode, 124);
        QVERIFY(r.error.isInvalidToken());
        QCOMPARE(r.attempts, 2); // exactly one new token and one retry, no loop
        QCOMPARE(m_server.tokenRequestCount(), 2);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 2);
    }

    void shortLivedTokensAreRenewedBeforeExpiry()
    {
        QVERIFY(m_server.setConfig({{QStringLiteral("tokenTtl"), 2}}));
        auto client = makeClient(m_server);
        ScimResult r = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QTest::qWait(1200); // past half the lifetime: the margin says renew
        r = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.attempts, 1); // renewed in advance, not after a 401
        QCOMPARE(m_server.tokenRequestCount(), 2);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 2);
    }

    void tokenRequestIsAFormBodyWithBasicAuth()
    {
        // The server refuses query-string parameters and non-Basic credentials, as Zoom does;
        // a wrong secret is told apart from a wrong account by the server's answers.
        auto good = makeClient(m_server);
        QVERIFY(awaitToken(good->tokenSource()).ok());
        auto badSecret = makeClient(m_server, QStringLiteral("wrong-secret"));
        TokenResult t = awaitToken(badSecret->tokenSource());
        QVERIFY(!t.ok());
        QVERIFY(t.error.tokenRequest);
        QCOMPARE(t.error.httpStatus, 400);
        QCOMPARE(t.error.oauthError, QStringLiteral("invalid_client"));
        QVERIFY(!t.error.isTransient());
        QCOMPARE(badSecret->tokenRequestCount(), 1); // a 400 is not retried
    }

    void failedTokenFailsTheApiCall()
    {
        auto client = makeClient(m_server, QStringLiteral("wrong-secret"));
        const ScimResult r
            = await([&](QObject *ctx, auto done) { client->getUser(QStringLiteral("x"), ctx, done); });
        QVERIFY(!r.ok());
        QVERIFY(r.error.tokenRequest);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 0);
    }

    void tokenEndpointHiccupsAreRetried()
    {
        auto client = makeClient(m_server);
        QVERIFY(m_server.pushFault(
            QStringLiteral("POST"), QStringLiteral("/oauth/token"), {{QStringLiteral("status"), 503}}));
        const TokenResult t = awaitToken(client->tokenSource());
        QVERIFY2(t.ok(), qPrintable(t.error.describe()));
        QCOMPARE(m_server.tokenRequestCount(), 2);
    }

    void secretsNeverReachTheLog()
    {
        auto client = makeClient(m_server);
        QStringList log;
        connect(client.get(), &ScimClient::logLine, this, [&](const QString &l) { log << l; });
        QVERIFY(m_server.pushFault(
            QStringLiteral("GET"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 401}}));
        const ScimResult r = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        const QString token = awaitToken(client->tokenSource()).accessToken;
        const QString all = log.join(QLatin1Char('\n'));
        QVERIFY(!log.isEmpty());
        QVERIFY(!all.contains(m_server.clientSecret()));
        QVERIFY(!all.contains(token));
        QVERIFY(!all.contains(QString::fromLatin1(
            (m_server.options().clientId + QLatin1Char(':') + m_server.clientSecret()).toUtf8().toBase64())));

        // The server's own words are redacted too (an echoing proxy, a verbose error page).
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 400},
                {QStringLiteral("body"),
                    QJsonObject {{QStringLiteral("code"), 400},
                        {QStringLiteral("message"),
                            QStringLiteral("echo %1 / Bearer %2").arg(m_server.clientSecret(), token)}}}}));
        const ScimResult echoed = await([&](QObject *ctx, auto done) { client->probe(ctx, done); });
        QCOMPARE(echoed.error.httpStatus, 400);
        QVERIFY2(!echoed.error.message.contains(m_server.clientSecret()), qPrintable(echoed.error.message));
        QVERIFY2(!echoed.error.message.contains(token), qPrintable(echoed.error.message));
        QVERIFY(echoed.error.message.startsWith(QLatin1String("echo ")));
        QVERIFY(!log.join(QLatin1Char('\n')).contains(m_server.clientSecret()));
    }
};

QTEST_GUILESS_MAIN(TestScimToken)
#include "TestScimToken.moc"
