#pragma once

#include "SyncPlanner.h"

#include <QCoreApplication>

namespace pd {

// The removal guard: a broken export or a wrong filter must not empty the Zoom account. Holds the
// plan's removals and disables when there are more than the threshold allows, when the source
// returned nobody in scope while users are managed, or (removals only) when the source could not be
// read completely. An approval releases an operation only while it is planned as it was reviewed.
class RemovalGuardPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RemovalGuardPolicy)

public:
    // Removals and disables allowed before the guard holds them: the smaller of the percentage of
    // managed users (capped at RemovalGuard::MaxPercent, whatever an older
    // version stored) and the absolute count.
    static int threshold(const RemovalGuard &guard, int managedCount);
    // Marks held operations in plan and fills its managedBefore, guardThreshold and heldCount.
    static void apply(const SyncPlanner::Input &in, SyncPlan *plan);
};

} // namespace pd
