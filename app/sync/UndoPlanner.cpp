#include "UndoPlanner.h"

#include "UndoBody.h"

namespace pd {

namespace {

using Kind = PlannedOperation::Kind;

QJsonArray activeChange(bool before, bool after)
{
    return QJsonArray {QJsonObject {{QStringLiteral("attribute"), QStringLiteral("active")},
        {QStringLiteral("old"), before}, {QStringLiteral("new"), after}}};
}

// Why an event that changed nothing in Zoom has nothing to undo.
QString unchangedReason(const HistoryEvent &e)
{
    switch (e.result) {
    case HistoryResult::Failed:
        return UndoPlanner::tr("It failed in that run: nothing was changed.");
    case HistoryResult::Held:
        return UndoPlanner::tr("It was held for approval in that run: nothing was changed.");
    case HistoryResult::Planned:
        return UndoPlanner::tr("It was only planned: nothing was changed.");
    case HistoryResult::Skipped:
    case HistoryResult::Success:
        break;
    }
    return UndoPlanner::tr("It was skipped in that run: nothing was changed.");
}

} // namespace

UndoPlanner::Result UndoPlanner::plan(const Input &in)
{
    Result result;
    for (const HistoryEvent &e : in.events) {
        UndoItem item {e.sourceKey, e.userName, e.operation, e.result, 0, {}};
        const bool wrote = e.result == HistoryResult::Success && e.operation != HistoryOperation::Skip
            && e.operation != HistoryOperation::Error;
        if (!wrote) {
            item.reason = unchangedReason(e);
            result.notUndone.append(item);
            continue;
        }
        if (const qint64 later = in.changedLater.value(e.sourceKey); later != 0) {
            // Undoing would overwrite what the later run did: the admin decides, not the undo.
            item.laterRunId = later;
            item.reason = tr("Changed again by run %1; not undone.").arg(later);
            result.notUndone.append(item);
            continue;
        }
        if (e.operation == HistoryOperation::RemoveDelete) {
            item.reason = tr("The account was deleted in Zoom; a deleted account cannot be brought back.");
            result.notUndone.append(item);
            continue;
        }
        const auto row = in.managed.constFind(e.sourceKey);
        if (row == in.managed.constEnd() || row->zoomId.isEmpty()
            || (row->status != ManagedUser::Status::Active && row->status != ManagedUser::Status::Disabled)) {
            item.reason
                = tr("No longer linked to a Zoom account (deleted there or forgotten); nothing to undo.");
            result.notUndone.append(item);
            continue;
        }

        PlannedOperation op;
        op.sourceKey = e.sourceKey;
        op.userName = e.userName.isEmpty() ? row->userName : e.userName;
        op.zoomId = row->zoomId;
        op.zoomUserName = row->userName;
        op.payload = row->payload;
        op.payloadHash.clear(); // the next sync compares again
        op.reason = tr("Undo of run %1.").arg(in.runId);
        switch (e.operation) {
        case HistoryOperation::Create:
            op.kind = Kind::Disable; // deactivated, never deleted
            op.setActive = false;
            op.changes = activeChange(true, false);
            break;
        case HistoryOperation::Disable:
        case HistoryOperation::RemoveDisable:
            op.kind = Kind::Reactivate;
            op.setActive = true;
            op.changes = activeChange(false, true);
            break;
        default: {
            const UndoBody undo = UndoBody::restore(e.changes, row->payload);
            op.body = undo.body;
            op.payload = undo.payload;
            op.changes = undo.changes;
            op.setActive = undo.setActive;
            if (!undo.note.isEmpty())
                op.reason += QLatin1Char(' ') + undo.note;
            if (op.body.isEmpty() && !op.setActive) {
                item.reason = undo.note.isEmpty()
                    ? tr("Nothing to reverse: that run changed no attribute Zoom keeps.")
                    : undo.note;
                result.notUndone.append(item);
                continue;
            }
            // A user left inactive stays inactive once the attributes are back.
            const bool endsInactive
                = op.setActive ? !*op.setActive : row->status == ManagedUser::Status::Disabled;
            op.kind = endsInactive ? Kind::Disable : (op.setActive ? Kind::Reactivate : Kind::Update);
            if (endsInactive)
                op.setActive = false;
            if (!undo.note.isEmpty()) {
                item.reason = undo.note;
                result.notUndone.append(item); // part of it stays: say which
            }
            break;
        }
        }
        result.operations.append(op);
    }
    return result;
}

} // namespace pd
