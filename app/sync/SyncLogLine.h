#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pd {

// One line of the live log. Never holds a secret: the SCIM client redacts before it logs.
struct SyncLogLine
{
    enum class Level { Debug, Info, Warning, Error };
    QDateTime at;
    Level level = Level::Info;
    QString text;

    static QString levelName(Level level);
};

// Where a run is, for the progress bar.
struct SyncProgress
{
    enum class Phase { Starting, ReadingSource, ListingZoom, Planning, Applying, Finishing };
    Phase phase = Phase::Starting;
    qint64 done = 0;
    qint64 total = -1; // -1: unknown
    double requestsPerSecond = 0;
    qint64 etaSeconds = -1;

    static QString phaseName(Phase phase);
};

} // namespace pd

Q_DECLARE_METATYPE(pd::SyncLogLine)
Q_DECLARE_METATYPE(pd::SyncProgress)
