#include "SyncPlanner.h"

#include "PayloadDiff.h"
#include "RemovalGuardPolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>

namespace pd {

namespace {

QString tr(const char *text)
{
    return SyncPlanner::tr(text);
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

bool isLive(const ManagedUser &m)
{
    return m.status == ManagedUser::Status::Active || m.status == ManagedUser::Status::Disabled;
}

// Plans a source user the connection already manages.
void planManaged(const DesiredUser &d, const ManagedUser &m, const SyncPlanner::Input &in, SyncPlan *plan)
{
    const UserActions &a = in.actions;
    const bool changed = d.payloadHash != m.payloadHash;
    const bool disabled = m.status == ManagedUser::Status::Disabled;

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
        PlannedOperation op = operation(Kind::Disable, d.sourceKey, d.userName);
        op.zoomId = m.zoomId;
        op.setActive = false;
        op.payloadHash = m.payloadHash;
        op.changes = QJsonArray {QJsonObject {{QStringLiteral("attribute"), QStringLiteral("active")},
            {QStringLiteral("old"), true}, {QStringLiteral("new"), false}}};
        plan->operations.append(op);
        return;
    }
    if (!disabled && !changed) {
        ++plan->unchanged; // in sync: the no-op resync sends nothing
        return;
    }
    if (!a.updateUsers) {
        plan->operations.append(skip(d.sourceKey, d.userName,
            disabled ? tr("Enabled again in the source, but \"Enable users updation\" is off.")
                     : tr("Changed in the source, but \"Enable users updation\" is off.")));
        return;
    }
    PlannedOperation op = operation(disabled ? Kind::Reactivate : Kind::Update, d.sourceKey, d.userName);
    op.zoomId = m.zoomId;
    op.payloadHash = d.payloadHash;
    if (changed) {
        const QJsonObject createBody = in.createBodyOf(d);
        op.body = in.updateBodyOf(d);
        op.payload = compact(createBody);
        op.changes = PayloadDiff::compare(QJsonDocument::fromJson(m.payload).object(), createBody);
    } else {
        op.payload = m.payload;
    }
    if (disabled) {
        op.setActive = true;
        op.changes.append(QJsonObject {{QStringLiteral("attribute"), QStringLiteral("active")},
            {QStringLiteral("old"), false}, {QStringLiteral("new"), true}});
    }
    if (m.userName.compare(d.userName, Qt::CaseInsensitive) != 0)
        op.reason = tr("The username changed in the source from %1; Zoom does not change usernames through "
                       "SCIM, so the Zoom username stays %1.")
                        .arg(m.userName);
    plan->operations.append(op);
}

// Plans a source user the connection does not manage (yet).
void planUnmanaged(
    const DesiredUser &d, const ManagedUser *pending, const SyncPlanner::Input &in, SyncPlan *plan)
{
    const UserActions &a = in.actions;
    const ZoomUserSnapshot *zoom = nullptr;
    if (in.zoomUsers) {
        const auto it = in.zoomUsers->constFind(d.userName.toLower());
        if (it != in.zoomUsers->constEnd())
            zoom = &*it;
    }
    if (zoom) {
        // An account with this username exists in Zoom: link it rather than create a duplicate.
        PlannedOperation op = operation(Kind::Adopt, d.sourceKey, d.userName);
        op.zoomId = zoom->id;
        op.payloadHash = a.updateUsers ? d.payloadHash : QString();
        if (a.updateUsers) {
            const QJsonObject updateBody = in.updateBodyOf(d);
            op.payload = compact(in.createBodyOf(d));
            op.changes = PayloadDiff::changesMade(zoom->resource, updateBody);
            if (!op.changes.isEmpty())
                op.body = updateBody;
        }
        if (d.disabledInSource && zoom->active && a.disableUsers)
            op.setActive = false;
        if (!d.disabledInSource && !zoom->active && a.updateUsers)
            op.setActive = true;
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
    op.body = in.createBodyOf(d);
    op.payload = compact(op.body);
    op.payloadHash = d.payloadHash;
    // An earlier create may have reached Zoom before the process died: look before creating.
    op.resolveFirst = pending != nullptr && !in.zoomUsers;
    op.changes = PayloadDiff::compare({}, op.body);
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
    op.payload = m.payload;
    op.resolveFirst = pending;
    if (!remove)
        op.setActive = false;
    plan->operations.append(op);
}

} // namespace

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

    QSet<QString> seen;
    seen.reserve(in.desired.size());
    for (const DesiredUser &d : in.desired) {
        seen.insert(d.sourceKey);
        const auto m = in.managed.constFind(d.sourceKey);
        const bool live = m != in.managed.constEnd() && isLive(*m);
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
        if (live && in.zoomUsers && !in.zoomUsers->contains(m->userName.toLower())) {
            // Deleted in Zoom by someone else: provision it again like a new user.
            planUnmanaged(d, nullptr, in, &plan);
            continue;
        }
        if (live)
            planManaged(d, *m, in, &plan);
        else
            planUnmanaged(d,
                m != in.managed.constEnd() && m->status == ManagedUser::Status::PendingCreate ? &*m : nullptr,
                in, &plan);
    }
    for (auto it = in.managed.constBegin(); it != in.managed.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            planDeparted(*it, in, &plan);
    }

    RemovalGuardPolicy::apply(in, &plan);
    return plan;
}

} // namespace pd
