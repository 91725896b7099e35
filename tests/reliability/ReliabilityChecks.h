#pragma once

#include "SyncFixture.h"

#include <QSet>
#include <QString>

namespace pd::test {

// The checks every reliability cell makes after a run. Each returns an empty string when it holds,
// else what is wrong (for QVERIFY2 and the report line).
namespace ReliabilityChecks {

// The run ended complete (Succeeded/Partial) or stopped cleanly (Failed/Cancelled with a message).
QString endedCleanly(const SyncReport &report);

// Local state equals Zoom's: every active/disabled managed row has a Zoom user with that id and the
// matching active flag, and every Zoom user not in preexisting (ids of accounts seeded before the
// run) has a managed row with its id. With strict, a pending-create row is a problem too; without,
// a pending-create row with the userName stands for a create whose answer was lost.
QString stateMatchesZoom(
    SyncFixture &f, ScimTestServer &server, const QSet<QString> &preexisting, bool strict);

// The history has the run with the report's outcome, finished, a message when it did not complete,
// and a detail on every failed event.
QString historyTellsWhatHappened(SyncFixture &f, const SyncReport &report);

// Each person has exactly one Zoom account, with the CSV's name, title and active flag.
QString onePerPersonWithRightAttributes(SyncFixture &f, ScimTestServer &server, const QList<Person> &people);

// "succeeded: 40 created ..." for the report line.
QString summary(const SyncReport &report);

// Runs a sync (SyncRunner on its thread, as the GUI does) and collects its log lines as text.
SyncReport runCapturingLog(const SyncRequest &request, QStringList *log, int timeoutMs = 120000);

// The ids of Zoom's users right now.
QSet<QString> zoomIds(ScimTestServer &server);

} // namespace ReliabilityChecks
} // namespace pd::test
