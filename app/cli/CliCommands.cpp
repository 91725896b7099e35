#include "CliCommands.h"

#include "ConnectionCommands.h"

namespace pd {

void registerCliCommands(CliApp &app)
{
    ConnectionCommands::registerAll(app);
}

} // namespace pd
