#include "HistoryStyle.h"

#include "Style.h"

namespace pd {

QColor HistoryStyle::created()
{
    return Style::isDark() ? QColor(0x81, 0xC9, 0x95) : QColor(0x2e, 0x7d, 0x32);
}

QColor HistoryStyle::updated()
{
    return Style::isDark() ? QColor(0x8A, 0xB4, 0xF8) : QColor(0x15, 0x65, 0xc0);
}

QColor HistoryStyle::removed()
{
    return Style::isDark() ? QColor(0xFC, 0xAD, 0x70) : QColor(0xef, 0x6c, 0x00);
}

QColor HistoryStyle::failed()
{
    return Style::isDark() ? QColor(0xF2, 0x8B, 0x82) : QColor(0xc6, 0x28, 0x28);
}

QColor HistoryStyle::muted()
{
    return Style::isDark() ? QColor(0xB4, 0xB8, 0xBE) : QColor(0x61, 0x61, 0x61);
}

QColor HistoryStyle::outcomeColor(RunOutcome o)
{
    switch (o) {
    case RunOutcome::Failed:
    case RunOutcome::Interrupted:
        return failed();
    case RunOutcome::Partial:
    case RunOutcome::Held:
        return removed();
    case RunOutcome::Cancelled:
        return muted();
    case RunOutcome::Running:
        return updated();
    case RunOutcome::Succeeded:
        break;
    }
    return created();
}

QColor HistoryStyle::resultColor(HistoryResult r)
{
    switch (r) {
    case HistoryResult::Failed:
        return failed();
    case HistoryResult::Held:
        return removed();
    case HistoryResult::Skipped:
    case HistoryResult::Planned:
        return muted();
    case HistoryResult::Success:
        break;
    }
    return {};
}

QString HistoryStyle::dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString HistoryStyle::duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace pd
