#include "HistoryQuery.h"

#include "HistoryJson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace pd {

namespace {

const QString runColumns
    = QStringLiteral("r.id, r.connection_id, r.connection_name, r.triggered_by, r.dry_run, "
                     "r.full_resync, r.started_at, r.finished_at, r.outcome, r.counts, "
                     "r.requests, r.message");
// user_name is '' when it equals user_key (HistoryRecorder: most names are lower-case emails).
const QString eventUserName = QStringLiteral("CASE e.user_name WHEN '' THEN e.user_key ELSE e.user_name END");
const QString eventColumns = QStringLiteral("e.id, e.run_id, e.at, e.source_key, %1, e.operation, e.result, "
                                            "e.http_status, e.detail, e.changes")
                                 .arg(eventUserName);

RunRecord runFromRow(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.connectionId = QUuid::fromString(q.value(1).toString());
    r.connectionName = q.value(2).toString();
    runTriggerFromString(q.value(3).toString(), &r.trigger);
    r.dryRun = q.value(4).toBool();
    r.fullResync = q.value(5).toBool();
    r.startedAt = historyTimestampFromString(q.value(6).toString());
    r.finishedAt = historyTimestampFromString(q.value(7).toString());
    if (!runOutcomeFromString(q.value(8).toString(), &r.outcome))
        r.outcome = RunOutcome::Interrupted;
    r.counts = RunCounts::fromJson(QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object());
    r.requests
        = HistoryJson::requestsFromJson(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object());
    r.message = q.value(11).toString();
    return r;
}

// Columns as in eventColumns, plus the connection name at index 10 when present.
HistoryEvent eventFromRow(const QSqlQuery &q, bool withConnection)
{
    HistoryEvent e;
    e.id = q.value(0).toLongLong();
    e.runId = q.value(1).toLongLong();
    e.at = historyTimestampFromString(q.value(2).toString());
    e.sourceKey = q.value(3).toString();
    e.userName = q.value(4).toString();
    if (!historyOperationFromString(q.value(5).toString(), &e.operation))
        e.operation = HistoryOperation::Error;
    if (!historyResultFromString(q.value(6).toString(), &e.result))
        e.result = HistoryResult::Failed;
    e.httpStatus = q.value(7).toInt();
    e.detail = q.value(8).toString();
    const QString changes = q.value(9).toString();
    if (changes.size() > 2)
        e.changes = AttributeChange::listFromJson(QJsonDocument::fromJson(changes.toUtf8()).array());
    if (withConnection)
        e.connectionName = q.value(10).toString();
    return e;
}

const QString timelineKeysSql = QStringLiteral(
    "SELECT DISTINCT source_key FROM events WHERE user_key = ? AND source_key <> '' LIMIT 100");

QString connectionKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

HistoryQuery::HistoryQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool HistoryQuery::exec(QSqlQuery &q, const Statement &statement) const
{
    q.setForwardOnly(true);
    if (!q.prepare(statement.sql)) {
        m_error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : statement.values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

HistoryQuery::Statement HistoryQuery::runsStatement(const RunFilter &f, const QString &columns) const
{
    Statement s;
    QStringList where;
    if (!f.connectionId.isNull()) {
        where << QStringLiteral("r.connection_id = ?");
        s.values << connectionKey(f.connectionId);
    }
    if (f.from.isValid()) {
        where << QStringLiteral("r.started_at >= ?");
        s.values << historyTimestamp(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("r.started_at < ?");
        s.values << historyTimestamp(f.to);
    }
    if (!f.outcomes.isEmpty()) {
        QStringList marks;
        for (RunOutcome o : f.outcomes) {
            marks << QStringLiteral("?");
            s.values << runOutcomeToString(o);
        }
        where << QStringLiteral("r.outcome IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.includeDryRuns)
        where << QStringLiteral("r.dry_run = 0");
    s.sql = QStringLiteral("SELECT %1 FROM runs r").arg(columns);
    if (!where.isEmpty())
        s.sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return s;
}

QList<RunRecord> HistoryQuery::runs(const RunFilter &filter) const
{
    Statement s = runsStatement(filter, runColumns);
    s.sql += QStringLiteral(" ORDER BY r.started_at DESC, r.id DESC");
    if (filter.limit > 0) {
        s.sql += QStringLiteral(" LIMIT ? OFFSET ?");
        s.values << filter.limit << qMax(0, filter.offset);
    }
    QList<RunRecord> list;
    QSqlQuery q(m_db);
    if (!exec(q, s))
        return list;
    while (q.next())
        list.append(runFromRow(q));
    return list;
}

int HistoryQuery::countRuns(const RunFilter &filter) const
{
    QSqlQuery q(m_db);
    if (!exec(q, runsStatement(filter, QStringLiteral("COUNT(*)"))) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<RunRecord> HistoryQuery::run(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!exec(q, {QStringLiteral("SELECT %1 FROM runs r WHERE r.id = ?").arg(runColumns), {id}}) || !q.next())
        return std::nullopt;
    return runFromRow(q);
}

std::optional<bool> HistoryQuery::hasCompletedRun(const QUuid &connectionId) const
{
    QSqlQuery q(m_db);
    if (!exec(q,
            {QStringLiteral("SELECT 1 FROM runs WHERE connection_id = ? AND dry_run = 0 AND outcome IN "
                            "('succeeded', 'partial', 'held') LIMIT 1"),
                {connectionKey(connectionId)}}))
        return std::nullopt;
    return q.next();
}

QList<std::pair<QUuid, QString>> HistoryQuery::connections() const
{
    QList<std::pair<QUuid, QString>> list;
    QSqlQuery q(m_db);
    // SQLite gives the bare column of the row that holds MAX(id): the latest name.
    if (!exec(q,
            {QStringLiteral("SELECT connection_id, connection_name, MAX(id) FROM runs GROUP BY connection_id "
                            "ORDER BY connection_name COLLATE NOCASE"),
                {}}))
        return list;
    while (q.next())
        list.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString()});
    return list;
}

QList<HistoryEvent> HistoryQuery::runEvents(
    qint64 runId, qint64 afterId, int limit, std::optional<HistoryResult> result) const
{
    Statement s {QStringLiteral("SELECT %1 FROM events e WHERE e.run_id = ? AND e.id > ?").arg(eventColumns),
        {runId, afterId}};
    if (result) {
        s.sql += QStringLiteral(" AND e.result = ?");
        s.values << historyResultToString(*result);
    }
    s.sql += QStringLiteral(" ORDER BY e.id");
    if (limit > 0) {
        s.sql += QStringLiteral(" LIMIT ?");
        s.values << limit;
    }
    QList<HistoryEvent> list;
    QSqlQuery q(m_db);
    if (!exec(q, s))
        return list;
    while (q.next())
        list.append(eventFromRow(q, false));
    return list;
}

int HistoryQuery::countRunEvents(qint64 runId, std::optional<HistoryResult> result) const
{
    Statement s {QStringLiteral("SELECT COUNT(*) FROM events e WHERE e.run_id = ?"), {runId}};
    if (result) {
        s.sql += QStringLiteral(" AND e.result = ?");
        s.values << historyResultToString(*result);
    }
    QSqlQuery q(m_db);
    if (!exec(q, s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QStringList HistoryQuery::failedSourceKeys(qint64 runId) const
{
    QStringList keys;
    QSqlQuery q(m_db);
    if (!exec(q,
            {QStringLiteral("SELECT DISTINCT e.source_key FROM events e WHERE e.run_id = ? AND e.result = ? "
                            "AND e.source_key <> '' ORDER BY e.source_key"),
                {runId, historyResultToString(HistoryResult::Failed)}}))
        return keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

QStringList HistoryQuery::timelineKeys(const QString &term) const
{
    // The source keys that ever carried this userName: a renamed user keeps their earlier events.
    QStringList sourceKeys {term.trimmed()};
    QSqlQuery keys(m_db);
    if (exec(keys, {timelineKeysSql, {term.trimmed().toCaseFolded()}})) {
        while (keys.next()) {
            const QString k = keys.value(0).toString();
            if (!sourceKeys.contains(k))
                sourceKeys << k;
        }
    }
    return sourceKeys;
}

HistoryQuery::Statement HistoryQuery::timelineStatement(
    const QString &term, const QUuid &connectionId, const QString &columns) const
{
    const QStringList sourceKeys = timelineKeys(term);
    Statement s;
    s.values << term.trimmed().toCaseFolded();
    QStringList marks;
    for (const QString &k : sourceKeys) {
        marks << QStringLiteral("?");
        s.values << k;
    }
    s.sql = QStringLiteral("SELECT %1 FROM events e JOIN runs r ON r.id = e.run_id "
                           "WHERE (e.user_key = ? OR e.source_key IN (%2))")
                .arg(columns, marks.join(QLatin1Char(',')));
    if (!connectionId.isNull()) {
        s.sql += QStringLiteral(" AND r.connection_id = ?");
        s.values << connectionKey(connectionId);
    }
    return s;
}

HistoryQuery::Statement HistoryQuery::timelinePageStatement(
    const QString &term, const QUuid &connectionId, int limit, int offset) const
{
    // One arm per key, each read newest first from its (key, at) index, merged by SQLite (MERGE
    // UNION): no sort of all the user's events, and it stops after the page. UNION drops an event
    // that both arms return (the user's own events under their source key).
    const QString arm
        = QStringLiteral("SELECT %1, r.connection_name FROM events e JOIN runs r ON r.id = "
                         "e.run_id WHERE e.%2 = ?%3")
              .arg(eventColumns, QStringLiteral("%1"),
                  connectionId.isNull() ? QString() : QStringLiteral(" AND r.connection_id = ?"));
    Statement s;
    QStringList arms;
    auto add = [&](const QString &column, const QString &value) {
        arms << arm.arg(column);
        s.values << value;
        if (!connectionId.isNull())
            s.values << connectionKey(connectionId);
    };
    add(QStringLiteral("user_key"), term.trimmed().toCaseFolded());
    for (const QString &k : timelineKeys(term))
        add(QStringLiteral("source_key"), k);
    // Columns 3 and 1 are e.at and e.id (a compound orders by result columns).
    s.sql = arms.join(QStringLiteral(" UNION ")) + QStringLiteral(" ORDER BY 3 DESC, 1 DESC");
    if (limit > 0) {
        s.sql += QStringLiteral(" LIMIT ? OFFSET ?");
        s.values << limit << qMax(0, offset);
    }
    return s;
}

HistoryQuery::Statement HistoryQuery::timelineCountStatement(
    const QString &term, const QUuid &connectionId) const
{
    if (!connectionId.isNull())
        return timelineStatement(term, connectionId, QStringLiteral("COUNT(*)"));
    // The user's events plus their source keys' events less those counted twice, each from an index
    // alone. Without the join: every event has its run (foreign key, enforced; pruning deletes events
    // first).
    const QString key = term.trimmed().toCaseFolded();
    const QStringList sourceKeys = timelineKeys(term);
    Statement s;
    QStringList marks;
    for (qsizetype i = 0; i < sourceKeys.size(); ++i)
        marks << QStringLiteral("?");
    const QString in = marks.join(QLatin1Char(','));
    s.sql
        = QStringLiteral("SELECT (SELECT COUNT(*) FROM events WHERE user_key = ?) + (SELECT COUNT(*) FROM "
                         "events WHERE source_key IN (%1)) - (SELECT COUNT(*) FROM events WHERE user_key = ? "
                         "AND source_key IN (%1))")
              .arg(in);
    s.values << key;
    for (const QString &k : sourceKeys)
        s.values << k;
    s.values << key;
    for (const QString &k : sourceKeys)
        s.values << k;
    return s;
}

QList<HistoryEvent> HistoryQuery::userTimeline(
    const QString &term, int limit, int offset, const QUuid &connectionId) const
{
    QList<HistoryEvent> list;
    if (term.trimmed().isEmpty())
        return list;
    QSqlQuery q(m_db);
    if (!exec(q, timelinePageStatement(term, connectionId, limit, offset)))
        return list;
    while (q.next())
        list.append(eventFromRow(q, true));
    return list;
}

int HistoryQuery::countUserTimeline(const QString &term, const QUuid &connectionId) const
{
    if (term.trimmed().isEmpty())
        return 0;
    QSqlQuery q(m_db);
    if (!exec(q, timelineCountStatement(term, connectionId)) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QStringList HistoryQuery::userSuggestions(const QString &prefix, int limit) const
{
    QStringList names;
    const QString key = prefix.trimmed().toCaseFolded();
    if (key.isEmpty())
        return names;
    // A range on the index instead of LIKE, which SQLite cannot serve from it case-insensitively.
    const QString upper = key + QStringView(u"\U0010FFFF");
    QSqlQuery q(m_db);
    if (!exec(q,
            {QStringLiteral("SELECT %1 FROM events e WHERE e.user_key >= ? AND e.user_key < ? "
                            "GROUP BY e.user_key LIMIT ?")
                    .arg(eventUserName),
                {key, upper, limit}}))
        return names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

SyncSummary HistoryQuery::summary(const QUuid &connectionId) const
{
    SyncSummary s;
    const QString connection = connectionKey(connectionId);
    QSqlQuery q(m_db);
    if (exec(q,
            {QStringLiteral(
                 "SELECT state, COUNT(*) FROM history_user_state WHERE connection_id = ? GROUP BY state"),
                {connection}})) {
        while (q.next()) {
            const auto state = SyncSummary::stateFromString(q.value(0).toString());
            const int n = q.value(1).toInt();
            if (!state)
                continue;
            switch (*state) {
            case SyncSummary::UserState::Success:
                s.success = n;
                break;
            case SyncSummary::UserState::Unsynced:
                s.unsynced = n;
                break;
            case SyncSummary::UserState::Partial:
                s.partial = n;
                break;
            case SyncSummary::UserState::Failed:
                s.failed = n;
                break;
            case SyncSummary::UserState::Removed:
                break;
            }
        }
    }
    QSqlQuery last(m_db);
    if (exec(last,
            {QStringLiteral("SELECT id, outcome, started_at, finished_at FROM runs WHERE connection_id = ? "
                            "AND dry_run = 0 ORDER BY started_at DESC, id DESC LIMIT 1"),
                {connection}})
        && last.next()) {
        s.lastRunId = last.value(0).toLongLong();
        runOutcomeFromString(last.value(1).toString(), &s.lastOutcome);
        s.lastStartedAt = historyTimestampFromString(last.value(2).toString());
        s.lastFinishedAt = historyTimestampFromString(last.value(3).toString());
    }
    return s;
}

QList<ActivityBucket> HistoryQuery::activity(const RunFilter &filter, ActivityBucket::Size size) const
{
    RunFilter f = filter;
    f.includeDryRuns = false;
    Statement s = runsStatement(f, QStringLiteral("r.started_at, r.counts"));
    s.sql += QStringLiteral(" ORDER BY r.started_at");
    QSqlQuery q(m_db);
    QMap<QDate, ActivityBucket> buckets;
    if (!exec(q, s))
        return {};
    while (q.next()) {
        const QDate day = historyTimestampFromString(q.value(0).toString()).toLocalTime().date();
        const RunCounts counts
            = RunCounts::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        ActivityBucket &b = buckets[ActivityBucket::startOf(day, size)];
        ++b.runs;
        b.created += counts.created();
        b.updated += counts.updated();
        b.removed += counts.removed();
        b.failed += counts.failed();
    }
    QDate first = filter.from.isValid() ? filter.from.toLocalTime().date()
                                        : (buckets.isEmpty() ? QDate() : buckets.firstKey());
    // "to" is exclusive: a range ending at midnight does not add the next day. An open range runs
    // to today, so quiet days at the end show as such.
    QDate last = filter.to.isValid()
        ? filter.to.toLocalTime().addMSecs(-1).date()
        : qMax(QDate::currentDate(), buckets.isEmpty() ? QDate() : buckets.lastKey());
    QList<ActivityBucket> list;
    if (!first.isValid() || !last.isValid() || (buckets.isEmpty() && !filter.from.isValid()))
        return list;
    for (QDate d = ActivityBucket::startOf(first, size); d <= last; d = ActivityBucket::next(d, size)) {
        ActivityBucket b = buckets.value(d);
        b.start = d;
        list.append(b);
    }
    return list;
}

QStringList HistoryQuery::plan(const Statement &statement) const
{
    QStringList lines;
    QSqlQuery q(m_db);
    if (!exec(q, {QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.values}))
        return lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines;
}

QStringList HistoryQuery::timelinePlan(const QString &term, const QUuid &connectionId) const
{
    return plan({timelineKeysSql, {term.trimmed().toCaseFolded()}})
        + plan(timelinePageStatement(term, connectionId, 100, 0));
}

QStringList HistoryQuery::timelineCountPlan(const QString &term, const QUuid &connectionId) const
{
    return plan(timelineCountStatement(term, connectionId));
}

QStringList HistoryQuery::runsPlan(const RunFilter &filter) const
{
    Statement page = runsStatement(filter, runColumns);
    page.sql += QStringLiteral(" ORDER BY r.started_at DESC, r.id DESC LIMIT 100");
    return plan(page) + plan(runsStatement(filter, QStringLiteral("COUNT(*)")));
}

QStringList HistoryQuery::runEventsPlan(qint64 runId) const
{
    return plan(
        {QStringLiteral("SELECT %1 FROM events e WHERE e.run_id = ? AND e.id > ? ORDER BY e.id LIMIT 500")
                .arg(eventColumns),
            {runId, 0}});
}

} // namespace pd
