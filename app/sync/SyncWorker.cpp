#include "SyncWorker.h"

#include "ConnectionStore.h"
#include "Database.h"
#include "DesiredUsers.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"
#include "ManagedUserStore.h"
#include "OutboundRule.h"
#include "Preflight.h"
#include "RequestThrottle.h"
#include "RuleEvaluator.h"
#include "RunConclusion.h"
#include "ScimClient.h"
#include "SecretBinding.h"
#include "SyncEvents.h"
#include "SyncExecutor.h"
#include "SyncPlanner.h"
#include "ZoomUserMapper.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QSqlDatabase>
#include <QThread>
#include <algorithm>

namespace pd {

namespace {
using Level = SyncLogLine::Level;
constexpr int logFlushMs = 100;
constexpr int progressEveryMs = 100;
} // namespace

SyncWorker::SyncWorker(SyncRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_logTimer(this)
{
    m_logTimer.setInterval(logFlushMs);
    connect(&m_logTimer, &QTimer::timeout, this, &SyncWorker::flushLog);
}

SyncWorker::~SyncWorker()
{
    delete m_executor;
    delete m_client;
    m_recorder.reset();
    m_runLock.reset();
    if (m_database)
        m_database->close();
}

void SyncWorker::requestCancel()
{
    m_cancelRequested = true;
    m_sourceCancel.cancel();
    // The client and executor live on the worker thread: tell them there.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_executor)
                m_executor->cancel();
            if (m_client)
                m_client->cancel();
        },
        Qt::QueuedConnection);
}

void SyncWorker::log(Level level, const QString &text)
{
    m_pendingLog.append({QDateTime::currentDateTime(), level, text});
    if (m_pendingLog.size() >= 500)
        flushLog();
}

void SyncWorker::flushLog()
{
    if (m_pendingLog.isEmpty())
        return;
    emit logLines(m_pendingLog);
    m_pendingLog.clear();
}

void SyncWorker::setPhase(SyncProgress::Phase phase, qint64 total)
{
    m_progress = SyncProgress {};
    m_progress.phase = phase;
    m_progress.total = total;
    m_phaseClock.start();
    reportProgress(true);
}

void SyncWorker::reportProgress(bool force)
{
    if (!force && m_lastProgress.isValid() && m_lastProgress.elapsed() < progressEveryMs)
        return;
    m_lastProgress.start();
    const double seconds = qMax<qint64>(1, m_phaseClock.elapsed()) / 1000.0;
    if (m_client) {
        int requests = 0;
        const auto counts = m_client->requestCounts();
        for (int n : counts)
            requests += n;
        m_progress.requestsPerSecond = requests / seconds;
    }
    if (m_progress.total > 0 && m_progress.done > 0)
        m_progress.etaSeconds = qint64((m_progress.total - m_progress.done) * seconds / m_progress.done);
    emit progress(m_progress);
}

void SyncWorker::run()
{
    m_logTimer.start();
    m_report.dryRun = m_request.dryRun;
    setPhase(SyncProgress::Phase::Starting);
    if (!prepare())
        return;
    if (m_request.undoRunId != 0) {
        undoThenApply();
        return;
    }
    if (m_request.deprovisionAll) {
        log(Level::Warning,
            tr("The rule was deleted: every user this connection manages gets the Remove Action."));
        listZoomThenPlan();
        return;
    }
    readSource();
}

