#pragma once

#include "HistoryTypes.h"
#include "RetryPolicy.h"

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
    bool approveAllRemovals = false;
    QSet<QString> approvedRemovals; // source keys
    // "Provision this user now": only these source keys are planned; nobody else is touched.
    QSet<QString> onlySourceKeys;
    // "Deprovision on rule deletion": the source is not read, every managed user gets the Remove
    // Action. The admin confirmed it, so the removal guard does not hold these.
    bool deprovisionAll = false;
    QString clientSecret;
    QString sourcePassword;
    RunTrigger trigger = RunTrigger::Gui;
    std::optional<RetryPolicy> retryPolicy; // tests shorten the waits
    int requestTimeoutMs = 30000;
};

} // namespace pd
