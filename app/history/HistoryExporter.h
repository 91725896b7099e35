#pragma once

#include "HistoryEvent.h"
#include "RunFilter.h"
#include "RunRecord.h"

#include <QIODevice>
#include <QStringList>
#include <QUuid>

namespace pd {

class HistoryQuery;

// Writes runs or events as CSV (RFC 4180, see CsvCodec) or JSON, streaming: a million events never
// sit in memory at once. HistoryImporter reads both back.
//
// JSON: {"format": "provisiondesk-history", "version": 1, "kind": "runs"|"events", "items": [...]}
// with the objects of HistoryJson. CSV: a header row, then one row per run or event; counts,
// requests and changes are JSON inside their cells.
class HistoryExporter
{
public:
    enum class Format { Csv, Json };
    enum class Kind { Runs, Events };

    HistoryExporter(QIODevice *out, Format format, Kind kind);

    bool begin();
    bool writeRun(const RunRecord &run);
    bool writeEvent(const HistoryEvent &event);
    bool end();
    QString errorString() const { return m_error; }

    // Whole exports straight from the database, a page at a time.
    static bool exportRuns(
        const HistoryQuery &query, RunFilter filter, QIODevice *out, Format format, QString *error);
    static bool exportRunEvents(
        const HistoryQuery &query, qint64 runId, QIODevice *out, Format format, QString *error);
    static bool exportUserTimeline(const HistoryQuery &query, const QString &term, const QUuid &connectionId,
        QIODevice *out, Format format, QString *error);

    static QStringList runColumns();
    static QStringList eventColumns();
    // .json -> Json, anything else -> Csv.
    static Format formatForPath(const QString &path);
    static QString kindToString(Kind kind);

private:
    bool write(const QString &text);
    bool writeItem(const QJsonObject &json, const QStringList &csvFields);

    QIODevice *m_out;
    Format m_format;
    Kind m_kind;
    bool m_first = true;
    QString m_error;
};

} // namespace pd
