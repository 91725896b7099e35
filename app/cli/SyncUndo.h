#pragma once

#include "Connection.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QTextStream>

namespace pd {

struct SyncReport;

// `sync NAME --undo RUN_ID`: which run to reverse (checked before any secret is read), and how the
// text output lists what was reversed and what was not. The undo itself runs in SyncWorker.
class SyncUndo
{
public:
    // 0 without --undo. A usage error (*error set) for a bad ID, another connection's run, a dry
    // run, a run still running, or options that do not go with an undo.
    static qint64 fromOptions(
        const QCommandLineParser &options, QSqlDatabase db, const Connection &connection, QString *error);
    static qint64 runId(const QCommandLineParser &options);
    static void printText(QTextStream &out, const SyncReport &report);
};

} // namespace pd
