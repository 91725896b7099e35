#include "HistoryQuery.h"
#include "SyncFixture.h"

#include <QTest>

using namespace pd;
using namespace pd::test;

// The sync engine against the real SCIM test server: every behaviour of issue 5's "Must show" that
// one process can show (the SIGKILL test is TestSyncKill).
class TestSyncEngine : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    int writes() { return m_server.stats().value(QStringLiteral("writes")).toInt(); }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void firstSyncCreatesEveryoneThenAResyncWritesNothing()
    {
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.writeCsv(people(120));
        SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(r.counts.count(HistoryOperation::Create, HistoryResult::Success), 120);
        QCOMPARE(f.zoomUsers().size(), 120);
        QCOMPARE(m_server.requestCount(QStringLiteral("POST")), 120);
        QCOMPARE(r.exitCode(), 0);
        const QJsonObject u = f.zoomUsers().value(QStringLiteral("user-00007@example.com"));
        QCOMPARE(u.value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")).toString(),
            QStringLiteral("First7"));

        QVERIFY(m_server.resetStats());
        r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(r.unchanged, 120);
        QCOMPARE(writes(), 0);
        QCOMPARE(r.requests.value(QStringLiteral("POST")) + r.requests.value(QStringLiteral("PUT"))
                + r.requests.value(QStringLiteral("PATCH")) + r.requests.value(QStringLiteral("DELETE")),
            0);
    }

    void changedUsersAreUpdatedAndOnlyThey()
    {
        SyncFixture f(&m_server);
        QList<Person> ps = people(30);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        for (int i : {3, 10, 17})
            ps[i].title = QStringLiteral("Manager");
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(r.counts.count(HistoryOperation::Update, HistoryResult::Success), 3);
        QCOMPARE(m_server.requestCount(QStringLiteral("PUT")), 3);
        QCOMPARE(writes(), 3);
        QCOMPARE(f.zoomUsers()
                     .value(QStringLiteral("user-00010@example.com"))
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("Manager"));
    }

    void disabledInSourceIsDeactivatedAndReactivated()
    {
        SyncFixture f(&m_server);
        QList<Person> ps = people(5);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        ps[2].status = QStringLiteral("Disabled");
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        SyncReport r = f.sync();
        QCOMPARE(r.counts.count(HistoryOperation::Disable, HistoryResult::Success), 1);
        QCOMPARE(m_server.requestCount(QStringLiteral("PATCH")), 1);
        QCOMPARE(writes(), 1);
        QCOMPARE(f.zoomUsers()
                     .value(QStringLiteral("user-00002@example.com"))
                     .value(QStringLiteral("active"))
                     .toBool(),
            false);

        // Nothing more to do while it stays disabled; enabling it again reactivates it.
        QVERIFY(m_server.resetStats());
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QCOMPARE(writes(), 0);
        ps[2].status = QStringLiteral("Active");
        f.writeCsv(ps);
        r = f.sync();
        QCOMPARE(r.counts.count(HistoryOperation::Reactivate, HistoryResult::Success), 1);
        QCOMPARE(f.zoomUsers()
                     .value(QStringLiteral("user-00002@example.com"))
                     .value(QStringLiteral("active"))
                     .toBool(),
            true);
    }

    void removedFromSourceFollowsTheRemoveAction()
    {
        SyncFixture f(&m_server);
        QList<Person> ps = people(6);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);

        ps.removeAt(5); // Remove Action "Disable"
        f.writeCsv(ps);
        SyncReport r = f.sync();
        QCOMPARE(r.counts.count(HistoryOperation::RemoveDisable, HistoryResult::Success), 1);
        QCOMPARE(f.zoomUsers()
                     .value(QStringLiteral("user-00005@example.com"))
                     .value(QStringLiteral("active"))
                     .toBool(),
            false);

        f.connection().actions.disableUsers = false; // Delete is then the remove action
        f.connection().actions.removeAction = RemoveAction::Delete;
        QVERIFY(f.saveConnection());
        ps.removeAt(4);
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        r = f.sync();
        QCOMPARE(r.counts.count(HistoryOperation::RemoveDelete, HistoryResult::Success),
            2); // user 4, and 5 (disabled)
        QCOMPARE(m_server.requestCount(QStringLiteral("DELETE")), 2);
        QCOMPARE(f.zoomUsers().size(), 4);
    }

    void eachActionOffIsASkipThatIsReported()
    {
        SyncFixture f(&m_server);
        QList<Person> ps = people(4);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        f.connection().actions = UserActions {false, false, false, false, RemoveAction::Disable, false};
        QVERIFY(f.saveConnection());
        ps[0].title = QStringLiteral("Changed"); // update off
        ps[1].status = QStringLiteral("Disabled"); // disable off
        ps.removeAt(3); // deprovision off
        ps << people(1, QStringLiteral("newcomer")); // create off
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync();
        QCOMPARE(writes(), 0);
        QCOMPARE(r.counts.count(HistoryOperation::Skip, HistoryResult::Skipped), 4);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        const auto events = HistoryQuery(Database(f.dataDir()).handle()).runEvents(r.runId, 0, 100000);
        QStringList reasons;
        for (const HistoryEvent &e : events)
            reasons << e.detail;
        const QString all = reasons.join(QLatin1Char('|'));
        for (const char *word : {"creation", "updation", "disable", "deprovision"})
            QVERIFY2(all.contains(QLatin1String(word)), qPrintable(all));
    }

    void existingZoomUsersAreAdoptedNotDuplicated()
    {
        SyncFixture f(&m_server);
        QJsonObject existing
            = ScimTestServer::makeUser(QStringLiteral("User-00001@Example.com"), QStringLiteral("Old"));
        QVERIFY(!m_server.seedUsers(QJsonArray {existing}).isEmpty());
        f.writeCsv(people(3));
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(r.counts.count(HistoryOperation::Adopt, HistoryResult::Success), 1);
        QCOMPARE(r.counts.count(HistoryOperation::Create, HistoryResult::Success), 2);
        QCOMPARE(m_server.requestCount(QStringLiteral("POST")), 2);
        QCOMPARE(f.zoomUsers().size(), 3);
        // Adopted and brought in line with the source.
        QCOMPARE(f.zoomUsers()
                     .value(QStringLiteral("user-00001@example.com"))
                     .value(QStringLiteral("name"))
                     .toObject()
                     .value(QStringLiteral("givenName"))
                     .toString(),
            QStringLiteral("First1"));
    }

    void foreignAccountIsAPerUserErrorNotAFailedRun()
    {
        SyncFixture f(&m_server);
        QVERIFY(m_server.setConfig(
            {{QStringLiteral("foreignEmails"), QJsonArray {QStringLiteral("user-00001@example.com")}}}));
        f.writeCsv(people(3));
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Partial);
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(r.counts.count(HistoryOperation::Create, HistoryResult::Failed), 1);
        QCOMPARE(r.counts.count(HistoryOperation::Create, HistoryResult::Success), 2);
        const auto events = HistoryQuery(Database(f.dataDir()).handle()).runEvents(r.runId, 0, 100000);
        bool explained = false;
        for (const HistoryEvent &e : events)
            explained |= e.result == HistoryResult::Failed
                && e.detail.contains(QStringLiteral("outside this account"));
        QVERIFY(explained);
        QCOMPARE(f.managedCount(QStringLiteral("pending-create")), 0);
    }

    void adminsThatZoomWillNotDeactivateAreReported()
    {
        SyncFixture f(&m_server);
        QList<Person> ps = people(2);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QVERIFY(m_server.setConfig(
            {{QStringLiteral("adminUsers"), QJsonArray {QStringLiteral("user-00000@example.com")}}}));
        ps[0].status = QStringLiteral("Disabled");
        f.writeCsv(ps);
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Partial);
        const auto events = HistoryQuery(Database(f.dataDir()).handle()).runEvents(r.runId, 0, 100000);
        QVERIFY(std::any_of(events.cbegin(), events.cend(),
            [](const HistoryEvent &e) { return e.detail.contains(QStringLiteral("Admin role")); }));
    }

    void removalGuardHoldsThenApprovalReleases()
    {
        SyncFixture f(&m_server);
        f.connection().removalGuard = RemovalGuard {10, 500};
        QVERIFY(f.saveConnection());
        QList<Person> ps = people(20);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        f.writeCsv(ps.mid(0, 15)); // 5 of 20 = 25 % > 10 %
        ps[0].title = QStringLiteral("Still applied");
        f.writeCsv(QList<Person> {ps.mid(0, 15)});
        QVERIFY(m_server.resetStats());
        SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Held);
        QCOMPARE(r.exitCode(), 2);
        QCOMPARE(r.held.size(), 5);
        QCOMPARE(m_server.requestCount(QStringLiteral("PATCH")), 0);
        QCOMPARE(r.counts.count(HistoryOperation::Update, HistoryResult::Success), 1); // other changes apply

        r = f.sync(false, false, true);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(r.counts.count(HistoryOperation::RemoveDisable, HistoryResult::Success), 5);
        QCOMPARE(m_server.requestCount(QStringLiteral("PATCH")), 5);
    }

    void dryRunPlansWithDiffsAndWritesNothing()
    {
        SyncFixture f(&m_server);
        QList<Person> ps = people(5);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        ps[1].title = QStringLiteral("Director");
        ps << people(2, QStringLiteral("new"));
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync(true);
        QCOMPARE(writes(), 0);
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QVERIFY(r.dryRun);
        QCOMPARE(r.counts.total(HistoryResult::Planned), 3);
        const auto update = std::find_if(r.plan.cbegin(), r.plan.cend(),
            [](const PlannedOperation &op) { return op.kind == PlannedOperation::Kind::Update; });
        QVERIFY(update != r.plan.cend());
        QCOMPARE(update->changes.at(0).toObject().value(QStringLiteral("new")).toString(),
            QStringLiteral("Director"));
        QVERIFY(r.planToCsv().contains("Engineer → Director") || r.planToCsv().contains("Director"));
        QCOMPARE(r.planToJson().size(), 3);
        // And the real run then does exactly that.
        QCOMPARE(f.sync().counts.total(HistoryResult::Success), 3);
    }

    void transientFaultsAreRetriedAndTheRunCompletes()
    {
        SyncFixture f(&m_server);
        f.writeCsv(people(10));
        QVERIFY(m_server.pushFault(QStringLiteral("POST"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("1")}}));
        QVERIFY(m_server.pushFault(
            QStringLiteral("POST"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 503}}));
        QVERIFY(m_server.pushFault(
            QStringLiteral("GET"), QStringLiteral("/scim2/Users"), {{QStringLiteral("drop"), true}}));
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(f.zoomUsers().size(), 10);
    }

    void expiredTokenMidRunIsRenewedOnce()
    {
        SyncFixture f(&m_server);
        QList<Person> ps = people(10);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        for (Person &p : ps)
            p.title = QStringLiteral("Renamed");
        f.writeCsv(ps);
        QVERIFY(m_server.pushFault(QStringLiteral("PUT"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 401}, {QStringLiteral("expireToken"), true}}));
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Succeeded);
        QCOMPARE(r.counts.count(HistoryOperation::Update, HistoryResult::Success), 10);
        QVERIFY(m_server.tokenRequestCount() <= 2);
    }

    void unreachableSourceChangesNothing()
    {
        SyncFixture f(&m_server);
        f.writeCsv(people(3));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QFile::remove(f.csvPath());
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("Nothing was changed")), qPrintable(r.message));
        QCOMPARE(writes(), 0);
    }

    void historyHoldsExactlyTheEventsThatHappened()
    {
        SyncFixture f(&m_server);
        QList<Person> ps = people(12);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        ps[0].title = QStringLiteral("X");
        ps[1].status = QStringLiteral("Disabled");
        ps.removeAt(11);
        ps << people(2, QStringLiteral("late"));
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        const SyncReport r = f.sync();
        const QJsonObject byMethod = m_server.stats().value(QStringLiteral("writesByMethod")).toObject();
        const auto events = HistoryQuery(Database(f.dataDir()).handle()).runEvents(r.runId, 0, 100000);
        int success = 0;
        for (const HistoryEvent &e : events)
            success += e.result == HistoryResult::Success ? 1 : 0;
        QCOMPARE(success,
            byMethod.value(QStringLiteral("POST")).toInt() + byMethod.value(QStringLiteral("PUT")).toInt()
                + byMethod.value(QStringLiteral("PATCH")).toInt()
                + byMethod.value(QStringLiteral("DELETE")).toInt());
        QCOMPARE(byMethod.value(QStringLiteral("POST")).toInt(), 2);
        QCOMPARE(byMethod.value(QStringLiteral("PUT")).toInt(), 1);
        QCOMPARE(byMethod.value(QStringLiteral("PATCH")).toInt(), 2); // disabled + removed (Disable)
        QCOMPARE(r.requests.value(QStringLiteral("POST")), 2);
    }

    void provisionThisUserNowTouchesOnlyThatUser()
    {
        SyncFixture f(&m_server);
        f.writeCsv(people(8));
        SyncRequest r = f.request();
        r.onlySourceKeys = {QStringLiteral("user-00003")};
        const SyncReport report = f.run(r);
        QCOMPARE(report.outcome, RunOutcome::Succeeded);
        QCOMPARE(f.zoomUsers().keys(), QStringList {QStringLiteral("user-00003@example.com")});
        QCOMPARE(m_server.requestCount(QStringLiteral("POST")), 1);
    }

    void deprovisionOnRuleDeletionRemovesEveryManagedUser()
    {
        SyncFixture f(&m_server);
        f.connection().removalGuard = RemovalGuard {5, 500};
        QVERIFY(f.saveConnection());
        f.writeCsv(people(6));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QVERIFY(
            !m_server.seedUsers(QJsonArray {ScimTestServer::makeUser(QStringLiteral("not-ours@example.com"))})
                 .isEmpty());
        SyncRequest r = f.request();
        r.deprovisionAll = true;
        const SyncReport report = f.run(r);
        QCOMPARE(report.outcome, RunOutcome::Succeeded);
        QCOMPARE(report.counts.count(HistoryOperation::RemoveDisable, HistoryResult::Success), 6);
        const auto zoom = f.zoomUsers();
        QCOMPARE(
            zoom.value(QStringLiteral("user-00000@example.com")).value(QStringLiteral("active")).toBool(),
            false);
        // Only managed users: an account the connection never provisioned is left alone.
        QCOMPARE(zoom.value(QStringLiteral("not-ours@example.com")).value(QStringLiteral("active")).toBool(),
            true);
    }

    void invalidConnectionIsRefusedAndRecorded()
    {
        SyncFixture f(&m_server);
        f.writeCsv(people(2));
        f.connection().validity = Validity::Invalid;
        f.saveConnection();
        const SyncReport r = f.sync();
        QCOMPARE(r.outcome, RunOutcome::Failed);
        QVERIFY(r.message.contains(QStringLiteral("connection test")));
        QVERIFY(r.runId > 0);
        QCOMPARE(m_server.users().size(), 0);
    }

    void aSecretReadForAnotherEndpointIsNeverSent()
    {
        SyncFixture f(&m_server);
        f.writeCsv(people(2));
        SyncRequest r = f.request();
        // The secret was read while the connection pointed elsewhere; it has moved since.
        Connection before = f.connection();
        before.oauth.tokenUrl = QUrl(QStringLiteral("https://zoom.us/oauth/token"));
        r.secretsReadFor = before;
        QVERIFY(m_server.resetStats());
        const SyncReport report = f.run(r);
        QCOMPARE(report.outcome, RunOutcome::Failed);
        QVERIFY2(report.message.contains(QStringLiteral("Token URL")), qPrintable(report.message));
        QCOMPARE(m_server.tokenRequestCount(), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 0);
        QCOMPARE(m_server.users().size(), 0);
        // Read for the connection as it is, the same secret works.
        r.secretsReadFor = f.connection();
        QCOMPARE(f.run(r).outcome, RunOutcome::Succeeded);
        QCOMPARE(m_server.users().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
