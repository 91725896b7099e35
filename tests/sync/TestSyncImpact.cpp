// Impact before saving (ImpactForecast and `connection import FILE --impact`), against the real SCIM
// test server: an edit's effect on managed people is computed from the source and managed_users only
// (the server sees no request), reports only what the edit changes, and the CLI saves nothing.
#include "ConnectionJson.h"
#include "ImpactForecast.h"
#include "SyncFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

// A filter that keeps everyone but these source keys.
QJsonObject excluding(const QStringList &keys)
{
    QJsonArray conditions;
    for (const QString &key : keys)
        conditions.append(QJsonObject {{QStringLiteral("attribute"), QStringLiteral("@key")},
            {QStringLiteral("operator"), QStringLiteral("notEquals")}, {QStringLiteral("value"), key}});
    return QJsonObject {
        {QStringLiteral("match"), QStringLiteral("all")}, {QStringLiteral("conditions"), conditions}};
}

Connection withFilter(Connection c, const QJsonObject &filter)
{
    c.rule.insert(QStringLiteral("filter"), filter);
    return c;
}

int scimRequests(ScimTestServer &server)
{
    int total = 0;
    const QJsonObject requests = server.stats().value(QStringLiteral("requests")).toObject();
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it)
        total += it.value().toInt();
    return total;
}

QSet<QString> keysOf(const ImpactForecast::Result &r)
{
    QSet<QString> keys;
    for (const ImpactForecast::Change &c : r.changes)
        keys.insert(c.sourceKey);
    return keys;
}

const QStringList leaving {
    QStringLiteral("user-00002"), QStringLiteral("user-00005"), QStringLiteral("user-00007")};

} // namespace

