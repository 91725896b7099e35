#include "SyncSelection.h"
#include "Translations.h"

#include "CliContext.h"
#include "HistoryQuery.h"
#include "ManagedUserStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pd {

namespace {

QString tr(const char *text, int n = -1)
{
    return Translations::translate({"pd::SyncSelection", "Cli"}, text, n);
}

// The newest run (not a dry run) of the connection that failed users with a source key.
qint64 latestRunWithFailures(const HistoryQuery &query, const QUuid &connectionId)
{
    RunFilter filter;
    filter.connectionId = connectionId;
    filter.includeDryRuns = false;
    filter.limit = 200;
    for (;; filter.offset += filter.limit) {
        const QList<RunRecord> runs = query.runs(filter);
        for (const RunRecord &r : runs) {
            if (r.counts.failed() > 0 && !query.failedSourceKeys(r.id).isEmpty())
                return r.id;
        }
        if (runs.size() < filter.limit)
            return 0;
    }
}

} // namespace

SyncSelection SyncSelection::fromOptions(const QCommandLineParser &options, QSqlDatabase db,
    const Connection &connection, QString *error, int *exitCode)
{
    const bool only = options.isSet(QStringLiteral("only"));
    const bool retry = options.isSet(QStringLiteral("retry-failed"));
    auto refuse = [&](const QString &message, int code) {
        *error = message;
        *exitCode = code;
        return SyncSelection();
    };
    if (only && retry)
        return refuse(tr("--only and --retry-failed cannot be combined"), ExitCode::Usage);
    SyncSelection s;
    if (only) {
        s.m_mode = Mode::Only;
        const QStringList values = options.values(QStringLiteral("only"));
        for (const QString &value : values) {
            for (const QString &part : value.split(QLatin1Char(','))) {
                const QString key = part.trimmed();
                if (!key.isEmpty() && !s.m_keys.contains(key))
                    s.m_keys << key;
            }
        }
        // An empty selection would be an ordinary sync of everyone: never what --only meant.
        if (s.m_keys.isEmpty())
            return refuse(tr("--only needs at least one source key, e.g. --only KEY1,KEY2"), ExitCode::Usage);
    } else if (retry) {
        s.m_mode = Mode::RetryFailed;
        const HistoryQuery query(db);
        if (options.isSet(QStringLiteral("run"))) {
            bool ok = false;
            s.m_retriedRun = options.value(QStringLiteral("run")).toLongLong(&ok);
            if (!ok || s.m_retriedRun <= 0)
                return refuse(tr("--run needs a run ID (a positive number), not \"%1\"")
                                  .arg(options.value(QStringLiteral("run"))),
                    ExitCode::Usage);
            const auto run = query.run(s.m_retriedRun);
            if (!run)
                return refuse(
                    tr("there is no run %1. Nothing was synced.").arg(s.m_retriedRun), ExitCode::Error);
            if (run->connectionId != connection.id)
                return refuse(tr("run %1 is a run of \"%2\", not of \"%3\". Nothing was synced.")
                                  .arg(QString::number(run->id), run->connectionName, connection.name),
                    ExitCode::Error);
        } else {
            s.m_retriedRun = latestRunWithFailures(query, connection.id);
            if (s.m_retriedRun == 0)
                return refuse(
                    tr("no run of \"%1\" has failed users: there is nothing to retry. Nothing was synced.")
                        .arg(connection.name),
                    ExitCode::Error);
        }
        s.m_keys = query.failedSourceKeys(s.m_retriedRun);
        if (s.m_keys.isEmpty())
            return refuse(tr("run %1 has no failed users: there is nothing to retry. Nothing was synced.")
                              .arg(s.m_retriedRun),
                ExitCode::Error);
    } else {
        return s;
    }
    if (const auto managed = ManagedUserStore(db, connection.id).loadAll()) {
        for (auto it = managed->cbegin(); it != managed->cend(); ++it)
            s.m_managedBefore.insert(it.key());
    }
    return s;
}

QString SyncSelection::describe() const
{
    const QString keys = m_keys.join(QStringLiteral(", "));
    if (m_mode == Mode::RetryFailed)
        return tr("Retrying the %n failed user(s) of run %1: %2", int(m_keys.size()))
            .arg(QString::number(m_retriedRun), keys);
    if (m_mode == Mode::Only)
        return tr("Syncing only %n user(s): %1", int(m_keys.size())).arg(keys);
    return {};
}

QStringList SyncSelection::unknownKeys(QSqlDatabase db, const SyncReport &report) const
{
    // Only a run that planned everyone it was given can tell who matched nobody.
    if (!selects() || report.runId == 0
        || (report.outcome != RunOutcome::Succeeded && report.outcome != RunOutcome::Partial
            && report.outcome != RunOutcome::Held))
        return {};
    // Everyone the run planned has an event (created, updated, failed, skipped, planned); someone in
    // sync has none but is managed. A key with neither matched nobody.
    QSet<QString> seen = m_managedBefore;
    const HistoryQuery query(db);
    qint64 after = 0;
    for (;;) {
        const QList<HistoryEvent> page = query.runEvents(report.runId, after, 500);
        for (const HistoryEvent &e : page)
            seen.insert(e.sourceKey);
        if (page.size() < 500)
            break;
        after = page.constLast().id;
    }
    QStringList unknown;
    for (const QString &key : m_keys) {
        if (!seen.contains(key))
            unknown << key;
    }
    return unknown;
}

void SyncSelection::addToJson(QJsonObject *summary, const QStringList &unknown) const
{
    if (!selects())
        return;
    summary->insert(QStringLiteral("only"), QJsonArray::fromStringList(m_keys));
    summary->insert(QStringLiteral("unknownKeys"), QJsonArray::fromStringList(unknown));
    if (m_mode == Mode::RetryFailed)
        summary->insert(QStringLiteral("retriedRunId"), m_retriedRun);
}

} // namespace pd
