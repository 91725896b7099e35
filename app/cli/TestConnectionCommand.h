#pragma once

namespace pd {

class CliApp;

// connection test NAME [--secret-env VAR] [--json]: runs Zoom's Test connection and records the
// outcome (valid / invalid) on the connection. Exit 0 passed, 1 failed, 3 error.
class TestConnectionCommand
{
public:
    static void registerAll(CliApp &app);
};

} // namespace pd
