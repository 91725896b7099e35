#include "HistoryRecorder.h"

#include "SqlText.h"

#include "HistoryJson.h"
#include "HistoryRetention.h"
#include "SyncSummary.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

// Runs as one unit whether or not the caller has a transaction open (see the durability contract).
class Savepoint
{
public:
    explicit Savepoint(const QSqlDatabase &db)
        : m_q(db)
    {
        m_ok = m_q.exec(QStringLiteral("SAVEPOINT pd_history"));
    }
    ~Savepoint()
    {
        if (m_ok && !m_released) {
            m_q.exec(QStringLiteral("ROLLBACK TO pd_history"));
            m_q.exec(QStringLiteral("RELEASE pd_history"));
        }
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_q.lastError().text(); }
    bool release()
    {
        m_released = m_q.exec(QStringLiteral("RELEASE pd_history"));
        return m_released;
    }

private:
    QSqlQuery m_q;
    bool m_ok = false;
    bool m_released = false;
};

QString connectionKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

HistoryRecorder::HistoryRecorder(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        if (!flush())
            emit flushFailed(m_error);
    });
    QString error;
    if (markInterruptedRuns(m_db, &error) < 0)
        m_error = error;
    HistoryRetention(m_db).applyPolicy();
}

HistoryRecorder::~HistoryRecorder()
{
    if (m_run.id != 0)
        finishRun(RunOutcome::Interrupted, tr("The run stopped before it finished."));
}

QString HistoryRecorder::lockPath(const QSqlDatabase &db, qint64 runId)
{
    const QDir dir = QFileInfo(db.databaseName()).absoluteDir();
    return dir.filePath(QStringLiteral("history-locks/run-%1.lock").arg(runId));
}

bool HistoryRecorder::fail(const QString &message)
{
    m_error = message;
    return false;
}

