#pragma once

namespace pd {

class CliApp;

// history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]: runs, one run's events, or one
// user's timeline, from the provisioning history.
class HistoryCommand
{
public:
    static void registerAll(CliApp &app);
};

} // namespace pd
