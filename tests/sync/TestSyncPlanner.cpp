#include "PlannerInputs.h"
#include "SyncPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pd;
using Kind = PlannedOperation::Kind;

using namespace pd::test;

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

    void userDeletedInZoomIsProvisionedAgainOnFullResync()
    {
        SyncPlanner::Input in = inputWith({desired(QStringLiteral("a"))}, {managed(QStringLiteral("a"))});
        in.zoomUsers = QHash<QString, ZoomUserSnapshot> {};
        QCOMPARE(SyncPlanner::plan(in).operations.constFirst().kind, Kind::Create);
    }
};

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "TestSyncPlanner.moc"
