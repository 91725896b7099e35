#include "HistoryJson.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::HistoryJson", "pd", "History"}, text);
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(historyTimestamp(t)) : QJsonValue();
}

bool readTime(const QJsonObject &o, const QString &key, bool required, QDateTime *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined()) {
        if (required)
            *error = tr("\"%1\" is missing").arg(key);
        return !required;
    }
    *out = historyTimestampFromString(v.toString());
    if (!out->isValid()) {
        *error = tr("\"%1\" is not an ISO 8601 time: %2").arg(key, v.toString());
        return false;
    }
    return true;
}

} // namespace

QString HistoryJson::compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString HistoryJson::compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject HistoryJson::summaryToJson(const SyncSummary &s)
{
    QJsonValue lastRun;
    if (s.lastRunId != 0)
        lastRun = QJsonObject {{QStringLiteral("id"), s.lastRunId},
            {QStringLiteral("outcome"), runOutcomeToString(s.lastOutcome)},
            {QStringLiteral("startedAt"), timeValue(s.lastStartedAt)},
            {QStringLiteral("finishedAt"), timeValue(s.lastFinishedAt)}};
    return {{QStringLiteral("impacted"), s.impacted()}, {QStringLiteral("success"), s.success},
        {QStringLiteral("unsynced"), s.unsynced}, {QStringLiteral("partiallySynced"), s.partial},
        {QStringLiteral("failed"), s.failed}, {QStringLiteral("lastRun"), lastRun}};
}

QJsonObject HistoryJson::requestsToJson(const QMap<QString, int> &requests)
{
    QJsonObject o;
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, int> HistoryJson::requestsFromJson(const QJsonObject &o)
{
    QMap<QString, int> requests;
    for (auto it = o.begin(); it != o.end(); ++it)
        requests.insert(it.key(), it.value().toInt());
    return requests;
}

QJsonObject HistoryJson::runToJson(const RunRecord &run)
{
    return {
        {QStringLiteral("id"), run.id},
        {QStringLiteral("connectionId"), run.connectionId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("connectionName"), run.connectionName},
        {QStringLiteral("trigger"), runTriggerToString(run.trigger)},
        {QStringLiteral("dryRun"), run.dryRun},
        {QStringLiteral("fullResync"), run.fullResync},
        {QStringLiteral("startedAt"), timeValue(run.startedAt)},
        {QStringLiteral("finishedAt"), timeValue(run.finishedAt)},
        {QStringLiteral("outcome"), runOutcomeToString(run.outcome)},
        {QStringLiteral("counts"), run.counts.toJson()},
        {QStringLiteral("totals"),
            QJsonObject {{QStringLiteral("events"), run.counts.total()},
                {QStringLiteral("created"), run.counts.created()},
                {QStringLiteral("updated"), run.counts.updated()},
                {QStringLiteral("removed"), run.counts.removed()},
                {QStringLiteral("failed"), run.counts.failed()}}},
        {QStringLiteral("requests"), requestsToJson(run.requests)},
        {QStringLiteral("message"), run.message},
    };
}

bool HistoryJson::runFromJson(const QJsonObject &o, RunRecord *run, QString *error)
{
    RunRecord r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.connectionId = QUuid::fromString(o.value(QLatin1String("connectionId")).toString());
    r.connectionName = o.value(QLatin1String("connectionName")).toString();
    if (!runTriggerFromString(o.value(QLatin1String("trigger")).toString(), &r.trigger)) {
        *error = tr("unknown trigger \"%1\"").arg(o.value(QLatin1String("trigger")).toString());
        return false;
    }
    if (!runOutcomeFromString(o.value(QLatin1String("outcome")).toString(), &r.outcome)) {
        *error = tr("unknown outcome \"%1\"").arg(o.value(QLatin1String("outcome")).toString());
        return false;
    }
    r.dryRun = o.value(QLatin1String("dryRun")).toBool();
    r.fullResync = o.value(QLatin1String("fullResync")).toBool();
    if (!readTime(o, QStringLiteral("startedAt"), true, &r.startedAt, error)
        || !readTime(o, QStringLiteral("finishedAt"), false, &r.finishedAt, error))
        return false;
    r.counts = RunCounts::fromJson(o.value(QLatin1String("counts")).toObject());
    r.requests = requestsFromJson(o.value(QLatin1String("requests")).toObject());
    r.message = o.value(QLatin1String("message")).toString();
    *run = r;
    return true;
}

QJsonObject HistoryJson::eventToJson(const HistoryEvent &e)
{
    QJsonObject o {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("runId"), e.runId},
        {QStringLiteral("at"), timeValue(e.at)},
        {QStringLiteral("sourceKey"), e.sourceKey},
        {QStringLiteral("userName"), e.userName},
        {QStringLiteral("operation"), historyOperationToString(e.operation)},
        {QStringLiteral("result"), historyResultToString(e.result)},
        {QStringLiteral("httpStatus"), e.httpStatus},
        {QStringLiteral("detail"), e.detail},
        {QStringLiteral("changes"), AttributeChange::listToJson(e.changes)},
    };
    if (!e.connectionName.isEmpty())
        o.insert(QStringLiteral("connectionName"), e.connectionName);
    return o;
}

bool HistoryJson::eventFromJson(const QJsonObject &o, HistoryEvent *event, QString *error)
{
    HistoryEvent e;
    e.id = o.value(QLatin1String("id")).toInteger();
    e.runId = o.value(QLatin1String("runId")).toInteger();
    if (!readTime(o, QStringLiteral("at"), true, &e.at, error))
        return false;
    e.sourceKey = o.value(QLatin1String("sourceKey")).toString();
    e.userName = o.value(QLatin1String("userName")).toString();
    if (!historyOperationFromString(o.value(QLatin1String("operation")).toString(), &e.operation)) {
        *error = tr("unknown operation \"%1\"").arg(o.value(QLatin1String("operation")).toString());
        return false;
    }
    if (!historyResultFromString(o.value(QLatin1String("result")).toString(), &e.result)) {
        *error = tr("unknown result \"%1\"").arg(o.value(QLatin1String("result")).toString());
        return false;
    }
    e.httpStatus = o.value(QLatin1String("httpStatus")).toInt();
    e.detail = o.value(QLatin1String("detail")).toString();
    e.changes = AttributeChange::listFromJson(o.value(QLatin1String("changes")).toArray());
    e.connectionName = o.value(QLatin1String("connectionName")).toString();
    *event = e;
    return true;
}

} // namespace pd
