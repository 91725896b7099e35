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
    // Lighter tones in a dark palette, so text in these colours stays readable (WCAG AA).
    static QColor created();
    static QColor updated();
    static QColor removed();
    static QColor failed();
    static QColor muted();

    // Text colour for an outcome or a result; invalid (the palette's) when it needs no emphasis.
    static QColor outcomeColor(RunOutcome o);
    static QColor resultColor(HistoryResult r);

    static QString dateTime(const QDateTime &t); // local, "2026-05-01 10:00:03"
    static QString duration(qint64 ms); // "3 min 12 s", "-" when unknown
};

} // namespace pd
