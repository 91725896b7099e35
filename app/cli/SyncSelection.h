#pragma once

#include "Connection.h"
#include "SyncReport.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace pd {

// Which users `sync NAME --only KEY[,KEY…]` or `sync NAME --retry-failed [--run ID]` touches: a
// SyncRequest::onlySourceKeys sync of these source keys and nobody else. Read before the run (the
// retried run, the keys managed then) and checked after it (keys that matched nobody).
class SyncSelection
{
public:
    enum class Mode { Everyone, Only, RetryFailed };

    // From the command line. On a refusal, sets *error and *exitCode and returns Everyone; never
    // returns an empty Only or RetryFailed selection (an empty onlySourceKeys would sync everyone).
    static SyncSelection fromOptions(const QCommandLineParser &options, QSqlDatabase db,
        const Connection &connection, QString *error, int *exitCode);

    Mode mode() const { return m_mode; }
    bool selects() const { return m_mode != Mode::Everyone; }
    QSet<QString> keys() const { return QSet<QString>(m_keys.cbegin(), m_keys.cend()); }
    qint64 retriedRunId() const { return m_retriedRun; }
    // A line saying what is synced ("Retrying the 2 failed users of run 7: a, b").
    QString describe() const;

    // After the run: the keys that matched nobody (neither in the source's scope nor managed). Empty
    // when the run ended before it planned everyone (then it cannot tell).
    QStringList unknownKeys(QSqlDatabase db, const SyncReport &report) const;
    // Adds "only", "unknownKeys" and (when retrying) "retriedRunId" to a --json summary.
    void addToJson(QJsonObject *summary, const QStringList &unknown) const;

private:
    Mode m_mode = Mode::Everyone;
    QStringList m_keys; // in the order given (or sorted, for a retry)
    QSet<QString> m_managedBefore;
    qint64 m_retriedRun = 0;
};

} // namespace pd
