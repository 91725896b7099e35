#include "SyncUndo.h"
#include "Translations.h"

#include "AttributeChange.h"
#include "HistoryQuery.h"
#include "SyncReport.h"

#include <QCoreApplication>

namespace pd {

namespace {

QString tr(const char *text, int n = -1)
{
    return Translations::translate({"pd::SyncUndo", "Cli"}, text, n);
}

} // namespace

qint64 SyncUndo::runId(const QCommandLineParser &options)
{
    if (!options.isSet(QStringLiteral("undo")))
        return 0;
    bool ok = false;
    const qint64 id = options.value(QStringLiteral("undo")).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

qint64 SyncUndo::fromOptions(
    const QCommandLineParser &options, QSqlDatabase db, const Connection &connection, QString *error)
{
    if (!options.isSet(QStringLiteral("undo")))
        return 0;
    const qint64 id = runId(options);
    if (id == 0) {
        *error = tr("--undo needs the ID of a run (see `history %1`), not \"%2\"")
                     .arg(connection.name, options.value(QStringLiteral("undo")));
        return 0;
    }
    for (const QString &other : {QStringLiteral("full"), QStringLiteral("approve-removals"),
             QStringLiteral("only"), QStringLiteral("retry-failed")}) {
        if (options.isSet(other)) {
            *error
                = tr("--undo does not go with --%1: an undo reverses one run and reads no source").arg(other);
            return 0;
        }
    }
    const auto run = HistoryQuery(db).run(id);
    if (!run)
        *error = tr("there is no run %1").arg(id);
    else if (run->connectionId != connection.id)
        *error
            = tr("run %1 belongs to \"%2\", not to \"%3\"").arg(id).arg(run->connectionName, connection.name);
    else if (run->dryRun)
        *error = tr("run %1 was a dry run: it changed nothing to undo").arg(id);
    else if (run->outcome == RunOutcome::Running)
        *error = tr("run %1 is still running").arg(id);
    if (!error->isEmpty())
        *error += tr(". Nothing was changed.");
    return error->isEmpty() ? id : 0;
}

void SyncUndo::printText(QTextStream &out, const SyncReport &report)
{
    if (report.undoOfRunId == 0)
        return;
    const QString verb = report.dryRun ? tr("  would undo: %1 %2%3") : tr("  undo: %1 %2%3");
    for (const PlannedOperation &op : report.plan) {
        const QString changes = AttributeChange::summary(AttributeChange::listFromJson(op.changes));
        out << verb.arg(PlannedOperation::kindToString(op.kind), op.userName,
            changes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(changes))
            << Qt::endl;
    }
    for (const UndoItem &item : report.notUndone)
        out << tr("  not undone: %1 %2: %3")
                   .arg(historyOperationToString(item.operation),
                       item.userName.isEmpty() ? item.sourceKey : item.userName, item.reason)
            << Qt::endl;
}

} // namespace pd
