#include "DataDirectory.h"

#include <QDir>
#include <QStandardPaths>

namespace pd {

QString DataDirectory::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir(fromCommandLine).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("PROVISIONDESK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace pd
