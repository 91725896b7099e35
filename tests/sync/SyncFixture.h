#pragma once

#include "ConnectionStore.h"
#include "Database.h"
#include "ScimTestServer.h"
#include "SyncReport.h"
#include "SyncRequest.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace pd::test {

// One person in the CSV the sync tests write.
struct Person
{
    QString key;
    QString email;
    QString first = QStringLiteral("Test");
    QString last = QStringLiteral("User");
    QString title = QStringLiteral("Engineer");
    QString status = QStringLiteral("Active");
};

QList<Person> people(int count, const QString &prefix = QStringLiteral("user"));

// A temp data dir, a CSV source, a connection to the real SCIM test server, and a way to run syncs
// in-process (SyncRunner on its own thread, as the GUI does) or through provisiondesk-cli.
class SyncFixture
{
public:
    explicit SyncFixture(ScimTestServer *server);
    ~SyncFixture();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString dataDir() const { return m_dir.path(); }
    QString csvPath() const { return m_dir.filePath(QStringLiteral("people.csv")); }
    Connection &connection() { return m_connection; }
    Database &database() { return m_database; }

    void writeCsv(const QList<Person> &people);
    // Saves the connection (valid and enabled, rule over the CSV). Call again after changing it.
    bool saveConnection();
    // approveAll: approve every removal the previous run held, as it held them.
    SyncReport sync(bool dryRun = false, bool full = false, bool approveAll = false, int timeoutMs = 120000);
    SyncRequest request() const;
    SyncReport run(const SyncRequest &request, int timeoutMs = 120000);
    // Zoom's users keyed by userName (lower case), from the server's own store.
    QHash<QString, QJsonObject> zoomUsers() const;
    int managedCount(const QString &status = QStringLiteral("active")) const;

private:
    ScimTestServer *m_server;
    QTemporaryDir m_dir;
    Connection m_connection;
    Database m_database;
    QString m_error;
    QList<PlannedOperation> m_lastHeld;
};

} // namespace pd::test
