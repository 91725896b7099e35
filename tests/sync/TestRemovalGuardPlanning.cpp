// The removal guard and approvals as the planner applies them: mass removals and removals from an
// empty or unreadable source are held; an approval releases only the operation that was reviewed.
#include "PlannerInputs.h"
#include "RemovalGuardPolicy.h"
#include "SyncPlanner.h"

#include <QJsonDocument>
#include <QTest>

using namespace pd;
using namespace pd::test;
using Kind = PlannedOperation::Kind;

class TestRemovalGuardPlanning : public QObject
{
    Q_OBJECT
private slots:
    void removalGuardHoldsAndApprovalReleases()
    {
        QList<ManagedUser> ms;
        for (int i = 0; i < 100; ++i)
            ms << managed(QStringLiteral("u%1").arg(i));
        QList<DesiredUser> ds;
        for (int i = 0; i < 90; ++i)
            ds << desired(QStringLiteral("u%1").arg(i));
        SyncPlanner::Input in = inputWith(ds, ms);
        in.actions.deprovisionUsers = true;
        in.guard = RemovalGuard {}; // 5 % or 500: 5 of 100
        SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.guardThreshold, 5);
        QCOMPARE(plan.heldCount, 10);
        QCOMPARE(plan.writeCount(), 0);
        QVERIFY(plan.operations.constFirst().reason.contains(QStringLiteral("removal guard")));

        in.approvedRemovals = {ApprovedRemoval::of(*find(plan, QStringLiteral("u95"))),
            ApprovedRemoval::of(*find(plan, QStringLiteral("u96")))};
        plan = SyncPlanner::plan(in);
        QCOMPARE(plan.heldCount, 8);
        QVERIFY(!find(plan, QStringLiteral("u95"))->held);
        QVERIFY(find(plan, QStringLiteral("u97"))->held);

