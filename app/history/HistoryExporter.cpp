#include "HistoryExporter.h"

#include "CsvCodec.h"
#include "HistoryJson.h"
#include "HistoryQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

QString flag(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

HistoryExporter::HistoryExporter(QIODevice *out, Format format, Kind kind)
    : m_out(out)
    , m_format(format)
    , m_kind(kind)
{ }

QString HistoryExporter::kindToString(Kind kind)
{
    return kind == Kind::Runs ? QStringLiteral("runs") : QStringLiteral("events");
}

HistoryExporter::Format HistoryExporter::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QStringList HistoryExporter::runColumns()
{
    return {QStringLiteral("run_id"), QStringLiteral("connection_id"), QStringLiteral("connection"),
        QStringLiteral("trigger"), QStringLiteral("dry_run"), QStringLiteral("full_resync"),
        QStringLiteral("started"), QStringLiteral("finished"), QStringLiteral("outcome"),
        QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("removed"),
        QStringLiteral("failed"), QStringLiteral("events"), QStringLiteral("requests_total"),
        QStringLiteral("counts"), QStringLiteral("requests"), QStringLiteral("message")};
}

QStringList HistoryExporter::eventColumns()
{
    return {QStringLiteral("event_id"), QStringLiteral("run_id"), QStringLiteral("time"),
        QStringLiteral("connection"), QStringLiteral("source_key"), QStringLiteral("user_name"),
        QStringLiteral("operation"), QStringLiteral("result"), QStringLiteral("http_status"),
        QStringLiteral("detail"), QStringLiteral("changes")};
}

bool HistoryExporter::write(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (m_out->write(bytes) != bytes.size()) {
        m_error = m_out->errorString();
        return false;
    }
    return true;
}

bool HistoryExporter::begin()
{
    m_first = true;
    if (m_format == Format::Csv)
        return write(
            QString(QChar(0xFEFF)) + CsvCodec::record(m_kind == Kind::Runs ? runColumns() : eventColumns()));
    return write(
        QStringLiteral("{\"format\":\"provisiondesk-history\",\"version\":1,\"kind\":\"%1\",\"items\":[")
            .arg(kindToString(m_kind)));
}

bool HistoryExporter::writeItem(const QJsonObject &json, const QStringList &csvFields)
{
    if (m_format == Format::Csv)
        return write(CsvCodec::record(csvFields));
    const QString item = HistoryJson::compact(json);
    const bool ok = write((m_first ? QStringLiteral("\n") : QStringLiteral(",\n")) + item);
    m_first = false;
    return ok;
}

bool HistoryExporter::writeRun(const RunRecord &r)
{
    const QStringList fields {QString::number(r.id), r.connectionId.toString(QUuid::WithoutBraces),
        r.connectionName, runTriggerToString(r.trigger), flag(r.dryRun), flag(r.fullResync),
        historyTimestamp(r.startedAt), historyTimestamp(r.finishedAt), runOutcomeToString(r.outcome),
        QString::number(r.counts.created()), QString::number(r.counts.updated()),
        QString::number(r.counts.removed()), QString::number(r.counts.failed()),
        QString::number(r.counts.total()), QString::number(r.requestTotal()),
        HistoryJson::compact(r.counts.toJson()),
        HistoryJson::compact(HistoryJson::requestsToJson(r.requests)), r.message};
    return writeItem(m_format == Format::Json ? HistoryJson::runToJson(r) : QJsonObject(), fields);
}

bool HistoryExporter::writeEvent(const HistoryEvent &e)
{
    QStringList fields;
    if (m_format == Format::Csv)
        fields = {QString::number(e.id), QString::number(e.runId), historyTimestamp(e.at), e.connectionName,
            e.sourceKey, e.userName, historyOperationToString(e.operation), historyResultToString(e.result),
            QString::number(e.httpStatus), e.detail,
            HistoryJson::compact(AttributeChange::listToJson(e.changes))};
    return writeItem(m_format == Format::Json ? HistoryJson::eventToJson(e) : QJsonObject(), fields);
}

bool HistoryExporter::end()
{
    if (m_format == Format::Json && !write(QStringLiteral("\n]}\n")))
        return false;
    return true;
}

bool HistoryExporter::exportRuns(
    const HistoryQuery &query, RunFilter filter, QIODevice *out, Format format, QString *error)
{
    HistoryExporter exporter(out, format, Kind::Runs);
    bool ok = exporter.begin();
    // Runs are few (one per sync); one forward-only query keeps the list consistent while syncs run.
    filter.limit = 0;
    filter.offset = 0;
    const QList<RunRecord> runs = query.runs(filter);
    for (const RunRecord &r : runs)
        ok = ok && exporter.writeRun(r);
    ok = ok && exporter.end();
    if (!ok)
        *error = exporter.errorString();
    return ok;
}

bool HistoryExporter::exportRunEvents(
    const HistoryQuery &query, qint64 runId, QIODevice *out, Format format, QString *error)
{
    HistoryExporter exporter(out, format, Kind::Events);
    bool ok = exporter.begin();
    const auto run = query.run(runId);
    qint64 after = 0;
    while (ok) {
        QList<HistoryEvent> page = query.runEvents(runId, after, 5000);
        for (HistoryEvent &e : page) {
            e.connectionName = run ? run->connectionName : QString();
            ok = ok && exporter.writeEvent(e);
        }
        if (page.isEmpty())
            break;
        after = page.constLast().id;
    }
    ok = ok && exporter.end();
    if (!ok)
        *error = exporter.errorString();
    return ok;
}

bool HistoryExporter::exportUserTimeline(const HistoryQuery &query, const QString &term,
    const QUuid &connectionId, QIODevice *out, Format format, QString *error)
{
    HistoryExporter exporter(out, format, Kind::Events);
    bool ok = exporter.begin();
    constexpr int page = 5000;
    for (int offset = 0; ok; offset += page) {
        const QList<HistoryEvent> events = query.userTimeline(term, page, offset, connectionId);
        for (const HistoryEvent &e : events)
            ok = ok && exporter.writeEvent(e);
        if (events.size() < page)
            break;
    }
    ok = ok && exporter.end();
    if (!ok)
        *error = exporter.errorString();
    return ok;
}

} // namespace pd
