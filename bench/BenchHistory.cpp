// bench_history [--events N] [--users U] [--order source|random] [--dir DIR]
// Records N events (default 1,000,000) through HistoryRecorder, as sync runs of 10,000 events over
// three connections and U users (default 50,000), then times the per-user timeline and the run-detail
// queries the History window and the CLI make. Prints the insert rate and p50/p95 per query.
// --order source (default) visits each run's users in source order, as the sync engine does;
// --order random draws every event's user at random, the worst case for the indexes.
#include "Database.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <numeric>

using namespace pd;

namespace {

QTextStream out(stdout);

QString userName(int i)
{
    return QStringLiteral("user.%1@example.com").arg(i);
}

struct Timing
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Timing measure(int times, const std::function<void(int)> &query)
{
    QList<double> ms;
    ms.reserve(times);
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        query(i);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {
        ms.at(ms.size() / 2), ms.at(qMin<qsizetype>(ms.size() - 1, (ms.size() * 95) / 100)), ms.constLast()};
}

void print(const QString &what, const Timing &t, double rows)
{
    out << QStringLiteral("%1  p50 %2 ms  p95 %3 ms  max %4 ms  (%5 rows on average)")
               .arg(what.leftJustified(34))
               .arg(t.p50, 0, 'f', 3)
               .arg(t.p95, 0, 'f', 3)
               .arg(t.max, 0, 'f', 3)
               .arg(rows, 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("events"), QStringLiteral("Events to record."), QStringLiteral("N"),
                           QStringLiteral("1000000")},
        {QStringLiteral("users"), QStringLiteral("Distinct users."), QStringLiteral("U"),
            QStringLiteral("50000")},
        {QStringLiteral("order"), QStringLiteral("A run's users in source or random order."),
            QStringLiteral("ORDER"), QStringLiteral("source")},
        {QStringLiteral("dir"), QStringLiteral("Data dir (default: a temporary one)."),
            QStringLiteral("DIR")}});
    parser.process(app);
    const int total = parser.value(QStringLiteral("events")).toInt();
    const int users = parser.value(QStringLiteral("users")).toInt();
    const bool sourceOrder = parser.value(QStringLiteral("order")) != QLatin1String("random");
    constexpr int perRun = 10000;

    QTemporaryDir temp;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    Database db(dir);
    if (!db.open()) {
        out << db.errorString() << Qt::endl;
        return 1;
    }
    const QList<QUuid> connections {QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid()};
    QRandomGenerator random(42);
    QList<qint64> runIds;
    QList<int> pool(users);
    std::iota(pool.begin(), pool.end(), 0);
    const QList<HistoryOperation> ops {HistoryOperation::Update, HistoryOperation::Update,
        HistoryOperation::Update, HistoryOperation::Create, HistoryOperation::Disable,
        HistoryOperation::Reactivate, HistoryOperation::RemoveDisable, HistoryOperation::Skip};

    out << QStringLiteral("Recording %1 events (%2 per run, %3 users, %4 order) in %5")
               .arg(total)
               .arg(perRun)
               .arg(users)
               .arg(sourceOrder ? QStringLiteral("source") : QStringLiteral("random"), dir)
        << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    {
        HistoryRecorder rec(db.handle()); // default flush policy: every 200 events or 1 s
        for (int done = 0; done < total;) {
            RunRecord run;
            run.connectionId = connections.at(runIds.size() % connections.size());
            run.connectionName = QStringLiteral("Connection %1").arg(runIds.size() % connections.size());
            run.trigger = RunTrigger::Cli;
            runIds.append(rec.startRun(run));
            // Which users this run touches (each once), in the order it reaches them.
            const int count = qMin(qMin(perRun, users), total - done);
            for (int i = 0; i < count; ++i)
                std::swap(pool[i], pool[i + int(random.bounded(quint32(users - i)))]);
            QList<int> touched = pool.mid(0, count);
            if (sourceOrder)
                std::sort(touched.begin(), touched.end());
            for (const int u : std::as_const(touched)) {
                ++done;
                HistoryEvent e;
                e.sourceKey = QStringLiteral("S%1").arg(u);
                e.userName = userName(u);
                e.operation = ops.at(int(random.bounded(quint32(ops.size()))));
                e.result = e.operation == HistoryOperation::Skip ? HistoryResult::Skipped
                    : random.bounded(50) == 0                    ? HistoryResult::Failed
                                                                 : HistoryResult::Success;
                e.httpStatus = e.result == HistoryResult::Failed ? 429
                    : e.result == HistoryResult::Success         ? 200
                                                                 : 0;
                if (e.result == HistoryResult::Failed)
                    e.detail = QStringLiteral(
                        "Zoom: Too many requests (429) after 5 tries; the next sync retries.");
                if (e.operation == HistoryOperation::Update)
                    e.changes = {
                        {QStringLiteral("title"), QStringLiteral("Engineer"), QStringLiteral("Lead")},
                        {QStringLiteral("department"), QStringLiteral("R&D"), QStringLiteral("Platform")}};
                rec.recordEvent(e);
                rec.countRequest(QStringLiteral("PUT"));
            }
            if (!rec.finishRun(RunOutcome::Succeeded)) {
                out << rec.errorString() << Qt::endl;
                return 1;
            }
        }
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    out << QStringLiteral("Inserted %1 events in %2 s: %3 events/s; database %4 MB")
               .arg(total)
               .arg(seconds, 0, 'f', 1)
               .arg(qRound(total / seconds))
               .arg(QFileInfo(db.filePath()).size() / 1048576)
        << Qt::endl;

    {
        const HistoryQuery query(db.handle());
        out << QStringLiteral("Timeline plan:") << Qt::endl;
        for (const QString &line : query.timelinePlan(userName(1)))
            out << QStringLiteral("  ") << line << Qt::endl;
        const int samples = 500;
        // Each check counts the rows it got, so a query that silently returns nothing shows.
        auto run = [&](const QString &what, int times, const std::function<qsizetype(int)> &check) {
            qsizetype rows = 0;
            const Timing t = measure(times, [&](int i) { rows += check(i); });
            print(what, t, double(rows) / times);
        };
        auto anyUser = [&] { return int(random.bounded(quint32(users))); };
        auto anyRun = [&] { return runIds.at(int(random.bounded(quint32(runIds.size())))); };
        run(QStringLiteral("per-user timeline (userName)"), samples,
            [&](int) { return query.userTimeline(userName(anyUser()).toUpper(), 100).size(); });
        run(QStringLiteral("per-user timeline (source key)"), samples,
            [&](int) { return query.userTimeline(QStringLiteral("S%1").arg(anyUser()), 100).size(); });
        run(QStringLiteral("per-user timeline count"), samples,
            [&](int) { return qsizetype(query.countUserTimeline(userName(anyUser()))); });
        run(QStringLiteral("run detail, first page (500)"), samples,
            [&](int) { return query.runEvents(anyRun(), 0, 500).size(); });
        run(QStringLiteral("run detail, a deep page (500)"), samples, [&](int) {
            const qint64 id = anyRun();
            const QList<HistoryEvent> first = query.runEvents(id, 0, 1);
            const qint64 after = first.isEmpty() ? 0 : first.constFirst().id + random.bounded(perRun - 500);
            return query.runEvents(id, after, 500).size();
        });
        run(QStringLiteral("run detail, failures only (500)"), samples,
            [&](int) { return query.runEvents(anyRun(), 0, 500, HistoryResult::Failed).size(); });
        run(QStringLiteral("run detail, event count"), samples,
            [&](int) { return qsizetype(query.countRunEvents(anyRun())); });
        run(QStringLiteral("runs list, first page (100)"), 100, [&](int) { return query.runs({}).size(); });
        run(QStringLiteral("connection sync summary (impacted)"), 100, [&](int i) {
            return qsizetype(query.summary(connections.at(i % connections.size())).impacted());
        });
    }
    db.close();
    return 0;
}