bool SyncWorker::prepare()
{
    m_database = std::make_unique<Database>(m_request.dataDir);
    if (!m_database->open()) {
        finish(RunOutcome::Failed, m_database->errorString());
        return false;
    }
    const auto connection = ConnectionStore(m_database->handle()).find(m_request.connectionId);
    if (!connection) {
        finish(RunOutcome::Failed, tr("The connection no longer exists."));
        return false;
    }
    m_connection = *connection;
    if (m_request.secretsReadFor) {
        // The secrets were read for the connection as it was; never send them to where it is now.
        for (const SecretKind kind : {SecretKind::ClientSecret, SecretKind::SourcePassword}) {
            const QList<SecretBinding::Field> moved
                = SecretBinding::changedFields(kind, *m_request.secretsReadFor, m_connection);
            if (!moved.isEmpty()) {
                finish(RunOutcome::Failed,
                    tr("\"%1\" changed while the sync was starting (%2); its secret was read for the "
                       "old settings and is not sent to the new ones. Nothing was changed in Zoom: "
                       "start the sync again.")
                        .arg(m_connection.name, SecretBinding::fieldList(moved)));
                return false;
            }
        }
    }

    // A scheduled CLI sync and a GUI sync of the same connection must never interleave.
    m_runLock = std::make_unique<QLockFile>(
        QDir(m_request.dataDir)
            .filePath(QStringLiteral("sync-%1.lock").arg(m_connection.id.toString(QUuid::WithoutBraces))));
    m_runLock->setStaleLockTime(0); // only a dead owner makes it stale
    if (!m_runLock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_runLock->getLockInfo(&pid, &host, &app);
        m_runLock.reset();
        finish(RunOutcome::Failed,
            tr("Another sync of \"%1\" is running (process %2). Wait for it to finish.")
                .arg(m_connection.name)
                .arg(pid));
        return false;
    }

    // From here on every run, even one refused below, is in the history.
    m_recorder = std::make_unique<HistoryRecorder>(m_database->handle());
    m_recorder->scrubber().addKnownSecret(m_request.clientSecret);
    m_recorder->scrubber().addKnownSecret(m_request.sourcePassword);
    RunRecord run;
    run.connectionId = m_connection.id;
    run.connectionName = m_connection.name;
    run.trigger = m_request.trigger;
    run.dryRun = m_request.dryRun;
    run.fullResync = m_request.fullResync;
    m_report.runId = m_recorder->startRun(run);
    if (m_report.runId == 0) {
        finish(RunOutcome::Failed, tr("Cannot start a run: %1").arg(m_recorder->errorString()));
        return false;
    }
    log(Level::Info,
        (m_request.dryRun ? tr("Dry run of \"%1\": nothing will be changed in Zoom.")
                          : tr("Sync of \"%1\" started."))
            .arg(m_connection.name));

    if (m_connection.validity != Validity::Valid) {
        finish(RunOutcome::Failed,
            tr("\"%1\" has not passed a connection test. Run Test connection and fix what "
               "it reports first.")
                .arg(m_connection.name));
        return false;
    }
    if (!m_connection.enabled && !m_request.dryRun && m_request.undoRunId == 0) {
        finish(RunOutcome::Failed,
            tr("\"%1\" is disabled. Enable it to sync, or start a dry run to preview.")
                .arg(m_connection.name));
        return false;
    }
    if (m_request.clientSecret.isEmpty()) {
        finish(RunOutcome::Failed, tr("No client secret is available for \"%1\".").arg(m_connection.name));
        return false;
    }
    return true;
}

void SyncWorker::readSource()
{
    OutboundRule rule;
    if (const QList<FieldProblem> problems = OutboundRule::usableFrom(m_connection, &rule);
        !problems.isEmpty()) {
        finish(RunOutcome::Failed,
            tr("The outbound rule cannot be used: %1").arg(OutboundRule::describe(problems)));
        return;
    }
    const RuleEvaluator evaluator(rule);
    auto source = rule.createSource(m_request.sourcePassword);
    setPhase(SyncProgress::Phase::ReadingSource);
    log(Level::Info, tr("Reading %1…").arg(source->displayName()));

    ReadOptions options;
    options.cancel = m_sourceCancel;
    options.progress = [this](const ReadProgress &p) {
        m_progress.done = p.records;
        reportProgress();
    };
    // Synchronous on this worker thread, by design of UserSource; cancel reaches it through the token.
    RuleRunResult result = evaluator.run(*source, options);
    if (result.read.status == SourceReadResult::Status::Cancelled || cancelled()) {
        finish(RunOutcome::Cancelled, tr("Stopped while reading the source; nothing was changed in Zoom."));
        return;
    }
    if (result.read.status == SourceReadResult::Status::Failed) {
        const SourceError &e = result.read.error;
        finish(RunOutcome::Failed,
            tr("The source could not be read: %1 %2 Nothing was changed in Zoom.").arg(e.summary, e.fix));
        return;
    }
    for (const SourceProblem &p : std::as_const(result.read.problems)) {
        // An entry that could not be read could be anyone: removals wait for approval, and the
        // history keeps what was wrong with it.
        m_sourceComplete = false;
        log(Level::Warning, tr("Source %1: %2").arg(p.origin, p.message));
        HistoryEvent e;
        e.sourceKey = p.key;
        e.operation = HistoryOperation::Error;
        e.result = HistoryResult::Failed;
        e.detail = tr("Source %1: %2").arg(p.origin, p.message);
        m_recorder->recordEvent(e);
    }

    m_report.sourceRecords = result.read.records;
    if (!DesiredUsers::take(result, &m_desired))
        m_sourceComplete = false; // an unreadable entry could be anyone: removals must wait
    if (!m_request.onlySourceKeys.isEmpty()) {
        m_desired.removeIf(
            [this](const DesiredUser &d) { return !m_request.onlySourceKeys.contains(d.sourceKey); });
        log(Level::Info, tr("Only %n selected user(s) will be provisioned.", nullptr, int(m_desired.size())));
    }
    m_report.inScope = result.inScope;
    log(Level::Info,
        tr("%1 source users: %2 in scope, %3 out of scope, %4 invalid.")
            .arg(result.read.records)
            .arg(result.inScope)
            .arg(result.outOfScope)
            .arg(result.invalid));
    flushLog();
    listZoomThenPlan();
}

