#include "RemovalGuardPolicy.h"

#include <cmath>

namespace pd {

namespace {

const ApprovedRemoval *approvalFor(const QList<ApprovedRemoval> &approvals, const QString &sourceKey)
{
    for (const ApprovedRemoval &a : approvals) {
        if (a.sourceKey == sourceKey)
            return &a;
    }
    return nullptr;
}

} // namespace

int RemovalGuardPolicy::threshold(const RemovalGuard &guard, int managedCount)
{
    const double percent = qBound(0.0, guard.percentOfManaged, RemovalGuard::MaxPercent);
    const int byPercent = static_cast<int>(std::floor(managedCount * percent / 100.0));
    return qMax(0, qMin(byPercent, guard.maxUsers));
}

void RemovalGuardPolicy::apply(const SyncPlanner::Input &in, SyncPlan *plan)
{
    int managedCount = 0;
    for (const ManagedUser &m : in.managed)
        managedCount += m.isLive() ? 1 : 0;
    if (in.managedTotal >= 0)
        managedCount = in.managedTotal;
    plan->managedBefore = managedCount;
    plan->guardThreshold = threshold(in.guard, managedCount);
    int takingAccess = 0;
    for (const PlannedOperation &op : std::as_const(plan->operations))
        takingAccess += op.takesAccess() ? 1 : 0;
    // Nobody in scope while users are managed is almost always a truncated export or a wrong
    // filter, never a reason to remove everyone: no threshold lets that through unreviewed.
    const bool emptyScope
        = (in.sourceInScope >= 0 ? in.sourceInScope == 0 : in.desired.isEmpty()) && managedCount > 0;
    const bool overThreshold = takingAccess > plan->guardThreshold;
    plan->heldCount = 0;
    for (PlannedOperation &op : plan->operations) {
        if (!op.takesAccess() || in.approveAllRemovals)
            continue;
        const ApprovedRemoval *approval = approvalFor(in.approvedRemovals, op.sourceKey);
        if (approval && approval->matches(op))
            continue;
        if (emptyScope) {
            op.held = true;
            op.reason = tr("Held: the source returned no users in scope; a truncated export or a wrong "
                           "filter must not remove all %1 managed users. Check the source, or approve to "
                           "apply.")
                            .arg(managedCount);
        } else if (overThreshold) {
            op.held = true;
            op.reason = tr(
                "Held by the removal guard: this run would remove or disable %1 of %2 managed users (more "
                "than %3). Approve to apply.")
                            .arg(takingAccess)
                            .arg(managedCount)
                            .arg(plan->guardThreshold);
        } else if (!in.sourceComplete && op.isRemoval()) {
            op.held = true;
            op.reason = tr(
                "Held: the source had unreadable entries, so this user may only look removed. Approve to "
                "apply.");
        }
        if (op.held && approval)
            op.reason += QLatin1Char(' ')
                + tr("The approval of %1 (Zoom ID %2) no longer matches: it is no longer planned the same "
                     "way; review again.")
                      .arg(approval->describe(), approval->zoomId);
        plan->heldCount += op.held ? 1 : 0;
    }
}

} // namespace pd
