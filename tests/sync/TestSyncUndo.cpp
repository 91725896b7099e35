// "Undo a run" against the real SCIM test server: an undo reactivates whom the run deactivated, puts
// back overwritten titles, deactivates (never deletes) whom it created, lists what it cannot undo
// (a deletion, a user a later run changed again), changes nothing as a dry run, and disables the
// connection once applied; `sync NAME --undo RUN_ID --json` prints both lists.
#include "HistoryQuery.h"
#include "SyncFixture.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString secretVariable = QStringLiteral("PD_UNDO_TEST_SECRET");

const UndoItem *notUndoneOf(const SyncReport &report, const QString &key)
{
    for (const UndoItem &item : report.notUndone) {
        if (item.sourceKey == key)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestSyncUndo : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    SyncReport undo(SyncFixture &f, qint64 runId, bool dryRun = false)
    {
        SyncRequest r = f.request();
        r.undoRunId = runId;
        r.dryRun = dryRun;
        return f.run(r);
    }

    bool enabled(SyncFixture &f)
    {
        return ConnectionStore(f.database().handle()).find(f.connection().id)->enabled;
    }

    QJsonObject zoom(SyncFixture &f, const Person &p) { return f.zoomUsers().value(p.email.toLower()); }

    static bool active(const QJsonObject &user) { return user.value(QStringLiteral("active")).toBool(); }

    int writes()
    {
        return m_server.requestCount(QStringLiteral("POST")) + m_server.requestCount(QStringLiteral("PUT"))
            + m_server.requestCount(QStringLiteral("PATCH"))
            + m_server.requestCount(QStringLiteral("DELETE"));
    }

    QString rowHash(SyncFixture &f, const QString &key)
    {
        QSqlQuery q(f.database().handle());
        q.prepare(
            QStringLiteral("SELECT payload_hash || '/' || status FROM managed_users WHERE source_key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }

    // Six people synced, then a run disables two (Disabled in the CSV) and removes one (Remove Action
    // Disable); returns that run's report.
    SyncReport deactivatingRun(SyncFixture &f, QList<Person> *ps)
    {
        *ps = people(6);
        f.writeCsv(*ps);
        if (f.sync().outcome != RunOutcome::Succeeded)
            return {};
        QList<Person> changed = ps->mid(0, 5);
        changed[0].status = QStringLiteral("Disabled");
        changed[1].status = QStringLiteral("Disabled");
        f.writeCsv(changed);
        return f.sync();
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void undoReactivatesWhomTheRunDeactivatedAndDisablesTheConnection()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps;
        const SyncReport bad = deactivatingRun(f, &ps);
        QCOMPARE(bad.outcome, RunOutcome::Succeeded);
        for (int i : {0, 1, 5})
            QVERIFY2(!active(zoom(f, ps[i])), qPrintable(ps[i].email));

        const SyncReport u = undo(f, bad.runId);
        QCOMPARE(u.outcome, RunOutcome::Succeeded);
        QVERIFY2(u.message.contains(QStringLiteral("Undo of run %1").arg(bad.runId)), qPrintable(u.message));
        QVERIFY2(u.message.contains(QStringLiteral("disabled")), qPrintable(u.message));
        QCOMPARE(u.plan.size(), 3);
        for (const Person &p : ps)
            QVERIFY2(active(zoom(f, p)), qPrintable(p.email)); // Zoom shows them active again
        QVERIFY(!enabled(f)); // the next scheduled sync must not disable them again
        QCOMPARE(rowHash(f, ps[0].key), QStringLiteral("/active")); // compared again next time
        QCOMPARE(rowHash(f, ps[5].key), QStringLiteral("/active"));
        // The undo is a run in the history with an event per reactivation.
        const auto run = HistoryQuery(f.database().handle()).run(u.runId);
        QVERIFY(run && run->message.contains(QStringLiteral("Undo of run")));
        QCOMPARE(run->counts.count(HistoryOperation::Reactivate, HistoryResult::Success), 3);
    }

    void undoRestoresTitlesAndAnUndoOfTheUndoRedoesThem()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps = people(4);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        for (int i = 0; i < 3; ++i)
            ps[i].title = QStringLiteral("Lead");
        f.writeCsv(ps);
        const SyncReport bad = f.sync();
        QCOMPARE(bad.counts.count(HistoryOperation::Update, HistoryResult::Success), 3);

        m_server.resetStats();
        const SyncReport u = undo(f, bad.runId);
        QCOMPARE(u.outcome, RunOutcome::Succeeded);
        QCOMPARE(m_server.requestCount(QStringLiteral("PUT")), 3);
        for (const Person &p : ps)
            QCOMPARE(zoom(f, p).value(QStringLiteral("title")).toString(), QStringLiteral("Engineer"));
        const QList<HistoryEvent> events = HistoryQuery(f.database().handle()).runEvents(u.runId);
        bool sawChange = false;
        for (const HistoryEvent &e : events) {
            if (e.sourceKey == ps[0].key && e.operation == HistoryOperation::Update)
                sawChange = e.changes.contains(AttributeChange {
                    QStringLiteral("title"), QStringLiteral("Lead"), QStringLiteral("Engineer")});
        }
        QVERIFY(sawChange);
        QVERIFY(!enabled(f));

        // Undo of an undo works the same way (and is allowed while the connection is disabled).
        const SyncReport redo = undo(f, u.runId);
        QCOMPARE(redo.outcome, RunOutcome::Succeeded);
        QCOMPARE(zoom(f, ps[0]).value(QStringLiteral("title")).toString(), QStringLiteral("Lead"));
        QCOMPARE(zoom(f, ps[3]).value(QStringLiteral("title")).toString(), QStringLiteral("Engineer"));
    }

    void undoDeactivatesCreatedUsersAndNeverDeletes()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QList<Person> ps = people(3);
        f.writeCsv(ps);
        const SyncReport created = f.sync();
        QCOMPARE(created.counts.count(HistoryOperation::Create, HistoryResult::Success), 3);
        m_server.resetStats();
        const SyncReport u = undo(f, created.runId);
        QCOMPARE(u.outcome, RunOutcome::Succeeded);
        QCOMPARE(m_server.requestCount(QStringLiteral("DELETE")), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("PATCH")), 3);
        QCOMPARE(f.zoomUsers().size(), 3);
        for (const Person &p : ps)
            QVERIFY2(!active(zoom(f, p)), qPrintable(p.email));
        QCOMPARE(f.managedCount(QStringLiteral("disabled")), 3);
    }

    // A bigger run: every one of 300 created users is deactivated, and the time is logged.
    void undoOfThreeHundredCreates()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.writeCsv(people(300));
        const SyncReport created = f.sync();
        QCOMPARE(created.counts.count(HistoryOperation::Create, HistoryResult::Success), 300);
        QElapsedTimer clock;
        clock.start();
        const SyncReport u = undo(f, created.runId);
        qInfo("undo of 300 creates: %lld ms", clock.elapsed());
        QCOMPARE(u.outcome, RunOutcome::Succeeded);
        QCOMPARE(u.counts.count(HistoryOperation::Disable, HistoryResult::Success), 300);
        QCOMPARE(f.managedCount(QStringLiteral("disabled")), 300);
    }

    void aDeletionIsListedAsNotUndone()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.connection().actions.removeAction = RemoveAction::Delete;
        QVERIFY(f.saveConnection());
        QList<Person> ps = people(3);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        f.writeCsv(ps.mid(0, 2));
        const SyncReport bad = f.sync();
        QCOMPARE(bad.counts.count(HistoryOperation::RemoveDelete, HistoryResult::Success), 1);
        m_server.resetStats();
        const SyncReport u = undo(f, bad.runId);
        QCOMPARE(u.plan.size(), 0);
        const UndoItem *item = notUndoneOf(u, ps[2].key);
        QVERIFY(item);
        QCOMPARE(item->operation, HistoryOperation::RemoveDelete);
        QVERIFY2(item->reason.contains(QStringLiteral("deleted")), qPrintable(item->reason));
        QCOMPARE(writes(), 0);
    }

    void aUserChangedAgainByALaterRunIsNotClobbered()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps = people(3);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        ps[0].title = QStringLiteral("Lead");
        ps[1].title = QStringLiteral("Lead");
        f.writeCsv(ps);
        const SyncReport bad = f.sync();
        ps[0].title = QStringLiteral("Manager");
        f.writeCsv(ps);
        const SyncReport later = f.sync();
        QCOMPARE(later.counts.count(HistoryOperation::Update, HistoryResult::Success), 1);

        const SyncReport u = undo(f, bad.runId);
        QCOMPARE(u.outcome, RunOutcome::Succeeded);
        QCOMPARE(zoom(f, ps[0]).value(QStringLiteral("title")).toString(), QStringLiteral("Manager"));
        QCOMPARE(zoom(f, ps[1]).value(QStringLiteral("title")).toString(), QStringLiteral("Engineer"));
        const UndoItem *item = notUndoneOf(u, ps[0].key);
        QVERIFY(item);
        QCOMPARE(item->laterRunId, later.runId);
        QCOMPARE(item->reason, QStringLiteral("Changed again by run %1; not undone.").arg(later.runId));
    }

    void aDryRunChangesNothingAndKeepsTheConnectionEnabled()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QList<Person> ps;
        const SyncReport bad = deactivatingRun(f, &ps);
        QCOMPARE(bad.outcome, RunOutcome::Succeeded);
        m_server.resetStats();
        const SyncReport preview = undo(f, bad.runId, true);
        QCOMPARE(preview.outcome, RunOutcome::Succeeded);
        QVERIFY(preview.dryRun);
        QCOMPARE(preview.plan.size(), 3);
        QCOMPARE(writes(), 0);
        QVERIFY(enabled(f));
        QVERIFY(!active(zoom(f, ps[0])));
        // Nothing it planned counts as changed: undoing the same run afterwards still reverses all three.
        QCOMPARE(undo(f, bad.runId).plan.size(), 3);
    }

    void cliPrintsBothListsAndRefusesWrongRuns()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.connection().actions.removeAction = RemoveAction::Delete;
        QVERIFY(f.saveConnection());
        QList<Person> ps = people(4);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        ps[0].status = QStringLiteral("Disabled");
        f.writeCsv(ps.mid(0, 3));
        const SyncReport bad = f.sync();
        const SyncReport dry = f.sync(true);
        const QStringList env {secretVariable + QLatin1Char('=') + m_server.clientSecret()};
        const auto cli = [&](const QStringList &extra) {
            return runCli(QStringList {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("sync"),
                              QStringLiteral("Sync test"), QStringLiteral("--secret-env"), secretVariable}
                    + extra,
                env, 120000);
        };

        m_server.resetStats();
        const ProcessResult preview = cli({QStringLiteral("--undo"), QString::number(bad.runId),
            QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(preview.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(preview.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("undoOf")).toInteger(), bad.runId);
        const QJsonArray plan = json.value(QStringLiteral("plan")).toArray();
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.at(0).toObject().value(QStringLiteral("operation")).toString(),
            QStringLiteral("reactivate"));
        const QJsonArray notUndone = json.value(QStringLiteral("notUndone")).toArray();
        QCOMPARE(notUndone.size(), 1);
        QCOMPARE(notUndone.at(0).toObject().value(QStringLiteral("operation")).toString(),
            QStringLiteral("remove-delete"));
        QCOMPARE(writes(), 0);

        QCOMPARE(cli({QStringLiteral("--undo"), QString::number(dry.runId)}).exitCode, 64); // a dry run
        QCOMPARE(cli({QStringLiteral("--undo"), QStringLiteral("99999")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("--undo"), QStringLiteral("x")}).exitCode, 64);
        QCOMPARE(
            cli({QStringLiteral("--undo"), QString::number(bad.runId), QStringLiteral("--full")}).exitCode,
            64);
        QCOMPARE(writes(), 0);

        const ProcessResult applied = cli({QStringLiteral("--undo"), QString::number(bad.runId)});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
        QVERIFY2(applied.out.contains(QStringLiteral("not undone")), qPrintable(applied.out));
        QVERIFY(!enabled(f));
        QVERIFY(active(zoom(f, ps[0])));
    }
};

QTEST_GUILESS_MAIN(TestSyncUndo)
#include "TestSyncUndo.moc"
