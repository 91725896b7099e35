#pragma once

#include "HistoryTypes.h"
#include "RunCounts.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QUuid>

namespace pd {

// One sync of one connection, as the history keeps it.
struct RunRecord
{
    qint64 id = 0;
    QUuid connectionId;
    QString connectionName; // as it was when the run started; kept after the connection is deleted
    RunTrigger trigger = RunTrigger::Gui;
    bool dryRun = false;
    bool fullResync = false;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    RunOutcome outcome = RunOutcome::Running;
    RunCounts counts;
    QMap<QString, int> requests; // HTTP requests by method: {"GET": 12, "POST": 3}
    QString message; // a sentence for the admin: why it failed, was cancelled, or what is held

    int requestTotal() const;
    qint64 durationMs() const; // -1 while running
    bool operator==(const RunRecord &) const = default;
};

} // namespace pd
