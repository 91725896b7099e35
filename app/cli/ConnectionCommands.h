#pragma once

namespace pd {

class CliApp;

// connection import / list / export / delete.
class ConnectionCommands
{
public:
    static void registerAll(CliApp &app);
};

} // namespace pd
