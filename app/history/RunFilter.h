#pragma once

#include "HistoryTypes.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace pd {

// Which runs a list shows, newest first.
struct RunFilter
{
    QUuid connectionId; // null: every connection
    QDateTime from; // runs started at or after; invalid: no lower bound
    QDateTime to; // runs started before; invalid: no upper bound
    QList<RunOutcome> outcomes; // empty: any outcome
    bool includeDryRuns = true;
    int limit = 100; // <= 0: no limit
    int offset = 0;

    bool operator==(const RunFilter &) const = default;
};

} // namespace pd
