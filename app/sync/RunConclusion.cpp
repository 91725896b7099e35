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
            tr("Zoom's %1 stopped the run after %2 change(s); nothing more was sent. Sync again after %3: "
               "the "
               "next run continues from here.")
                .arg(f.runStop->dailyLimit ? tr("daily request limit")
                                           : tr("rate limit (Retry-After too long)"))
                .arg(f.succeeded)
                .arg(when)};
    }
    if (f.cancelled)
        return {RunOutcome::Cancelled,
            tr("Stopped by request after %n change(s); the next sync continues from here.", nullptr,
                f.succeeded)};
    if (f.held > 0)
        return {RunOutcome::Held,
            tr("%1 changes applied, %2 failed; %3 removals are held for approval.")
                .arg(f.succeeded)
                .arg(f.failed)
                .arg(f.held)};
    if (f.failed > 0)
        return {RunOutcome::Partial,
            tr("%1 changes applied; %2 users failed (see the log and history).")
                .arg(f.succeeded)
                .arg(f.failed)};
    return {RunOutcome::Succeeded, tr("%n change(s) applied.", nullptr, f.succeeded)};
}

} // namespace pd
