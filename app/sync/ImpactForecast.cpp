#include "ImpactForecast.h"

#include "DesiredUsers.h"

#include "Database.h"
#include "ManagedUserStore.h"
#include "OutboundRule.h"
#include "RuleEvaluator.h"
#include "SyncPlanner.h"
#include "ZoomUserMapper.h"

#include <QJsonArray>
#include <QThread>
#include <algorithm>
#include <memory>

namespace pd {

namespace {

struct SourceRead
{
    bool ok = false;
    QString error;
    QList<DesiredUser> desired;
    bool complete = true;
};

// The rule's users, as SyncWorker::readSource makes them for the planner.
SourceRead readDesired(const Connection &connection, const QString &password)
{
    SourceRead out;
    OutboundRule rule;
    if (const QList<FieldProblem> problems = OutboundRule::usableFrom(connection, &rule);
        !problems.isEmpty()) {
        out.error = ImpactForecast::tr("The outbound rule cannot be used: %1")
                        .arg(OutboundRule::describe(problems));
        return out;
    }
    const RuleEvaluator evaluator(rule);
    auto source = rule.createSource(password);
    RuleRunResult result = evaluator.run(*source);
    if (!result.ok()) {
        const SourceError &e = result.read.error;
        out.error = ImpactForecast::tr("The source could not be read: %1 %2").arg(e.summary, e.fix);
        return out;
    }
    out.complete = result.read.problems.isEmpty();
    if (!DesiredUsers::take(result, &out.desired))
        out.complete = false;
    out.ok = true;
    return out;
}

// Write operations by source key, as a sync of connection would plan them now.
QHash<QString, PlannedOperation> planned(
    const Connection &connection, const SourceRead &read, const QHash<QString, ManagedUser> &managed)
{
    SyncPlanner::Input in;
    in.desired = read.desired;
    in.managed = managed;
    in.actions = connection.actions;
    in.guard = connection.removalGuard;
    in.sourceComplete = read.complete;
    in.createBodyOf
        = [](const DesiredUser &d) { return ZoomUserMapper::createBodyFromCanonical(d.canonical); };
    in.updateBodyOf
        = [](const DesiredUser &d) { return ZoomUserMapper::updateBodyFromCanonical(d.canonical); };
    QHash<QString, PlannedOperation> byKey;
    const SyncPlan plan = SyncPlanner::plan(in);
    for (const PlannedOperation &op : plan.operations) {
        if (op.isWrite())
            byKey.insert(op.sourceKey, op);
    }
    return byKey;
}

bool same(const PlannedOperation &a, const PlannedOperation &b)
{
    return a.kind == b.kind && a.held == b.held && a.body == b.body && a.setActive == b.setActive;
}

// Sentence groups: what the admin reads ("disable" covers the Remove Action Disable too).
QString group(const QString &kind)
{
    if (kind == QLatin1String("adopt"))
        return QStringLiteral("create");
    if (kind == QLatin1String("reactivate"))
        return QStringLiteral("update");
    if (kind == QLatin1String("remove-disable"))
        return QStringLiteral("disable");
    if (kind == QLatin1String("remove-delete"))
        return QStringLiteral("remove");
    return kind;
}

} // namespace

bool ImpactForecast::mayChangePlan(const Connection &before, const Connection &after)
{
    if (before.rule.isEmpty() && after.rule.isEmpty())
        return false; // no rule, no sync: nobody is provisioned either way
    return before.rule != after.rule || !(before.actions == after.actions)
        || !(before.removalGuard == after.removalGuard);
}

ImpactForecast::Result ImpactForecast::compute(const Input &input, QSqlDatabase db)
{
    Result result;
    const ManagedUserStore store(db, input.before.id);
    const auto managed = store.loadAll();
    if (!managed) {
        result.error = tr("Cannot read which users this connection manages: %1").arg(store.errorString());
        return result;
    }
    // A connection without a rule syncs nobody: nothing happens before (or after) the edit.
    QHash<QString, PlannedOperation> before, after;
    SourceRead readAfter;
    if (!input.after.rule.isEmpty()) {
        readAfter = readDesired(input.after, input.passwordAfter);
        if (!readAfter.ok) {
            result.error = readAfter.error;
            return result;
        }
        after = planned(input.after, readAfter, *managed);
    }
    if (!input.before.rule.isEmpty()) {
        // Same rule and password: the source says the same, read it once.
        const bool reuse = !input.after.rule.isEmpty() && input.before.rule == input.after.rule
            && input.passwordBefore == input.passwordAfter;
        const SourceRead readBefore = reuse ? readAfter : readDesired(input.before, input.passwordBefore);
        // An old rule that cannot be read any more: compare with "nothing planned".
        if (readBefore.ok)
            before = planned(input.before, readBefore, *managed);
    }

    QSet<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const auto b = before.constFind(key);
        const auto a = after.constFind(key);
        const bool hasB = b != before.cend(), hasA = a != after.cend();
        if (hasB && hasA && same(*b, *a))
            continue;
        Change c;
        c.sourceKey = key;
        c.userName = hasA ? a->userName : b->userName;
        c.kind = hasA ? PlannedOperation::kindToString(a->kind) : QString();
        c.was = hasB ? PlannedOperation::kindToString(b->kind) : QString();
        c.held = hasA && a->held;
        result.changes.append(c);
    }
    std::sort(result.changes.begin(), result.changes.end(), [](const Change &x, const Change &y) {
        const int byName = x.userName.compare(y.userName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : x.sourceKey < y.sourceKey;
    });
    result.ok = true;
    return result;
}

void ImpactForecast::start(
    QObject *context, const Input &input, const QString &dataDir, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, input, dataDir] {
        Database database(dataDir);
        if (!database.open()) {
            result->error = database.errorString();
            return;
        }
        *result = compute(input, database.handle());
        database.close();
    });
    thread->setObjectName(QStringLiteral("impact-forecast"));
    QObject::connect(
        thread, &QThread::finished, context, [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QMap<QString, int> ImpactForecast::Result::counts() const
{
    QMap<QString, int> c;
    for (const Change &change : changes) {
        if (!change.kind.isEmpty())
            ++c[change.kind];
    }
    return c;
}

QMap<QString, int> ImpactForecast::Result::noLonger() const
{
    QMap<QString, int> c;
    for (const Change &change : changes) {
        if (!change.was.isEmpty() && change.was != change.kind)
            ++c[change.was];
    }
    return c;
}

QString ImpactForecast::Result::summary() const
{
    QMap<QString, int> groups;
    const QMap<QString, int> now = counts();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        groups[group(it.key())] += it.value();
    QString text = tr("This edit would create %1, update %2, disable %3, remove %4.")
                       .arg(groups.value(QStringLiteral("create")))
                       .arg(groups.value(QStringLiteral("update")))
                       .arg(groups.value(QStringLiteral("disable")))
                       .arg(groups.value(QStringLiteral("remove")));
    const QMap<QString, int> gone = noLonger();
    QStringList parts;
    for (auto it = gone.cbegin(); it != gone.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    if (!parts.isEmpty())
        text += QLatin1Char(' ') + tr("No longer planned: %1.").arg(parts.join(QStringLiteral(", ")));
    int held = 0;
    for (const Change &c : changes)
        held += c.held ? 1 : 0;
    if (held > 0)
        text += QLatin1Char(' ') + tr("The removal guard would hold %n of them for approval.", nullptr, held);
    return text;
}

QJsonObject ImpactForecast::Result::toJson() const
{
    QJsonObject countsJson, noLongerJson;
    const QMap<QString, int> now = counts();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        countsJson.insert(it.key(), it.value());
    const QMap<QString, int> gone = noLonger();
    for (auto it = gone.cbegin(); it != gone.cend(); ++it)
        noLongerJson.insert(it.key(), it.value());
    QJsonArray people;
    for (const Change &c : changes)
        people.append(QJsonObject {{QStringLiteral("sourceKey"), c.sourceKey},
            {QStringLiteral("userName"), c.userName}, {QStringLiteral("operation"), c.kind},
            {QStringLiteral("was"), c.was}, {QStringLiteral("held"), c.held}});
    QJsonObject json {{QStringLiteral("ok"), ok}, {QStringLiteral("changes"), int(changes.size())},
        {QStringLiteral("counts"), countsJson}, {QStringLiteral("noLonger"), noLongerJson},
        {QStringLiteral("people"), people}, {QStringLiteral("summary"), ok ? summary() : QString()}};
    if (!ok)
        json.insert(QStringLiteral("error"), error);
    return json;
}

} // namespace pd