        in.approveAllRemovals = true; // deprovision on rule deletion
        plan = SyncPlanner::plan(in);
        QCOMPARE(plan.heldCount, 0);
        QCOMPARE(plan.writeCount(), 10);
    }

    void guardThresholdIsTheSmallerLimit()
    {
        QCOMPARE(SyncPlanner::guardThreshold(RemovalGuard {5, 500}, 100), 5);
        QCOMPARE(SyncPlanner::guardThreshold(RemovalGuard {5, 500}, 100000), 500);
        QCOMPARE(SyncPlanner::guardThreshold(RemovalGuard {5, 500}, 0), 0);
    }

    void guardPercentIsCappedAtHalf()
    {
        // A stored 80 % (from before the cap) still holds more than half of the managed users.
        QCOMPARE(RemovalGuardPolicy::threshold(RemovalGuard {80, 100000}, 100), 50);
        QCOMPARE(RemovalGuardPolicy::threshold(RemovalGuard {50, 100000}, 100), 50);
        QCOMPARE(RemovalGuardPolicy::threshold(RemovalGuard {-5, 100000}, 100), 0);
        QList<ManagedUser> ms;
        QList<DesiredUser> ds;
        for (int i = 0; i < 10; ++i) {
            ms << managed(QStringLiteral("u%1").arg(i));
            if (i < 4)
                ds << desired(QStringLiteral("u%1").arg(i));
        }
        SyncPlanner::Input in = inputWith(ds, ms); // guard 100 %: the policy caps it
        in.actions.deprovisionUsers = true;
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.guardThreshold, 5);
        QCOMPARE(plan.heldCount, 6);
    }

    void aNarrowedRunMeasuresTheWholeConnection()
    {
        // "Provision now" of one leaver: the run sees one managed user and nobody in scope, but the
        // connection manages 40 and its source still has 39 people.
        SyncPlanner::Input in = inputWith({}, {managed(QStringLiteral("leaver"))});
        in.actions.deprovisionUsers = true;
        in.guard = RemovalGuard {10, 100000};
        QCOMPARE(SyncPlanner::plan(in).heldCount, 1); // as if the whole source were empty
        in.managedTotal = 40;
        in.sourceInScope = 39;
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.guardThreshold, 4);
        QCOMPARE(plan.heldCount, 0);
        QCOMPARE(plan.operations.size(), 1);
        QVERIFY(plan.operations.constFirst().isRemoval());
        // And an empty source is still an empty source.
        in.sourceInScope = 0;
        QCOMPARE(SyncPlanner::plan(in).heldCount, 1);
    }

    void emptyScopeHoldsEverythingWhateverTheThreshold()
    {
        const auto disabled = [](const char *key) {
            return managed(QLatin1String(key), QStringLiteral("Engineer"), ManagedUser::Status::Disabled);
        };
        // 4 managed, 3 already disabled: Remove Action Disable plans 1 removal, within the 50 % (2).
        SyncPlanner::Input in
            = inputWith({}, {managed(QStringLiteral("a")), disabled("b"), disabled("c"), disabled("d")});
        in.actions.deprovisionUsers = true;
        in.actions.removeAction = RemoveAction::Disable;
        in.guard = RemovalGuard {50, 100000};
        SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.guardThreshold, 2);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.heldCount, 1);
        QVERIFY2(plan.operations.constFirst().reason.contains(QStringLiteral("no users in scope")),
            qPrintable(plan.operations.constFirst().reason));
        // With one user still in scope the same removal is within the threshold and applies.
        in.desired = {desired(QStringLiteral("b"), QStringLiteral("Engineer"), true)};
        QCOMPARE(SyncPlanner::plan(in).heldCount, 0);
        in.desired.clear();

        // Over the threshold too (Delete removes all 4): every one is held, with the scope reason.
        in.actions.removeAction = RemoveAction::Delete;
        plan = SyncPlanner::plan(in);
        QCOMPARE(plan.heldCount, 4);
        for (const PlannedOperation &op : std::as_const(plan.operations))
            QVERIFY2(
                op.held && op.reason.contains(QStringLiteral("no users in scope")), qPrintable(op.reason));
        in.actions.removeAction = RemoveAction::Disable;
        plan = SyncPlanner::plan(in);

        // An approval of what was reviewed releases it; the rule-deletion path approves all.
        in.approvedRemovals = {ApprovedRemoval::of(plan.operations.constFirst())};
        QCOMPARE(SyncPlanner::plan(in).heldCount, 0);
        in.approvedRemovals.clear();
        in.approveAllRemovals = true;
        QCOMPARE(SyncPlanner::plan(in).heldCount, 0);

        // Nobody managed: an empty source removes nobody and holds nothing.
        QCOMPARE(SyncPlanner::plan(inputWith({}, {})).heldCount, 0);
    }

    void approvalReleasesOnlyTheSameOperation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("released");
        QTest::newRow("as reviewed") << QString() << true;
        QTest::newRow("user name differs only in case") << QStringLiteral("case") << true;
        QTest::newRow("other kind") << QStringLiteral("kind") << false;
        QTest::newRow("other Zoom account") << QStringLiteral("zoomId") << false;
        QTest::newRow("other user name") << QStringLiteral("userName") << false;
        QTest::newRow("other source key") << QStringLiteral("sourceKey") << false;
    }

    void approvalReleasesOnlyTheSameOperation()
    {
        QFETCH(QString, change);
        QFETCH(bool, released);
        QList<ManagedUser> ms;
        for (int i = 0; i < 10; ++i)
            ms << managed(QStringLiteral("u%1").arg(i));
        SyncPlanner::Input in = inputWith({desired(QStringLiteral("u0"))}, ms);
        in.actions.deprovisionUsers = true;
        in.guard = RemovalGuard {5, 500};
        const SyncPlan reviewed = SyncPlanner::plan(in);
        QCOMPARE(reviewed.heldCount, 9);
        ApprovedRemoval a = ApprovedRemoval::of(*find(reviewed, QStringLiteral("u3")));
        QCOMPARE(a.kind, Kind::RemoveDisable);
        if (change == QLatin1String("case"))
            a.userName = a.userName.toUpper();
        else if (change == QLatin1String("kind"))
            a.kind = Kind::RemoveDelete;
        else if (change == QLatin1String("zoomId"))
            a.zoomId = QStringLiteral("z-other");
        else if (change == QLatin1String("userName"))
            a.userName = QStringLiteral("someone@example.com");
        else if (change == QLatin1String("sourceKey"))
            a.sourceKey = QStringLiteral("u4x");
        in.approvedRemovals = {a};
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(!find(plan, QStringLiteral("u3"))->held, released);
        QCOMPARE(plan.heldCount, released ? 8 : 9);
        if (!released && change != QLatin1String("sourceKey"))
            QVERIFY2(find(plan, QStringLiteral("u3"))
                         ->reason.contains(QStringLiteral("no longer planned the same way")),
                qPrintable(find(plan, QStringLiteral("u3"))->reason));
    }

    void staleApprovalStaysHeldWhenTheRemoveActionChanged()
    {
        QList<ManagedUser> ms;
        for (int i = 0; i < 4; ++i)
            ms << managed(QStringLiteral("u%1").arg(i));
        SyncPlanner::Input in = inputWith({}, ms);
        in.actions.deprovisionUsers = true;
        in.actions.removeAction = RemoveAction::Disable;
        QList<ApprovedRemoval> approvals;
        for (const PlannedOperation &op : SyncPlanner::plan(in).operations)
            approvals << ApprovedRemoval::of(op);
        QCOMPARE(approvals.size(), 4);
        in.approvedRemovals = approvals;
        QCOMPARE(SyncPlanner::plan(in).heldCount, 0); // as reviewed: all released
        in.actions.removeAction = RemoveAction::Delete; // disable was reviewed, delete is planned
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.heldCount, 4);
        QCOMPARE(plan.writeCount(), 0);
    }

    void approvalsAreReadFromTheJsonSummary()
    {
        QString error;
        const QJsonObject good = QJsonDocument::fromJson(R"({"held": [
            {"sourceKey": "u1", "operation": "remove-delete", "zoomId": "z-u1", "userName": "u1@example.com"},
            {"sourceKey": "u2", "operation": "disable", "zoomId": "", "userName": "u2@example.com"}]})")
                                     .object();
        const QList<ApprovedRemoval> list = ApprovedRemoval::listFromReportJson(good, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0),
            (ApprovedRemoval {QStringLiteral("u1"), Kind::RemoveDelete, QStringLiteral("z-u1"),
                QStringLiteral("u1@example.com")}));
        QCOMPARE(list.at(1).kind, Kind::Disable);
        for (const char *bad : {R"({"plan": []})", R"({"held": [{"sourceKey": "u1", "operation": "create",
                "zoomId": "z", "userName": "u"}]})",
                 R"({"held": [{"sourceKey": "u1", "operation": "remove-delete",
                "userName": "u"}]})",
                 R"({"held": [3]})"}) {
            error.clear();
            QVERIFY(
                ApprovedRemoval::listFromReportJson(QJsonDocument::fromJson(bad).object(), &error).isEmpty());
            QVERIFY2(!error.isEmpty(), bad);
        }
    }

    void incompleteSourceHoldsRemovals()
    {
        // One user still in scope: the scope is not empty, yet a's removal may come from a bad entry.
        SyncPlanner::Input in = inputWith(
            {desired(QStringLiteral("b"))}, {managed(QStringLiteral("a")), managed(QStringLiteral("b"))});
        in.actions.deprovisionUsers = true;
        in.sourceComplete = false;
        const SyncPlan plan = SyncPlanner::plan(in);
        QVERIFY(plan.operations.constFirst().held);
        QVERIFY(plan.operations.constFirst().reason.contains(QStringLiteral("unreadable")));
    }
};

QTEST_GUILESS_MAIN(TestRemovalGuardPlanning)
#include "TestRemovalGuardPlanning.moc"
