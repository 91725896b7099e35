#pragma once

#include "HistoryTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pd {

// How the history reads and looks in the UI: one place for colours, times and durations, so the
// window, the chart and the summary widget agree.
class HistoryStyle
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStyle)
public:
    // Series colours of the chart and the summary: created/success, updated, removed, failed, ...
    static QColor created() { return QColor(0x2e, 0x7d, 0x32); }
    static QColor updated() { return QColor(0x15, 0x65, 0xc0); }
    static QColor removed() { return QColor(0xef, 0x6c, 0x00); }
    static QColor failed() { return QColor(0xc6, 0x28, 0x28); }
    static QColor muted() { return QColor(0x61, 0x61, 0x61); }

    // Text colour for an outcome or a result; invalid (the palette's) when it needs no emphasis.
    static QColor outcomeColor(RunOutcome o);
    static QColor resultColor(HistoryResult r);

    static QString dateTime(const QDateTime &t); // local, "2026-05-01 10:00:03"
    static QString duration(qint64 ms); // "3 min 12 s", "-" when unknown
};

} // namespace pd
