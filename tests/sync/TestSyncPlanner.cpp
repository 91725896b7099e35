#include "RemovalGuardPolicy.h"
#include "SyncPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pd;
using Kind = PlannedOperation::Kind;

namespace {

DesiredUser desired(
    const QString &key, const QString &title = QStringLiteral("Engineer"), bool disabled = false)
{
    DesiredUser d;
    d.sourceKey = key;
    d.userName = key + QStringLiteral("@example.com");
    d.disabledInSource = disabled;
    d.createBody = QJsonObject {{QStringLiteral("userName"), d.userName}, {QStringLiteral("title"), title}};
    d.updateBody = QJsonObject {{QStringLiteral("title"), title}};
    d.payloadHash = key + QLatin1Char('#') + title;
    return d;
}

ManagedUser managed(const QString &key, const QString &title = QStringLiteral("Engineer"),
    ManagedUser::Status status = ManagedUser::Status::Active)
{
    ManagedUser m;
    m.sourceKey = key;
    m.zoomId = QStringLiteral("z-") + key;
    m.userName = key + QStringLiteral("@example.com");
    m.payloadHash = key + QLatin1Char('#') + title;
    m.payload = QJsonDocument(
        QJsonObject {{QStringLiteral("userName"), m.userName}, {QStringLiteral("title"), title}})
                    .toJson(QJsonDocument::Compact);
    m.status = status;
    return m;
}

SyncPlanner::Input inputWith(const QList<DesiredUser> &ds, const QList<ManagedUser> &ms)
{
    SyncPlanner::Input in;
    in.desired = ds;
    for (const ManagedUser &m : ms)
        in.managed.insert(m.sourceKey, m);
    in.guard.percentOfManaged = 100;
    in.guard.maxUsers = 100000;
    return in;
}

const PlannedOperation *find(const SyncPlan &plan, const QString &key)
{
    for (const PlannedOperation &op : plan.operations)
        if (op.sourceKey == key)
            return &op;
    return nullptr;
}

} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT
private slots:
    void firstSyncCreatesEveryone()
    {
        const SyncPlan plan
            = SyncPlanner::plan(inputWith({desired(QStringLiteral("a")), desired(QStringLiteral("b"))}, {}));
        QCOMPARE(plan.counts().value(QStringLiteral("create")), 2);
        QCOMPARE(plan.writeCount(), 2);
        QCOMPARE(find(plan, QStringLiteral("a"))->body.value(QStringLiteral("userName")).toString(),
            QStringLiteral("a@example.com"));
    }

    void noOpResyncPlansNothing()
    {
        const SyncPlan plan
            = SyncPlanner::plan(inputWith({desired(QStringLiteral("a")), desired(QStringLiteral("b"))},
                {managed(QStringLiteral("a")), managed(QStringLiteral("b"))}));
        QVERIFY(plan.operations.isEmpty());
        QCOMPARE(plan.writeCount(), 0);
    }

    void changedUsersAreUpdatedWithADiff()
    {
        const SyncPlan plan = SyncPlanner::plan(
            inputWith({desired(QStringLiteral("a"), QStringLiteral("CTO")), desired(QStringLiteral("b"))},
                {managed(QStringLiteral("a")), managed(QStringLiteral("b"))}));
        QCOMPARE(plan.operations.size(), 1);
        const PlannedOperation &op = plan.operations.constFirst();
        QCOMPARE(op.kind, Kind::Update);
        QCOMPARE(op.zoomId, QStringLiteral("z-a"));
        QCOMPARE(op.body, (QJsonObject {{QStringLiteral("title"), QStringLiteral("CTO")}}));
        QCOMPARE(op.changes.size(), 1);
        QCOMPARE(
            op.changes.at(0).toObject().value(QStringLiteral("old")).toString(), QStringLiteral("Engineer"));
    }

    void disabledInSourceIsDeactivatedOnce()
    {
        SyncPlan plan
            = SyncPlanner::plan(inputWith({desired(QStringLiteral("a"), QStringLiteral("Engineer"), true)},
                {managed(QStringLiteral("a"))}));
        QCOMPARE(plan.operations.constFirst().kind, Kind::Disable);
        QCOMPARE(plan.operations.constFirst().setActive, std::optional<bool>(false));
        plan = SyncPlanner::plan(inputWith({desired(QStringLiteral("a"), QStringLiteral("Engineer"), true)},
            {managed(QStringLiteral("a"), QStringLiteral("Engineer"), ManagedUser::Status::Disabled)}));
        QVERIFY(plan.operations.isEmpty());
    }

    void reenabledInSourceIsReactivated()
    {
        const SyncPlan plan = SyncPlanner::plan(inputWith({desired(QStringLiteral("a"))},
            {managed(QStringLiteral("a"), QStringLiteral("Engineer"), ManagedUser::Status::Disabled)}));
        QCOMPARE(plan.operations.constFirst().kind, Kind::Reactivate);
        QCOMPARE(plan.operations.constFirst().setActive, std::optional<bool>(true));
        QVERIFY(plan.operations.constFirst().body.isEmpty());
    }

    void removedFromSourceFollowsTheRemoveAction()
    {
        SyncPlanner::Input in = inputWith({}, {managed(QStringLiteral("a"))});
        in.actions.deprovisionUsers = true;
        in.actions.removeAction = RemoveAction::Disable;
        QCOMPARE(SyncPlanner::plan(in).operations.constFirst().kind, Kind::RemoveDisable);
        in.actions.removeAction = RemoveAction::Delete;
        QCOMPARE(SyncPlanner::plan(in).operations.constFirst().kind, Kind::RemoveDelete);
    }

    void eachActionOffBecomesAReportedSkip_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expectedReason");
        QTest::newRow("create") << QStringLiteral("create") << QStringLiteral("creation");
        QTest::newRow("update") << QStringLiteral("update") << QStringLiteral("updation");
        QTest::newRow("disable") << QStringLiteral("disable") << QStringLiteral("disable");
        QTest::newRow("deprovision") << QStringLiteral("deprovision") << QStringLiteral("deprovision");
    }

    void eachActionOffBecomesAReportedSkip()
    {
        QFETCH(QString, action);
        QFETCH(QString, expectedReason);
        SyncPlanner::Input in = inputWith(
            {desired(QStringLiteral("new")), desired(QStringLiteral("changed"), QStringLiteral("CTO")),
                desired(QStringLiteral("off"), QStringLiteral("Engineer"), true)},
            {managed(QStringLiteral("changed")), managed(QStringLiteral("off")),
                managed(QStringLiteral("gone"))});
        in.actions.deprovisionUsers = true;
        QString key;
        if (action == QLatin1String("create")) {
            in.actions.createUsers = false;
            key = QStringLiteral("new");
        } else if (action == QLatin1String("update")) {
            in.actions.updateUsers = false;
            in.actions.disableUsers = false;
            in.actions.removeAction = RemoveAction::Delete;
            key = QStringLiteral("changed");
        } else if (action == QLatin1String("disable")) {
            in.actions.disableUsers = false;
            in.actions.removeAction = RemoveAction::Delete;
            key = QStringLiteral("off");
        } else {
            in.actions.deprovisionUsers = false;
            key = QStringLiteral("gone");
        }
        const SyncPlan plan = SyncPlanner::plan(in);
        const PlannedOperation *op = find(plan, key);
        QVERIFY(op);
        QCOMPARE(op->kind, Kind::Skip);
        QVERIFY2(op->reason.contains(expectedReason), qPrintable(op->reason));
    }

    void existingZoomUserIsAdoptedNotDuplicated()
    {
        SyncPlanner::Input in = inputWith({desired(QStringLiteral("a"), QStringLiteral("CTO"))}, {});
        const ZoomUserSnapshot z
            = ZoomUserSnapshot::fromResource(QJsonObject {{QStringLiteral("id"), QStringLiteral("zoom-7")},
                {QStringLiteral("userName"), QStringLiteral("A@Example.com")},
                {QStringLiteral("title"), QStringLiteral("Engineer")}});
        in.zoomUsers = QHash<QString, ZoomUserSnapshot> {{z.userName.toLower(), z}};
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.constFirst().kind, Kind::Adopt);
        QCOMPARE(plan.operations.constFirst().zoomId, QStringLiteral("zoom-7"));
        QCOMPARE(plan.operations.constFirst().body.value(QStringLiteral("title")).toString(),
            QStringLiteral("CTO"));
    }

    // A full sync holds only what a mapped payload can set, in the canonical form: an account that
    // holds the desired values is seen as in sync without a parse, and drift is still found.
    void listedSnapshotKeepsTheMappableAttributesInCanonicalForm()
    {
        const QJsonObject resource {{QStringLiteral("id"), QStringLiteral("zoom-1")},
            {QStringLiteral("schemas"), QJsonArray {QStringLiteral("urn:x")}},
            {QStringLiteral("meta"), QJsonObject {{QStringLiteral("created"), QStringLiteral("2024")}}},
            {QStringLiteral("displayName"), QStringLiteral("A")},
            {QStringLiteral("userName"), QStringLiteral("a@example.com")}, {QStringLiteral("active"), true},
            {QStringLiteral("title"), QStringLiteral("Engineer")},
            {QStringLiteral("roles"),
                QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("Admin")}}}}};
        const ZoomUserSnapshot z = ZoomUserSnapshot::fromResource(resource);
        QCOMPARE(z.id, QStringLiteral("zoom-1"));
        QVERIFY(z.adminOrOwner);
        const QJsonObject kept = z.resource();
        QCOMPARE(kept.keys(),
            QStringList({QStringLiteral("active"), QStringLiteral("roles"), QStringLiteral("title"),
                QStringLiteral("userName")}));

        // Byte-equal to the desired canonical payload: unchanged.
        DesiredUser d = desired(QStringLiteral("a"));
        d.createBody = {};
        d.updateBody = {};
        QJsonObject canonical = kept;
        d.canonical = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
        SyncPlanner::Input in = inputWith({d}, {managed(QStringLiteral("a"))});
        in.updateBodyOf = [](const DesiredUser &u) { return QJsonDocument::fromJson(u.canonical).object(); };
        in.createBodyOf = in.updateBodyOf;
        in.payloadOf = [](const ManagedUser &m) { return m.payload; };
        in.managed[QStringLiteral("a")].zoomId = z.id;
        in.zoomUsers = QHash<QString, ZoomUserSnapshot> {{z.userName.toLower(), z}};
        SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.unchanged, 1);
        QVERIFY(plan.operations.isEmpty());

        // Changed in Zoom behind our back: the listed title differs, so it is set back.
        canonical.insert(QStringLiteral("title"), QStringLiteral("CTO"));
        in.desired[0].canonical = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
        plan = SyncPlanner::plan(in);
        QCOMPARE(plan.unchanged, 0);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.constFirst().kind, Kind::Update);
        QCOMPARE(plan.operations.constFirst().body.value(QStringLiteral("title")).toString(),
            QStringLiteral("CTO"));
    }

    void interruptedCreateIsResolvedBeforeRetrying()
    {
        ManagedUser pending
            = managed(QStringLiteral("a"), QStringLiteral("Engineer"), ManagedUser::Status::PendingCreate);
        pending.zoomId.clear();
        const SyncPlan plan = SyncPlanner::plan(inputWith({desired(QStringLiteral("a"))}, {pending}));
        QCOMPARE(plan.operations.constFirst().kind, Kind::Create);
        QVERIFY(plan.operations.constFirst().resolveFirst);
    }

    void duplicateUserNamesInTheSourceAreErrors()
    {
        DesiredUser one = desired(QStringLiteral("a"));
        DesiredUser two = desired(QStringLiteral("b"));
        two.userName = QStringLiteral("A@example.com");
        const SyncPlan plan = SyncPlanner::plan(inputWith({one, two}, {}));
        QCOMPARE(plan.counts().value(QStringLiteral("skip")), 2);
        QVERIFY(find(plan, QStringLiteral("b"))
                    ->reason.contains(QStringLiteral("more than one"), Qt::CaseInsensitive));
    }

    void invalidMappingsAreSkippedWithTheirProblems()
    {
        DesiredUser d = desired(QStringLiteral("a"));
        d.problems << QStringLiteral("Username must be an email address");
        const SyncPlan plan = SyncPlanner::plan(inputWith({d}, {managed(QStringLiteral("a"))}));
        QCOMPARE(plan.operations.constFirst().kind, Kind::Skip);
        QVERIFY(plan.operations.constFirst().reason.contains(QStringLiteral("email")));
    }

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

    void userDeletedInZoomIsProvisionedAgainOnFullResync()
    {
        SyncPlanner::Input in = inputWith({desired(QStringLiteral("a"))}, {managed(QStringLiteral("a"))});
        in.zoomUsers = QHash<QString, ZoomUserSnapshot> {};
        QCOMPARE(SyncPlanner::plan(in).operations.constFirst().kind, Kind::Create);
    }
};

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "TestSyncPlanner.moc"
