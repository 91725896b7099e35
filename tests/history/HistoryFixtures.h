#pragma once

#include "HistoryEvent.h"
#include "RunRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QUuid>
#include <utility>

namespace pd::test {

HistoryEvent event(const QString &sourceKey, const QString &userName, HistoryOperation op,
    HistoryResult result, int httpStatus = 0, const QString &detail = {},
    const QList<AttributeChange> &changes = {}, const QDateTime &at = {});
RunRecord run(const QUuid &connectionId, const QString &connectionName, RunTrigger trigger = RunTrigger::Gui,
    bool dryRun = false, bool fullResync = false, const QDateTime &startedAt = {});

// Realistic generated history (screenshots, GUI tests): a few connections synced on a schedule for
// weeks, with a first full sync, daily changes, failures Zoom really returns, a held removal, a failed
// and a cancelled run, and dry runs. Deterministic for a given seed.
class DemoHistory
{
public:
    struct Options
    {
        int users = 300;
        int days = 30;
        QDateTime end = QDateTime::currentDateTimeUtc();
        quint32 seed = 7;
    };

    static QList<std::pair<QUuid, QString>> connections();
    static QString userName(int i);
    static QString sourceKey(int i);
    // Returns the number of runs written.
    static int generate(QSqlDatabase db, const Options &options);
};

} // namespace pd::test
