#include "ReliabilityChecks.h"

#include "HistoryQuery.h"
#include "SyncRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace pd::test::ReliabilityChecks {

namespace {

struct Row
{
    QString sourceKey;
    QString zoomId;
    QString userName;
    QString status;
};

QList<Row> managedRows(SyncFixture &f)
{
    QList<Row> rows;
    QSqlQuery q(f.database().handle());
    if (!q.exec(QStringLiteral("SELECT source_key, zoom_id, user_name, status FROM managed_users")))
        return rows;
    while (q.next())
        rows.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return rows;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString endedCleanly(const SyncReport &report)
{
    switch (report.outcome) {
    case RunOutcome::Succeeded:
    case RunOutcome::Partial:
        return {};
    case RunOutcome::Failed:
    case RunOutcome::Cancelled:
        if (report.message.trimmed().isEmpty())
            return QStringLiteral("the run stopped (%1) without a message")
                .arg(runOutcomeToString(report.outcome));
        if (report.runId <= 0)
            return QStringLiteral("the run stopped without a history record: %1").arg(report.message);
        return {};
    default:
        return QStringLiteral("the run ended %1: %2").arg(runOutcomeToString(report.outcome), report.message);
    }
}

QString stateMatchesZoom(
    SyncFixture &f, ScimTestServer &server, const QSet<QString> &preexisting, bool strict)
{
    QHash<QString, QJsonObject> byId;
    const QJsonArray all = server.users();
    for (const QJsonValue &v : all)
        byId.insert(str(v.toObject(), "id"), v.toObject());
    const QList<Row> rows = managedRows(f);
    QSet<QString> linkedIds;
    QSet<QString> pendingNames;
    QStringList problems;
    for (const Row &r : rows) {
        if (r.status == QLatin1String("pending-create")) {
            if (strict)
                problems << QStringLiteral("%1 is still pending-create").arg(r.sourceKey);
            pendingNames.insert(r.userName.toLower());
            continue;
        }
        if (r.status != QLatin1String("active") && r.status != QLatin1String("disabled"))
            continue;
        linkedIds.insert(r.zoomId);
        const auto it = byId.constFind(r.zoomId);
        if (it == byId.constEnd()) {
            problems << QStringLiteral("%1 (%2) points at Zoom id '%3', which Zoom does not have")
                            .arg(r.sourceKey, r.status, r.zoomId);
            continue;
        }
        const bool active = it->value(QLatin1String("active")).toBool(true);
        if (active != (r.status == QLatin1String("active")))
            problems << QStringLiteral("%1 is %2 here but active=%3 in Zoom")
                            .arg(r.sourceKey, r.status,
                                active ? QStringLiteral("true") : QStringLiteral("false"));
    }
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        if (preexisting.contains(it.key()) || linkedIds.contains(it.key()))
            continue;
        if (pendingNames.contains(str(*it, "userName").toLower()))
            continue; // a create whose answer was lost; the next run links it by userName
        problems << QStringLiteral("Zoom user %1 (%2) was created without a managed row")
                        .arg(str(*it, "userName"), it.key());
    }
    problems.sort();
    if (problems.size() > 5)
        problems = problems.mid(0, 5) << QStringLiteral("... %1 problems").arg(problems.size());
    return problems.join(QStringLiteral("; "));
}

QString historyTellsWhatHappened(SyncFixture &f, const SyncReport &report)
{
    if (report.runId <= 0)
        return QStringLiteral("the report has no run id");
    HistoryQuery history(f.database().handle());
    const std::optional<RunRecord> run = history.run(report.runId);
    if (!run)
        return QStringLiteral("run %1 is not in the history").arg(report.runId);
    if (run->outcome != report.outcome)
        return QStringLiteral("the history says %1, the report %2")
            .arg(runOutcomeToString(run->outcome), runOutcomeToString(report.outcome));
    if (!run->finishedAt.isValid())
        return QStringLiteral("the run has no finish time in the history");
    if ((run->outcome == RunOutcome::Failed || run->outcome == RunOutcome::Cancelled)
        && run->message.isEmpty())
        return QStringLiteral("the history has no message for a %1 run")
            .arg(runOutcomeToString(run->outcome));
    const QList<HistoryEvent> events = history.runEvents(report.runId, 0, 1000000);
    int failed = 0;
    for (const HistoryEvent &e : events) {
        if (e.result != HistoryResult::Failed)
            continue;
        ++failed;
        if (e.detail.trimmed().isEmpty())
            return QStringLiteral("a failed %1 of %2 has no detail")
                .arg(historyOperationToString(e.operation), e.userName);
    }
    const int counted = [&] {
        int n = 0;
        for (HistoryOperation op : allHistoryOperations())
            n += run->counts.count(op, HistoryResult::Failed);
        return n;
    }();
    if (counted != failed)
        return QStringLiteral("the run counts %1 failures, the events %2").arg(counted).arg(failed);
    return {};
}

QString onePerPersonWithRightAttributes(SyncFixture &f, ScimTestServer &server, const QList<Person> &people)
{
    const QHash<QString, QJsonObject> zoom = f.zoomUsers();
    QStringList problems;
    for (const Person &p : people) {
        const auto it = zoom.constFind(p.email.toLower());
        if (it == zoom.constEnd()) {
            problems << QStringLiteral("%1 has no Zoom account").arg(p.email);
            continue;
        }
        const QJsonObject name = it->value(QLatin1String("name")).toObject();
        if (str(name, "givenName") != p.first || str(name, "familyName") != p.last)
            problems << QStringLiteral("%1 is named '%2 %3' in Zoom")
                            .arg(p.email, str(name, "givenName"), str(name, "familyName"));
        if (str(*it, "title") != p.title)
            problems << QStringLiteral("%1 has title '%2' in Zoom").arg(p.email, str(*it, "title"));
        const bool wantActive = p.status != QLatin1String("Disabled");
        if (it->value(QLatin1String("active")).toBool(true) != wantActive)
            problems << QStringLiteral("%1 has the wrong active flag in Zoom").arg(p.email);
    }
    // Zoom keeps userNames unique; counted over the raw list all the same, so a duplicate would show.
    QSet<QString> names;
    for (const Person &p : people)
        names.insert(p.email.toLower());
    int accounts = 0;
    const QJsonArray all = server.users();
    for (const QJsonValue &v : all)
        accounts += names.contains(str(v.toObject(), "userName").toLower()) ? 1 : 0;
    if (accounts != names.size())
        problems << QStringLiteral("%1 accounts for %2 people").arg(accounts).arg(names.size());
    if (problems.size() > 5)
        problems = problems.mid(0, 5) << QStringLiteral("... %1 problems").arg(problems.size());
    return problems.join(QStringLiteral("; "));
}

QString summary(const SyncReport &report)
{
    QString s = runOutcomeToString(report.outcome);
    const QByteArray counts = QJsonDocument(report.counts.toJson()).toJson(QJsonDocument::Compact);
    s += QLatin1Char(' ') + QString::fromUtf8(counts);
    if (!report.message.isEmpty())
        s += QStringLiteral(" \"%1\"").arg(report.message.left(160));
    return s;
}

SyncReport runCapturingLog(const SyncRequest &request, QStringList *log, int timeoutMs)
{
    SyncRunner runner;
    std::optional<SyncReport> report;
    QObject::connect(&runner, &SyncRunner::finished, &runner, [&](const SyncReport &r) { report = r; });
    QObject::connect(&runner, &SyncRunner::logLines, &runner, [log](const QList<SyncLogLine> &lines) {
        for (const SyncLogLine &l : lines)
            log->append(SyncLogLine::levelName(l.level) + QLatin1Char(' ') + l.text);
    });
    runner.start(request, QStringLiteral("reliability"));
    if (!QTest::qWaitFor([&] { return report.has_value(); }, timeoutMs)) {
        SyncReport timedOut;
        timedOut.outcome = RunOutcome::Running;
        timedOut.message = QStringLiteral("the sync did not finish in time");
        return timedOut;
    }
    return *report;
}

QSet<QString> zoomIds(ScimTestServer &server)
{
    QSet<QString> ids;
    const QJsonArray all = server.users();
    for (const QJsonValue &v : all)
        ids.insert(str(v.toObject(), "id"));
    return ids;
}

} // namespace pd::test::ReliabilityChecks
