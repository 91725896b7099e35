#include "SyncPlanner.h"
#include "Translations.h"

#include "ClearedAttributes.h"
#include "PayloadDiff.h"
#include "RemovalGuardPolicy.h"
#include "SyncEvents.h"
#include "ZoomUserMapper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "SyncPlanner"}, text);
}

using Kind = PlannedOperation::Kind;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

PlannedOperation operation(Kind kind, const QString &sourceKey, const QString &userName)
{
    PlannedOperation op;
    op.kind = kind;
    op.sourceKey = sourceKey;
    op.userName = userName;
    return op;
}

PlannedOperation skip(const QString &sourceKey, const QString &userName, const QString &reason)
{
    PlannedOperation op = operation(Kind::Skip, sourceKey, userName);
    op.reason = reason;
    return op;
}

// What a first or full sync saw in Zoom, indexed the two ways the planner matches: linked accounts
// by Zoom id (identity never follows a username), unlinked ones by userName (adoption).
struct ZoomIndex
{
    QHash<QString, const ZoomUserSnapshot *> byId;
    QHash<QString, QString> linkedBy; // Zoom id -> source key of the live managed user linked to it

    const ZoomUserSnapshot *byUserName(const SyncPlanner::Input &in, const QString &userName) const
    {
        if (!in.zoomUsers)
            return nullptr;
        const auto it = in.zoomUsers->constFind(userName.toLower());
        return it == in.zoomUsers->constEnd() ? nullptr : &*it;
    }
};

QJsonObject activeChange(bool before, bool after)
{
    return QJsonObject {{QStringLiteral("attribute"), QStringLiteral("active")},
        {QStringLiteral("old"), before}, {QStringLiteral("new"), after}};
}

// Of what the update body sets, what a listed Zoom account holds differently. Attributes the listing
// does not return (Zoom's list omits some that Get has) are not counted as different.
QJsonArray listedDrift(const QJsonObject &resource, const QJsonObject &updateBody)
{
    QJsonArray drift;
    const QJsonArray changes = PayloadDiff::changesMade(resource, updateBody);
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (!c.value(QStringLiteral("old")).isNull())
            drift.append(c);
    }
    return drift;
}

// Plans a source user the connection already manages. zoom is the linked account as a first or
// full sync listed it (by Zoom id), or null on an incremental sync.
void planManaged(const DesiredUser &d, const ManagedUser &m, const ZoomUserSnapshot *zoom,
    const SyncPlanner::Input &in, SyncPlan *plan)
{
    const UserActions &a = in.actions;
    // What Zoom holds: listed on a full sync, else what the last run read back.
    const QString zoomUserName = zoom ? zoom->userName : m.userName;
    const bool zoomActive = zoom ? zoom->active : m.status != ManagedUser::Status::Disabled;
    if (zoom && (zoom->userName != m.userName || zoomActive != (m.status != ManagedUser::Status::Disabled))) {
        ManagedUser refreshed = m;
        refreshed.payload = in.payloadOf(m); // saved whole: keep the payload it had
        refreshed.userName = zoom->userName;
        refreshed.status = zoomActive ? ManagedUser::Status::Active : ManagedUser::Status::Disabled;
        plan->refreshedLinks.append(refreshed);
    }
    const QString drift = SyncEvents::usernameDrift(d.userName, zoomUserName);
    bool changed = d.payloadHash != m.payloadHash;
    QJsonArray zoomDrift; // a full sync: attributes changed in Zoom behind our back
    // Byte-equal to the desired canonical payload: Zoom holds every desired value, so nothing
    // drifted; only other accounts are parsed and compared (a 100k full resync is mostly these).
    if (zoom && !changed && !d.disabledInSource && (d.canonical.isEmpty() || zoom->json != d.canonical)) {
        zoomDrift = listedDrift(zoom->resource(), in.updateBodyOf(d));
        changed = !zoomDrift.isEmpty();
    }
    const bool disabled = !zoomActive;

    auto withIdentity = [&](PlannedOperation op) {
        op.zoomId = m.zoomId;
        op.zoomUserName = zoomUserName;
        op.identityNote = drift;
        return op;
    };

    if (d.disabledInSource) {
        if (disabled) {
            ++plan->unchanged;
            return;
        }
        if (!a.disableUsers) {
            plan->operations.append(skip(
                d.sourceKey, d.userName, tr("Disabled in the source, but \"Enable users disable\" is off.")));
            return;
        }
        PlannedOperation op = withIdentity(operation(Kind::Disable, d.sourceKey, d.userName));
        op.setActive = false;
        op.payloadHash = m.payloadHash;
        op.payload = in.payloadOf(m);
        op.changes = QJsonArray {activeChange(true, false)};
        plan->operations.append(op);
        return;
    }
    if (!disabled && !changed) {
        ++plan->unchanged; // in sync: the no-op resync sends nothing
        if (!drift.isEmpty()) // said on every run while it lasts; nothing is sent
            plan->operations.append(withIdentity(skip(d.sourceKey, d.userName, QString())));
        return;
    }
    if (!a.updateUsers) {
        plan->operations.append(skip(d.sourceKey, d.userName,
            disabled ? tr("Enabled again in the source, but \"Enable users updation\" is off.")
                     : tr("Changed in the source, but \"Enable users updation\" is off.")));
        return;
    }
    PlannedOperation op
        = withIdentity(operation(disabled ? Kind::Reactivate : Kind::Update, d.sourceKey, d.userName));
    op.payloadHash = d.payloadHash;
    if (changed) {
        const QJsonObject createBody = in.createBodyOf(d);
        op.body = in.updateBodyOf(d);
        op.payload = compact(createBody);
        if (zoomDrift.isEmpty()) {
            const QJsonObject before = QJsonDocument::fromJson(in.payloadOf(m)).object();
            op.changes = PayloadDiff::compare(before, createBody);
            op.reason = ClearedAttributes::apply(before, createBody, &op.body, &op.changes, &op.payload);
        } else {
            op.changes = zoomDrift;
            op.reason = tr("Changed in Zoom outside ProvisionDesk; set back to the source's values.");
        }
        // userName is never sent on update; its difference is told below, not listed as a change.
        for (qsizetype i = op.changes.size() - 1; i >= 0; --i) {
            if (op.changes.at(i).toObject().value(QStringLiteral("attribute")).toString()
                == QLatin1String("userName"))
                op.changes.removeAt(i);
        }
    } else {
        op.payload = in.payloadOf(m);
    }
    if (disabled) {
        op.setActive = true;
        op.changes.append(activeChange(false, true));
    }
    plan->operations.append(op);
}

