#include "SyncPlanner.h"

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
        ZoomUserSnapshot z;
        z.id = QStringLiteral("zoom-7");
        z.userName = QStringLiteral("A@Example.com");
        z.resource = QJsonObject {
            {QStringLiteral("userName"), z.userName}, {QStringLiteral("title"), QStringLiteral("Engineer")}};
        in.zoomUsers = QHash<QString, ZoomUserSnapshot> {{z.userName.toLower(), z}};
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.operations.size(), 1);
        QCOMPARE(plan.operations.constFirst().kind, Kind::Adopt);
        QCOMPARE(plan.operations.constFirst().zoomId, QStringLiteral("zoom-7"));
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

        in.approvedRemovals = {QStringLiteral("u95"), QStringLiteral("u96")};
        plan = SyncPlanner::plan(in);
        QCOMPARE(plan.heldCount, 8);
        QVERIFY(!find(plan, QStringLiteral("u95"))->held);

        in.approveAllRemovals = true;
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

    void incompleteSourceHoldsRemovals()
    {
        SyncPlanner::Input in = inputWith({}, {managed(QStringLiteral("a"))});
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
