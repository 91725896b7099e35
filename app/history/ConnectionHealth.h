#pragma once

#include "Connection.h"
#include "RunRecord.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pd {

// Monitoring-plugin states; the values are the exit codes of `provisiondesk-cli status`.
enum class HealthState { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

// One condition found on a connection, with its severity and a sentence for the admin.
struct HealthFinding
{
    HealthState state = HealthState::Ok;
    QString code; // stable, for --json: "last-run-failed", "removals-held", ...
    QString message;
    bool operator==(const HealthFinding &) const = default;
};

// Whether the connection's client secret is in the keychain; read by the caller (asynchronously).
struct SecretPresence
{
    enum class State { NotChecked, Present, Missing, Unreadable };
    State state = State::NotChecked;
    QString message; // why the keychain could not be read

    // From the keychain's answer to a read of the client secret.
    static SecretPresence of(const SecretResult &read)
    {
        if (read.ok() && !read.value.isEmpty())
            return {State::Present, {}};
        if (read.ok() || read.error == SecretResult::Error::NotFound)
            return {State::Missing, {}};
        return {State::Unreadable, read.message};
    }
};

// Is a connection healthy? The conditions and their severities (docs/operations.md, "Monitoring
// status"): last run failed = CRITICAL, partly failed or interrupted = WARNING, removals held for more
// than a day = WARNING, no successful sync for longer than alerts.maxHoursWithoutSuccess = CRITICAL,
// enabled but not valid = CRITICAL, enabled without a stored client secret = CRITICAL, keychain or
// history unreadable = UNKNOWN. Disabled connections are not checked.
class ConnectionHealth
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionHealth)
public:
    // What the evaluation needs from the history.
    struct History
    {
        QList<RunRecord> recentRuns; // newest first, dry runs excluded
        QDateTime lastSuccessAt; // invalid: never
        QString error; // the history could not be read
    };

    QUuid connectionId;
    QString connectionName;
    bool enabled = false;
    HealthState state = HealthState::Ok;
    QList<HealthFinding> findings; // worst first
    std::optional<RunRecord> lastRun; // the latest finished run
    QDateTime lastSuccessAt;

    static constexpr int heldWarningHours = 24;

    // Reads what evaluate() needs on db's thread.
    static History readHistory(QSqlDatabase db, const QUuid &connectionId);
    static ConnectionHealth evaluate(
        const Connection &c, const History &history, const SecretPresence &secret, const QDateTime &now);

    // The sentences, worst first; "OK" connections get one that says so.
    QStringList sentences() const;
    QJsonObject toJson() const;

    // OK < WARNING < UNKNOWN < CRITICAL: a definite failure outranks not knowing.
    static HealthState worse(HealthState a, HealthState b);
    static int rank(HealthState s);
    static QString stateName(HealthState s); // "OK", "WARNING", "CRITICAL", "UNKNOWN"

private:
    void add(HealthState s, const QString &code, const QString &message);
};

} // namespace pd
