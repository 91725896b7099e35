#pragma once

#include <QString>

namespace pd {

// Where the database lives: --data-dir, else $PROVISIONDESK_DATA_DIR, else the standard folder
// named once after the application (e.g. ~/.local/share/ProvisionDesk).
class DataDirectory
{
public:
    static QString resolve(const QString &fromCommandLine = {});
    // The standard folder: the generic data folder + applicationName, unless a non-empty folder
    // from older versions (organization/application, e.g. ~/.local/share/ProvisionDesk/ProvisionDesk)
    // exists: then that one, so existing data is kept.
    static QString standardLocation();
};

} // namespace pd
