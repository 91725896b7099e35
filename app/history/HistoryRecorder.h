#pragma once

#include "HistoryEvent.h"
#include "RunRecord.h"
#include "SecretScrubber.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <memory>

class QLockFile;

namespace pd {

// Writes the history of sync runs. The sync worker creates one on ITS OWN thread with that
// thread's connection (Database::handle()) and uses it only there; it is not thread-safe.
//
//   HistoryRecorder rec(db.handle());
//   qint64 id = rec.startRun(run);                // connection id + name, trigger, dry run, full
//   rec.recordEvent(event);  rec.countRequest("POST");   // cheap: buffered in memory
//   rec.flush();                                   // whenever the engine commits its own state
//   rec.finishRun(RunOutcome::Succeeded);
//
// Durability contract:
//  - An event is durable once flush() has returned true (across a process kill; with the database's
//    WAL + synchronous=NORMAL a power cut may lose the last commits). recordEvent() only buffers; the buffer
//    is also flushed every FlushPolicy::maxEvents events, when the oldest buffered event is maxDelayMs old
//    (on the next recordEvent, or by a timer when the thread runs an event loop), and by finishRun() and the
//    destructor. A kill loses at most the events recorded since the last flush, so the engine calls flush()
//    each time it commits its own state, BEFORE that commit: a kill in between then leaves an event for an
//    operation Zoom did, never the reverse.
//  - flush() writes inside a SAVEPOINT: outside a transaction it commits on its own; inside the
//    caller's open transaction it joins it, and the events become durable with the caller's
//    COMMIT (and vanish with its ROLLBACK), atomically with the engine's state.
//  - The run's counts and request totals are written with every flush, so an interrupted run keeps
//    counts that match its stored events.
//  - A run is "running" only while its recorder lives: the recorder holds a lock file per run
//    (QLockFile, next to the database). Any recorder that opens, and markInterruptedRuns(), turn a
//    run whose lock is gone or whose owner process is dead into "interrupted". Runs of live
//    recorders, in this process or another, are left alone.
//  - If a write fails (disk full, ...), flush() returns false with errorString(), the events stay
//    buffered and the next flush retries them; a timed flush reports through flushFailed().
//  - Destroy the recorder before closing its connection: the destructor flushes, and ends a run
//    still open as interrupted.
//  - Each flush also updates every user's state behind the PingOne-style sync summary (not for dry
//    runs), in the same transaction as the events.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    struct FlushPolicy
    {
        int maxEvents = 200;
        int maxDelayMs = 1000;
    };

    explicit HistoryRecorder(QSqlDatabase db, QObject *parent = nullptr);
    // Flushes; a run still open ends as interrupted.
    ~HistoryRecorder() override;

    void setFlushPolicy(FlushPolicy policy) { m_policy = policy; }
    FlushPolicy flushPolicy() const { return m_policy; }
    // Register the client secret and every access token: their exact values never reach the history.
    SecretScrubber &scrubber() { return m_scrubber; }

    // Starts a run from run's connection id and name, trigger, dryRun, fullResync and startedAt
    // (now when invalid). Returns its id, or 0 (see errorString()) on failure or when a run is open.
    qint64 startRun(const RunRecord &run);
    // Buffers one event of the open run: stamps runId and the time (when invalid), scrubs secrets.
    void recordEvent(HistoryEvent event);
    // One HTTP request the run made, by method ("GET", "POST", "PUT", "PATCH", "DELETE").
    void countRequest(const QString &method, int n = 1);
    bool flush();
    // Flushes and closes the run. outcome must not be Running. finishedAt defaults to now (tests and
    // imports of older history pass the past).
    bool finishRun(RunOutcome outcome, const QString &message = {}, const QDateTime &finishedAt = {});

    qint64 currentRunId() const { return m_run.id; }
    // Live totals of the open run, buffered events included.
    const RunCounts &counts() const { return m_run.counts; }
    const QMap<QString, int> &requests() const { return m_run.requests; }
    qsizetype pendingCount() const { return m_pending.size(); }
    QString errorString() const { return m_error; }

    // Marks runs whose recorder is gone as interrupted; returns how many (-1 on a database error).
    static int markInterruptedRuns(QSqlDatabase db, QString *error = nullptr);

signals:
    void flushFailed(const QString &message);

private:
    bool writePending();
    bool fail(const QString &message);
    static QString lockPath(const QSqlDatabase &db, qint64 runId);

    QSqlDatabase m_db;
    FlushPolicy m_policy;
    SecretScrubber m_scrubber;
    RunRecord m_run; // id 0: no open run
    QList<HistoryEvent> m_pending;
    QElapsedTimer m_oldestPending;
    QTimer m_flushTimer;
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
};

} // namespace pd
