#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pd {

namespace {

struct Step
{
    int version;
    const char *description;
    QStringList statements;
};

// Append new steps at the end; never edit a step that has shipped.
const QList<Step> &steps()
{
    static const QList<Step> all = {
        {1, "connections",
            {QStringLiteral("CREATE TABLE connections ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " identity_store TEXT NOT NULL,"
                            " scim_url TEXT NOT NULL,"
                            " auth_method TEXT NOT NULL,"
                            " token_url TEXT NOT NULL,"
                            " account_id TEXT NOT NULL,"
                            " client_id TEXT NOT NULL,"
                            " actions TEXT NOT NULL,"
                            " enabled INTEGER NOT NULL DEFAULT 0,"
                            " validity TEXT NOT NULL DEFAULT 'untested',"
                            " last_test_message TEXT NOT NULL DEFAULT '',"
                            " last_tested_at TEXT,"
                            " created_at TEXT NOT NULL,"
                            " modified_at TEXT NOT NULL,"
                            " rate_limit TEXT NOT NULL DEFAULT '{}',"
                            " removal_guard TEXT NOT NULL DEFAULT '{}',"
                            " rule TEXT NOT NULL DEFAULT '{}')"),
                QStringLiteral("CREATE UNIQUE INDEX connections_name ON connections(name COLLATE NOCASE)")}},
        {2, "managed users: what the connection has provisioned into Zoom",
            {QStringLiteral("CREATE TABLE managed_users ("
                            " connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,"
                            " source_key TEXT NOT NULL,"
                            " zoom_id TEXT,"
                            " user_name TEXT NOT NULL,"
                            " payload_hash TEXT NOT NULL DEFAULT '',"
                            " payload TEXT NOT NULL DEFAULT '{}',"
                            " status TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (connection_id, source_key))"),
                QStringLiteral("CREATE INDEX managed_users_name ON managed_users(connection_id, user_name "
                               "COLLATE NOCASE)")}},
        {3, "provisioning history: runs, per-user events, each user's last known state, settings",
            {QStringLiteral("CREATE TABLE runs ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " connection_id TEXT NOT NULL,"
                            " connection_name TEXT NOT NULL,"
                            " triggered_by TEXT NOT NULL,"
                            " dry_run INTEGER NOT NULL DEFAULT 0,"
                            " full_resync INTEGER NOT NULL DEFAULT 0,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT,"
                            " outcome TEXT NOT NULL DEFAULT 'running',"
                            " counts TEXT NOT NULL DEFAULT '{}',"
                            " requests TEXT NOT NULL DEFAULT '{}',"
                            " message TEXT NOT NULL DEFAULT '')"),
                // No foreign key to connections: the history outlives a deleted connection.
                QStringLiteral("CREATE INDEX runs_connection ON runs(connection_id, started_at)"),
                QStringLiteral("CREATE INDEX runs_started ON runs(started_at)"),
                // user_key is user_name case-folded (all of Unicode, unlike NOCASE): the timeline key.
                QStringLiteral("CREATE TABLE events ("
                               " id INTEGER PRIMARY KEY,"
                               " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                               " at TEXT NOT NULL,"
                               " source_key TEXT NOT NULL DEFAULT '',"
                               " user_name TEXT NOT NULL DEFAULT '',"
                               " user_key TEXT NOT NULL DEFAULT '',"
                               " operation TEXT NOT NULL,"
                               " result TEXT NOT NULL,"
                               " http_status INTEGER NOT NULL DEFAULT 0,"
                               " detail TEXT NOT NULL DEFAULT '',"
                               " changes TEXT NOT NULL DEFAULT '[]')"),
                QStringLiteral("CREATE INDEX events_run ON events(run_id)"),
                QStringLiteral("CREATE INDEX events_user ON events(user_key, at)"),
                QStringLiteral("CREATE INDEX events_source_key ON events(source_key, at)"),
                // Each user's state in PingOne's summary terms, and the event that set it (written only
                // when the state changes). Kept when old events are pruned, so the summary never
                // forgets long-synced users.
                QStringLiteral("CREATE TABLE history_user_state ("
                               " connection_id TEXT NOT NULL,"
                               " source_key TEXT NOT NULL,"
                               " user_name TEXT NOT NULL,"
                               " state TEXT NOT NULL,"
                               " event_id INTEGER NOT NULL,"
                               " since TEXT NOT NULL,"
                               " PRIMARY KEY (connection_id, source_key)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE history_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
        {4, "connection alerts (maxHoursWithoutSuccess) for status monitoring",
            {QStringLiteral("ALTER TABLE connections ADD COLUMN alerts TEXT NOT NULL DEFAULT '{}'")}},
        // A rowid table with a composite primary key stores every key twice (table + autoindex), and
        // nothing looks managed users up by user_name: ~200 bytes a user less (docs/performance.md).
        {5, "managed users: WITHOUT ROWID, no user_name index",
            {QStringLiteral("CREATE TABLE managed_users_v5 ("
                            " connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,"
                            " source_key TEXT NOT NULL,"
                            " zoom_id TEXT,"
                            " user_name TEXT NOT NULL,"
                            " payload_hash TEXT NOT NULL DEFAULT '',"
                            " payload TEXT NOT NULL DEFAULT '{}',"
                            " status TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (connection_id, source_key)) WITHOUT ROWID"),
                QStringLiteral(
                    "INSERT INTO managed_users_v5 SELECT connection_id, source_key, zoom_id, user_name, "
                    "payload_hash, payload, status, updated_at FROM managed_users"),
                QStringLiteral("DROP TABLE managed_users"),
                QStringLiteral("ALTER TABLE managed_users_v5 RENAME TO managed_users")}},
        // A user's source keys and the timeline count read from this index alone: no row lookups for
        // a user with tens of thousands of events (HistoryQuery::countUserTimeline).
        {6, "history: events by user and source key",
            {QStringLiteral("CREATE INDEX events_user_source ON events(user_key, source_key)")}},
    };
    return all;
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Migrations::apply(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q,
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"),
            error))
        return false;

    const int current = currentVersion(db);
    if (current > latestVersion()) {
        *error = QCoreApplication::translate("Migrations",
            "the database was written by a newer ProvisionDesk (schema %1, "
            "this build knows up to %2). Update ProvisionDesk.")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        // BEGIN IMMEDIATE: two processes starting at once must not both migrate.
        if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        if (currentVersion(db) >= step.version) {
            exec(q, QStringLiteral("COMMIT"), error);
            continue;
        }
        bool ok = true;
        for (const QString &sql : step.statements) {
            if (!exec(q, sql, error)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO schema_version(version, description, applied_at) "
                                     "VALUES (?, ?, datetime('now'))"));
            q.addBindValue(step.version);
            q.addBindValue(QString::fromLatin1(step.description));
            ok = q.exec();
            if (!ok)
                *error = q.lastError().text();
        }
        if (!ok) {
            QString ignored;
            exec(q, QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
        if (!exec(q, QStringLiteral("COMMIT"), error))
            return false;
    }
    return true;
}

} // namespace pd
