// SyncWorker's undo mode ("Undo a run"), kept apart from the everyday sync in SyncWorker.cpp.
#include "SyncWorker.h"

#include "ConnectionStore.h"
#include "Database.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"
#include "ManagedUserStore.h"
#include "RequestThrottle.h"
#include "RunConclusion.h"
#include "ScimClient.h"
#include "SyncExecutor.h"
#include "UndoPlanner.h"

namespace pd {

namespace {

using Level = SyncLogLine::Level;

// Every event of one run, page by page (a run may hold a million).
QList<HistoryEvent> allEvents(
    const HistoryQuery &query, qint64 runId, std::optional<HistoryResult> result = std::nullopt)
{
    QList<HistoryEvent> events;
    qint64 after = 0;
    for (;;) {
        const QList<HistoryEvent> page = query.runEvents(runId, after, 1000, result);
        events += page;
        if (page.size() < 1000)
            return events;
        after = page.constLast().id;
    }
}

} // namespace

void SyncWorker::undoThenApply()
{
    const qint64 undone = m_request.undoRunId;
    m_report.undoOfRunId = undone;
    log(Level::Info, tr("Undo of run %1.").arg(undone));
    const HistoryQuery query(m_database->handle());
    const auto run = query.run(undone);
    QString refusal;
    if (!run)
        refusal = tr("There is no run %1.").arg(undone);
    else if (run->connectionId != m_connection.id)
        refusal = tr("Run %1 belongs to \"%2\", not to \"%3\".")
                      .arg(undone)
                      .arg(run->connectionName, m_connection.name);
    else if (run->dryRun)
        refusal = tr("Run %1 was a dry run: it changed nothing.").arg(undone);
    else if (run->outcome == RunOutcome::Running || undone == m_report.runId)
        refusal = tr("Run %1 is still running.").arg(undone);
    if (!refusal.isEmpty()) {
        finish(RunOutcome::Failed,
            tr("Undo of run %1: %2 Nothing was changed in Zoom.").arg(undone).arg(refusal));
        return;
    }

    UndoPlanner::Input in;
    in.runId = undone;
    in.events = allEvents(query, undone);
    const ManagedUserStore store(m_database->handle(), m_connection.id);
    const auto managed = store.loadAll();
    if (!managed || !query.errorString().isEmpty()) {
        finish(RunOutcome::Failed,
            tr("Undo of run %1: cannot read the history or the managed users (%2). Nothing was changed in "
               "Zoom.")
                .arg(undone)
                .arg(managed ? query.errorString() : store.errorString()));
        return;
    }
    in.managed = *managed;
    // Anyone a later run changed again is left alone: undoing would overwrite the newer change.
    RunFilter later;
    later.connectionId = m_connection.id;
    later.includeDryRuns = false;
    later.limit = 0;
    for (const RunRecord &r : query.runs(later)) {
        if (r.id <= undone || r.id == m_report.runId)
            continue;
        for (const HistoryEvent &e : allEvents(query, r.id, HistoryResult::Success)) {
            if (e.operation != HistoryOperation::Skip && e.operation != HistoryOperation::Error)
                in.changedLater[e.sourceKey] = qMax(in.changedLater.value(e.sourceKey), r.id);
        }
    }
    UndoPlanner::Result planned = UndoPlanner::plan(in);
    m_report.notUndone = planned.notUndone;
    log(Level::Info,
        tr("Undo plan: %n change(s) to reverse", nullptr, int(planned.operations.size()))
            + QStringLiteral("; ")
            + tr("%n item(s) cannot be undone.", nullptr, int(planned.notUndone.size())));

    // The undo's own history: what it leaves as it is (skipped, with why), and for a dry run its plan.
    SyncPlan plan;
    plan.operations = planned.operations;
    for (const UndoItem &item : std::as_const(planned.notUndone)) {
        PlannedOperation skip;
        skip.sourceKey = item.sourceKey;
        skip.userName = item.userName;
        skip.reason = tr("%1 in run %2 not undone: %3")
                          .arg(historyOperationDisplayName(item.operation))
                          .arg(undone)
                          .arg(item.reason);
        plan.operations.append(skip);
    }
    recordUnsent(plan);
    m_report.plan = planned.operations;
    if (m_request.dryRun) {
        finish(RunOutcome::Succeeded,
            tr("Undo of run %1 (dry run): %2; %3 Nothing was sent, and the connection stays as it is.")
                .arg(undone)
                .arg(tr("%n change(s) to reverse", nullptr, int(planned.operations.size())),
                    tr("%n item(s) cannot be undone.", nullptr, int(planned.notUndone.size()))));
        return;
    }
    if (planned.operations.isEmpty()) {
        finish(RunOutcome::Succeeded,
            tr("Undo of run %1: nothing to reverse; %n item(s) cannot be undone. Nothing was sent.", nullptr,
                int(planned.notUndone.size()))
                .arg(undone));
        return;
    }
    if (cancelled()) {
        finish(RunOutcome::Cancelled, tr("Undo of run %1: stopped before any change was sent.").arg(undone));
        return;
    }
    createClient();
    setPhase(SyncProgress::Phase::Applying, planned.operations.size());
    execute(std::move(planned.operations), &SyncWorker::undoApplied);
}

void SyncWorker::undoApplied()
{
    const RunConclusion::Facts facts = executorFacts();
    const RunConclusion end = RunConclusion::of(facts);
    QString message = tr("Undo of run %1: %2").arg(m_request.undoRunId).arg(end.message);
    if (!m_report.notUndone.isEmpty())
        message += QLatin1Char(' ')
            + tr("%n item(s) could not be undone (see the run's events).", nullptr,
                int(m_report.notUndone.size()));
    // The source still says what the undone run did: the next scheduled sync would do it again.
    ConnectionStore connections(m_database->handle());
    if (connections.setEnabled(m_connection.id, false))
        message += QLatin1Char(' ')
            + tr("\"%1\" is now disabled so that the next sync does not redo the change: fix the source, "
                 "then enable the connection.")
                  .arg(m_connection.name);
    else
        message += QLatin1Char(' ')
            + tr("Disable \"%1\" before the next sync (it could not be disabled: %2), or the next sync "
                 "redoes the change.")
                  .arg(m_connection.name, connections.errorString());
    finish(end.outcome, message);
}

} // namespace pd
