#include "ScimTestHelpers.h"
#include "TlsTestServer.h"
#include "ZoomConnectionTester.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::test;

// Test connection against the test server: every cause the server can produce, named with a fix.
class TestZoomConnectionTester : public QObject
{
    Q_OBJECT
    ScimTestServer m_server;

    ConnectionTestResult run(
        const Connection &c, const QString &secret, int timeoutMs = 1500, QStringList *log = nullptr)
    {
        ZoomConnectionTester tester;
        tester.setRetryPolicy(fastRetries(3));
        tester.setTimeoutMs(timeoutMs);
        if (log)
            connect(&tester, &ZoomConnectionTester::logLine, this, [log](const QString &l) { *log << l; });
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.start(c, secret);
        if (!spy.wait(20000)) {
            ConnectionTestResult none;
            none.cause = QStringLiteral("(no answer)");
            return none;
        }
        QTest::qWait(20); // exactly one finished() per start
        if (spy.size() != 1) {
            ConnectionTestResult twice;
            twice.cause = QStringLiteral("(finished %1 times)").arg(spy.size());
            return twice;
        }
        return spy.at(0).at(0).value<ConnectionTestResult>();
    }

    ConnectionTestResult run() { return run(m_server.connection(), m_server.clientSecret()); }

    static void checkSentences(const ConnectionTestResult &r)
    {
        QVERIFY2(r.summary.size() > 15 && r.summary.endsWith(QLatin1Char('.')), qPrintable(r.summary));
        QVERIFY2(r.fix.size() > 15, qPrintable(r.fix));
        QVERIFY(!r.detail.isEmpty());
    }

#define EXPECT_CAUSE(result, expected)                                                                       \
    do {                                                                                                     \
        const ConnectionTestResult &r_ = (result);                                                           \
        QVERIFY2(r_.cause == QLatin1String(expected),                                                        \
            qPrintable(r_.cause + QStringLiteral(" | ") + r_.summary + QStringLiteral(" | ") + r_.detail));  \
        QVERIFY(!r_.ok);                                                                                     \
        checkSentences(r_);                                                                                  \
    } while (false)

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionTestResult>();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void init()
    {
        QVERIFY2(m_server.reset(), qPrintable(m_server.lastError()));
        QCOMPARE(m_server.seedGeneratedUsers(3).size(), 3);
    }

