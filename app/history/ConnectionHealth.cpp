#include "ConnectionHealth.h"

#include "HistoryQuery.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace pd {

namespace {

QString when(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QDateTime endOf(const RunRecord &r)
{
    return r.finishedAt.isValid() ? r.finishedAt : r.startedAt;
}

// A run that got everything through except held removals counts as a success: the hold has its own check.
bool isSuccess(const RunRecord &r)
{
    return r.outcome == RunOutcome::Succeeded || (r.outcome == RunOutcome::Held && r.counts.failed() == 0);
}

QString timestamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

int ConnectionHealth::rank(HealthState s)
{
    switch (s) {
    case HealthState::Ok:
        return 0;
    case HealthState::Warning:
        return 1;
    case HealthState::Unknown:
        return 2;
    case HealthState::Critical:
        return 3;
    }
    return 2;
}

HealthState ConnectionHealth::worse(HealthState a, HealthState b)
{
    return rank(b) > rank(a) ? b : a;
}

QString ConnectionHealth::stateName(HealthState s)
{
    switch (s) {
    case HealthState::Ok:
        return QStringLiteral("OK");
    case HealthState::Warning:
        return QStringLiteral("WARNING");
    case HealthState::Critical:
        return QStringLiteral("CRITICAL");
    case HealthState::Unknown:
        return QStringLiteral("UNKNOWN");
    }
    return QStringLiteral("UNKNOWN");
}

ConnectionHealth::History ConnectionHealth::readHistory(QSqlDatabase db, const QUuid &connectionId)
{
    History h;
    if (!db.isOpen()) {
        h.error = tr("the database is not open");
        return h;
    }
    const HistoryQuery query(db);
    RunFilter recent;
    recent.connectionId = connectionId;
    recent.includeDryRuns = false;
    recent.limit = 200;
    h.recentRuns = query.runs(recent);
    if (!query.errorString().isEmpty()) {
        h.error = query.errorString();
        return h;
    }
    // The last success may be older than the recent runs: ask for it on its own.
    RunFilter successes = recent;
    successes.outcomes = {RunOutcome::Succeeded, RunOutcome::Held};
    successes.limit = 50;
    const QList<RunRecord> candidates = query.runs(successes);
    if (!query.errorString().isEmpty()) {
        h.error = query.errorString();
        return h;
    }
    const auto success = std::find_if(candidates.begin(), candidates.end(), isSuccess);
    if (success != candidates.end())
        h.lastSuccessAt = endOf(*success);
    return h;
}

void ConnectionHealth::add(HealthState s, const QString &code, const QString &message)
{
    findings.append({s, code, message});
    state = worse(state, s);
}

ConnectionHealth ConnectionHealth::evaluate(
    const Connection &c, const History &history, const SecretPresence &secret, const QDateTime &now)
{
    ConnectionHealth h;
    h.connectionId = c.id;
    h.connectionName = c.name;
    h.enabled = c.enabled;
    h.lastSuccessAt = history.lastSuccessAt;
    const auto finished = std::find_if(history.recentRuns.begin(), history.recentRuns.end(),
        [](const RunRecord &r) { return r.outcome != RunOutcome::Running; });
    if (finished != history.recentRuns.end())
        h.lastRun = *finished;
    if (!c.enabled)
        return h; // switched off on purpose: nothing to alert on

    if (c.validity != Validity::Valid)
        h.add(HealthState::Critical, QStringLiteral("invalid"),
            c.validity == Validity::Invalid
                ? tr("The connection is enabled but its last connection test failed: %1")
                      .arg(c.lastTestMessage.isEmpty() ? tr("no reason recorded") : c.lastTestMessage)
                : tr("The connection is enabled but has not passed a connection test."));
    if (secret.state == SecretPresence::State::Missing)
        h.add(HealthState::Critical, QStringLiteral("no-secret"),
            tr("No client secret is stored in the keychain: syncs cannot sign in. Edit the connection "
               "and enter the secret again."));
    else if (secret.state == SecretPresence::State::Unreadable)
        h.add(HealthState::Unknown, QStringLiteral("keychain-unreadable"),
            tr("The keychain could not be read: %1").arg(secret.message));

    if (!history.error.isEmpty()) {
        h.add(HealthState::Unknown, QStringLiteral("history-unreadable"),
            tr("The history could not be read: %1").arg(history.error));
        std::stable_sort(h.findings.begin(), h.findings.end(),
            [](const HealthFinding &a, const HealthFinding &b) { return rank(a.state) > rank(b.state); });
        return h;
    }

    if (h.lastRun) {
        const RunRecord &r = *h.lastRun;
        const QString run = tr("The last sync (run %1, %2)").arg(r.id).arg(when(r.startedAt));
        const QString why = r.message.isEmpty() ? QString() : QStringLiteral(": ") + r.message;
        if (r.outcome == RunOutcome::Failed)
            h.add(HealthState::Critical, QStringLiteral("last-run-failed"), tr("%1 failed%2").arg(run, why));
        else if (r.outcome == RunOutcome::Partial || (r.outcome == RunOutcome::Held && r.counts.failed() > 0))
            h.add(HealthState::Warning, QStringLiteral("last-run-partial"),
                tr("%1 partly failed: %n user(s) failed.", nullptr, r.counts.failed()).arg(run));
        else if (r.outcome == RunOutcome::Interrupted)
            h.add(HealthState::Warning, QStringLiteral("last-run-interrupted"),
                tr("%1 was interrupted before it finished; the next sync continues from there.").arg(run));
    }

    // Held since the oldest held run no later run got past (a failed or stopped run resolves nothing).
    QDateTime heldSince;
    qint64 heldRun = 0;
    for (const RunRecord &r : history.recentRuns) {
        if (r.outcome == RunOutcome::Succeeded || r.outcome == RunOutcome::Partial)
            break;
        if (r.outcome == RunOutcome::Held) {
            heldSince = endOf(r);
            heldRun = r.id;
        }
    }
    if (heldSince.isValid() && heldSince.secsTo(now) > qint64(heldWarningHours) * 3600)
        h.add(HealthState::Warning, QStringLiteral("removals-held"),
            tr("Removals have been held for approval since %1 (run %2), more than a day: review and approve "
               "them, or fix the source.")
                .arg(when(heldSince))
                .arg(heldRun));

    const int maxHours = c.alerts.maxHoursWithoutSuccess;
    if (maxHours > 0) {
        const QDateTime since = history.lastSuccessAt.isValid() ? history.lastSuccessAt : c.createdAt;
        if (since.isValid() && since.secsTo(now) > qint64(maxHours) * 3600) {
            const qint64 hours = since.secsTo(now) / 3600;
            h.add(HealthState::Critical, QStringLiteral("overdue"),
                history.lastSuccessAt.isValid()
                    ? tr("No successful sync for %1 hours (since %2; the limit is %3 hours).")
                          .arg(hours)
                          .arg(when(since))
                          .arg(maxHours)
                    : tr("No successful sync yet, %1 hours after the connection was created (the limit is "
                         "%2 hours).")
                          .arg(hours)
                          .arg(maxHours));
        }
    }
    std::stable_sort(h.findings.begin(), h.findings.end(),
        [](const HealthFinding &a, const HealthFinding &b) { return rank(a.state) > rank(b.state); });
    return h;
}

QStringList ConnectionHealth::sentences() const
{
    QStringList result;
    for (const HealthFinding &f : findings)
        result.append(f.message);
    if (!result.isEmpty())
        return result;
    if (!enabled)
        return {tr("Disabled: not checked.")};
    if (lastRun)
        return {tr("The last sync (run %1, %2) ended: %3.")
                    .arg(lastRun->id)
                    .arg(when(lastRun->startedAt), runOutcomeDisplayName(lastRun->outcome))};
    return {tr("Not synced yet.")};
}

QJsonObject ConnectionHealth::toJson() const
{
    QJsonArray list;
    for (const HealthFinding &f : findings)
        list.append(QJsonObject {{QStringLiteral("state"), stateName(f.state)},
            {QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}});
    QJsonObject last;
    if (lastRun)
        last = QJsonObject {{QStringLiteral("id"), lastRun->id},
            {QStringLiteral("outcome"), runOutcomeToString(lastRun->outcome)},
            {QStringLiteral("startedAt"), timestamp(lastRun->startedAt)},
            {QStringLiteral("finishedAt"), timestamp(lastRun->finishedAt)}};
    return QJsonObject {{QStringLiteral("id"), connectionId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), connectionName}, {QStringLiteral("enabled"), enabled},
        {QStringLiteral("state"), stateName(state)}, {QStringLiteral("exitCode"), int(state)},
        {QStringLiteral("lastRun"), lastRun ? QJsonValue(last) : QJsonValue()},
        {QStringLiteral("lastSuccessAt"),
            lastSuccessAt.isValid() ? QJsonValue(timestamp(lastSuccessAt)) : QJsonValue()},
        {QStringLiteral("findings"), list}, {QStringLiteral("summary"), sentences().join(QLatin1Char(' '))}};
}

} // namespace pd
