#include "HistoryRetention.h"

#include "HistoryTypes.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pd {

namespace {
const QString keepDaysKey = QStringLiteral("retention_days");
}

HistoryRetention::HistoryRetention(QSqlDatabase db)
    : m_db(std::move(db))
{ }

int HistoryRetention::keepDays() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM history_settings WHERE key = ?"));
    q.addBindValue(keepDaysKey);
    if (!q.exec() || !q.next())
        return 0;
    return qMax(0, q.value(0).toInt());
}

bool HistoryRetention::setKeepDays(int days)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO history_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(keepDaysKey);
    q.addBindValue(QString::number(qMax(0, days)));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

int HistoryRetention::pruneOlderThan(int days, const QDateTime &now)
{
    if (days <= 0)
        return 0;
    const QString cutoff = historyTimestamp(now.addDays(-days));
    const QString where = QStringLiteral("started_at < ? AND outcome <> 'running'");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SAVEPOINT pd_prune"))) {
        m_error = q.lastError().text();
        return -1;
    }
    // Events go explicitly rather than through ON DELETE CASCADE, which needs foreign_keys=ON.
    q.prepare(QStringLiteral("DELETE FROM events WHERE run_id IN (SELECT id FROM runs WHERE %1)").arg(where));
    q.addBindValue(cutoff);
    bool ok = q.exec();
    int runs = 0;
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM runs WHERE %1").arg(where));
        q.addBindValue(cutoff);
        ok = q.exec();
        runs = q.numRowsAffected();
    }
    if (!ok) {
        m_error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK TO pd_prune"));
        q.exec(QStringLiteral("RELEASE pd_prune"));
        return -1;
    }
    if (!q.exec(QStringLiteral("RELEASE pd_prune"))) {
        m_error = q.lastError().text();
        return -1;
    }
    return runs;
}

int HistoryRetention::applyPolicy()
{
    return pruneOlderThan(keepDays());
}

} // namespace pd
