#pragma once

#include "HistoryTypes.h"
#include "PlannedOperation.h"
#include "Preflight.h"
#include "RunCounts.h"
#include "UndoItem.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <optional>

namespace pd {

// What a finished run did: the outcome, counts per operation and result, requests by method, the
// held removals waiting for approval, and (for a dry run) the whole plan.
struct SyncReport
{
    qint64 runId = 0;
    RunOutcome outcome = RunOutcome::Failed;
    QString message;
    bool dryRun = false;
    RunCounts counts;
    QMap<QString, int> requests;
    QList<PlannedOperation> held;
    QList<PlannedOperation> plan; // dry runs and undo runs only
    qint64 sourceRecords = 0;
    qint64 inScope = 0;
    qint64 unchanged = 0;
    std::optional<Preflight> preflight; // dry runs: what the run would meet (see Preflight)
    // An undo run: the run it reverses, and what it leaves as it is (plan holds what it reverses).
    qint64 undoOfRunId = 0;
    QList<UndoItem> notUndone;

    // 0 done, 1 some users failed, 2 stopped or held, 3 the run could not start or failed.
    int exitCode() const;
    QJsonObject toJson() const;
    // The dry run's plan as CSV (operation,userName,sourceKey,zoomId,held,reason,changes) and JSON.
    QByteArray planToCsv() const;
    QJsonArray planToJson() const;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::SyncReport)
