#pragma once

#include "ManagedUser.h"
#include "PlannedOperation.h"

#include <QList>
#include <QMap>

namespace pd {

struct SyncPlan
{
    QList<PlannedOperation> operations;
    int managedBefore = 0; // managed users the removal guard measured against
    int guardThreshold = 0; // removals allowed without approval
    int heldCount = 0; // removals and disables held back for approval
    int unchanged = 0; // managed users already in sync: nothing planned
    // Links whose Zoom side changed outside ProvisionDesk (a full resync saw another userName or
    // active flag for the linked id): saved before anything is sent, so local state matches Zoom.
    QList<ManagedUser> refreshedLinks;
    bool guardTriggered() const { return heldCount > 0; }

    // Counts by operation kind ("create", "skip", ...), held ones as "held".
    QMap<QString, int> counts() const;
    int writeCount() const; // operations that will send at least one write
};

} // namespace pd
