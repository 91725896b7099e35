// `sync NAME --approve-removals FILE` through the built provisiondesk-cli against the real SCIM test
// server: only the held removals listed in the reviewed FILE are applied, and only while each is
// still planned the same way; a bare flag or a bad FILE is a usage error that syncs nothing; an empty
// scope holds every removal; a removal guard over 50 % is refused.
#include "HistoryQuery.h"
#include "SyncFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString secretVariable = QStringLiteral("PD_APPROVAL_TEST_SECRET");

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

QSet<QString> heldKeys(const QJsonObject &summary)
{
    QSet<QString> keys;
    const QJsonArray held = summary.value(QStringLiteral("held")).toArray();
    for (const QJsonValue &v : held)
        keys.insert(v.toObject().value(QStringLiteral("sourceKey")).toString());
    return keys;
}

int count(const QJsonObject &summary, const QString &operation, const QString &result)
{
    return summary.value(QStringLiteral("counts"))
        .toObject()
        .value(operation)
        .toObject()
        .value(result)
        .toInt();
}

} // namespace

class TestSyncApproval : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    ProcessResult sync(const SyncFixture &f, const QStringList &extra)
    {
        return runCli(QStringList {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("sync"),
                          QStringLiteral("Sync test"), QStringLiteral("--secret-env"), secretVariable}
                + extra,
            {secretVariable + QLatin1Char('=') + m_server.clientSecret()}, 120000);
    }

    // The same, with stdin fed (for --approve-removals -).
    ProcessResult syncWithInput(const SyncFixture &f, const QStringList &extra, const QByteArray &input)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(secretVariable, m_server.clientSecret());
        p.setProcessEnvironment(env);
        p.start(binaryDir() + QStringLiteral("/app/cli/provisiondesk-cli"),
            QStringList {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("sync"),
                QStringLiteral("Sync test"), QStringLiteral("--secret-env"), secretVariable}
                + extra);
        ProcessResult r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        r.finished = p.waitForFinished(120000);
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    int runCount(const SyncFixture &f) const
    {
        return HistoryQuery(Database(f.dataDir()).handle()).countRuns(RunFilter {});
    }

    // 20 users synced; then 5 leave the source (25 % > the 10 % guard): a dry run holds them.
    QByteArray reviewFiveHeld(SyncFixture &f, QList<Person> *ps)
    {
        f.connection().removalGuard = RemovalGuard {10, 500};
        if (!f.saveConnection())
            return {};
        *ps = people(20);
        f.writeCsv(*ps);
        if (f.sync().outcome != RunOutcome::Succeeded)
            return {};
        f.writeCsv(ps->mid(0, 15));
        const ProcessResult review = sync(f, {QStringLiteral("--dry-run"), QStringLiteral("--json")});
        if (review.exitCode != 2)
            qWarning("dry run: exit %d: %s", review.exitCode, qPrintable(review.err));
        return review.out.toUtf8();
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void reviewedFileAppliesExactlyItsRemovals()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps;
        const QByteArray plan = reviewFiveHeld(f, &ps);
        const QJsonObject reviewed = QJsonDocument::fromJson(plan).object();
        QCOMPARE(reviewed.value(QStringLiteral("outcome")).toString(), QStringLiteral("held"));
        const QJsonArray held = reviewed.value(QStringLiteral("held")).toArray();
        QCOMPARE(held.size(), 5);
        for (const QJsonValue &v : held) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("operation")).toString(), QStringLiteral("remove-disable"));
            QVERIFY(!e.value(QStringLiteral("zoomId")).toString().isEmpty());
            QVERIFY(e.value(QStringLiteral("userName")).toString().endsWith(QStringLiteral("@example.com")));
        }
        QCOMPARE(heldKeys(reviewed),
            (QSet<QString> {QStringLiteral("user-00015"), QStringLiteral("user-00016"),
                QStringLiteral("user-00017"), QStringLiteral("user-00018"), QStringLiteral("user-00019")}));

        const QString path = writeFile(f.dataDir() + QStringLiteral("/plan.json"), plan);
        QVERIFY(m_server.resetStats());
        const ProcessResult r
            = sync(f, {QStringLiteral("--approve-removals"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(count(summary, QStringLiteral("remove-disable"), QStringLiteral("success")), 5);
        QCOMPARE(summary.value(QStringLiteral("held")).toArray().size(), 0);
        QCOMPARE(summary.value(QStringLiteral("staleApprovals")).toArray().size(), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("PATCH")), 5);
        const auto zoom = f.zoomUsers();
        for (const Person &p : ps) {
            const bool removed = p.key >= QStringLiteral("user-00015");
            QCOMPARE(zoom.value(p.email).value(QStringLiteral("active")).toBool(), !removed);
        }
    }

    void onlyRemovalsStillPlannedAsReviewedApply()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps;
        const QByteArray plan = reviewFiveHeld(f, &ps);
        QCOMPARE(heldKeys(QJsonDocument::fromJson(plan).object()).size(), 5);

        // Between review and approval: user 15 is back, disabled in the source (a disable now, not
        // the reviewed removal), and user 14 leaves too (a removal nobody reviewed).
        QList<Person> now = ps.mid(0, 14);
        Person back = ps.at(15);
        back.status = QStringLiteral("Disabled");
        now << back;
        f.writeCsv(now);
        // A dry run with the approvals previews it; in text mode the stale approval is named.
        const QString path = writeFile(f.dataDir() + QStringLiteral("/plan.json"), plan);
        const ProcessResult text
            = sync(f, {QStringLiteral("--dry-run"), QStringLiteral("--approve-removals"), path});
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.out.contains(QStringLiteral("approval of remove-disable user-00015@example.com")),
            qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("no longer planned the same way")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("--dry-run --json > plan.json")), qPrintable(text.out));

        QVERIFY(m_server.resetStats());
        const ProcessResult r = syncWithInput(
            f, {QStringLiteral("--approve-removals"), QStringLiteral("-"), QStringLiteral("--json")}, plan);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 2, qPrintable(r.err + r.out));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("held"));
        QCOMPARE(count(summary, QStringLiteral("remove-disable"), QStringLiteral("success")), 4);
        QCOMPARE(m_server.requestCount(QStringLiteral("PATCH")), 4);
        QCOMPARE(
            heldKeys(summary), (QSet<QString> {QStringLiteral("user-00014"), QStringLiteral("user-00015")}));
        for (const QJsonValue &v : summary.value(QStringLiteral("held")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("sourceKey")).toString() == QLatin1String("user-00015")) {
                QCOMPARE(e.value(QStringLiteral("operation")).toString(), QStringLiteral("disable"));
                QVERIFY2(e.value(QStringLiteral("reason"))
                             .toString()
                             .contains(QStringLiteral("no longer planned the same way")),
                    qPrintable(e.value(QStringLiteral("reason")).toString()));
            }
        }
        const QJsonArray stale = summary.value(QStringLiteral("staleApprovals")).toArray();
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.at(0)
                     .toObject()
                     .value(QStringLiteral("reviewed"))
                     .toObject()
                     .value(QStringLiteral("sourceKey"))
                     .toString(),
            QStringLiteral("user-00015"));
        const auto zoom = f.zoomUsers();
        QVERIFY(
            zoom.value(QStringLiteral("user-00014@example.com")).value(QStringLiteral("active")).toBool());
        QVERIFY(
            zoom.value(QStringLiteral("user-00015@example.com")).value(QStringLiteral("active")).toBool());
        QVERIFY(
            !zoom.value(QStringLiteral("user-00016@example.com")).value(QStringLiteral("active")).toBool());
    }

    void bareFlagAndBadFilesSyncNothing()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps;
        const QByteArray plan = reviewFiveHeld(f, &ps);
        QVERIFY(!plan.isEmpty());
        // The same held list, as if reviewed on another connection's run.
        Connection other = f.connection();
        other.id = QUuid();
        other.name = QStringLiteral("Other");
        QVERIFY(ConnectionStore(f.database().handle()).insert(&other));
        SyncRequest otherRequest = f.request();
        otherRequest.connectionId = other.id;
        otherRequest.dryRun = true;
        const SyncReport otherRun = f.run(otherRequest);
        QVERIFY2(otherRun.runId > 0, qPrintable(otherRun.message));
        QJsonObject foreign = QJsonDocument::fromJson(plan).object();
        foreign.insert(QStringLiteral("runId"), otherRun.runId);
        const int runsBefore = runCount(f);
        QVERIFY(m_server.resetStats());

        ProcessResult r = sync(f, {QStringLiteral("--approve-removals")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("sync \"Sync test\" --dry-run --json > plan.json")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--approve-removals plan.json")), qPrintable(r.err));
        r = sync(f, {QStringLiteral("--approve-removals"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QStringLiteral("--dry-run --json")), qPrintable(r.err));

        const QString dir = f.dataDir();
        const QList<std::pair<QString, QString>> bad {
            {dir + QStringLiteral("/missing.json"), QStringLiteral("cannot read")},
            {writeFile(dir + QStringLiteral("/garbage.json"), "{\"held\": [ oops"),
                QStringLiteral("not the JSON")},
            {writeFile(dir + QStringLiteral("/noheld.json"), "{\"outcome\": \"held\"}"),
                QStringLiteral("\"held\"")},
            {writeFile(dir + QStringLiteral("/create.json"),
                 R"({"held": [{"sourceKey": "user-00016", "operation": "create", "zoomId": "", "userName": "x"}]})"),
                QStringLiteral("remove-disable")},
            {writeFile(dir + QStringLiteral("/empty.json"), R"({"held": []})"),
                QStringLiteral("nothing to approve")},
            {writeFile(dir + QStringLiteral("/foreign.json"), QJsonDocument(foreign).toJson()),
                QStringLiteral("not of \"Sync test\"")},
        };
        for (const auto &[path, expected] : bad) {
            r = sync(f, {QStringLiteral("--approve-removals"), path});
            QVERIFY2(r.exitCode == 64, qPrintable(path + QLatin1Char(' ') + r.err));
            QVERIFY2(r.err.contains(expected) && r.err.contains(QStringLiteral("Nothing was synced")),
                qPrintable(r.err));
        }
        QCOMPARE(m_server.stats().value(QStringLiteral("writes")).toInt(), 0);
        QCOMPARE(m_server.tokenRequestCount(), 0);
        QCOMPARE(runCount(f), runsBefore);
    }

    void emptyScopeHoldsEveryRemoval()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server); // guard 100 % / 100000: no threshold would stop this
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.writeCsv(people(6));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        f.writeCsv({}); // a truncated export: the header and nobody
        QVERIFY(m_server.resetStats());
        const ProcessResult r = sync(f, {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.err + r.out));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray held = summary.value(QStringLiteral("held")).toArray();
        QCOMPARE(held.size(), 6);
        for (const QJsonValue &v : held)
            QVERIFY2(v.toObject()
                         .value(QStringLiteral("reason"))
                         .toString()
                         .contains(QStringLiteral("no users in scope")),
                qPrintable(v.toObject().value(QStringLiteral("reason")).toString()));
        QCOMPARE(m_server.stats().value(QStringLiteral("writes")).toInt(), 0);
        QCOMPARE(f.managedCount(QStringLiteral("active")), 6);
        // The history records them as held.
        const qint64 runId = qint64(summary.value(QStringLiteral("runId")).toDouble());
        QCOMPARE(HistoryQuery(Database(f.dataDir()).handle()).countRunEvents(runId, HistoryResult::Held), 6);
    }

    void guardOverHalfIsRefused()
    {
        QFile example(sourceDir() + QStringLiteral("/docs/examples/zoom-connection.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(example.readAll()).object();
        QTemporaryDir dir;
        const QStringList data {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
        const auto import = [&](double percent) {
            json.insert(QStringLiteral("removalGuard"),
                QJsonObject {{QStringLiteral("percent"), percent}, {QStringLiteral("maxUsers"), 500}});
            const QString path
                = writeFile(dir.filePath(QStringLiteral("connection.json")), QJsonDocument(json).toJson());
            return runCli(data + QStringList {QStringLiteral("connection"), QStringLiteral("import"), path});
        };
        ProcessResult r = import(80);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("removalGuard.percent")) && r.err.contains(QStringLiteral("50")),
            qPrintable(r.err));
        r = runCli(data
            + QStringList {QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        r = import(50);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSyncApproval)
#include "TestSyncApproval.moc"