    void passes()
    {
        QStringList log;
        const ConnectionTestResult r = run(m_server.connection(), m_server.clientSecret(), 5000, &log);
        QVERIFY2(r.ok, qPrintable(r.cause + QStringLiteral(": ") + r.detail));
        QCOMPARE(r.cause, QStringLiteral("ok"));
        QCOMPARE(r.httpStatus, 200);
        QVERIFY2(r.summary.contains(QLatin1String("3 user")), qPrintable(r.summary));
        QVERIFY(r.detail.contains(QLatin1String("scim2")));
        // Exactly a token and one GET /Users?startIndex=1&count=1.
        QCOMPARE(m_server.tokenRequestCount(), 1);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 1);
        QVERIFY(m_server.stats()
                    .value(QLatin1String("byPath"))
                    .toObject()
                    .contains(QLatin1String("/scim2/Users")));
        QVERIFY(log.size() >= 2);
        QVERIFY(!log.join(QLatin1Char('\n')).contains(m_server.clientSecret()));
    }

    void wrongSecretThenFixed()
    {
        const ConnectionTestResult bad = run(m_server.connection(), QStringLiteral("not-the-secret"));
        EXPECT_CAUSE(bad, "invalid-client");
        QCOMPARE(bad.httpStatus, 400);
        QVERIFY(bad.detail.contains(QLatin1String("Invalid client_id or client_secret")));
        // The token endpoint's own words, in the message the admin reads first.
        QVERIFY2(bad.summary.contains(QLatin1String("\"Invalid client_id or client_secret\"")),
            qPrintable(bad.summary));
        QVERIFY(!bad.detail.contains(QLatin1String("not-the-secret")));
        QVERIFY(run().ok);
    }

    void wrongClientId()
    {
        Connection c = m_server.connection();
        c.oauth.clientId = QStringLiteral("someone-else");
        EXPECT_CAUSE(run(c, m_server.clientSecret()), "invalid-client");
    }

    void wrongAccountId()
    {
        Connection c = m_server.connection();
        c.oauth.accountId = QStringLiteral("other-account");
        const ConnectionTestResult r = run(c, m_server.clientSecret());
        EXPECT_CAUSE(r, "wrong-account-id");
        QVERIFY(r.summary.contains(QLatin1String("other-account")));
    }

    void tokenUrlWrong()
    {
        Connection c = m_server.connection();
        QUrl wrong = m_server.baseUrl();
        wrong.setPath(QStringLiteral("/oauth/tokens"));
        c.oauth.tokenUrl = wrong;
        const ConnectionTestResult r = run(c, m_server.clientSecret());
        EXPECT_CAUSE(r, "token-url-not-found");
        QCOMPARE(r.httpStatus, 404);
    }

    void appDeactivated()
    {
        QVERIFY(m_server.setConfig({{QStringLiteral("appDisabled"), true}}));
        EXPECT_CAUSE(run(), "app-disabled");
    }

    void wrongAppType_data()
    {
        QTest::addColumn<int>("status"); // Zoom answers 400; some gateways turn it into a 401
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
    }

    void wrongAppType()
    {
        QFETCH(int, status);
        // The client always sends account_credentials; a non-S2S app's credentials get this answer.
        QVERIFY(m_server.pushFault(QStringLiteral("POST"), QStringLiteral("/oauth/token"),
            {{QStringLiteral("status"), status},
                {QStringLiteral("body"),
                    QJsonObject {{QStringLiteral("reason"), QStringLiteral("unsupported grant type")},
                        {QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}}}}));
        const ConnectionTestResult r = run();
        EXPECT_CAUSE(r, "wrong-app-type");
        QVERIFY2(r.summary.contains(QLatin1String("\"unsupported grant type\"")), qPrintable(r.summary));
        QVERIFY2(
            r.fix.contains(QLatin1String("General")) && r.fix.contains(QLatin1String("Server-to-Server")),
            qPrintable(r.fix));
        QVERIFY(!r.summary.contains(QLatin1String("client secret")));
    }

    void dailyLimitSaysWhen()
    {
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 429},
                {QStringLiteral("headers"),
                    QJsonObject {{QStringLiteral("X-RateLimit-Type"), QStringLiteral("Daily-limit")}}}},
            3));
        const ConnectionTestResult r = run();
        EXPECT_CAUSE(r, "rate-limited");
        QVERIFY2(r.summary.contains(QLatin1String("daily")), qPrintable(r.summary));
        const QString midnight
            = QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0), QTimeZone::utc())
                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(r.fix.contains(midnight), qPrintable(r.fix));
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 1); // not retried
    }

    void missingScope()
    {
        QVERIFY(m_server.setConfig({{QStringLiteral("missingScope"), true}}));
        const ConnectionTestResult r = run();
        EXPECT_CAUSE(r, "missing-scope");
        QVERIFY(r.fix.contains(QLatin1String("scim2")));
    }

    void accountWithoutSso()
    {
        QVERIFY(m_server.setConfig({{QStringLiteral("ssoNotEnabled"), true}}));
        const ConnectionTestResult r = run();
        EXPECT_CAUSE(r, "account-not-eligible");
        QVERIFY(r.summary.contains(QLatin1String("Single Sign-On")));
    }

    void scimUrlWrong()
    {
        Connection c = m_server.connection();
        QUrl wrong = m_server.baseUrl();
        wrong.setPath(QStringLiteral("/scim"));
        c.scimUrl = wrong;
        EXPECT_CAUSE(run(c, m_server.clientSecret()), "scim-url-not-found");
        wrong.setPath(QStringLiteral("/scim2/v2"));
        c.scimUrl = wrong;
        EXPECT_CAUSE(run(c, m_server.clientSecret()), "scim-url-not-found");
    }

    void forbidden()
    {
        QVERIFY(m_server.setConfig({{QStringLiteral("forbidden"), true}}));
        const ConnectionTestResult r = run();
        EXPECT_CAUSE(r, "forbidden");
        QCOMPARE(r.httpStatus, 403);
    }

    void tokenRejected()
    {
        QVERIFY(m_server.pushFault(
            QStringLiteral("GET"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 401}}, 2));
        EXPECT_CAUSE(run(), "token-rejected");
        QCOMPARE(m_server.tokenRequestCount(), 2);
    }

    void tokenInvalidatedOnceStillPasses()
    {
        QVERIFY(m_server.pushFault(
            QStringLiteral("GET"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 401}}));
        QVERIFY(run().ok);
    }

    void rateLimited()
    {
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("60")}}, 3));
        EXPECT_CAUSE(run(), "rate-limited");
    }

    void transientRateLimitPasses()
    {
        QVERIFY(m_server.pushFault(
            QStringLiteral("GET"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 429}}));
        QVERIFY(run().ok);
    }

    void serverError()
    {
        QVERIFY(m_server.pushFault(
            QStringLiteral("GET"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 503}}, 3));
        const ConnectionTestResult r = run();
        EXPECT_CAUSE(r, "server-error");
        QCOMPARE(r.httpStatus, 503);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 3);
    }

    void htmlAnswer()
    {
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 200}, {QStringLiteral("html"), true}}));
        EXPECT_CAUSE(run(), "not-json");
        QVERIFY(m_server.pushFault(QStringLiteral("POST"), QStringLiteral("/oauth/token"),
            {{QStringLiteral("status"), 403}, {QStringLiteral("html"), true}}));
        EXPECT_CAUSE(run(), "not-json");
    }

    void jsonThatIsNotScim()
    {
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 200},
                {QStringLiteral("body"), QJsonObject {{QStringLiteral("hello"), 1}}}}));
        EXPECT_CAUSE(run(), "unexpected-response");
    }

    void redirectToAnotherHost()
    {
        QVERIFY(m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 302},
                {QStringLiteral("headers"),
                    QJsonObject {
                        {QStringLiteral("Location"), QStringLiteral("https://login.example.net/sso")}}}}));
        const ConnectionTestResult r = run();
        EXPECT_CAUSE(r, "redirected");
        QVERIFY(r.summary.contains(QLatin1String("login.example.net")));
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 1); // not followed
    }

    void timeout()
    {
        QVERIFY(m_server.pushFault(
            QStringLiteral("GET"), QStringLiteral("/scim2/Users"), {{QStringLiteral("delayMs"), 3000}}, 3));
        QElapsedTimer clock;
        clock.start();
        const ConnectionTestResult r = run(m_server.connection(), m_server.clientSecret(), 300);
        EXPECT_CAUSE(r, "timeout");
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void hostNotFound()
    {
        Connection c = m_server.connection();
        c.oauth.tokenUrl = QUrl(QStringLiteral("https://no-such-host.invalid/oauth/token"));
        const ConnectionTestResult r = run(c, m_server.clientSecret(), 10000);
        EXPECT_CAUSE(r, "host-not-found");
        QVERIFY(r.summary.contains(QLatin1String("no-such-host.invalid")));
    }

    void unreachable()
    {
        QTcpServer closed; // take a free port, then free it: nothing listens there
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        Connection c = m_server.connection();
        QUrl url = c.oauth.tokenUrl;
        url.setPort(port);
        c.oauth.tokenUrl = url;
        EXPECT_CAUSE(run(c, m_server.clientSecret()), "unreachable");
    }

    void untrustedCertificate()
    {
        TlsTestServer tls;
        QVERIFY2(tls.start(), qPrintable(tls.lastError()));
        Connection c = m_server.connection();
        c.oauth.tokenUrl = tls.url(QStringLiteral("/oauth/token"));
        const ConnectionTestResult r = run(c, m_server.clientSecret(), 5000);
        EXPECT_CAUSE(r, "tls-certificate");
        QVERIFY(tls.handshakesSeen() >= 1);
        QVERIFY2(r.detail.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                || r.detail.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
            qPrintable(r.detail));
    }

    void settingsAreCheckedFirst()
    {
        Connection c = m_server.connection();
        c.scimUrl = QUrl(QStringLiteral("http://api.zoom.example/scim2"));
        ConnectionTestResult r = run(c, m_server.clientSecret());
        QCOMPARE(r.cause, QStringLiteral("invalid-settings"));
        QVERIFY(r.summary.contains(QLatin1String("https://")));
        c = m_server.connection();
        c.oauth.accountId.clear();
        QCOMPARE(run(c, m_server.clientSecret()).cause, QStringLiteral("invalid-settings"));
        r = run(m_server.connection(), QString());
        QCOMPARE(r.cause, QStringLiteral("secret-missing"));
        QCOMPARE(m_server.tokenRequestCount(), 0);
    }

    void cancelFinishesOnce()
    {
        QVERIFY(m_server.pushFault(
            QStringLiteral("POST"), QStringLiteral("/oauth/token"), {{QStringLiteral("delayMs"), 1000}}));
        ZoomConnectionTester tester;
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.start(m_server.connection(), m_server.clientSecret());
        QVERIFY(tester.isRunning());
        QCOMPARE(spy.size(), 0); // never inside start()
        tester.cancel();
        QCOMPARE(spy.size(), 0); // nor inside cancel()
        QVERIFY(spy.wait(2000));
        QTest::qWait(1500); // the abandoned request's answer arrives meanwhile and is dropped
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<ConnectionTestResult>().cause, QStringLiteral("cancelled"));
        QVERIFY(!tester.isRunning());

        // A restart while running answers both starts.
        QVERIFY(m_server.pushFault(
            QStringLiteral("POST"), QStringLiteral("/oauth/token"), {{QStringLiteral("delayMs"), 300}}));
        spy.clear();
        tester.start(m_server.connection(), m_server.clientSecret());
        tester.start(m_server.connection(), m_server.clientSecret());
        QVERIFY(QTest::qWaitFor([&] { return spy.size() == 2; }, 10000));
        QTest::qWait(500);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).value<ConnectionTestResult>().cause, QStringLiteral("cancelled"));
        QCOMPARE(spy.at(1).at(0).value<ConnectionTestResult>().cause, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestZoomConnectionTester)
#include "TestZoomConnectionTester.moc"