qint64 HistoryRecorder::startRun(const RunRecord &run)
{
    m_error.clear();
    if (m_run.id != 0) {
        fail(tr("Run %1 is still open: finish it before starting another.").arg(m_run.id));
        return 0;
    }
    RunRecord r = run;
    r.id = 0;
    r.startedAt = run.startedAt.isValid() ? run.startedAt.toUTC() : QDateTime::currentDateTimeUtc();
    r.finishedAt = {};
    r.outcome = RunOutcome::Running;
    r.counts = {};
    r.requests.clear();
    r.message.clear();

    // The lock is taken before the row becomes visible, so no other recorder can see this run
    // without its lock and call it interrupted.
    Savepoint sp(m_db);
    if (!sp.ok()) {
        fail(tr("Cannot write the history: %1").arg(sp.error()));
        return 0;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO runs (connection_id, connection_name, triggered_by, dry_run, full_resync, "
        "started_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(connectionKey(r.connectionId));
    q.addBindValue(sqlText(r.connectionName));
    q.addBindValue(runTriggerToString(r.trigger));
    q.addBindValue(r.dryRun);
    q.addBindValue(r.fullResync);
    q.addBindValue(historyTimestamp(r.startedAt));
    if (!q.exec()) {
        fail(tr("Cannot write the history: %1").arg(q.lastError().text()));
        return 0;
    }
    r.id = q.lastInsertId().toLongLong();

    const QString path = lockPath(m_db, r.id);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (!lock->tryLock(0)) {
        fail(tr("Cannot create the run's lock file %1.").arg(QDir::toNativeSeparators(path)));
        return 0;
    }
    if (!sp.release()) {
        fail(tr("Cannot write the history: %1").arg(sp.error()));
        return 0;
    }
    m_lock = std::move(lock);
    m_run = r;
    m_pending.clear();
    return r.id;
}

void HistoryRecorder::recordEvent(HistoryEvent event)
{
    if (m_run.id == 0) {
        m_error = tr("An event was recorded outside a run; it was dropped.");
        return;
    }
    event.id = 0;
    event.runId = m_run.id;
    event.at = event.at.isValid() ? event.at.toUTC() : QDateTime::currentDateTimeUtc();
    event.detail = m_scrubber.scrub(event.detail);
    if (!event.changes.isEmpty())
        event.changes = m_scrubber.scrub(event.changes);
    event.connectionName.clear();
    m_run.counts.add(event.operation, event.result);
    if (m_pending.isEmpty())
        m_oldestPending.start();
    m_pending.append(std::move(event));

    if (m_pending.size() >= m_policy.maxEvents || m_oldestPending.elapsed() >= m_policy.maxDelayMs) {
        if (!flush())
            emit flushFailed(m_error);
    } else if (!m_flushTimer.isActive()) {
        m_flushTimer.start(m_policy.maxDelayMs);
    }
}

void HistoryRecorder::countRequest(const QString &method, int n)
{
    if (m_run.id != 0)
        m_run.requests[method.toUpper()] += n;
}

bool HistoryRecorder::flush()
{
    m_flushTimer.stop();
    if (m_run.id == 0)
        return m_pending.isEmpty();
    m_error.clear();
    Savepoint sp(m_db);
    if (!sp.ok())
        return fail(tr("Cannot write the history: %1").arg(sp.error()));
    if (!writePending())
        return false;
    if (!sp.release())
        return fail(tr("Cannot write the history: %1").arg(sp.error()));
    m_pending.clear();
    return true;
}

bool HistoryRecorder::writePending()
{
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO events (run_id, at, source_key, user_name, user_key, operation, "
                       "result, http_status, detail, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Dry runs change nobody's state; their planned events are history only.
    const bool trackState = !m_run.dryRun;
    QSqlQuery stateBefore(m_db);
    QSqlQuery upsert(m_db);
    if (trackState) {
        stateBefore.prepare(QStringLiteral(
            "SELECT state FROM history_user_state WHERE connection_id = ? AND source_key = ?"));
        upsert.prepare(QStringLiteral(
            "INSERT INTO history_user_state (connection_id, source_key, user_name, state, event_id, since) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, source_key) DO UPDATE SET "
            "user_name = excluded.user_name, state = excluded.state, event_id = excluded.event_id, "
            "since = excluded.since"));
    }
    const QString connection = connectionKey(m_run.connectionId);
    for (const HistoryEvent &e : std::as_const(m_pending)) {
        const QString at = historyTimestamp(e.at);
        insert.addBindValue(e.runId);
        insert.addBindValue(at);
        insert.addBindValue(sqlText(e.sourceKey));
        // A name that is its own key (a lower-case email, nearly every one) is stored once, as the
        // key: ~22 bytes an event less. HistoryQuery reads '' back as the key.
        const QString userKey = e.userName.toCaseFolded();
        const QString storedName = userKey == e.userName ? QStringLiteral("") : e.userName;
        insert.addBindValue(storedName);
        insert.addBindValue(sqlText(userKey));
        insert.addBindValue(historyOperationToString(e.operation));
        insert.addBindValue(historyResultToString(e.result));
        insert.addBindValue(e.httpStatus);
        insert.addBindValue(sqlText(e.detail));
        insert.addBindValue(e.changes.isEmpty()
                ? QStringLiteral("[]")
                : HistoryJson::compact(AttributeChange::listToStorageJson(e.changes)));
        if (!insert.exec())
            return fail(tr("Cannot write the history: %1").arg(insert.lastError().text()));
        const qint64 eventId = insert.lastInsertId().toLongLong();

        if (!trackState || e.sourceKey.isEmpty())
            continue;
        // A read, and a write only when the state changes: most events (an update after an update)
        // leave it as it was, and an unchanged row dirties no page.
        stateBefore.addBindValue(connection);
        stateBefore.addBindValue(e.sourceKey);
        if (!stateBefore.exec())
            return fail(tr("Cannot write the history: %1").arg(stateBefore.lastError().text()));
        std::optional<SyncSummary::UserState> before;
        if (stateBefore.next())
            before = SyncSummary::stateFromString(stateBefore.value(0).toString());
        stateBefore.finish();
        const auto after = SyncSummary::stateAfter(e.operation, e.result, before);
        if (!after || after == before)
            continue;
        upsert.addBindValue(connection);
        upsert.addBindValue(e.sourceKey);
        upsert.addBindValue(storedName); // as in events
        upsert.addBindValue(SyncSummary::stateToString(*after));
        upsert.addBindValue(eventId);
        upsert.addBindValue(at);
        if (!upsert.exec())
            return fail(tr("Cannot write the history: %1").arg(upsert.lastError().text()));
    }

    QSqlQuery run(m_db);
    run.prepare(QStringLiteral("UPDATE runs SET counts = ?, requests = ? WHERE id = ?"));
    run.addBindValue(HistoryJson::compact(m_run.counts.toJson()));
    run.addBindValue(HistoryJson::compact(HistoryJson::requestsToJson(m_run.requests)));
    run.addBindValue(m_run.id);
    if (!run.exec())
        return fail(tr("Cannot write the history: %1").arg(run.lastError().text()));
    return true;
}

bool HistoryRecorder::finishRun(RunOutcome outcome, const QString &message, const QDateTime &finishedAt)
{
    if (m_run.id == 0)
        return fail(tr("No run is open."));
    if (outcome == RunOutcome::Running)
        return fail(tr("A run cannot finish as running."));
    if (!flush())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE runs SET outcome = ?, finished_at = ?, message = ? WHERE id = ?"));
    q.addBindValue(runOutcomeToString(outcome));
    q.addBindValue(historyTimestamp(finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(sqlText(m_scrubber.scrub(message)));
    q.addBindValue(m_run.id);
    if (!q.exec())
        return fail(tr("Cannot write the history: %1").arg(q.lastError().text()));
    m_lock.reset(); // unlocks and removes the lock file
    m_run = RunRecord();
    return true;
}

int HistoryRecorder::markInterruptedRuns(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM runs WHERE outcome = 'running'"))) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    QList<qint64> running;
    while (q.next())
        running.append(q.value(0).toLongLong());
    q.finish();

    int marked = 0;
    for (qint64 id : std::as_const(running)) {
        QLockFile lock(lockPath(db, id));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its recorder is alive
        // The run ended when its last event was written; the kill may be long past.
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE runs SET outcome = 'interrupted', message = ?, finished_at = "
                                    "COALESCE((SELECT at FROM events "
                                    "WHERE run_id = runs.id ORDER BY id DESC LIMIT 1), started_at) WHERE id "
                                    "= ? AND outcome = 'running'"));
        mark.addBindValue(
            tr("The run was interrupted: ProvisionDesk stopped before it finished. The users listed "
               "were handled; the next sync completes the rest."));
        mark.addBindValue(id);
        if (!mark.exec()) {
            if (error)
                *error = mark.lastError().text();
            return -1;
        }
        marked += mark.numRowsAffected() > 0 ? 1 : 0;
    }
    return marked;
}

} // namespace pd
