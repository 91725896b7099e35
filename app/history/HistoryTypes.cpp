#include "HistoryTypes.h"
#include "Translations.h"

#include <QCoreApplication>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "History"}, text);
}

template<typename Enum>
bool parse(const QString &s, Enum *out, const QList<Enum> &all, QString (*toString)(Enum))
{
    for (Enum e : all) {
        if (toString(e) == s) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace

QList<HistoryOperation> allHistoryOperations()
{
    using O = HistoryOperation;
    return {O::Create, O::Update, O::Disable, O::Reactivate, O::RemoveDisable, O::RemoveDelete, O::Adopt,
        O::Skip, O::Error};
}

QList<HistoryResult> allHistoryResults()
{
    using R = HistoryResult;
    return {R::Success, R::Failed, R::Skipped, R::Held, R::Planned};
}

QList<RunOutcome> allRunOutcomes()
{
    using O = RunOutcome;
    return {O::Running, O::Succeeded, O::Partial, O::Failed, O::Cancelled, O::Held, O::Interrupted};
}

QString historyOperationToString(HistoryOperation op)
{
    switch (op) {
    case HistoryOperation::Create:
        return QStringLiteral("create");
    case HistoryOperation::Update:
        return QStringLiteral("update");
    case HistoryOperation::Disable:
        return QStringLiteral("disable");
    case HistoryOperation::Reactivate:
        return QStringLiteral("reactivate");
    case HistoryOperation::RemoveDisable:
        return QStringLiteral("remove-disable");
    case HistoryOperation::RemoveDelete:
        return QStringLiteral("remove-delete");
    case HistoryOperation::Adopt:
        return QStringLiteral("adopt");
    case HistoryOperation::Skip:
        return QStringLiteral("skip");
    case HistoryOperation::Error:
        break;
    }
    return QStringLiteral("error");
}

bool historyOperationFromString(const QString &s, HistoryOperation *out)
{
    return parse(s, out, allHistoryOperations(), historyOperationToString);
}

QString historyResultToString(HistoryResult r)
{
    switch (r) {
    case HistoryResult::Success:
        return QStringLiteral("success");
    case HistoryResult::Failed:
        return QStringLiteral("failed");
    case HistoryResult::Skipped:
        return QStringLiteral("skipped");
    case HistoryResult::Held:
        return QStringLiteral("held");
    case HistoryResult::Planned:
        break;
    }
    return QStringLiteral("planned");
}

bool historyResultFromString(const QString &s, HistoryResult *out)
{
    return parse(s, out, allHistoryResults(), historyResultToString);
}

QString runOutcomeToString(RunOutcome o)
{
    switch (o) {
    case RunOutcome::Running:
        return QStringLiteral("running");
    case RunOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case RunOutcome::Partial:
        return QStringLiteral("partial");
    case RunOutcome::Failed:
        return QStringLiteral("failed");
    case RunOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case RunOutcome::Held:
        return QStringLiteral("held");
    case RunOutcome::Interrupted:
        break;
    }
    return QStringLiteral("interrupted");
}

bool runOutcomeFromString(const QString &s, RunOutcome *out)
{
    return parse(s, out, allRunOutcomes(), runOutcomeToString);
}

QString runTriggerToString(RunTrigger t)
{
    return t == RunTrigger::Gui ? QStringLiteral("gui") : QStringLiteral("cli");
}

bool runTriggerFromString(const QString &s, RunTrigger *out)
{
    return parse(s, out, QList<RunTrigger> {RunTrigger::Gui, RunTrigger::Cli}, runTriggerToString);
}

QString historyOperationDisplayName(HistoryOperation op)
{
    switch (op) {
    case HistoryOperation::Create:
        return tr("Create");
    case HistoryOperation::Update:
        return tr("Update");
    case HistoryOperation::Disable:
        return tr("Disable");
    case HistoryOperation::Reactivate:
        return tr("Reactivate");
    case HistoryOperation::RemoveDisable:
        return tr("Remove (disable)");
    case HistoryOperation::RemoveDelete:
        return tr("Remove (delete)");
    case HistoryOperation::Adopt:
        return tr("Adopt");
    case HistoryOperation::Skip:
        return tr("Skip");
    case HistoryOperation::Error:
        break;
    }
    return tr("Error");
}

QString historyResultDisplayName(HistoryResult r)
{
    switch (r) {
    case HistoryResult::Success:
        return tr("Success");
    case HistoryResult::Failed:
        return tr("Failed");
    case HistoryResult::Skipped:
        return tr("Skipped");
    case HistoryResult::Held:
        return tr("Held");
    case HistoryResult::Planned:
        break;
    }
    return tr("Planned");
}

QString runOutcomeDisplayName(RunOutcome o)
{
    switch (o) {
    case RunOutcome::Running:
        return tr("Running");
    case RunOutcome::Succeeded:
        return tr("Succeeded");
    case RunOutcome::Partial:
        return tr("Partly failed");
    case RunOutcome::Failed:
        return tr("Failed");
    case RunOutcome::Cancelled:
        return tr("Cancelled");
    case RunOutcome::Held:
        return tr("Removals held");
    case RunOutcome::Interrupted:
        break;
    }
    return tr("Interrupted");
}

QString runTriggerDisplayName(RunTrigger t)
{
    return t == RunTrigger::Gui ? tr("App") : tr("CLI");
}

QString historyTimestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime historyTimestampFromString(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace pd
