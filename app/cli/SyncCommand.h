#pragma once

#include <QString>

namespace pd {

class CliApp;

// sync NAME [--dry-run] [--full] [--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--source-secret-env VAR]
// [--json]. FILE is the reviewed JSON of an earlier run: only its held removals are approved.
class SyncCommand
{
public:
    static void registerAll(CliApp &app);
    // How to approve held removals, for messages ("run `sync NAME --dry-run --json > plan.json` ...").
    static QString approvalHowTo(const QString &name);
    // The usage error of --approve-removals without a FILE.
    static QString bareApprovalError(const QString &name);
};

} // namespace pd
