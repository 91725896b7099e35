#pragma once

#include "Connection.h"
#include "DesiredUser.h"
#include "RunConclusion.h"
#include "SyncLogLine.h"
#include "SyncPlan.h"
#include "SyncReport.h"
#include "SyncRequest.h"
#include "UserSource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace pd {

class Database;
class HistoryRecorder;
class ScimClient;
class SyncExecutor;

// One sync run, on its own thread. Create it, move it to a named QThread, call run() there (a
// queued invocation); it emits batched log lines, progress and, once, finished(report).
// Owns its database connection and its SCIM client (with its own QNetworkAccessManager), both
// created inside run() so they belong to the worker thread.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(SyncRequest request, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Any thread: no new request is started; requests in flight finish and are recorded.
    void requestCancel();

public slots:
    void run();

signals:
    void logLines(const QList<pd::SyncLogLine> &lines);
    void progress(const pd::SyncProgress &progress);
    void finished(const pd::SyncReport &report);

private:
    bool prepare();
    void readSource();
    void listZoomThenPlan();
    void planAndApply(std::optional<QHash<QString, ZoomUserSnapshot>> zoomUsers);
    void recordUnsent(const SyncPlan &plan);
    bool saveRefreshedLinks(const SyncPlan &plan);
    void createClient();
    // Runs the operations through a SyncExecutor with live progress; whenDone once they ended.
    void execute(QList<PlannedOperation> operations, void (SyncWorker::*whenDone)());
    RunConclusion::Facts executorFacts() const;
    void applied();
    void undoThenApply(); // SyncWorkerUndo.cpp
    void undoApplied();
    void finish(RunOutcome outcome, QString message);
    void log(SyncLogLine::Level level, const QString &text);
    void flushLog();
    void setPhase(SyncProgress::Phase phase, qint64 total = -1);
    void reportProgress(bool force = false);
    bool cancelled() const { return m_cancelRequested.load(); }

    SyncRequest m_request;
    Connection m_connection;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QLockFile> m_runLock; // one sync per connection, across processes
    std::unique_ptr<HistoryRecorder> m_recorder;
    ScimClient *m_client = nullptr;
    SyncExecutor *m_executor = nullptr;
    std::atomic_bool m_cancelRequested {false};
    CancelToken m_sourceCancel;

    QList<DesiredUser> m_desired;
    QHash<QString, ManagedUser> m_managed; // read once per run, before listing Zoom
    bool m_sourceComplete = true;
    SyncReport m_report;
    QList<SyncLogLine> m_pendingLog;
    QTimer m_logTimer;
    SyncProgress m_progress;
    QElapsedTimer m_phaseClock;
    QElapsedTimer m_lastProgress;
    bool m_finished = false;
};

} // namespace pd
