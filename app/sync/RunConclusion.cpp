#include "RunConclusion.h"

#include <QLocale>

namespace pd {

RunConclusion RunConclusion::of(const Facts &f)
{
    if (!f.storageError.isEmpty())
        return {RunOutcome::Failed, f.storageError};
    if (f.runStop) {
        const QString when = f.runStop->resumeAt.isValid()
            ? QLocale::c().toString(f.runStop->resumeAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
            : tr("later");
        return {RunOutcome::Failed,
            tr("Zoom's %1 stopped the run after %n change(s); nothing more was sent. Sync again after %2: "
               "the next run continues from here.",
                nullptr, f.succeeded)
                .arg(f.runStop->dailyLimit ? tr("daily request limit")
                                           : tr("rate limit (Retry-After too long)"),
                    when)};
    }
    if (f.cancelled)
        return {RunOutcome::Cancelled,
            tr("Stopped by request after %n change(s); the next sync continues from here.", nullptr,
                f.succeeded)};
    // One plural per count, so that every language can say each number properly.
    const QString applied = tr("%n change(s) applied", nullptr, f.succeeded);
    if (f.held > 0)
        return {RunOutcome::Held,
            tr("%1, %2; %3")
                .arg(applied, tr("%n failed", nullptr, f.failed),
                    tr("%n removal(s) held for approval.", nullptr, f.held))};
    if (f.failed > 0)
        return {RunOutcome::Partial,
            tr("%1; %2").arg(applied, tr("%n user(s) failed (see the log and history).", nullptr, f.failed))};
    return {RunOutcome::Succeeded, tr("%n change(s) applied.", nullptr, f.succeeded)};
}

} // namespace pd
