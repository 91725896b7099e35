#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

// What a run did to one user. The strings match PlannedOperation::kindToString, plus "error" for a
// failure that is not one operation (a lookup, a source entry, the run itself).
enum class HistoryOperation {
    Create,
    Update,
    Disable,
    Reactivate,
    RemoveDisable,
    RemoveDelete,
    Adopt,
    Skip,
    Error
};
// Success: Zoom confirmed it. Failed: Zoom or the network refused it. Skipped: not attempted (an
// action is off, or the user cannot be provisioned; the detail says why). Held: a removal the removal
// guard holds for approval. Planned: a dry run's plan; nothing was sent.
enum class HistoryResult { Success, Failed, Skipped, Held, Planned };
// Interrupted: the process died (or the recorder was destroyed) before the run finished.
enum class RunOutcome { Running, Succeeded, Partial, Failed, Cancelled, Held, Interrupted };
enum class RunTrigger { Gui, Cli };

constexpr int historyOperationCount = 9;
constexpr int historyResultCount = 5;

QString historyOperationToString(HistoryOperation op);
bool historyOperationFromString(const QString &s, HistoryOperation *out);
QString historyResultToString(HistoryResult r);
bool historyResultFromString(const QString &s, HistoryResult *out);
QString runOutcomeToString(RunOutcome o);
bool runOutcomeFromString(const QString &s, RunOutcome *out);
QString runTriggerToString(RunTrigger t);
bool runTriggerFromString(const QString &s, RunTrigger *out);

// Translated words for people ("Remove (delete)", "Partially succeeded", ...).
QString historyOperationDisplayName(HistoryOperation op);
QString historyResultDisplayName(HistoryResult r);
QString runOutcomeDisplayName(RunOutcome o);
QString runTriggerDisplayName(RunTrigger t);

QList<HistoryOperation> allHistoryOperations();
QList<HistoryResult> allHistoryResults();
QList<RunOutcome> allRunOutcomes();

// Timestamps are stored as UTC ISO 8601 with milliseconds ("2026-05-01T10:00:00.000Z"): fixed width,
// so text order is time order and range filters use the indexes.
QString historyTimestamp(const QDateTime &t);
QDateTime historyTimestampFromString(const QString &s);

} // namespace pd
