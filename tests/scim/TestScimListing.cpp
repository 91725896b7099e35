#include "ScimTestHelpers.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace pd;
using namespace pd::test;

// listUsers must return every user or fail: a list that stops advancing or does not add up is a
// BadResponse, never a shorter "complete" list (a sync would take the missing users for deleted).
// The broken pages are scripted answers of the test server to GET /scim2/Users.
class TestScimListing : public QObject
{
    Q_OBJECT
    ScimTestServer m_server;
    std::unique_ptr<ScimClient> m_client;
    QJsonArray m_users; // as the server renders them, in list order

    // A ListResponse with users [from, from + count) of m_users.
    QJsonObject page(int from, int count, int totalResults, int startIndex) const
    {
        QJsonArray resources;
        for (int i = from; i < from + count && i < m_users.size(); ++i)
            resources.append(m_users.at(i));
        QJsonObject o {
            {QStringLiteral("schemas"), QJsonArray {QString::fromLatin1(ScimClient::listResponseSchema)}},
            {QStringLiteral("totalResults"), totalResults},
            {QStringLiteral("itemsPerPage"), resources.size()}, {QStringLiteral("Resources"), resources}};
        if (startIndex > 0)
            o.insert(QStringLiteral("startIndex"), startIndex);
        return o;
    }

    bool answerNextList(const QJsonObject &body)
    {
        return m_server.pushFault(QStringLiteral("GET"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 200}, {QStringLiteral("body"), body}});
    }

    ScimResult list()
    {
        return await([this](QObject *ctx, auto done) { m_client->listUsers(ctx, done); });
    }

    int gets() { return m_server.requestCount(QStringLiteral("GET")); }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void init()
    {
        QVERIFY2(m_server.reset(), qPrintable(m_server.lastError()));
        QCOMPARE(m_server.seedGeneratedUsers(5).size(), 5);
        m_users = m_server.users();
        QCOMPARE(m_users.size(), 5);
        m_client = makeClient(m_server);
        m_client->setPageSize(2);
        QVERIFY(awaitToken(m_client->tokenSource()).ok());
        QVERIFY(m_server.resetStats());
    }

    void cleanup() { m_client.reset(); }

    void shortLastPageIsComplete()
    {
        const ScimResult r = list();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.resources.size(), 5);
        QCOMPARE(r.totalResults, 5);
        QCOMPARE(gets(), 3); // 2 + 2 + 1
    }

    void emptyPageAtTheEndIsComplete()
    {
        // The first page claims 6 users; the third page (the real server's) is empty: the end.
        QVERIFY(answerNextList(page(0, 2, 6, 1)));
        const ScimResult r = list();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.resources.size(), 5);
        QCOMPARE(gets(), 3);
    }

    void repeatedPageFails()
    {
        // The second page repeats the first one's users while claiming to be at startIndex 3.
        QVERIFY(answerNextList(page(0, 2, 5, 1)));
        QVERIFY(answerNextList(page(0, 2, 5, 3)));
        const ScimResult r = list();
        QCOMPARE(r.error.kind, ScimError::Kind::BadResponse);
        QVERIFY2(
            r.error.message.contains(QLatin1String("repeats 2 user(s) already listed")), qPrintable(why(r)));
        QCOMPARE(gets(), 2); // no further pages
    }

    void repeatedPageWithoutStartIndexFails()
    {
        QVERIFY(answerNextList(page(0, 2, 5, 0)));
        QVERIFY(answerNextList(page(0, 2, 5, 0)));
        const ScimResult r = list();
        QCOMPARE(r.error.kind, ScimError::Kind::BadResponse);
        QVERIFY2(r.error.message.contains(QLatin1String("already listed")), qPrintable(why(r)));
    }

    void startIndexNotAdvancingFails()
    {
        // The server answers the request for startIndex 3 with startIndex 1 (and other users).
        QVERIFY(answerNextList(page(0, 2, 5, 1)));
        QVERIFY(answerNextList(page(2, 2, 5, 1)));
        const ScimResult r = list();
        QCOMPARE(r.error.kind, ScimError::Kind::BadResponse);
        QVERIFY2(
            r.error.message.contains(QLatin1String("startIndex 1 when asked for 3")), qPrintable(why(r)));
        QCOMPARE(gets(), 2);
    }

    void moreUsersThanTotalResultsFails_data()
    {
        QTest::addColumn<bool>("streamed"); // pages handed over by onPage, or collected
        QTest::newRow("collected") << false;
        QTest::newRow("streamed") << true;
    }

    void moreUsersThanTotalResultsFails()
    {
        QFETCH(bool, streamed);
        // totalResults 3, but two pages of two different users.
        QVERIFY(answerNextList(page(0, 2, 3, 1)));
        QVERIFY(answerNextList(page(2, 2, 3, 3)));
        int handedOver = 0;
        const ScimResult r = await([&](QObject *ctx, auto done) {
            if (streamed)
                m_client->listUsers(
                    ctx, done, [&](const QList<QJsonObject> &users) { handedOver += users.size(); });
            else
                m_client->listUsers(ctx, done);
        });
        QCOMPARE(r.error.kind, ScimError::Kind::BadResponse);
        QVERIFY2(r.error.message.contains(QLatin1String("listed 4 users but reports totalResults 3")),
            qPrintable(why(r)));
        QCOMPARE(handedOver, streamed ? 2 : 0); // the bad page is not handed over
    }

    void oversizedSinglePageFails()
    {
        m_client->setPageSize(100);
        QVERIFY(answerNextList(page(0, 5, 1, 1)));
        const ScimResult r = list();
        QCOMPARE(r.error.kind, ScimError::Kind::BadResponse);
        QVERIFY2(r.error.message.contains(QLatin1String("totalResults 1")), qPrintable(why(r)));
    }

    void slightOverlapIsTolerated()
    {
        // A user added between two requests shifts the later pages by one: the overlap is dropped.
        QVERIFY(answerNextList(page(0, 2, 5, 1)));
        QVERIFY(answerNextList(page(1, 2, 5, 3)));
        const ScimResult r = list();
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QSet<QString> ids;
        for (const QJsonObject &u : r.resources)
            ids.insert(u.value(QLatin1String("id")).toString());
        QCOMPARE(ids.size(), r.resources.size());
    }
};

QTEST_GUILESS_MAIN(TestScimListing)
#include "TestScimListing.moc"
