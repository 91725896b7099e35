#pragma once

#include <QString>

namespace pd {

// Where the database lives: --data-dir, else $PROVISIONDESK_DATA_DIR, else the platform's
// application data folder (QStandardPaths::AppDataLocation).
class DataDirectory
{
public:
    static QString resolve(const QString &fromCommandLine = {});
};

} // namespace pd