void SyncWorker::listZoomThenPlan()
{
    createClient();

    const ManagedUserStore store(m_database->handle(), m_connection.id);
    const auto managed = store.loadAll(false); // payloads: read when planned (planAndApply)
    if (!managed) {
        finish(RunOutcome::Failed,
            tr("Cannot read which users this connection manages (%1). Nothing was changed in Zoom; a "
               "run without that record could duplicate or miss accounts.")
                .arg(store.errorString()));
        return;
    }
    m_managed = *managed;
    // A first sync stopped part-way (a daily limit, a kill) is continued as a first sync: it lists
    // Zoom again, so that accounts it had not yet adopted are adopted, not assumed absent.
    const bool firstSync = m_managed.isEmpty()
        || !HistoryQuery(m_database->handle()).hasCompletedRun(m_connection.id).value_or(false);
    if ((!firstSync && !m_request.fullResync) || m_request.deprovisionAll) {
        planAndApply(std::nullopt);
        return;
    }
    // A first sync or a full resync lists every Zoom user, to adopt accounts instead of duplicating them.
    setPhase(SyncProgress::Phase::ListingZoom);
    log(Level::Info,
        firstSync ? tr("First sync: listing Zoom users to link existing accounts…")
                  : tr("Full resync: listing Zoom users…"));
    auto users = std::make_shared<QHash<QString, ZoomUserSnapshot>>();
    m_client->listUsers(
        this,
        [this, users](const ScimResult &r) {
            if (cancelled()) {
                finish(RunOutcome::Cancelled,
                    tr("Stopped while listing Zoom users; nothing was changed in Zoom."));
                return;
            }
            if (!r.ok()) {
                finish(RunOutcome::Failed,
                    tr("Cannot list Zoom users: %1. Nothing was changed in Zoom.")
                        .arg(SyncEvents::describeFailure(r.error)));
                return;
            }
            log(Level::Info, tr("Zoom has %1 users.").arg(users->size()));
            planAndApply(std::move(*users));
        },
        [this, users](const QList<QJsonObject> &page) {
            for (const QJsonObject &resource : page) {
                ZoomUserSnapshot z = ZoomUserSnapshot::fromResource(resource);
                users->insert(z.userName.toLower(), std::move(z));
            }
            m_progress.done = users->size();
            reportProgress();
        });
}

