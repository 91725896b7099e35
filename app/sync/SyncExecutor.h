#pragma once

#include "HistoryEvent.h"
#include "ManagedUserStore.h"
#include "PlannedOperation.h"
#include "ScimError.h"

#include <QObject>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace pd {

class HistoryRecorder;
class ScimClient;
struct ScimResult;

// Applies planned operations through the SCIM client, a bounded number at a time (the client's
// throttle adds the rate limit and retries). After every completed operation the user's state and
// its history event are committed together, so a kill loses nothing that finished; a create writes
// a pending row before its POST so that the next run resolves it instead of creating twice.
class SyncExecutor : public QObject
{
    Q_OBJECT
public:
    SyncExecutor(ScimClient *client, QSqlDatabase db, const QUuid &connectionId, HistoryRecorder *recorder,
        QObject *parent = nullptr);
    ~SyncExecutor() override;

    void setWindow(int operationsInFlight);
    // Runs every operation that writes (skips and held ones are the caller's to record).
    void start(QList<PlannedOperation> operations);
    // Starts nothing new; operations in flight finish and are committed; then finished().
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }
    int remaining() const;
    QString storageError() const { return m_storageError; }
    // Set when Zoom answered with a limit that stops the run (its daily limit, or a Retry-After too
    // long to wait out): nothing further was started; the run ends and says when it may resume.
    const std::optional<ScimError> &runStop() const { return m_runStop; }

signals:
    void operationFinished(const pd::HistoryEvent &event);
    void finished();

private:
    struct Job;
    using JobPtr = std::shared_ptr<Job>;

    void pump();
    void begin(const JobPtr &job);
    void resolveThen(const JobPtr &job, std::function<void(const QJsonObject &found)> next);
    void post(const JobPtr &job);
    void adoptExisting(const JobPtr &job, const QJsonObject &resource, const QString &why);
    void put(const JobPtr &job, std::function<void()> next);
    void patchActive(const JobPtr &job, bool active, std::function<void()> next);
    void remove(const JobPtr &job);
    void succeed(const JobPtr &job, int httpStatus, const QString &detail = {});
    void fail(const JobPtr &job, const ScimResult &result, const QString &detail = {});
    void goneFromZoom(const JobPtr &job, int httpStatus);
    // Commits the job's event with its new state (or forgets the user) in one transaction.
    void commit(const JobPtr &job, bool forget = false);
    void done(const JobPtr &job);

    ScimClient *m_client;
    QSqlDatabase m_db;
    ManagedUserStore m_store;
    HistoryRecorder *m_recorder;
    QList<PlannedOperation> m_operations;
    qsizetype m_next = 0;
    int m_window = 8;
    int m_active = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_storageError;
    std::optional<ScimError> m_runStop;
};

} // namespace pd
