#pragma once

namespace pd {

class CliApp;

// Registers every command the CLI knows; each area adds its own here.
void registerCliCommands(CliApp &app);

} // namespace pd
