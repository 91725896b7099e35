// "Provision now" and "Retry the failed" through the built provisiondesk-cli against the real SCIM
// test server: `sync NAME --only KEY,…` touches exactly the listed users (and reports keys that
// matched nobody); `sync NAME --retry-failed [--run ID]` syncs exactly the users a run failed; with
// nothing to retry, or another connection's run, it refuses and syncs nothing.
#include "ConnectionStore.h"
#include "HistoryQuery.h"
#include "SyncFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString secretVariable = QStringLiteral("PD_ONLY_TEST_SECRET");
const QString domain = QStringLiteral("@example.com");

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

} // namespace

class TestSyncOnly : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    ProcessResult sync(
        SyncFixture &f, const QStringList &extra, const QString &name = QStringLiteral("Sync test"))
    {
        return runCli(QStringList {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("sync"), name,
                          QStringLiteral("--secret-env"), secretVariable}
                + extra,
            {secretVariable + QLatin1Char('=') + m_server.clientSecret()}, 120000);
    }
    static QJsonObject json(const ProcessResult &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    int writes() { return m_server.stats().value(QStringLiteral("writes")).toInt(); }
    QString title(const SyncFixture &f, const QString &key)
    {
        return f.zoomUsers().value(key + domain).value(QStringLiteral("title")).toString();
    }
    int runCount(SyncFixture &f) const { return HistoryQuery(f.database().handle()).countRuns(RunFilter {}); }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void onlyTouchesExactlyTheListedUsers()
    {
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps = people(10);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        QCOMPARE(f.zoomUsers().size(), 10);

        // Five change their title, one leaves the source; only two are provisioned now.
        for (int i = 1; i <= 5; ++i)
            ps[i].title = QStringLiteral("Manager");
        f.writeCsv(ps.mid(0, 9));
        QVERIFY(m_server.resetStats());

        // A dry run first: it plans exactly those two and sends nothing.
        const ProcessResult dry = sync(f,
            {QStringLiteral("--only"), QStringLiteral("user-00001,user-00002"), QStringLiteral("--dry-run"),
                QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QSet<QString> planned;
        const QJsonArray plan = json(dry).value(QStringLiteral("plan")).toArray();
        for (const QJsonValue &op : plan)
            planned.insert(op.toObject().value(QStringLiteral("sourceKey")).toString());
        QCOMPARE(planned, (QSet<QString> {QStringLiteral("user-00001"), QStringLiteral("user-00002")}));
        QCOMPARE(writes(), 0);

        const ProcessResult r = sync(f,
            {QStringLiteral("--only"), QStringLiteral("user-00001, user-00002"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject summary = json(r);
        QCOMPARE(strings(summary.value(QStringLiteral("only"))),
            (QStringList {QStringLiteral("user-00001"), QStringLiteral("user-00002")}));
        QVERIFY(strings(summary.value(QStringLiteral("unknownKeys"))).isEmpty());
        QCOMPARE(writes(), 2);
        QCOMPARE(title(f, QStringLiteral("user-00001")), QStringLiteral("Manager"));
        QCOMPARE(title(f, QStringLiteral("user-00002")), QStringLiteral("Manager"));
        for (int i = 3; i <= 5; ++i)
            QCOMPARE(title(f, ps[i].key), QStringLiteral("Engineer"));
        // The one who left the source was not listed: not removed.
        QVERIFY(f.zoomUsers()
                    .value(QStringLiteral("user-00009") + domain)
                    .value(QStringLiteral("active"))
                    .toBool());
        QCOMPARE(f.managedCount(), 10);

        // Repeated --only, text output, and a key that matches nobody: reported, exit code 1.
        QVERIFY(m_server.resetStats());
        const ProcessResult text = sync(f,
            {QStringLiteral("--only"), QStringLiteral("user-00003"), QStringLiteral("--only"),
                QStringLiteral("nobody-42")});
        QVERIFY2(text.exitCode == 1, qPrintable(text.out + text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Syncing only 2 user"))
                && text.out.contains(QStringLiteral(": user-00003, nobody-42")),
            qPrintable(text.out));
        QVERIFY2(text.err.contains(QStringLiteral("not managed, so nothing was done for: nobody-42")),
            qPrintable(text.err));
        QCOMPARE(writes(), 1);
        QCOMPARE(title(f, QStringLiteral("user-00003")), QStringLiteral("Manager"));
        QCOMPARE(title(f, QStringLiteral("user-00004")), QStringLiteral("Engineer"));
    }

    void badSelectionsAreUsageErrors()
    {
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.writeCsv(people(3));
        const int before = runCount(f);
        const ProcessResult empty = sync(f, {QStringLiteral("--only"), QStringLiteral(" , ")});
        QCOMPARE(empty.exitCode, 64);
        QVERIFY2(empty.err.contains(QStringLiteral("--only needs at least one source key")),
            qPrintable(empty.err));
        const ProcessResult both = sync(
            f, {QStringLiteral("--only"), QStringLiteral("user-00001"), QStringLiteral("--retry-failed")});
        QCOMPARE(both.exitCode, 64);
        const ProcessResult badRun
            = sync(f, {QStringLiteral("--retry-failed"), QStringLiteral("--run"), QStringLiteral("abc")});
        QCOMPARE(badRun.exitCode, 64);
        QCOMPARE(runCount(f), before);
        QCOMPARE(f.zoomUsers().size(), 0);
    }

    void retryFailedSyncsExactlyTheFailedUsers()
    {
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps = people(8);
        // Run 1: user-00002 already holds an account in another Zoom account.
        f.writeCsv(ps.mid(0, 6));
        QVERIFY(m_server.setConfig({{QStringLiteral("foreignEmails"), QJsonArray {ps[2].email}}}));
        const SyncReport first = f.sync();
        QCOMPARE(first.outcome, RunOutcome::Partial);
        // Run 2: two more people; user-00002 and user-00006 fail.
        f.writeCsv(ps);
        QVERIFY(
            m_server.setConfig({{QStringLiteral("foreignEmails"), QJsonArray {ps[2].email, ps[6].email}}}));
        const SyncReport second = f.sync();
        QCOMPARE(second.outcome, RunOutcome::Partial);
        QCOMPARE(HistoryQuery(f.database().handle()).failedSourceKeys(second.runId),
            (QStringList {QStringLiteral("user-00002"), QStringLiteral("user-00006")}));
        QCOMPARE(f.zoomUsers().size(), 6);

        // --run picks the given run: its failed users only.
        const ProcessResult older = sync(f,
            {QStringLiteral("--retry-failed"), QStringLiteral("--run"), QString::number(first.runId),
                QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(older.exitCode == 0, qPrintable(older.err));
        QCOMPARE(json(older).value(QStringLiteral("retriedRunId")).toInteger(), first.runId);
        QCOMPARE(
            strings(json(older).value(QStringLiteral("only"))), QStringList {QStringLiteral("user-00002")});
        const QJsonArray olderPlan = json(older).value(QStringLiteral("plan")).toArray();
        QCOMPARE(olderPlan.size(), 1);
        QCOMPARE(olderPlan.first().toObject().value(QStringLiteral("sourceKey")).toString(),
            QStringLiteral("user-00002"));

        // Zoom accepts them now; someone else changed meanwhile and must stay as they are.
        QVERIFY(m_server.setConfig({{QStringLiteral("foreignEmails"), QJsonArray {}}}));
        ps[5].title = QStringLiteral("Director");
        f.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        const ProcessResult retry = sync(f, {QStringLiteral("--retry-failed")});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.out + retry.err));
        QVERIFY2(retry.out.contains(QStringLiteral("of run %1: user-00002, user-00006").arg(second.runId)),
            qPrintable(retry.out));
        QCOMPARE(writes(), 2);
        QCOMPARE(m_server.stats()
                     .value(QStringLiteral("writesByMethod"))
                     .toObject()
                     .value(QStringLiteral("POST"))
                     .toInt(),
            2);
        const auto users = f.zoomUsers();
        QCOMPARE(users.size(), 8);
        QVERIFY(users.contains(ps[2].email) && users.contains(ps[6].email));
        QCOMPARE(title(f, QStringLiteral("user-00005")), QStringLiteral("Engineer"));

        // Nothing failed any more: the latest run with failures is still run 2, whose users now
        // exist; a run of ours without failures is refused with --run.
        const qint64 retried = HistoryQuery(f.database().handle()).runs(RunFilter {}).constFirst().id;
        const ProcessResult none
            = sync(f, {QStringLiteral("--retry-failed"), QStringLiteral("--run"), QString::number(retried)});
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains(QStringLiteral("has no failed users: there is nothing to retry")),
            qPrintable(none.err));
        const ProcessResult missing
            = sync(f, {QStringLiteral("--retry-failed"), QStringLiteral("--run"), QStringLiteral("99999")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(QStringLiteral("there is no run 99999")), qPrintable(missing.err));

        // Another connection's run is refused.
        Connection other = f.connection();
        other.id = QUuid();
        other.name = QStringLiteral("Other");
        QVERIFY(ConnectionStore(f.database().handle()).insert(&other));
        const int before = runCount(f);
        const ProcessResult foreign = sync(f,
            {QStringLiteral("--retry-failed"), QStringLiteral("--run"), QString::number(second.runId)},
            QStringLiteral("Other"));
        QCOMPARE(foreign.exitCode, 3);
        QVERIFY2(foreign.err.contains(QStringLiteral("is a run of \"Sync test\", not of \"Other\"")),
            qPrintable(foreign.err));
        // And a connection without failed runs has nothing to retry.
        const ProcessResult nothing = sync(f, {QStringLiteral("--retry-failed")}, QStringLiteral("Other"));
        QCOMPARE(nothing.exitCode, 3);
        QVERIFY2(nothing.err.contains(QStringLiteral("no run of \"Other\" has failed users")),
            qPrintable(nothing.err));
        QCOMPARE(runCount(f), before);
    }
};

QTEST_GUILESS_MAIN(TestSyncOnly)
#include "TestSyncOnly.moc"
