#pragma once

#include "HistoryEvent.h"
#include "HistoryExporter.h"
#include "RunRecord.h"

#include <QIODevice>
#include <QList>

namespace pd {

// Reads what HistoryExporter wrote, CSV or JSON (told apart by the first character), back into
// runs or events: the proof that an export holds everything the history knew.
class HistoryImporter
{
public:
    struct Content
    {
        HistoryExporter::Format format = HistoryExporter::Format::Csv;
        HistoryExporter::Kind kind = HistoryExporter::Kind::Events;
        QList<RunRecord> runs;
        QList<HistoryEvent> events;
    };

    static bool read(QIODevice *in, Content *content, QString *error);

private:
    static bool readJson(QIODevice *in, Content *content, QString *error);
    static bool readCsv(QIODevice *in, Content *content, QString *error);
};

} // namespace pd
