#pragma once

#include "ApprovedRemoval.h"
#include "Connection.h"
#include "DesiredUser.h"
#include "ManagedUser.h"
#include "SyncPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

namespace pd {

// Decides what a sync does, without touching the network: compares the rule's users with what
// the connection manages (and, on a first or full sync, with Zoom's own list), and applies the
// user actions and the removal guard. Deterministic: the same inputs give the same plan.
class SyncPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)

public:
    struct Input
    {
        QList<DesiredUser> desired; // every source user in the rule's scope
        QHash<QString, ManagedUser> managed; // by source key
        // Zoom's users by lower-cased userName; present on a first sync or a full resync.
        std::optional<QHash<QString, ZoomUserSnapshot>> zoomUsers;
        UserActions actions;
        RemovalGuard guard;
        // Held removals the admin approved, as reviewed: each releases only the same operation.
        QList<ApprovedRemoval> approvedRemovals;
        // "Deprovision on rule deletion" only (the admin confirmed removing everyone); no CLI flag sets it.
        bool approveAllRemovals = false;
        bool sourceComplete = true; // false: the source read failed part-way
        // When a run is narrowed to some people (provision now, retry), the removal guard still
        // measures the whole connection: its live managed users and the source's users in scope.
        // -1: count them from managed and desired.
        int managedTotal = -1;
        int sourceInScope = -1;
        // Build a user's bodies when they were left to canonical (see DesiredUser).
        std::function<QJsonObject(const DesiredUser &)> createBodyOf
            = [](const DesiredUser &d) { return d.createBody; };
        std::function<QJsonObject(const DesiredUser &)> updateBodyOf
            = [](const DesiredUser &d) { return d.updateBody; };
        // The last payload sent to a managed user (ManagedUser::payload may be left unloaded).
        std::function<QByteArray(const ManagedUser &)> payloadOf
            = [](const ManagedUser &m) { return m.payload; };
        // A plan that is only executed (not a dry run): creates keep canonical (see PlannedOperation).
        bool deferCreateBodies = false;
    };

    static SyncPlan plan(const Input &input);
    // Makes a deferred create's body, payload and changes from its canonical payload.
    static void completeCreate(PlannedOperation *op);
    // Removals and disables allowed before the guard holds them (see RemovalGuardPolicy::threshold).
    static int guardThreshold(const RemovalGuard &guard, int managedCount);
};

} // namespace pd
