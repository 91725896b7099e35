#include "SyncWorker.h"

#include "Database.h"
#include "HistoryRecorder.h"
#include "ManagedUserStore.h"
#include "SyncEvents.h"
#include "SyncExecutor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Applying a plan: recording what is not sent, saving refreshed links, running the executor, and
// how the run ends. The rest of SyncWorker (reading, listing, planning) is in SyncWorker.cpp.

namespace pd {

namespace {
using Level = SyncLogLine::Level;
} // namespace

void SyncWorker::execute(QList<PlannedOperation> operations, void (SyncWorker::*whenDone)())
{
    m_executor = new SyncExecutor(m_client, m_database->handle(), m_connection.id, m_recorder.get());
    m_executor->setWindow(m_connection.rateLimit.concurrency * 2);
    connect(m_executor, &SyncExecutor::operationFinished, this, [this](const HistoryEvent &e) {
        ++m_progress.done;
        const bool ok = e.result == HistoryResult::Success;
        log(ok ? Level::Info : Level::Error,
            QStringLiteral("%1 %2 %3%4")
                .arg(historyOperationDisplayName(e.operation), e.userName, ok ? tr("done") : tr("failed"),
                    e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail));
        reportProgress();
    });
    connect(m_executor, &SyncExecutor::finished, this, whenDone);
    m_executor->start(std::move(operations));
}

RunConclusion::Facts SyncWorker::executorFacts() const
{
    RunConclusion::Facts facts;
    facts.storageError = m_executor->storageError();
    facts.runStop = m_executor->runStop();
    facts.cancelled = m_executor->isCancelled() || cancelled();
    facts.succeeded = m_executor->succeeded();
    facts.failed = m_executor->failed();
    return facts;
}

void SyncWorker::recordUnsent(const SyncPlan &plan)
{
    for (const PlannedOperation &op : plan.operations) {
        if (!op.identityNote.isEmpty())
            log(Level::Warning, QStringLiteral("%1: %2").arg(op.userName, op.identityNote));
        if (op.isWrite() && !op.held && !m_request.dryRun)
            continue; // the executor records it once it ran
        const HistoryEvent e = SyncEvents::unsentEvent(op, m_request.dryRun);
        m_recorder->recordEvent(e);
        if (op.kind == PlannedOperation::Kind::Skip) {
            if (op.identityNote.isEmpty())
                log(Level::Info, tr("Skip %1: %2").arg(op.userName, e.detail));
        } else if (op.held) {
            log(Level::Warning, tr("Held %1 %2").arg(PlannedOperation::kindToString(op.kind), op.userName));
        } else {
            log(Level::Info, tr("Would %1 %2").arg(PlannedOperation::kindToString(op.kind), op.userName));
        }
    }
    m_recorder->flush();
}

bool SyncWorker::saveRefreshedLinks(const SyncPlan &plan)
{
    if (plan.refreshedLinks.isEmpty())
        return true;
    QSqlDatabase db = m_database->handle();
    ManagedUserStore store(db, m_connection.id);
    bool ok = db.transaction();
    for (const ManagedUser &m : plan.refreshedLinks) {
        ok = ok && store.save(m);
        log(Level::Info,
            tr("Zoom holds %1 for source user %2 (%3); the link was brought up to date.")
                .arg(m.userName, m.sourceKey,
                    m.status == ManagedUser::Status::Disabled ? tr("inactive") : tr("active")));
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    finish(RunOutcome::Failed,
        tr("Cannot record what Zoom holds in the database (%1). Nothing was changed in Zoom.")
            .arg(store.errorString()));
    return false;
}

void SyncWorker::applied()
{
    RunConclusion::Facts facts = executorFacts();
    facts.held = int(m_report.held.size());
    const RunConclusion end = RunConclusion::of(facts);
    finish(end.outcome, end.message);
}

} // namespace pd
