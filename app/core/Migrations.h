#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pd {

// Schema history. Each step runs once, in its own transaction, and records its version in
// schema_version; a database newer than this build is refused rather than guessed at.
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    static bool apply(QSqlDatabase &db, QString *error);
};

} // namespace pd
