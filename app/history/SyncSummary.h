#pragma once

#include "HistoryTypes.h"

#include <QDateTime>
#include <optional>

namespace pd {

// PingOne's rule sync summary for one connection, from each user's latest applied event:
//  Success          the last operation succeeded (create, adopt, update, reactivate, disable);
//  Unsynced         no account at the target and not synced: a create was skipped (action off, a
//                   mapping problem) or the user was only ever skipped;
//  Partially synced the account exists but may be out of sync: an update, disable or removal was
//                   skipped or held, or a skip followed a successful sync;
//  Failed           the last operation failed;
//  Impacted         the sum: users the rule targets. Users removed by the Remove Action leave it.
// Dry runs and planned events never change the summary; events without a source key (run-level
// errors) neither.
struct SyncSummary
{
    enum class UserState { Success, Unsynced, Partial, Failed, Removed };

    int success = 0;
    int unsynced = 0;
    int partial = 0;
    int failed = 0;
    int impacted() const { return success + unsynced + partial + failed; }

    // The last run that was not a dry run; id 0 when the connection never synced.
    qint64 lastRunId = 0;
    RunOutcome lastOutcome = RunOutcome::Running;
    QDateTime lastStartedAt;
    QDateTime lastFinishedAt;

    // The user's state after an event, given the state before it (none: never seen). nullopt when
    // the event does not count (planned, or a dry run's).
    static std::optional<UserState> stateAfter(
        HistoryOperation op, HistoryResult result, std::optional<UserState> before);
    static QString stateToString(UserState s);
    static std::optional<UserState> stateFromString(const QString &s);
};

} // namespace pd
