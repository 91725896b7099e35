#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// How long the history is kept. The default keeps everything: cloud IdPs forget after 7 to 30
// days, ProvisionDesk only when the admin asks. Pruning removes whole finished runs with their
// events; the per-user state behind the sync summary stays.
class HistoryRetention
{
public:
    explicit HistoryRetention(QSqlDatabase db);

    // 0 keeps everything.
    int keepDays() const;
    bool setKeepDays(int days);

    // Deletes the finished runs that started more than days ago, and their events. Returns the number
    // of runs deleted, or -1 (see errorString()).
    int pruneOlderThan(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // pruneOlderThan(keepDays()) when a policy is set; 0 otherwise.
    int applyPolicy();

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace pd
