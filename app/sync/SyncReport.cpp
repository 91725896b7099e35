#include "SyncReport.h"

#include "AttributeChange.h"
#include "CsvCodec.h"
#include "SyncEvents.h"

#include <QJsonArray>

namespace pd {

int SyncReport::exitCode() const
{
    switch (outcome) {
    case RunOutcome::Succeeded:
        return 0;
    case RunOutcome::Partial:
        return 1;
    case RunOutcome::Cancelled:
    case RunOutcome::Held:
    case RunOutcome::Interrupted:
        return 2;
    case RunOutcome::Running:
    case RunOutcome::Failed:
        break;
    }
    return 3;
}

QJsonArray SyncReport::planToJson() const
{
    QJsonArray array;
    for (const PlannedOperation &op : plan) {
        array.append(QJsonObject {{QStringLiteral("operation"), PlannedOperation::kindToString(op.kind)},
            {QStringLiteral("userName"), op.userName}, {QStringLiteral("sourceKey"), op.sourceKey},
            {QStringLiteral("zoomId"), op.zoomId}, {QStringLiteral("held"), op.held},
            {QStringLiteral("reason"), op.reason}, {QStringLiteral("changes"), op.changes}});
    }
    return array;
}

QByteArray SyncReport::planToCsv() const
{
    // Through CsvCodec, like the history export: cells a spreadsheet would run as formulas are defused.
    QString out = CsvCodec::record({QStringLiteral("operation"), QStringLiteral("userName"),
        QStringLiteral("sourceKey"), QStringLiteral("zoomId"), QStringLiteral("held"),
        QStringLiteral("reason"), QStringLiteral("changes")});
    for (const PlannedOperation &op : plan)
        out += CsvCodec::record({PlannedOperation::kindToString(op.kind), op.userName, op.sourceKey,
            op.zoomId, op.held ? QStringLiteral("yes") : QStringLiteral("no"),
            SyncEvents::withNote(op.reason, op.identityNote),
            AttributeChange::summary(AttributeChange::listFromJson(op.changes))});
    return out.toUtf8();
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject requestsJson;
    int total = 0;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        requestsJson.insert(it.key(), it.value());
        total += it.value();
    }
    QJsonArray heldJson;
    // Each held entry carries what an approval must match (see ApprovedRemoval): `sync NAME
    // --approve-removals FILE` reads this list back.
    for (const PlannedOperation &op : held)
        heldJson.append(QJsonObject {{QStringLiteral("userName"), op.userName},
            {QStringLiteral("sourceKey"), op.sourceKey},
            {QStringLiteral("operation"), PlannedOperation::kindToString(op.kind)},
            {QStringLiteral("zoomId"), op.zoomId}, {QStringLiteral("reason"), op.reason}});
    QJsonObject json {{QStringLiteral("runId"), runId},
        {QStringLiteral("outcome"), runOutcomeToString(outcome)}, {QStringLiteral("message"), message},
        {QStringLiteral("dryRun"), dryRun}, {QStringLiteral("counts"), counts.toJson()},
        {QStringLiteral("requests"), requestsJson}, {QStringLiteral("requestTotal"), total},
        {QStringLiteral("held"), heldJson}, {QStringLiteral("sourceRecords"), sourceRecords},
        {QStringLiteral("inScope"), inScope}, {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("exitCode"), exitCode()}};
    if (dryRun || undoOfRunId != 0)
        json.insert(QStringLiteral("plan"), planToJson());
    if (undoOfRunId != 0) { // an undo: what it reverses is its plan; what it leaves, with why
        QJsonArray notUndoneJson;
        for (const UndoItem &item : notUndone)
            notUndoneJson.append(item.toJson());
        json.insert(QStringLiteral("undoOf"), undoOfRunId);
        json.insert(QStringLiteral("notUndone"), notUndoneJson);
    }
    if (preflight)
        json.insert(QStringLiteral("preflight"), preflight->toJson());
    return json;
}

} // namespace pd
