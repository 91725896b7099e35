#include "CliCommands.h"

#include "ConnectionCommands.h"
#include "HistoryCommand.h"
#include "SyncCommand.h"
#include "TestConnectionCommand.h"

namespace pd {

void registerCliCommands(CliApp &app)
{
    ConnectionCommands::registerAll(app);
    TestConnectionCommand::registerAll(app);
    HistoryCommand::registerAll(app);
    SyncCommand::registerAll(app);
}

} // namespace pd
