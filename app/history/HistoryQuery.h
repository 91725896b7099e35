#pragma once

#include "ActivityBucket.h"
#include "HistoryEvent.h"
#include "RunFilter.h"
#include "RunRecord.h"
#include "SyncSummary.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <optional>
#include <utility>

class QSqlQuery;

namespace pd {

// Reads the history. Use it on the thread that owns db; the GUI does so on a loader thread.
class HistoryQuery
{
public:
    explicit HistoryQuery(QSqlDatabase db);

    QList<RunRecord> runs(const RunFilter &filter) const; // newest first
    int countRuns(const RunFilter &filter) const; // ignores limit and offset
    std::optional<RunRecord> run(qint64 id) const;
    // Whether a run (not a dry run) of the connection ever got through its plan: succeeded, partly
    // succeeded or held. Until then a sync is still the first one and lists Zoom to adopt accounts.
    // nullopt when the database could not be read.
    std::optional<bool> hasCompletedRun(const QUuid &connectionId) const;
    // Every connection that has runs, with its latest name (deleted connections included).
    QList<std::pair<QUuid, QString>> connections() const;

    // One run's events in the order they happened, a page at a time: pass the last id of the
    // previous page as afterId (keyset paging stays fast deep into a million-event run).
    QList<HistoryEvent> runEvents(qint64 runId, qint64 afterId = 0, int limit = 500,
        std::optional<HistoryResult> result = std::nullopt) const;
    int countRunEvents(qint64 runId, std::optional<HistoryResult> result = std::nullopt) const;
    // The source keys of the users a run failed ("Retry the failed"), sorted; read through the
    // events_run index, so it stays quick in a run of a million events.
    QStringList failedSourceKeys(qint64 runId) const;

    // A user's timeline across all runs (and connections, unless one is given), newest first. term is
    // a userName (case-insensitive, all of Unicode) or a source key; the events of every source key
    // that ever carried the userName are included, so a renamed user keeps their earlier history.
    QList<HistoryEvent> userTimeline(
        const QString &term, int limit = 100, int offset = 0, const QUuid &connectionId = {}) const;
    int countUserTimeline(const QString &term, const QUuid &connectionId = {}) const;
    // userNames starting with prefix (case-insensitive), for search completion.
    QStringList userSuggestions(const QString &prefix, int limit = 20) const;

    // PingOne's rule sync summary for one connection.
    SyncSummary summary(const QUuid &connectionId) const;
    // The chart's data: filter's runs (dry runs excluded; limit ignored) summed per bucket, with empty
    // buckets from filter.from (or the first run) to filter.to (or today).
    QList<ActivityBucket> activity(const RunFilter &filter, ActivityBucket::Size size) const;

    // EXPLAIN QUERY PLAN of the statements userTimeline() and runEvents() run, one line per step.
    QStringList timelinePlan(const QString &term, const QUuid &connectionId = {}) const;
    QStringList runEventsPlan(qint64 runId) const;
    QStringList timelineCountPlan(const QString &term, const QUuid &connectionId = {}) const;
    QStringList runsPlan(const RunFilter &filter) const; // the page and the count runs() and countRuns() run

    QString errorString() const { return m_error; }

private:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    Statement runsStatement(const RunFilter &filter, const QString &columns) const;
    QStringList timelineKeys(const QString &term) const; // term and the source keys of its userName
    Statement timelineStatement(const QString &term, const QUuid &connectionId, const QString &columns) const;
    Statement timelinePageStatement(
        const QString &term, const QUuid &connectionId, int limit, int offset) const;
    Statement timelineCountStatement(const QString &term, const QUuid &connectionId) const;
    QStringList plan(const Statement &statement) const;
    bool exec(QSqlQuery &q, const Statement &statement) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace pd
