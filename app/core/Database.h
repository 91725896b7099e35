#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pd {

// The SQLite database under the data directory. Every thread opens its own named connection
// (Qt SQL connections must not cross threads); the first open migrates the schema.
class Database
{
public:
    static constexpr auto fileName = "provisiondesk.sqlite";

    explicit Database(QString dataDir);

    // Opens this thread's connection, creating the file and migrating it if needed.
    // On failure returns false and a sentence for the admin in errorString().
    bool open();
    QSqlDatabase handle() const;
    QString errorString() const { return m_error; }
    QString filePath() const;
    int schemaVersion() const;

    // Closes and forgets this thread's connection (for tests and worker shutdown).
    void close();

private:
    QString connectionName() const;
    bool configure(QSqlDatabase &db);

    QString m_dataDir;
    QString m_error;
};

} // namespace pd
