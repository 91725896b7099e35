#pragma once

#include "HistoryEvent.h"
#include "PlannedOperation.h"
#include "ScimError.h"

namespace pd {

// Translates between the engine's plan and the history's words.
class SyncEvents
{
public:
    static HistoryOperation operationFor(PlannedOperation::Kind kind);
    // The event for an operation before it runs: who, what, and the attribute changes.
    static HistoryEvent eventFor(const PlannedOperation &op);
    // A skipped, held or (dry run) planned operation, as recorded without sending anything.
    static HistoryEvent unsentEvent(const PlannedOperation &op, bool dryRun);
    // A sentence for a failed request: Zoom's words plus what they mean for the admin.
    static QString describeFailure(const ScimError &error);
    // The warning for a linked account whose Zoom username is not the source's Username, with what
    // the admin can do; empty when they agree (usernames compare without case).
    static QString usernameDrift(const QString &sourceUserName, const QString &zoomUserName);
    // detail, then note, as one text.
    static QString withNote(const QString &detail, const QString &note);
};

} // namespace pd