// Plans a source user the connection does not manage (yet).
void planUnmanaged(const DesiredUser &d, const ManagedUser *pending, const ZoomIndex &index,
    const SyncPlanner::Input &in, SyncPlan *plan)
{
    const UserActions &a = in.actions;
    const ZoomUserSnapshot *zoom = index.byUserName(in, d.userName);
    if (zoom && index.linkedBy.contains(zoom->id) && index.linkedBy.value(zoom->id) != d.sourceKey) {
        plan->operations.append(skip(d.sourceKey, d.userName,
            tr("The Zoom account %1 is already linked to source user %2; two people cannot share one "
               "account. Make the Username unique in the source.")
                .arg(zoom->userName, index.linkedBy.value(zoom->id))));
        return;
    }
    if (zoom) {
        // An account with this username exists in Zoom: link it rather than create a duplicate, and
        // bring it to the desired state as far as the user actions allow.
        PlannedOperation op = operation(Kind::Adopt, d.sourceKey, d.userName);
        op.zoomId = zoom->id;
        op.zoomUserName = zoom->userName;
        op.payloadHash = a.updateUsers ? d.payloadHash : QString();
        if (a.updateUsers) {
            const QJsonObject updateBody = in.updateBodyOf(d);
            op.payload = compact(in.createBodyOf(d));
            op.changes = PayloadDiff::changesMade(zoom->resource(), updateBody);
            if (!op.changes.isEmpty())
                op.body = updateBody;
        }
        if (d.disabledInSource && zoom->active && a.disableUsers)
            op.setActive = false;
        if (!d.disabledInSource && !zoom->active && a.updateUsers)
            op.setActive = true;
        if (op.setActive)
            op.changes.append(activeChange(zoom->active, *op.setActive));
        if (d.disabledInSource && zoom->active && !a.disableUsers)
            op.reason
                = tr("Linked; disabled in the source, but \"Enable users disable\" is off, so the account "
                     "stays active.");
        else if (!d.disabledInSource && !zoom->active && !a.updateUsers)
            op.reason
                = tr("Linked; the account is inactive in Zoom, but \"Enable users updation\" is off, so it "
                     "stays inactive.");
        plan->operations.append(op);
        return;
    }
    if (d.disabledInSource) {
        plan->operations.append(
            skip(d.sourceKey, d.userName, tr("Disabled in the source and not in Zoom: not created.")));
        return;
    }
    if (!a.createUsers) {
        plan->operations.append(
            skip(d.sourceKey, d.userName, tr("Not in Zoom, but \"Enable users creation\" is off.")));
        return;
    }
    PlannedOperation op = operation(Kind::Create, d.sourceKey, d.userName);
    op.payloadHash = d.payloadHash;
    // An earlier create may have reached Zoom before the process died: look before creating.
    op.resolveFirst = pending != nullptr && !in.zoomUsers;
    // Should the POST meet an existing account in this Zoom account (409), it is linked and, as the
    // actions allow, updated and activated like any adopted account.
    op.reconcileOnAdopt = a.updateUsers;
    if (a.updateUsers)
        op.setActive = true;
    if (in.deferCreateBodies && d.createBody.isEmpty() && !d.canonical.isEmpty()) {
        op.canonical = d.canonical; // shared with the desired user, not copied
    } else {
        op.body = in.createBodyOf(d);
        op.payload = compact(op.body);
        op.changes = PayloadDiff::compare({}, op.body);
    }
    plan->operations.append(op);
}

