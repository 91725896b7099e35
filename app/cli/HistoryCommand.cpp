#include "HistoryCommand.h"
#include "Translations.h"

#include "CliApp.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "HistoryJson.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "Cli"}, text);
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("-");
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

// Columns padded to their widest cell; the last one is not padded (details run long).
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header.at(c).size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() ? cells.at(c).leftJustified(widths[c] + 2) : cells.at(c);
        out << text.trimmed() << Qt::endl;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

QString mode(const RunRecord &r)
{
    QStringList parts;
    if (r.dryRun)
        parts << tr("dry run");
    if (r.fullResync)
        parts << tr("full");
    return parts.isEmpty() ? tr("incremental") : parts.join(QLatin1Char('+'));
}

QString eventText(const HistoryEvent &e)
{
    const QString changes = AttributeChange::summary(e.changes);
    QString text = e.detail;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!changes.isEmpty())
        text = text.isEmpty() ? changes : text + QStringLiteral(" | ") + changes;
    return text;
}

QString summaryLine(const SyncSummary &s)
{
    const QLocale locale;
    return tr("Users: Impacted %1, Success %2, Unsynced %3, Partially synced %4, Failed %5")
        .arg(locale.toString(s.impacted()), locale.toString(s.success), locale.toString(s.unsynced),
            locale.toString(s.partial), locale.toString(s.failed));
}

void printJson(CliContext &ctx, const QJsonObject &o)
{
    *ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    ctx.finish(ExitCode::Ok);
}

void showRun(CliContext &ctx, const HistoryQuery &query, qint64 id, int limit)
{
    const auto run = query.run(id);
    if (!run) {
        ctx.fail(tr("there is no run %1 in the history").arg(id));
        return;
    }
    const int total = query.countRunEvents(id);
    const QList<HistoryEvent> events = query.runEvents(id, 0, limit);
    if (ctx.options->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HistoryEvent &e : events)
            array.append(HistoryJson::eventToJson(e));
        printJson(ctx,
            {{QStringLiteral("run"), HistoryJson::runToJson(*run)}, {QStringLiteral("totalEvents"), total},
                {QStringLiteral("events"), array}});
        return;
    }
    QTextStream &out = *ctx.out;
    out << tr("Run %1 of \"%2\", started %3 from the %4, %5")
               .arg(QString::number(run->id), run->connectionName, localTime(run->startedAt),
                   runTriggerDisplayName(run->trigger), mode(*run))
        << Qt::endl;
    out << tr("Outcome: %1, finished %2 (%3)")
               .arg(runOutcomeDisplayName(run->outcome), localTime(run->finishedAt),
                   duration(run->durationMs()))
        << Qt::endl;
    if (!run->message.isEmpty())
        out << tr("Message: %1").arg(run->message) << Qt::endl;
    out << tr("Created %1, updated %2, removed %3, failed %4; %5 events")
               .arg(run->counts.created())
               .arg(run->counts.updated())
               .arg(run->counts.removed())
               .arg(run->counts.failed())
               .arg(run->counts.total())
        << Qt::endl;
    QStringList requests;
    for (auto it = run->requests.constBegin(); it != run->requests.constEnd(); ++it)
        requests << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out << tr("HTTP requests: %1").arg(requests.isEmpty() ? tr("none") : requests.join(QStringLiteral(", ")))
        << Qt::endl
        << Qt::endl;
    QList<QStringList> rows;
    for (const HistoryEvent &e : events)
        rows.append({localTime(e.at), e.userName, e.sourceKey, historyOperationToString(e.operation),
            historyResultToString(e.result),
            e.httpStatus ? QString::number(e.httpStatus) : QStringLiteral("-"), eventText(e)});
    printTable(out,
        {tr("TIME"), tr("USER"), tr("SOURCE KEY"), tr("OPERATION"), tr("RESULT"), tr("HTTP"), tr("DETAIL")},
        rows);
    if (events.size() < total)
        out << tr("Showing %1 of %2 events; --limit 0 shows all.").arg(events.size()).arg(total) << Qt::endl;
    ctx.finish(ExitCode::Ok);
}

void showTimeline(
    CliContext &ctx, const HistoryQuery &query, const QString &user, const QUuid &connection, int limit)
{
    const int total = query.countUserTimeline(user, connection);
    const QList<HistoryEvent> events = query.userTimeline(user, limit, 0, connection);
    if (ctx.options->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HistoryEvent &e : events)
            array.append(HistoryJson::eventToJson(e));
        printJson(ctx,
            {{QStringLiteral("user"), user}, {QStringLiteral("total"), total},
                {QStringLiteral("events"), array}});
        return;
    }
    QTextStream &out = *ctx.out;
    if (events.isEmpty()) {
        out << tr("No history for \"%1\".").arg(user) << Qt::endl;
        ctx.finish(ExitCode::Ok);
        return;
    }
    out << tr("History of %1, newest first:").arg(user) << Qt::endl;
    QList<QStringList> rows;
    for (const HistoryEvent &e : events)
        rows.append({localTime(e.at), e.connectionName, QString::number(e.runId), e.userName,
            historyOperationToString(e.operation), historyResultToString(e.result),
            e.httpStatus ? QString::number(e.httpStatus) : QStringLiteral("-"), eventText(e)});
    printTable(out,
        {tr("TIME"), tr("CONNECTION"), tr("RUN"), tr("USER"), tr("OPERATION"), tr("RESULT"), tr("HTTP"),
            tr("DETAIL")},
        rows);
    if (events.size() < total)
        out << tr("Showing %1 of %2 events; --limit 0 shows all.").arg(events.size()).arg(total) << Qt::endl;
    ctx.finish(ExitCode::Ok);
}

