#include "DataDirectory.h"

#include <QCoreApplication>
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
    return standardLocation();
}

QString DataDirectory::standardLocation()
{
    // Older versions used AppDataLocation, which names the organization and the application
    // (both "ProvisionDesk"). The data is not moved: another process may have the database open.
    const QString legacy = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QDir legacyDir(legacy);
    if (!legacy.isEmpty() && legacyDir.exists() && !legacyDir.isEmpty())
        return legacy;
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(generic).filePath(QCoreApplication::applicationName());
}

} // namespace pd