// Plans a managed user who left the source or the rule's scope.
void planDeparted(const ManagedUser &m, const SyncPlanner::Input &in, SyncPlan *plan)
{
    const UserActions &a = in.actions;
    if (m.status == ManagedUser::Status::Removed)
        return;
    const bool pending = m.status == ManagedUser::Status::PendingCreate;
    if (!a.deprovisionUsers) {
        if (!pending)
            plan->operations.append(skip(m.sourceKey, m.userName,
                tr("No longer in the source or the rule, but \"Enable users deprovision\" is "
                   "off: the Zoom account stays.")));
        return;
    }
    const bool remove = a.removeAction == RemoveAction::Delete;
    if (!remove && m.status == ManagedUser::Status::Disabled)
        return; // already disabled
    PlannedOperation op
        = operation(remove ? Kind::RemoveDelete : Kind::RemoveDisable, m.sourceKey, m.userName);
    op.zoomId = m.zoomId;
    op.payloadHash = m.payloadHash;
    op.payload = in.payloadOf(m);
    op.resolveFirst = pending;
    if (!remove)
        op.setActive = false;
    plan->operations.append(op);
}

} // namespace

void SyncPlanner::completeCreate(PlannedOperation *op)
{
    if (op->canonical.isEmpty())
        return;
    op->body = ZoomUserMapper::createBodyFromCanonical(op->canonical);
    op->payload = compact(op->body);
    op->changes = PayloadDiff::compare({}, op->body);
    op->canonical.clear();
}

int SyncPlanner::guardThreshold(const RemovalGuard &guard, int managedCount)
{
    return RemovalGuardPolicy::threshold(guard, managedCount);
}

SyncPlan SyncPlanner::plan(const Input &in)
{
    SyncPlan plan;
    plan.operations.reserve(in.desired.size() / 8 + 16);

    // Two source users mapping to one username would fight over one Zoom account.
    QHash<QString, int> nameCounts;
    for (const DesiredUser &d : in.desired)
        ++nameCounts[d.userName.toLower()];

    ZoomIndex index;
    if (in.zoomUsers) {
        index.byId.reserve(in.zoomUsers->size());
        for (const ZoomUserSnapshot &z : *in.zoomUsers)
            index.byId.insert(z.id, &z);
    }
    for (const ManagedUser &m : in.managed) {
        if (m.isLive() && !m.zoomId.isEmpty())
            index.linkedBy.insert(m.zoomId, m.sourceKey);
    }

    QSet<QString> seen;
    seen.reserve(in.desired.size());
    for (const DesiredUser &d : in.desired) {
        seen.insert(d.sourceKey);
        const auto m = in.managed.constFind(d.sourceKey);
        const bool live = m != in.managed.constEnd() && m->isLive();
        if (!d.problems.isEmpty()) {
            plan.operations.append(skip(d.sourceKey, d.userName,
                tr("Not provisioned: %1").arg(d.problems.join(QStringLiteral("; ")))));
            continue;
        }
        if (!live && nameCounts.value(d.userName.toLower()) > 1) {
            plan.operations.append(skip(d.sourceKey, d.userName,
                tr("More than one source user maps to the Zoom username %1; make it unique in the "
                   "source.")
                    .arg(d.userName)));
            continue;
        }
        if (live && in.zoomUsers) {
            // Identity is the Zoom id: a renamed person is still the same account.
            const ZoomUserSnapshot *zoom
                = m->zoomId.isEmpty() ? index.byUserName(in, m->userName) : index.byId.value(m->zoomId);
            if (zoom) {
                planManaged(d, *m, zoom, in, &plan);
            } else {
                // Deleted in Zoom by someone else: provision it again like a new user.
                index.linkedBy.remove(m->zoomId);
                planUnmanaged(d, nullptr, index, in, &plan);
            }
            continue;
        }
        if (live)
            planManaged(d, *m, nullptr, in, &plan);
        else
            planUnmanaged(d,
                m != in.managed.constEnd() && m->status == ManagedUser::Status::PendingCreate ? &*m : nullptr,
                index, in, &plan);
    }
    for (auto it = in.managed.constBegin(); it != in.managed.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            planDeparted(*it, in, &plan);
    }

    RemovalGuardPolicy::apply(in, &plan);
    return plan;
}

} // namespace pd