void showRuns(
    CliContext &ctx, const HistoryQuery &query, const QUuid &connection, const QString &name, int limit)
{
    RunFilter filter;
    filter.connectionId = connection;
    filter.limit = limit;
    const QList<RunRecord> runs = query.runs(filter);
    const int total = query.countRuns(filter);
    const std::optional<SyncSummary> summary
        = connection.isNull() ? std::nullopt : std::optional(query.summary(connection));
    if (ctx.options->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RunRecord &r : runs)
            array.append(HistoryJson::runToJson(r));
        QJsonObject o {{QStringLiteral("total"), total}, {QStringLiteral("runs"), array}};
        if (summary)
            o.insert(QStringLiteral("summary"), HistoryJson::summaryToJson(*summary));
        printJson(ctx, o);
        return;
    }
    QTextStream &out = *ctx.out;
    if (summary) {
        out << tr("Connection \"%1\": last sync %2 (%3)")
                   .arg(name,
                       summary->lastRunId
                           ? localTime(summary->lastFinishedAt.isValid() ? summary->lastFinishedAt
                                                                         : summary->lastStartedAt)
                           : tr("never"),
                       summary->lastRunId ? runOutcomeDisplayName(summary->lastOutcome) : tr("no run yet"))
            << Qt::endl
            << summaryLine(*summary) << Qt::endl
            << Qt::endl;
    }
    if (runs.isEmpty()) {
        out << tr("No runs in the history yet.") << Qt::endl;
        ctx.finish(ExitCode::Ok);
        return;
    }
    QList<QStringList> rows;
    for (const RunRecord &r : runs)
        rows.append({QString::number(r.id), localTime(r.startedAt), r.connectionName,
            runTriggerDisplayName(r.trigger), mode(r), runOutcomeDisplayName(r.outcome),
            QString::number(r.counts.created()), QString::number(r.counts.updated()),
            QString::number(r.counts.removed()), QString::number(r.counts.failed()),
            QString::number(r.requestTotal())});
    printTable(out,
        {tr("RUN"), tr("STARTED"), tr("CONNECTION"), tr("BY"), tr("MODE"), tr("OUTCOME"), tr("CREATED"),
            tr("UPDATED"), tr("REMOVED"), tr("FAILED"), tr("REQUESTS")},
        rows);
    if (runs.size() < total)
        out << tr("Showing %1 of %2 runs; --limit N shows more, --run ID shows one.")
                   .arg(runs.size())
                   .arg(total)
            << Qt::endl;
    ctx.finish(ExitCode::Ok);
}

// The connection named NAME: a current one, or one that only the history still knows.
bool resolveConnection(CliContext &ctx, const HistoryQuery &query, QUuid *id, QString *name)
{
    if (ctx.arguments.isEmpty())
        return true;
    *name = ctx.arguments.constFirst();
    if (const auto c = ConnectionStore(ctx.database->handle()).findByName(*name)) {
        *id = c->id;
        *name = c->name;
        return true;
    }
    for (const auto &[knownId, knownName] : query.connections()) {
        if (knownName.compare(*name, Qt::CaseInsensitive) == 0) {
            *id = knownId;
            *name = knownName;
            return true;
        }
    }
    ctx.fail(tr("no connection is named \"%1\", and the history knows none by that name").arg(*name));
    return false;
}

void history(CliContext &ctx)
{
    if (ctx.arguments.size() > 1) {
        ctx.fail(
            tr("usage: history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]"), ExitCode::Usage);
        return;
    }
    const bool byRun = ctx.options->isSet(QStringLiteral("run"));
    const bool byUser = ctx.options->isSet(QStringLiteral("user"));
    if (byRun && byUser) {
        ctx.fail(tr("give --run or --user, not both"), ExitCode::Usage);
        return;
    }
    bool ok = true;
    int limit = byRun ? 200 : byUser ? 50 : 20;
    if (ctx.options->isSet(QStringLiteral("limit"))) {
        limit = ctx.options->value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            ctx.fail(tr("--limit takes a number (0 for no limit)"), ExitCode::Usage);
            return;
        }
    }
    qint64 runId = 0;
    if (byRun) {
        runId = ctx.options->value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || runId <= 0) {
            ctx.fail(tr("--run takes a run number, as listed by \"history\""), ExitCode::Usage);
            return;
        }
    }
    const QString user = ctx.options->value(QStringLiteral("user")).trimmed();
    if (byUser && user.isEmpty()) {
        ctx.fail(tr("--user takes a username or source key"), ExitCode::Usage);
        return;
    }

    // A run whose process was killed shows as interrupted, not as running forever.
    HistoryRecorder::markInterruptedRuns(ctx.database->handle());
    const HistoryQuery query(ctx.database->handle());
    QUuid connection;
    QString name;
    if (!resolveConnection(ctx, query, &connection, &name))
        return;
    if (byRun)
        showRun(ctx, query, runId, limit);
    else if (byUser)
        showTimeline(ctx, query, user, connection, limit);
    else
        showRuns(ctx, query, connection, name, limit);
}

} // namespace

void HistoryCommand::registerAll(CliApp &app)
{
    app.registerCommand(QStringLiteral("history"),
        QStringLiteral("history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]"), history);
}

} // namespace pd
