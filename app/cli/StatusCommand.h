#pragma once

namespace pd {

class CliApp;

// status [NAME] [--json]: a monitoring-plugin check (Nagios/Icinga/Zabbix). The first line reads
// "PROVISIONDESK <STATE> - <summary>", then one block per connection; the exit code is the state:
// 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. Without NAME every connection is checked, the worst wins.
class StatusCommand
{
public:
    static void registerAll(CliApp &app);
};

} // namespace pd
