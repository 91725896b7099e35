#pragma once

#include "HistoryEvent.h"
#include "ManagedUser.h"
#include "PlannedOperation.h"
#include "UndoItem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace pd {

// Works out how to reverse one run from its journal: whom to reactivate (it disabled them), whose
// overwritten attributes to put back, whom to deactivate (it created them; never deleted), and what
// cannot be undone, with why. Pure: the caller reads the history and the managed rows.
class UndoPlanner
{
    Q_DECLARE_TR_FUNCTIONS(UndoPlanner)

public:
    struct Input
    {
        qint64 runId = 0; // the run to undo
        QList<HistoryEvent> events; // its events, in the order they happened
        QHash<QString, ManagedUser> managed; // the connection's rows now, by source key
        // Users a later run (not a dry run) changed again: source key -> the latest such run.
        QHash<QString, qint64> changedLater;
    };
    struct Result
    {
        QList<PlannedOperation> operations; // each one writes
        QList<UndoItem> notUndone;
    };

    static Result plan(const Input &in);
};

} // namespace pd
