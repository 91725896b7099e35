#include "HistoryStyle.h"

namespace pd {

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
