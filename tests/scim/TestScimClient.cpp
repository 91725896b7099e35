#include "ScimTestHelpers.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace pd;
using namespace pd::test;

// The SCIM client's operations against the Zoom-like test server.
class TestScimClient : public QObject
{
    Q_OBJECT
    ScimTestServer m_server;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY2(m_server.reset(), qPrintable(m_server.lastError())); }

    void createGetReplaceDeactivateDelete()
    {
        auto client = makeClient(m_server);
        QJsonObject user = ScimTestServer::makeUser(
            QStringLiteral("new.user@example.com"), QStringLiteral("New"), QStringLiteral("User"));
        user.remove(QStringLiteral("schemas")); // the client adds them
        user.insert(QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
            QJsonObject {{QStringLiteral("department"), QStringLiteral("Sales")}});
        ScimResult r = await([&](QObject *ctx, auto done) { client->createUser(user, ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.httpStatus, 201);
        const QString id = r.resource.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!r.recovered);

        r = await([&](QObject *ctx, auto done) { client->getUser(id, ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(
            r.resource.value(QLatin1String("userName")).toString(), QStringLiteral("new.user@example.com"));
        QCOMPARE(r.resource.value(QLatin1String("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
                     .toObject()
                     .value(QLatin1String("department"))
                     .toString(),
            QStringLiteral("Sales"));

        // Zoom's PUT is a partial update: only givenName is sent, familyName stays.
        r = await([&](QObject *ctx, auto done) {
            client->replaceUser(id,
                {{QStringLiteral("name"),
                    QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Renamed")}}}},
                ctx, done);
        });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        r = await([&](QObject *ctx, auto done) { client->getUser(id, ctx, done); });
        const QJsonObject name = r.resource.value(QLatin1String("name")).toObject();
        QCOMPARE(name.value(QLatin1String("givenName")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(name.value(QLatin1String("familyName")).toString(), QStringLiteral("User"));

        r = await([&](QObject *ctx, auto done) { client->setActive(id, false, ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        r = await([&](QObject *ctx, auto done) { client->getUser(id, ctx, done); });
        QCOMPARE(r.resource.value(QLatin1String("active")).toBool(true), false);
        r = await([&](QObject *ctx, auto done) { client->setActive(id, true, ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.resource.value(QLatin1String("active")).toBool(false), true);

        r = await([&](QObject *ctx, auto done) { client->removeUser(id, ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(!r.recovered);
        r = await([&](QObject *ctx, auto done) { client->getUser(id, ctx, done); });
        QVERIFY(!r.ok());
        QVERIFY(r.error.isNotFound());

        // Counted by method, as the server saw them.
        const QJsonObject seen = m_server.stats().value(QLatin1String("requests")).toObject();
        const QMap<QString, int> counts = client->requestCounts();
        for (const QString &method : {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                 QStringLiteral("PATCH"), QStringLiteral("DELETE")})
            QCOMPARE(counts.value(method), seen.value(method).toInt());
        QCOMPARE(counts.value(QStringLiteral("GET")), 4);
        QCOMPARE(counts.value(QStringLiteral("PATCH")), 2);
        QCOMPARE(m_server.stats().value(QLatin1String("writes")).toInt(), 5);
    }

    void zoomSpecificRefusals()
    {
        QVERIFY(m_server.setConfig(
            {{QStringLiteral("foreignEmails"), QJsonArray {QStringLiteral("taken@example.com")}},
                {QStringLiteral("pendingUsers"), QJsonArray {QStringLiteral("pending@example.com")}},
                {QStringLiteral("adminUsers"), QJsonArray {QStringLiteral("admin@example.com")}}}));
        const QStringList ids
            = m_server.seedUsers({ScimTestServer::makeUser(QStringLiteral("admin@example.com")),
                ScimTestServer::makeUser(QStringLiteral("dup@example.com"))});
        QCOMPARE(ids.size(), 2);
        auto client = makeClient(m_server);

        ScimResult r = await([&](QObject *ctx, auto done) {
            client->createUser(ScimTestServer::makeUser(QStringLiteral("taken@example.com")), ctx, done);
        });
        QVERIFY(r.error.isConflict());
        QVERIFY2(
            r.error.message.contains(QLatin1String("another Zoom account")), qPrintable(r.error.message));
        QCOMPARE(r.error.scimType, QStringLiteral("uniqueness"));

        r = await([&](QObject *ctx, auto done) {
            client->createUser(ScimTestServer::makeUser(QStringLiteral("DUP@example.com")), ctx, done);
        });
        QVERIFY(r.error.isConflict());
        QVERIFY(!r.recovered);

        r = await([&](QObject *ctx, auto done) {
            client->findUserByUserName(QStringLiteral("pending@example.com"), ctx, done);
        });
        QVERIFY(!r.ok());
        QVERIFY2(r.error.isNotInAccount(), qPrintable(why(r)));

        r = await([&](QObject *ctx, auto done) { client->setActive(ids.at(0), false, ctx, done); });
        QCOMPARE(r.error.httpStatus, 400);
        QVERIFY2(r.error.message.contains(QLatin1String("Admin")), qPrintable(why(r)));
        QCOMPARE(m_server.stats().value(QLatin1String("writes")).toInt(), 0);
    }

    void listPagesThroughEveryUser()
    {
        QCOMPARE(m_server.seedGeneratedUsers(250).size(), 250);
        auto client = makeClient(m_server);
        const ScimResult r = await([&](QObject *ctx, auto done) { client->listUsers(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.resources.size(), 250);
        QCOMPARE(r.totalResults, 250);
        QSet<QString> ids;
        for (const QJsonObject &u : r.resources)
            ids.insert(u.value(QLatin1String("id")).toString());
        QCOMPARE(ids.size(), 250);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 3); // 100 + 100 + 50
        QCOMPARE(r.attempts, 3);
    }

    void listStopsAtTotalResults()
    {
        QCOMPARE(m_server.seedGeneratedUsers(200).size(), 200);
        auto client = makeClient(m_server);
        const ScimResult r = await([&](QObject *ctx, auto done) { client->listUsers(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.resources.size(), 200);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 2); // no third request for an empty page
    }

    void listOfNoUsersIsOneRequest()
    {
        auto client = makeClient(m_server);
        const ScimResult r = await([&](QObject *ctx, auto done) { client->listUsers(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(r.resources.isEmpty());
        QCOMPARE(r.totalResults, 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 1);
    }

    void listCanStreamPages()
    {
        QCOMPARE(m_server.seedGeneratedUsers(230).size(), 230);
        auto client = makeClient(m_server);
        client->setPageSize(50);
        QList<int> pageSizes;
        const ScimResult r = await([&](QObject *ctx, auto done) {
            client->listUsers(
                ctx, done, [&](const QList<QJsonObject> &page) { pageSizes << int(page.size()); });
        });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(pageSizes, (QList<int> {50, 50, 50, 50, 30}));
        QVERIFY(r.resources.isEmpty()); // streamed, not kept
        QCOMPARE(r.totalResults, 230);
    }

    void userNameLookupQuotesAndEncodes()
    {
        // Characters that break naive URL building: '+' read as a space, '&' and '#' cutting the
        // query, '%' escapes, apostrophes, non-ASCII. Decoys catch a lookup that matches the wrong one.
        const QStringList names {QStringLiteral("a+b@example.com"), QStringLiteral("a b@example.com"),
            QStringLiteral("x&y=z@example.com"), QStringLiteral("x@example.com"),
            QStringLiteral("pct%41@example.com"), QStringLiteral("pctA@example.com"),
            QStringLiteral("hash#1@example.com"), QStringLiteral("o'neil@example.com"),
            QStringLiteral("jürgen@exämple.com"), QStringLiteral("semi;colon@example.com")};
        QJsonArray users;
        for (const QString &n : names)
            users.append(ScimTestServer::makeUser(n));
        const QStringList ids = m_server.seedUsers(users);
        QCOMPARE(ids.size(), names.size());
        auto client = makeClient(m_server);
        for (qsizetype i = 0; i < names.size(); ++i) {
            const ScimResult r
                = await([&](QObject *ctx, auto done) { client->findUserByUserName(names[i], ctx, done); });
            QVERIFY2(r.ok(), qPrintable(names[i] + QStringLiteral(": ") + r.error.describe()));
            QVERIFY2(r.found(), qPrintable(names[i]));
            QCOMPARE(r.resource.value(QLatin1String("id")).toString(), ids[i]);
            QCOMPARE(r.resources.size(), 1);
        }
        // Case-insensitive, like Zoom; a miss is an empty answer, not an error.
        ScimResult r = await([&](QObject *ctx, auto done) {
            client->findUserByUserName(QStringLiteral("A+B@EXAMPLE.COM"), ctx, done);
        });
        QCOMPARE(r.resource.value(QLatin1String("id")).toString(), ids[0]);
        r = await([&](QObject *ctx, auto done) {
            client->findUserByUserName(QStringLiteral("nobody@example.com"), ctx, done);
        });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(!r.found());
        QCOMPARE(r.totalResults, 0);
    }

    void idsAreEncodedInPaths()
    {
        QJsonObject odd = ScimTestServer::makeUser(QStringLiteral("odd@example.com"));
        odd.insert(QStringLiteral("id"), QStringLiteral("k&Kd+r6 TL/x?y#z"));
        QCOMPARE(m_server.seedUsers({odd}).size(), 1);
        auto client = makeClient(m_server);
        ScimResult r = await(
            [&](QObject *ctx, auto done) { client->getUser(QStringLiteral("k&Kd+r6 TL/x?y#z"), ctx, done); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.resource.value(QLatin1String("userName")).toString(), QStringLiteral("odd@example.com"));
        r = await([&](QObject *ctx, auto done) {
            client->removeUser(QStringLiteral("k&Kd+r6 TL/x?y#z"), ctx, done);
        });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QVERIFY(m_server.users().isEmpty());
    }

    void worksInAWorkerThread()
    {
        QCOMPARE(m_server.seedGeneratedUsers(120).size(), 120);
        QThread worker;
        worker.start();
        QObject *anchor = new QObject;
        anchor->moveToThread(&worker);
        std::optional<ScimResult> result;
        QThread *answeredOn = nullptr;
        const Connection connection = m_server.connection();
        const QString secret = m_server.clientSecret();
        // The client is created, used and destroyed in the worker; only the result crosses threads.
        QMetaObject::invokeMethod(anchor, [anchor, connection, secret, &result, &answeredOn, this] {
            auto *client = new ScimClient(connection, secret, anchor);
            client->throttle()->setRequestsPerSecond(0);
            client->listUsers(anchor, [client, &result, &answeredOn, this](const ScimResult &r) {
                answeredOn = QThread::currentThread();
                client->deleteLater();
                QMetaObject::invokeMethod(
                    this, [&result, r] { result = r; }, Qt::QueuedConnection);
            });
        });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY2(result->ok(), qPrintable(why(*result)));
        QCOMPARE(result->resources.size(), 120);
        QCOMPARE(answeredOn, &worker);
        QMetaObject::invokeMethod(anchor, [anchor] { anchor->deleteLater(); });
        worker.quit();
        QVERIFY(worker.wait(5000));
    }

    void throttleLimitsRateAndConcurrency()
    {
        QCOMPARE(m_server.seedGeneratedUsers(1).size(), 1);
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 60}}));
        auto client = makeClient(m_server);
        QVERIFY(awaitToken(client->tokenSource()).ok());
        client->throttle()->setLimits(RateLimit {20, 2});
        QElapsedTimer clock;
        clock.start();
        int answered = 0;
        QObject ctx;
        for (int i = 0; i < 10; ++i)
            client->probe(&ctx, [&](const ScimResult &r) {
                QVERIFY2(r.ok(), qPrintable(why(r)));
                ++answered;
            });
        QVERIFY(QTest::qWaitFor([&] { return answered == 10; }, 20000));
        // 20/s: nine 50 ms gaps between starts at least; never more than two at a time.
        QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(client->throttle()->peakInFlight(), 2);
    }

    void cancelStopsNewRequestsAndLetsInFlightFinish()
    {
        QCOMPARE(m_server.seedGeneratedUsers(300).size(), 300);
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 150}}));
        auto client = makeClient(m_server);
        int pages = 0;
        const ScimResult r = await([&](QObject *ctx, auto done) {
            client->listUsers(ctx, done, [&](const QList<QJsonObject> &) {
                if (++pages == 1)
                    client->cancel();
            });
        });
        QCOMPARE(r.error.kind, ScimError::Kind::Cancelled);
        // Page 1 arrived; page 2 may have been in flight when cancel came; page 3 was never asked for.
        QVERIFY2(m_server.requestCount(QStringLiteral("GET")) <= 2, qPrintable(QString::number(pages)));
        QVERIFY(client->isCancelled());

        // Queued requests finish at once as Cancelled; the one in flight completes normally.
        auto second = makeClient(m_server);
        QVERIFY(awaitToken(second->tokenSource()).ok());
        QTest::qWait(400); // the first client's last page is answered
        QVERIFY(m_server.resetStats());
        second->throttle()->setMaxConcurrent(1);
        QList<ScimResult> results;
        QObject ctx;
        for (int i = 0; i < 5; ++i)
            second->probe(&ctx, [&](const ScimResult &x) { results << x; });
        QTest::qWait(30);
        second->cancel();
        QVERIFY(QTest::qWaitFor([&] { return results.size() == 5; }, 10000));
        QCOMPARE(
            std::count_if(results.begin(), results.end(), [](const ScimResult &x) { return x.ok(); }), 1);
        QCOMPARE(std::count_if(results.begin(), results.end(),
                     [](const ScimResult &x) { return x.error.kind == ScimError::Kind::Cancelled; }),
            4);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 1); // only the one already in flight
        const ScimResult late = await([&](QObject *c, auto done) { second->probe(c, done); });
        QCOMPARE(late.error.kind, ScimError::Kind::Cancelled);
    }

    void destroyedContextGetsNoCallback()
    {
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 100}}));
        auto client = makeClient(m_server);
        bool called = false;
        {
            QObject shortLived;
            client->probe(&shortLived, [&](const ScimResult &) { called = true; });
        }
        QTest::qWait(600);
        QVERIFY(!called);
    }

    void plainHttpOnlyToLoopback()
    {
        Connection c = m_server.connection();
        c.scimUrl = QUrl(QStringLiteral("http://example.com/scim2"));
        ScimClient client(c, m_server.clientSecret());
        const ScimResult r = await([&](QObject *ctx, auto done) { client.probe(ctx, done); });
        QCOMPARE(r.error.kind, ScimError::Kind::InvalidRequest);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 0);
    }
};

QTEST_GUILESS_MAIN(TestScimClient)
#include "TestScimClient.moc"