void SyncWorker::planAndApply(std::optional<QHash<QString, ZoomUserSnapshot>> zoomUsers)
{
    setPhase(SyncProgress::Phase::Planning);
    SyncPlanner::Input in;
    in.desired = std::move(m_desired);
    in.managed = std::move(m_managed);
    if (!m_request.onlySourceKeys.isEmpty()) {
        in.managedTotal = int(std::count_if(
            in.managed.cbegin(), in.managed.cend(), [](const ManagedUser &m) { return m.isLive(); }));
        in.sourceInScope = int(m_report.inScope);
        in.managed.removeIf([this](const auto &it) { return !m_request.onlySourceKeys.contains(it.key()); });
    }
    in.zoomUsers = std::move(zoomUsers);
    in.actions = m_connection.actions;
    if (m_request.deprovisionAll)
        in.actions.deprovisionUsers = true; // what was asked for, whatever the everyday actions say
    in.guard = m_connection.removalGuard;
    in.approveAllRemovals = m_request.deprovisionAll; // confirmed by the admin; never from the CLI
    in.approvedRemovals = m_request.approvedRemovals;
    in.sourceComplete = m_sourceComplete;
    in.createBodyOf = [](const DesiredUser &d) {
        return d.createBody.isEmpty() ? ZoomUserMapper::createBodyFromCanonical(d.canonical) : d.createBody;
    };
    in.updateBodyOf = [](const DesiredUser &d) {
        return d.updateBody.isEmpty() ? ZoomUserMapper::updateBodyFromCanonical(d.canonical) : d.updateBody;
    };
    in.deferCreateBodies = !m_request.dryRun;
    const ManagedUserStore store(m_database->handle(), m_connection.id);
    in.payloadOf = [&store](const ManagedUser &m) { return store.payloadOf(m.sourceKey); };
    SyncPlan plan = SyncPlanner::plan(in);
    m_report.unchanged = plan.unchanged;

    QStringList summary;
    const auto counts = plan.counts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    log(Level::Info,
        tr("Plan: %1; %2 already in sync.")
            .arg(summary.isEmpty() ? tr("nothing to do") : summary.join(QStringLiteral(", ")))
            .arg(plan.unchanged));
    if (plan.guardTriggered() && m_report.inScope == 0 && !m_request.deprovisionAll)
        log(Level::Warning,
            tr("The source returned no users in scope while %1 are managed: all %2 removals or disables are "
               "held. Check the export or the filter; approve only if everyone really left.")
                .arg(plan.managedBefore)
                .arg(plan.heldCount));
    else if (plan.guardTriggered())
        log(Level::Warning,
            tr("The removal guard holds %1 removals or disables (more than %2 of %3 managed users). "
               "Review them and approve to apply.")
                .arg(plan.heldCount)
                .arg(plan.guardThreshold)
                .arg(plan.managedBefore));
    for (const PlannedOperation &op : std::as_const(plan.operations)) {
        if (op.held)
            m_report.held.append(op);
    }

    recordUnsent(plan);
    if (!m_request.dryRun && !saveRefreshedLinks(plan))
        return;
    if (m_request.dryRun) {
        m_report.plan = plan.operations;
        m_report.preflight = Preflight::of(plan, in.desired, in.zoomUsers, m_connection);
        finish(plan.guardTriggered() ? RunOutcome::Held : RunOutcome::Succeeded,
            tr("Dry run: %n change(s) planned; nothing was sent.", nullptr, plan.writeCount()));
        return;
    }
    if (cancelled()) {
        finish(RunOutcome::Cancelled, tr("Stopped before any change was sent."));
        return;
    }
    setPhase(SyncProgress::Phase::Applying, plan.writeCount());
    execute(std::move(plan.operations), &SyncWorker::applied);
}

void SyncWorker::createClient()
{
    m_client = new ScimClient(m_connection, m_request.clientSecret);
    m_client->setTimeoutMs(m_request.requestTimeoutMs);
    if (m_request.retryPolicy)
        m_client->setRetryPolicy(*m_request.retryPolicy);
    m_client->throttle()->setLimits(m_connection.rateLimit);
    connect(m_client, &ScimClient::logLine, this, [this](const QString &line) { log(Level::Debug, line); });
}

void SyncWorker::finish(RunOutcome outcome, QString message)
{
    if (m_finished)
        return;
    m_finished = true;
    setPhase(SyncProgress::Phase::Finishing);
    if (m_client) {
        m_report.requests = m_client->requestCounts();
        if (m_recorder) {
            for (auto it = m_report.requests.cbegin(); it != m_report.requests.cend(); ++it)
                m_recorder->countRequest(it.key(), it.value());
        }
    }
    if (m_recorder && m_report.runId != 0) {
        m_report.counts = m_recorder->counts(); // live totals; the recorder forgets them once the run ends
        if (!m_recorder->finishRun(outcome, message))
            message += QLatin1Char(' ')
                + tr("(The history could not record the end of this run: %1)").arg(m_recorder->errorString());
    }
    m_report.outcome = outcome;
    m_report.message = message;
    log(outcome == RunOutcome::Succeeded ? Level::Info
                                         : (outcome == RunOutcome::Failed ? Level::Error : Level::Warning),
        message);
    flushLog();
    m_logTimer.stop();
    emit finished(m_report);
}

} // namespace pd
