// UndoPlanner and UndoBody without a server: which operation reverses which event, the PUT body that
// puts old values back (enterprise attributes, emails, an added title cleared, an added given name
// kept), and the reasons for what is not undone.
#include "UndoBody.h"
#include "UndoPlanner.h"
#include "ZoomAttribute.h"

#include <QJsonDocument>
#include <QTest>

using namespace pd;

namespace {

const QString enterprise = QLatin1String(ZoomAttributes::EnterpriseSchema);

HistoryEvent journalEvent(
    HistoryOperation op, const QString &key, HistoryResult result = HistoryResult::Success)
{
    HistoryEvent e;
    e.sourceKey = key;
    e.userName = key + QStringLiteral("@example.com");
    e.operation = op;
    e.result = result;
    return e;
}

ManagedUser row(const QString &key, const QJsonObject &payload = {})
{
    ManagedUser m;
    m.sourceKey = key;
    m.zoomId = QStringLiteral("z-") + key;
    m.userName = key + QStringLiteral("@example.com");
    m.payloadHash = QStringLiteral("hash");
    m.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    m.status = ManagedUser::Status::Active;
    return m;
}

} // namespace

class TestUndoPlanner : public QObject
{
    Q_OBJECT
private slots:
    void restoresOldValuesClearsAddedAndKeepsWhatZoomKeeps()
    {
        const QJsonObject after {{QStringLiteral("userName"), QStringLiteral("a@example.com")},
            {QStringLiteral("title"), QStringLiteral("Lead")},
            {QStringLiteral("name"),
                QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Ann")},
                    {QStringLiteral("familyName"), QStringLiteral("Lee")}}},
            {QStringLiteral("emails"),
                QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("work")},
                    {QStringLiteral("value"), QStringLiteral("new@example.com")},
                    {QStringLiteral("primary"), true}}}},
            {enterprise, QJsonObject {{QStringLiteral("department"), QStringLiteral("Sales")}}}};
        const QList<AttributeChange> changes {
            {QStringLiteral("title"), QJsonValue::Null, QStringLiteral("Lead")},
            {QStringLiteral("name.givenName"), QJsonValue::Null, QStringLiteral("Ann")},
            {QStringLiteral("emails[work].value"), QStringLiteral("old@example.com"),
                QStringLiteral("new@example.com")},
            {enterprise + QStringLiteral(".department"), QStringLiteral("Support"), QStringLiteral("Sales")},
            {QStringLiteral("userName"), QStringLiteral("x@example.com"), QStringLiteral("a@example.com")}};
        const UndoBody undo = UndoBody::restore(changes, QJsonDocument(after).toJson());
        QVERIFY(undo.body.value(QStringLiteral("title")).isNull()); // added: cleared
        QVERIFY(undo.body.contains(QStringLiteral("title")));
        QVERIFY(!undo.body.contains(QStringLiteral("userName"))); // never sent
        QCOMPARE(undo.body.value(QStringLiteral("emails"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value")),
            QStringLiteral("old@example.com"));
        QCOMPARE(undo.body.value(enterprise).toObject().value(QStringLiteral("department")),
            QStringLiteral("Support"));
        QVERIFY(undo.body.value(QStringLiteral("schemas")).toArray().contains(enterprise));
        QVERIFY2(undo.note.contains(QStringLiteral("Given Name")), qPrintable(undo.note)); // Zoom keeps it
        const QJsonObject payload = QJsonDocument::fromJson(undo.payload).object();
        QCOMPARE(payload.value(QStringLiteral("name")).toObject().value(QStringLiteral("givenName")),
            QStringLiteral("Ann"));
        QVERIFY(!payload.contains(QStringLiteral("title")));
        QVERIFY(!undo.setActive);
    }

    void reversesEachOperationAndListsTheRest()
    {
        UndoPlanner::Input in;
        in.runId = 7;
        HistoryEvent update = journalEvent(HistoryOperation::Update, QStringLiteral("u"));
        update.changes = {{QStringLiteral("title"), QStringLiteral("Engineer"), QStringLiteral("Lead")}};
        HistoryEvent reactivated = journalEvent(HistoryOperation::Reactivate, QStringLiteral("r"));
        reactivated.changes = {{QStringLiteral("title"), QStringLiteral("Engineer"), QStringLiteral("Lead")},
            {QStringLiteral("active"), false, true}};
        in.events = {journalEvent(HistoryOperation::Create, QStringLiteral("c")),
            journalEvent(HistoryOperation::Disable, QStringLiteral("d")),
            journalEvent(HistoryOperation::RemoveDisable, QStringLiteral("rd")), update, reactivated,
            journalEvent(HistoryOperation::RemoveDelete, QStringLiteral("del")),
            journalEvent(HistoryOperation::Update, QStringLiteral("f"), HistoryResult::Failed),
            journalEvent(HistoryOperation::Disable, QStringLiteral("h"), HistoryResult::Held),
            journalEvent(HistoryOperation::Disable, QStringLiteral("later"))};
        const QJsonObject titled {{QStringLiteral("title"), QStringLiteral("Lead")}};
        for (const QString &k :
            {QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("rd"), QStringLiteral("later")})
            in.managed.insert(k, row(k));
        in.managed.insert(QStringLiteral("u"), row(QStringLiteral("u"), titled));
        in.managed.insert(QStringLiteral("r"), row(QStringLiteral("r"), titled));
        in.changedLater.insert(QStringLiteral("later"), 9);

        const UndoPlanner::Result r = UndoPlanner::plan(in);
        QHash<QString, PlannedOperation> ops;
        for (const PlannedOperation &op : r.operations)
            ops.insert(op.sourceKey, op);
        QCOMPARE(ops.size(), 5);
        QCOMPARE(ops[QStringLiteral("c")].kind, PlannedOperation::Kind::Disable); // deactivated, not deleted
        QCOMPARE(ops[QStringLiteral("c")].setActive, std::optional<bool>(false));
        QCOMPARE(ops[QStringLiteral("d")].kind, PlannedOperation::Kind::Reactivate);
        QCOMPARE(ops[QStringLiteral("rd")].setActive, std::optional<bool>(true));
        QCOMPARE(ops[QStringLiteral("u")].kind, PlannedOperation::Kind::Update);
        QCOMPARE(ops[QStringLiteral("u")].body.value(QStringLiteral("title")), QStringLiteral("Engineer"));
        QVERIFY(ops[QStringLiteral("u")].payloadHash.isEmpty());
        QCOMPARE(ops[QStringLiteral("u")].zoomId, QStringLiteral("z-u"));
        // Reactivated with new attributes: the old ones go back and the user is inactive again.
        QCOMPARE(ops[QStringLiteral("r")].kind, PlannedOperation::Kind::Disable);
        QCOMPARE(ops[QStringLiteral("r")].body.value(QStringLiteral("title")), QStringLiteral("Engineer"));

        QCOMPARE(r.notUndone.size(), 4);
        QHash<QString, UndoItem> items;
        for (const UndoItem &i : r.notUndone)
            items.insert(i.sourceKey, i);
        QVERIFY(items[QStringLiteral("del")].reason.contains(QStringLiteral("deleted")));
        QVERIFY(items[QStringLiteral("f")].reason.contains(QStringLiteral("failed")));
        QVERIFY(items[QStringLiteral("h")].reason.contains(QStringLiteral("held")));
        QCOMPARE(items[QStringLiteral("later")].laterRunId, 9);
        QCOMPARE(
            items[QStringLiteral("later")].reason, QStringLiteral("Changed again by run 9; not undone."));
    }
};

QTEST_GUILESS_MAIN(TestUndoPlanner)
#include "TestUndoPlanner.moc"
