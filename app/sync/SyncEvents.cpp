#include "SyncEvents.h"
#include "Translations.h"

#include "AttributeChange.h"

#include <QCoreApplication>

namespace pd {

namespace {
QString tr(const char *text)
{
    return Translations::translate({"pd::SyncEvents", "SyncEvents"}, text);
}
} // namespace

HistoryOperation SyncEvents::operationFor(PlannedOperation::Kind kind)
{
    using Kind = PlannedOperation::Kind;
    switch (kind) {
    case Kind::Create:
        return HistoryOperation::Create;
    case Kind::Adopt:
        return HistoryOperation::Adopt;
    case Kind::Update:
        return HistoryOperation::Update;
    case Kind::Disable:
        return HistoryOperation::Disable;
    case Kind::Reactivate:
        return HistoryOperation::Reactivate;
    case Kind::RemoveDisable:
        return HistoryOperation::RemoveDisable;
    case Kind::RemoveDelete:
        return HistoryOperation::RemoveDelete;
    case Kind::Skip:
        break;
    }
    return HistoryOperation::Skip;
}

HistoryEvent SyncEvents::eventFor(const PlannedOperation &op)
{
    HistoryEvent e;
    e.sourceKey = op.sourceKey;
    e.userName = op.userName;
    e.operation = operationFor(op.kind);
    e.changes = AttributeChange::listFromJson(op.changes);
    e.detail = withNote(op.reason, op.identityNote);
    return e;
}

HistoryEvent SyncEvents::unsentEvent(const PlannedOperation &op, bool dryRun)
{
    HistoryEvent e = eventFor(op);
    if (op.kind == PlannedOperation::Kind::Skip)
        e.result = HistoryResult::Skipped;
    else if (op.held)
        e.result = HistoryResult::Held;
    else
        e.result = dryRun ? HistoryResult::Planned : HistoryResult::Skipped;
    return e;
}

QString SyncEvents::describeFailure(const ScimError &error)
{
    if (error.isNotInAccount())
        return tr(
            "Zoom reports this user as not in this account: the invitation is still pending, or the email "
            "belongs to another Zoom account (%1).")
            .arg(error.message);
    if (error.kind == ScimError::Kind::Cancelled)
        return tr("Not sent: the run was stopped.");
    if (error.stopsRun())
        return tr("Not applied: Zoom's %1 stopped the run (%2). The next sync after that time does it.")
            .arg(error.dailyLimit ? tr("daily request limit") : tr("rate limit"), error.describe());
    if (error.isRateLimited())
        return tr("Zoom kept answering \"too many requests\" after every retry (%1). Lower the connection's "
                  "requests per second.")
            .arg(error.describe());
    if (error.htmlBody)
        return tr("Zoom answered with a web page instead of SCIM JSON (%1): a proxy or a wrong SCIM URL?")
            .arg(error.describe());
    return error.describe();
}

QString SyncEvents::usernameDrift(const QString &sourceUserName, const QString &zoomUserName)
{
    if (zoomUserName.isEmpty() || zoomUserName.compare(sourceUserName, Qt::CaseInsensitive) == 0)
        return {};
    return tr("The source's Username is %1, but the Zoom account keeps %2: Zoom does not change usernames "
              "through SCIM, so the account stays linked by its Zoom ID and no second account is made. To "
              "rename it, change the user's email in Zoom (User Management, Edit user), or change the "
              "source back.")
        .arg(sourceUserName, zoomUserName);
}

QString SyncEvents::withNote(const QString &detail, const QString &note)
{
    if (note.isEmpty() || detail.contains(note))
        return detail;
    return detail.isEmpty() ? note : detail + QLatin1Char(' ') + note;
}

} // namespace pd
