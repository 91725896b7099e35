#pragma once

namespace pd {

class CliApp;

// sync NAME [--dry-run] [--full] [--approve-removals] [--secret-env VAR] [--source-secret-env VAR] [--json]
class SyncCommand
{
public:
    static void registerAll(CliApp &app);
};

} // namespace pd
