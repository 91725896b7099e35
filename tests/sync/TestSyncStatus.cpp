// `provisiondesk-cli status` through the built binary, on syncs run against the real SCIM test server
// and secrets in the real keychain: the monitoring-plugin line and exit code (0 OK, 1 WARNING,
// 2 CRITICAL, 3 UNKNOWN) for a good sync, partly failed and failed runs, removals held for more than a
// day, no success for longer than alerts.maxHoursWithoutSuccess, enabled but invalid, no stored
// secret, the worst of several connections, --json, and a corrupt database.
#include "KeychainSecretStore.h"
#include "SyncFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestSyncStatus : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;
    KeychainSecretStore m_keychain; // the service the CLI reads
    QList<QUuid> m_stored;

    ProcessResult status(const SyncFixture &f, const QStringList &extra = {QStringLiteral("Sync test")})
    {
        return runCli(
            QStringList {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("status")} + extra);
    }

    bool storeSecret(const QUuid &id)
    {
        bool done = false;
        bool ok = false;
        m_keychain.write(
            {id, SecretKind::ClientSecret}, m_server.clientSecret(), this, [&](const SecretResult &r) {
                ok = r.ok();
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return false;
        if (ok)
            m_stored << id;
        return ok;
    }

    // Moves every run of the fixture's connection hoursAgo into the past.
    static bool age(SyncFixture &f, int hoursAgo)
    {
        QSqlQuery q(f.database().handle());
        const QString then
            = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600).toString(Qt::ISODateWithMs);
        q.prepare(QStringLiteral("UPDATE runs SET started_at = ?, finished_at = ?"));
        q.addBindValue(then);
        q.addBindValue(then);
        return q.exec();
    }

    static QString firstLine(const ProcessResult &r) { return r.out.section(QLatin1Char('\n'), 0, 0); }

private slots:
    void initTestCase()
    {
        if (!secretServiceAvailable())
            QSKIP("no Secret Service on the session bus: run through scripts/test");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void cleanupTestCase()
    {
        for (const QUuid &id : std::as_const(m_stored)) {
            bool done = false;
            m_keychain.remove(
                {id, SecretKind::ClientSecret}, this, [&](const SecretResult &) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }
    }

    void okAfterAGoodSync()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(storeSecret(f.connection().id));
        f.writeCsv(people(3));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        const ProcessResult r = status(f);
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(firstLine(r).startsWith(QStringLiteral("PROVISIONDESK OK - Sync test: The last sync (run ")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\nSync test: OK\n")));
    }

    void partlyFailedRunIsAWarningAndFailedRunCritical()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY(storeSecret(f.connection().id));
        f.writeCsv(people(3));
        // 400 is not retried: one user fails, the others are created.
        QVERIFY(m_server.pushFault(
            QStringLiteral("POST"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 400}}));
        QCOMPARE(f.sync().outcome, RunOutcome::Partial);
        ProcessResult r = status(f);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(firstLine(r).startsWith(QStringLiteral("PROVISIONDESK WARNING - Sync test: The last sync")),
            qPrintable(r.out));
        QVERIFY2(firstLine(r).contains(QStringLiteral("partly failed: 1 user failed")), qPrintable(r.out));

        // An unreadable source fails the run before anything is sent.
        QVERIFY(QFile::remove(f.csvPath()));
        QCOMPARE(f.sync().outcome, RunOutcome::Failed);
        r = status(f);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(firstLine(r).startsWith(QStringLiteral("PROVISIONDESK CRITICAL - Sync test: The last sync")),
            qPrintable(r.out));
        QVERIFY(firstLine(r).contains(QStringLiteral(" failed")));
    }

    void removalsHeldForMoreThanADayAreAWarning()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY(storeSecret(f.connection().id));
        f.writeCsv(people(6));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        f.connection().removalGuard.percentOfManaged = 10;
        f.connection().removalGuard.maxUsers = 1;
        QVERIFY(f.saveConnection());
        f.writeCsv(people(3));
        QCOMPARE(f.sync().outcome, RunOutcome::Held);
        // Held for less than a day: not yet a problem.
        ProcessResult r = status(f);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(age(f, 48));
        r = status(f);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            firstLine(r).startsWith(QStringLiteral("PROVISIONDESK WARNING - Sync test: Removals have been "
                                                   "held for approval since ")),
            qPrintable(r.out));
    }

    void noSuccessForLongerThanTheLimitIsCritical()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY(storeSecret(f.connection().id));
        f.connection().alerts.maxHoursWithoutSuccess = 1;
        QVERIFY(f.saveConnection());
        f.writeCsv(people(2));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QCOMPARE(status(f).exitCode, 0);
        QVERIFY(age(f, 2));
        ProcessResult r = status(f);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(firstLine(r).contains(QStringLiteral("No successful sync for 2 hours")), qPrintable(r.out));
        QVERIFY(firstLine(r).contains(QStringLiteral("the limit is 1 hours")));
        f.connection().alerts.maxHoursWithoutSuccess = 3;
        QVERIFY(f.saveConnection());
        QCOMPARE(status(f).exitCode, 0);
    }

    void enabledButInvalidIsCritical()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY(storeSecret(f.connection().id));
        // The store never enables an invalid connection itself: set the state a failed re-test leaves
        // when another process enabled it in between.
        QSqlQuery q(f.database().handle());
        QVERIFY(q.exec(QStringLiteral("UPDATE connections SET validity = 'invalid', enabled = 1, "
                                      "last_test_message = 'Zoom refused the client secret.'")));
        const ProcessResult r = status(f);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            firstLine(r).contains(QStringLiteral("its last connection test failed: Zoom refused the client "
                                                 "secret.")),
            qPrintable(r.out));
    }

    void enabledWithoutASecretIsCritical()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server); // nothing in the keychain for this new connection
        const ProcessResult r = status(f);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(firstLine(r).contains(QStringLiteral("No client secret is stored in the keychain")),
            qPrintable(r.out));
        // Disabled, the same connection is not checked.
        f.connection().enabled = false;
        QVERIFY(f.saveConnection());
        QCOMPARE(status(f).exitCode, 0);
    }

    void everyConnectionTheWorstWinsAndJson()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY(storeSecret(f.connection().id));
        f.writeCsv(people(2));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        Connection other = m_server.connection(QStringLiteral("Other"));
        other.validity = Validity::Valid;
        other.enabled = true;
        QVERIFY(ConnectionStore(f.database().handle()).insert(&other)); // no secret: CRITICAL

        ProcessResult r = status(f, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(firstLine(r).startsWith(
                     QStringLiteral("PROVISIONDESK CRITICAL - 2 connections: 1 CRITICAL, 1 OK; "
                                    "Other: No client secret")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\nOther: CRITICAL\n  CRITICAL: No client secret")));

        r = status(f, {QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 2);
        const QJsonArray list = o.value(QStringLiteral("connections")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject other0 = list.at(0).toObject(); // sorted by name: Other, Sync test
        QCOMPARE(other0.value(QStringLiteral("name")).toString(), QStringLiteral("Other"));
        QCOMPARE(other0.value(QStringLiteral("state")).toString(), QStringLiteral("CRITICAL"));
        QVERIFY(other0.value(QStringLiteral("lastRun")).isNull());
        const QJsonObject finding = other0.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(finding.value(QStringLiteral("code")).toString(), QStringLiteral("no-secret"));
        QCOMPARE(finding.value(QStringLiteral("state")).toString(), QStringLiteral("CRITICAL"));
        const QJsonObject sync = list.at(1).toObject();
        QCOMPARE(sync.value(QStringLiteral("state")).toString(), QStringLiteral("OK"));
        QCOMPARE(sync.value(QStringLiteral("lastRun")).toObject().value(QStringLiteral("outcome")).toString(),
            QStringLiteral("succeeded"));
        QVERIFY(!sync.value(QStringLiteral("lastSuccessAt")).toString().isEmpty());
        QVERIFY(sync.value(QStringLiteral("findings")).toArray().isEmpty());
    }

    void corruptDatabaseIsUnknown()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QString::fromLatin1(Database::fileName)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const ProcessResult r = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            firstLine(r).startsWith(QStringLiteral("PROVISIONDESK UNKNOWN - cannot open the database: ")),
            qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "TestSyncStatus.moc"
