#include "SyncSummary.h"

namespace pd {

std::optional<SyncSummary::UserState> SyncSummary::stateAfter(
    HistoryOperation op, HistoryResult result, std::optional<UserState> before)
{
    using R = HistoryResult;
    if (result == R::Planned)
        return std::nullopt;
    if (result == R::Failed || op == HistoryOperation::Error)
        return UserState::Failed;
    const bool removal = op == HistoryOperation::RemoveDisable || op == HistoryOperation::RemoveDelete;
    if (op == HistoryOperation::Skip) {
        // The planner skips a user when an action is off or the user cannot be provisioned: whether
        // an account exists is what the user's earlier events tell.
        const bool hadAccount = before && (*before == UserState::Success || *before == UserState::Partial);
        return hadAccount ? UserState::Partial : UserState::Unsynced;
    }
    if (result == R::Success)
        return removal ? UserState::Removed : UserState::Success;
    // Skipped or held.
    return op == HistoryOperation::Create ? UserState::Unsynced : UserState::Partial;
}

QString SyncSummary::stateToString(UserState s)
{
    switch (s) {
    case UserState::Success:
        return QStringLiteral("success");
    case UserState::Unsynced:
        return QStringLiteral("unsynced");
    case UserState::Partial:
        return QStringLiteral("partial");
    case UserState::Failed:
        return QStringLiteral("failed");
    case UserState::Removed:
        break;
    }
    return QStringLiteral("removed");
}

std::optional<SyncSummary::UserState> SyncSummary::stateFromString(const QString &s)
{
    for (UserState st : {UserState::Success, UserState::Unsynced, UserState::Partial, UserState::Failed,
             UserState::Removed}) {
        if (stateToString(st) == s)
            return st;
    }
    return std::nullopt;
}

} // namespace pd
