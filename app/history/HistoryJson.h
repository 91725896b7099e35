#pragma once

#include "HistoryEvent.h"
#include "RunRecord.h"
#include "SyncSummary.h"

#include <QJsonObject>
#include <QMap>

namespace pd {

// The JSON form of runs and events, shared by the database columns, the JSON export and
// `provisiondesk-cli history --json`. Times are UTC ISO 8601 with milliseconds.
class HistoryJson
{
public:
    static QJsonObject runToJson(const RunRecord &run);
    // Reads what runToJson wrote; derived fields ("totals") are ignored. false + *error when a
    // required field is missing or has an unknown value.
    static bool runFromJson(const QJsonObject &o, RunRecord *run, QString *error);

    static QJsonObject eventToJson(const HistoryEvent &event);
    static bool eventFromJson(const QJsonObject &o, HistoryEvent *event, QString *error);

    // {"impacted", "success", "unsynced", "partiallySynced", "failed", "lastRun": {id, outcome, startedAt,
    // finishedAt} or null}
    static QJsonObject summaryToJson(const SyncSummary &summary);

    static QJsonObject requestsToJson(const QMap<QString, int> &requests);
    static QMap<QString, int> requestsFromJson(const QJsonObject &o);

    static QString compact(const QJsonObject &o);
    static QString compact(const QJsonArray &a);
};

} // namespace pd
