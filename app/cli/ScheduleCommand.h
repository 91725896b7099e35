#pragma once

namespace pd {

class CliApp;

// schedule NAME --every SPEC [--print [--format systemd|launchd|windows] | --install | --remove]:
// runs `provisiondesk-cli sync NAME` on the OS's own scheduler (systemd user timer, launchd agent,
// Task Scheduler). --print (the default) shows the files; --install writes and enables them.
class ScheduleCommand
{
public:
    static void registerAll(CliApp &app);
};

} // namespace pd
