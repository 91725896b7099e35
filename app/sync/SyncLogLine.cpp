#include "SyncLogLine.h"

#include <QCoreApplication>

namespace pd {

QString SyncLogLine::levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return QCoreApplication::translate("SyncLogLine", "debug");
    case Level::Warning:
        return QCoreApplication::translate("SyncLogLine", "warning");
    case Level::Error:
        return QCoreApplication::translate("SyncLogLine", "error");
    case Level::Info:
        break;
    }
    return QCoreApplication::translate("SyncLogLine", "info");
}

QString SyncProgress::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Starting:
        return QCoreApplication::translate("SyncProgress", "Starting");
    case Phase::ReadingSource:
        return QCoreApplication::translate("SyncProgress", "Reading the source");
    case Phase::ListingZoom:
        return QCoreApplication::translate("SyncProgress", "Listing Zoom users");
    case Phase::Planning:
        return QCoreApplication::translate("SyncProgress", "Planning");
    case Phase::Applying:
        return QCoreApplication::translate("SyncProgress", "Applying changes");
    case Phase::Finishing:
        break;
    }
    return QCoreApplication::translate("SyncProgress", "Finishing");
}

} // namespace pd
