#include "SyncReport.h"

#include "AttributeChange.h"

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
    auto field = [](const QString &s) {
        QString v = s;
        if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r')))
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return v;
    };
    QString out = QStringLiteral("operation,userName,sourceKey,zoomId,held,reason,changes\r\n");
    for (const PlannedOperation &op : plan) {
        const QStringList row {PlannedOperation::kindToString(op.kind), op.userName, op.sourceKey, op.zoomId,
            op.held ? QStringLiteral("yes") : QStringLiteral("no"), op.reason,
            AttributeChange::summary(AttributeChange::listFromJson(op.changes))};
        QStringList quoted;
        for (const QString &f : row)
            quoted << field(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
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
    if (dryRun)
        json.insert(QStringLiteral("plan"), planToJson());
    return json;
}

} // namespace pd
