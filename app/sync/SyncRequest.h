#pragma once

#include "ApprovedRemoval.h"
#include "Connection.h"
#include "HistoryTypes.h"
#include "RetryPolicy.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>
#include <optional>

namespace pd {

// Everything a sync needs to start. Secrets are read by the caller (keychain or --secret-env) and
// live only in memory for the run.
struct SyncRequest
{
    QUuid connectionId;
    QString dataDir;
    bool dryRun = false;
    bool fullResync = false;
    // Held removals and disables the admin reviewed and approved, each as it was planned then: it is
    // applied only while the plan still holds the same operation for the same user and Zoom account.
    QList<ApprovedRemoval> approvedRemovals;
    // "Provision this user now": only these source keys are planned; nobody else is touched.
    QSet<QString> onlySourceKeys;
    // "Deprovision on rule deletion": the source is not read, every managed user gets the Remove
    // Action. The admin confirmed it, so the removal guard does not hold these (the only way to
    // approve every removal unseen; no command-line flag sets it).
    bool deprovisionAll = false;
    // "Undo a run": reverse what that run of this connection changed (see UndoPlanner); the source
    // is not read. An applied undo disables the connection so the next sync does not redo it.
    qint64 undoRunId = 0;
    QString clientSecret;
    QString sourcePassword;
    // The connection as it was when the secrets above were read. Should an import or an edit move
    // it to another endpoint meanwhile, the run refuses instead of sending the old secret there.
    std::optional<Connection> secretsReadFor;
    RunTrigger trigger = RunTrigger::Gui;
    std::optional<RetryPolicy> retryPolicy; // tests shorten the waits
    int requestTimeoutMs = 30000;
};

} // namespace pd
