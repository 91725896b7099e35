#include "CliCommands.h"

#include "ConnectionCommands.h"
#include "HistoryCommand.h"
#include "ScheduleCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"
#include "TestConnectionCommand.h"

namespace pd {

void registerCliCommands(CliApp &app)
{
    ConnectionCommands::registerAll(app);
    TestConnectionCommand::registerAll(app);
    HistoryCommand::registerAll(app);
    SyncCommand::registerAll(app);
    StatusCommand::registerAll(app);
    ScheduleCommand::registerAll(app);
}

} // namespace pd