class TestSyncImpact : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    // Ten people synced, deprovisioning on with Remove Action Disable, guard wide enough for three.
    bool synced(SyncFixture &f)
    {
        f.connection().actions.deprovisionUsers = true;
        f.connection().actions.removeAction = RemoveAction::Disable;
        f.connection().removalGuard = RemovalGuard {50, 500};
        if (!f.saveConnection())
            return false;
        f.writeCsv(people(10));
        return f.sync().outcome == RunOutcome::Succeeded && f.managedCount() == 10;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void filterEditRemovesThreeWithoutAZoomRequest()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(synced(f));
        QVERIFY(m_server.resetStats());

        const Connection before = f.connection();
        const Connection after = withFilter(before, excluding(leaving));
        QVERIFY(ImpactForecast::mayChangePlan(before, after));
        const auto r = ImpactForecast::compute({before, after, {}, {}}, f.database().handle());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts(), (QMap<QString, int> {{QStringLiteral("remove-disable"), 3}}));
        QCOMPARE(keysOf(r), QSet<QString>(leaving.cbegin(), leaving.cend()));
        for (const ImpactForecast::Change &c : r.changes) {
            QVERIFY(c.userName.endsWith(QStringLiteral("@example.com")));
            QVERIFY(c.was.isEmpty());
        }
        QVERIFY2(r.summary().startsWith(
                     QStringLiteral("This edit would create 0, update 0, disable 3, remove 0.")),
            qPrintable(r.summary()));
        QCOMPARE(scimRequests(m_server), 0);
        QCOMPARE(m_server.tokenRequestCount(), 0);

        // Remove Action Delete: the planner's other kind, "remove" in the sentence.
        Connection deleting = after;
        deleting.actions.removeAction = RemoveAction::Delete;
        const auto d = ImpactForecast::compute({before, deleting, {}, {}}, f.database().handle());
        QCOMPARE(d.counts(), (QMap<QString, int> {{QStringLiteral("remove-delete"), 3}}));
        QVERIFY2(d.summary().contains(QStringLiteral("disable 0, remove 3")), qPrintable(d.summary()));
    }

    void turningOffDeprovisionCancelsTheRemovals()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(synced(f));
        // The filter was saved already: the next sync would disable three people.
        f.connection() = withFilter(f.connection(), excluding(leaving));
        QVERIFY(f.saveConnection());
        QVERIFY(m_server.resetStats());

        const Connection before = f.connection();
        Connection after = before;
        after.actions.deprovisionUsers = false;
        const auto r = ImpactForecast::compute({before, after, {}, {}}, f.database().handle());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.counts().isEmpty());
        QCOMPARE(r.noLonger(), (QMap<QString, int> {{QStringLiteral("remove-disable"), 3}}));
        QCOMPARE(keysOf(r), QSet<QString>(leaving.cbegin(), leaving.cend()));
        QVERIFY2(r.summary().contains(QStringLiteral("No longer planned: 3 remove-disable")),
            qPrintable(r.summary()));
        QCOMPARE(scimRequests(m_server), 0);
    }

    void anEditThatChangesNothingHasNoImpact()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(synced(f));
        const Connection before = f.connection();

        Connection renamed = before;
        renamed.description = QStringLiteral("only the description");
        QVERIFY(!ImpactForecast::mayChangePlan(before, renamed));

        // A rule edit that leaves everyone as they were: excludes a key nobody has.
        const Connection after = withFilter(before, excluding({QStringLiteral("nobody-99999")}));
        QVERIFY(ImpactForecast::mayChangePlan(before, after));
        const auto r = ImpactForecast::compute({before, after, {}, {}}, f.database().handle());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.isEmpty());

        // A source change that is pending for both (a changed title) is not the edit's doing.
        QList<Person> ps = people(10);
        ps[3].title = QStringLiteral("Director");
        f.writeCsv(ps);
        const auto pending = ImpactForecast::compute({before, after, {}, {}}, f.database().handle());
        QVERIFY(pending.ok);
        QVERIFY(pending.isEmpty());
    }

    void cliImpactPrintsCountsAndSavesNothing()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(synced(f));
        const QJsonObject rowBefore
            = ConnectionJson::toJson(*ConnectionStore(f.database().handle()).find(f.connection().id));

        const QString path = f.dataDir() + QStringLiteral("/edited.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(ConnectionJson::toJson(withFilter(f.connection(), excluding(leaving)))).toJson());
        file.close();
        QVERIFY(m_server.resetStats());

        const ProcessResult r
            = runCli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("connection"),
                QStringLiteral("import"), path, QStringLiteral("--impact"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("counts")).toObject(),
            (QJsonObject {{QStringLiteral("remove-disable"), 3}}));
        QCOMPARE(json.value(QStringLiteral("people")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("saved")).toBool(true), false);
        QCOMPARE(scimRequests(m_server), 0);
        // The database row is as it was: nothing saved.
        const QJsonObject rowAfter
            = ConnectionJson::toJson(*ConnectionStore(f.database().handle()).find(f.connection().id));
        QCOMPARE(rowAfter, rowBefore);
        QVERIFY(!rowAfter.value(QStringLiteral("rule")).toObject().contains(QStringLiteral("filter")));

        // Text form names the people.
        const ProcessResult text = runCli({QStringLiteral("--data-dir"), f.dataDir(),
            QStringLiteral("connection"), QStringLiteral("import"), path, QStringLiteral("--impact")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err + text.out));
        QVERIFY2(text.out.contains(QStringLiteral("disable 3")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("user-00005@example.com")), qPrintable(text.out));

        // A file naming no existing connection: refused, nothing imported.
        Connection other = f.connection();
        other.name = QStringLiteral("Somebody else");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(ConnectionJson::toJson(other)).toJson());
        file.close();
        const ProcessResult none = runCli({QStringLiteral("--data-dir"), f.dataDir(),
            QStringLiteral("connection"), QStringLiteral("import"), path, QStringLiteral("--impact")});
        QCOMPARE(none.exitCode, 3);
        QVERIFY(!ConnectionStore(f.database().handle()).findByName(QStringLiteral("Somebody else")));
    }
};

QTEST_GUILESS_MAIN(TestSyncImpact)
#include "TestSyncImpact.moc"
