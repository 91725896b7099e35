// bench_history [--events N] [--users U] [--dir DIR]
// Generates N history events (default 1,000,000) into a fresh database (the real schema, through
// Database/Migrations, written by HistoryRecorder) shaped like a year of scheduled syncs: three
// connections, a first sync of each, then many incremental runs (log-uniform sizes, a few hot users
// changed again and again), some dry runs and full resyncs, typical details and attribute changes.
// One user Zoom refuses is in every run, and connection 1 also runs every 15 minutes in between with
// nothing else to do: that user gets 3.5 % of the events (~35,000 of 1,000,000, a year of 15-minute
// runs), the busiest timeline a year of history can hold.
// Then times what the History window runs, through HistoryQuery:
//  - a user's timeline: the first page (EventsModel::pageSize) plus the count, for random users and
//    for the user with the most events;
//  - the run list: the first page (RunsModel::pageSize) plus the count.
// Each cold (a fresh SQLite connection: empty page cache; the OS file cache stays warm) and warm
// (best of a few on one connection). stdout: one markdown row per figure; the rest goes to stderr,
// with EXPLAIN QUERY PLAN of every statement.
#include "Database.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace pd;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr int timelinePage = 500; // EventsModel::pageSize
constexpr int runsPage = 100; // RunsModel::pageSize
constexpr double goalMs = 50;

QString userName(int i)
{
    return QStringLiteral("user.%1@example.com").arg(i);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin<qsizetype>(v.size() - 1, qsizetype(std::ceil(p * double(v.size())) - 1)));
}

// The best of `tries` runs of query (warm: the first run loads the pages).
double bestOf(int tries, const std::function<void()> &query)
{
    double best = 1e9;
    for (int i = 0; i < tries; ++i) {
        QElapsedTimer t;
        t.start();
        query();
        best = qMin(best, msSince(t));
    }
    return best;
}

void row(const QString &figure, const QString &measured, double worstMs, const QString &why)
{
    out << QStringLiteral("| %1 | %2 | ≤ 50 ms | %3 |")
               .arg(figure, measured,
                   worstMs <= goalMs ? QStringLiteral("met") : QStringLiteral("NOT met: %1").arg(why))
        << Qt::endl;
}

// The run ids (empty on failure) and how many events each user got.
struct Generated
{
    QList<qint64> runIds;
    QHash<int, int> eventsPerUser;
};

Generated generate(Database &db, int total, int users)
{
    Generated g;
    QRandomGenerator random(42);
    const QList<QUuid> connections {
        QUuid::fromString(QStringLiteral("{6c1a1f5e-0000-4000-8000-000000000001}")),
        QUuid::fromString(QStringLiteral("{6c1a1f5e-0000-4000-8000-000000000002}")),
        QUuid::fromString(QStringLiteral("{6c1a1f5e-0000-4000-8000-000000000003}"))};
    const QStringList names {QStringLiteral("Zoom — Sales (CSV)"),
        QStringLiteral("Zoom — Engineering (LDAP)"), QStringLiteral("Zoom — Contractors (AD)")};
    const QStringList attributes {QStringLiteral("title"), QStringLiteral("department"),
        QStringLiteral("phoneNumber"), QStringLiteral("manager"), QStringLiteral("location")};
    const QStringList skips {QStringLiteral("Missing email address in the source; skipped."),
        QStringLiteral("Outside the rule's filter (department = Sales)."),
        QStringLiteral("Already in sync.")};
    const QStringList failures {
        QStringLiteral("Zoom: Too many requests (429) after 5 tries; the next sync retries."),
        QStringLiteral("Zoom: 409 Conflict — the email is used by another Zoom account."),
        QStringLiteral("Zoom: 400 Bad Request — invalid phone number format.")};
    // Each connection syncs its own third of the users; the first 1% of each third are "hot".
    const int perConnection = qMax(1, users / int(connections.size()));
    const int hot = qMax(1, perConnection / 100);
    QDateTime now = QDateTime::currentDateTimeUtc().addDays(-400);
    const int stuckShare = qMax(1, total / 1000 * 35); // the stuck user's events (35,000 of 1,000,000)

    HistoryRecorder rec(db.handle());
    rec.setFlushPolicy({2000, 60000}); // the bench writes as fast as it can; the schema is the app's
    int done = 0;
    for (int runNo = 0; done < total; ++runNo) {
        const int c = runNo < 3 ? runNo : int(random.bounded(3));
        const int first = c * perConnection;
        const double kind = random.generateDouble();
        const bool initial = runNo < 3;
        const bool full = !initial && kind < 0.03;
        const bool dry = !initial && !full && kind < 0.13;
        int size
            = initial || full ? perConnection : int(10 * std::exp(random.generateDouble() * 6)); // 10..4,000
        size = qMin(qMin(size, perConnection), total - done);
        RunRecord run;
        run.connectionId = connections.at(c);
        run.connectionName = names.at(c);
        run.trigger = random.bounded(4) == 0 ? RunTrigger::Gui : RunTrigger::Cli;
        run.dryRun = dry;
        run.fullResync = full;
        now = now.addSecs(900 * (1 + random.bounded(4)));
        run.startedAt = now;
        const qint64 id = rec.startRun(run);
        if (id == 0) {
            err << rec.errorString() << Qt::endl;
            return {};
        }
        g.runIds.append(id);
        QSet<int> seen;
        QList<int> touched;
        if (initial || full) {
            for (int i = 0; i < size; ++i)
                touched << first + i;
        } else {
            while (touched.size() < size) {
                const int u = first
                    + (random.bounded(10) < 3 ? int(random.bounded(hot))
                                              : int(random.bounded(perConnection)));
                if (!seen.contains(u)) {
                    seen.insert(u);
                    touched << u;
                }
            }
            std::sort(touched.begin(), touched.end()); // the engine walks the source in order
        }
        // One user Zoom refuses every time (an email taken by another account) is in every run of
        // every connection: the longest timeline there is.
        if (touched.size() < total - done)
            touched << users;
        for (int i = 0; i < touched.size(); ++i) {
            const int u = touched.at(i);
            HistoryEvent e;
            e.at = now.addMSecs(qint64(i) * 12);
            e.sourceKey = QStringLiteral("S%1").arg(u, 7, 10, QLatin1Char('0'));
            e.userName = userName(u);
            const int pick = int(random.bounded(100));
            e.operation = initial ? HistoryOperation::Create
                : full            ? (pick < 90 ? HistoryOperation::Skip : HistoryOperation::Update)
                : pick < 70       ? HistoryOperation::Update
                : pick < 80       ? HistoryOperation::Create
                : pick < 88       ? HistoryOperation::Disable
                : pick < 92       ? HistoryOperation::Reactivate
                : pick < 95       ? HistoryOperation::RemoveDisable
                                  : HistoryOperation::Skip;
            const bool stuck = u == users;
            if (stuck)
                e.operation = HistoryOperation::Create;
            const bool failed = stuck || (e.operation != HistoryOperation::Skip && random.bounded(50) == 0);
            e.result = dry                              ? HistoryResult::Planned
                : e.operation == HistoryOperation::Skip ? HistoryResult::Skipped
                : failed                                ? HistoryResult::Failed
                                                        : HistoryResult::Success;
            e.httpStatus = e.result == HistoryResult::Failed ? (stuck ? 409 : 429)
                : e.result == HistoryResult::Success ? (e.operation == HistoryOperation::Create ? 201 : 200)
                                                     : 0;
            if (e.result == HistoryResult::Failed)
                e.detail = failures.at(stuck ? 1 : int(random.bounded(failures.size())));
            else if (e.operation == HistoryOperation::Skip)
                e.detail = skips.at(int(random.bounded(skips.size())));
            if (e.operation == HistoryOperation::Update) {
                const int n = 1 + int(random.bounded(3));
                for (int a = 0; a < n; ++a)
                    e.changes.append({attributes.at(int(random.bounded(attributes.size()))),
                        QStringLiteral("Engineer %1").arg(random.bounded(100)),
                        QStringLiteral("Lead %1").arg(random.bounded(100))});
            }
            rec.recordEvent(e);
            if (e.httpStatus > 0)
                rec.countRequest(e.operation == HistoryOperation::Create ? QStringLiteral("POST")
                                                                         : QStringLiteral("PATCH"));
            ++g.eventsPerUser[u];
        }
        done += int(touched.size());
        if (!rec.finishRun(RunOutcome::Succeeded, {}, now.addMSecs(qint64(touched.size()) * 12 + 500))) {
            err << rec.errorString() << Qt::endl;
            return {};
        }
        if (runNo % 200 == 0)
            err << QStringLiteral("  %1 events in %2 runs").arg(done).arg(g.runIds.size()) << Qt::endl;
        // The 15-minute runs of connection 1 since the last one, each failing only the stuck user.
        const double share = double(stuckShare) / double(total);
        while (done < total && g.eventsPerUser.value(users) < share * double(done + 1)) {
            RunRecord quiet;
            quiet.connectionId = connections.at(0);
            quiet.connectionName = names.at(0);
            quiet.trigger = RunTrigger::Cli;
            now = now.addSecs(900);
            quiet.startedAt = now;
            const qint64 quietId = rec.startRun(quiet);
            if (quietId == 0) {
                err << rec.errorString() << Qt::endl;
                return {};
            }
            g.runIds.append(quietId);
            HistoryEvent e;
            e.at = now.addMSecs(40);
            e.sourceKey = QStringLiteral("S%1").arg(users, 7, 10, QLatin1Char('0'));
            e.userName = userName(users);
            e.operation = HistoryOperation::Create;
            e.result = HistoryResult::Failed;
            e.httpStatus = 409;
            e.detail = failures.at(1);
            rec.recordEvent(e);
            rec.countRequest(QStringLiteral("POST"));
            ++g.eventsPerUser[users];
            ++done;
            if (!rec.finishRun(RunOutcome::Partial, {}, now.addMSecs(600))) {
                err << rec.errorString() << Qt::endl;
                return {};
            }
        }
    }
    return g;
}

void printPlan(const QString &what, const QStringList &plan)
{
    err << what << QStringLiteral(":") << Qt::endl;
    for (const QString &line : plan)
        err << QStringLiteral("    ") << line << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("events"), QStringLiteral("Events to generate."), QStringLiteral("N"),
                           QStringLiteral("1000000")},
        {QStringLiteral("users"), QStringLiteral("Distinct users (default: N / 20, 300 to 50,000)."),
            QStringLiteral("U")},
        {QStringLiteral("dir"), QStringLiteral("Data dir (default: a temporary one)."),
            QStringLiteral("DIR")}});
    parser.process(app);
    const int total = qMax(1, parser.value(QStringLiteral("events")).toInt());
    const int users = parser.isSet(QStringLiteral("users"))
        ? qMax(3, parser.value(QStringLiteral("users")).toInt())
        : std::clamp(total / 20, 300, 50000);
    const QString among = QLocale(QLocale::English).toString(total);

    QTemporaryDir temp;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    Database db(dir);
    if (!db.open()) {
        err << db.errorString() << Qt::endl;
        return 1;
    }
    err << QStringLiteral("Generating %1 events over %2 users in %3").arg(total).arg(users).arg(dir)
        << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    const Generated g = generate(db, total, users);
    if (g.runIds.isEmpty())
        return 1;
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    err << QStringLiteral("Wrote %1 events in %2 runs in %3 s (%4 events/s); database %5 MB; schema v%6")
               .arg(total)
               .arg(g.runIds.size())
               .arg(seconds, 0, 'f', 1)
               .arg(qRound(total / seconds))
               .arg(QFileInfo(db.filePath()).size() / 1048576)
               .arg(db.schemaVersion())
        << Qt::endl;
    QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    // The user with the most events, and random ones (users with no events are looked up too).
    int hottest = 0;
    for (auto it = g.eventsPerUser.cbegin(); it != g.eventsPerUser.cend(); ++it)
        if (it.value() > g.eventsPerUser.value(hottest))
            hottest = it.key();
    QRandomGenerator random(7);
    QList<int> sample;
    for (int i = 0; i < 200; ++i)
        sample << int(random.bounded(users));

    qsizetype rows = 0; // summed, so a query that silently returns nothing shows in the log
    auto timeline = [&](const HistoryQuery &q, int u) {
        rows += q.userTimeline(userName(u), timelinePage, 0).size();
        rows += q.countUserTimeline(userName(u));
    };
    auto runList = [&](const HistoryQuery &q) {
        RunFilter f;
        f.limit = runsPage;
        rows += q.runs(f).size();
        rows += q.countRuns(f);
    };

    {
        const HistoryQuery q(db.handle());
        printPlan(QStringLiteral("Timeline plan"), q.timelinePlan(userName(hottest)));
        printPlan(QStringLiteral("Timeline count plan"), q.timelineCountPlan(userName(hottest)));
        printPlan(QStringLiteral("Run list plan"), q.runsPlan(RunFilter {}));
        printPlan(QStringLiteral("Run detail plan"), q.runEventsPlan(g.runIds.constLast()));
    }

    // Cold: a fresh connection per sample (SQLite's page cache empty), first query on it.
    QList<double> coldTimeline;
    QList<double> coldRuns;
    for (int i = 0; i < 5; ++i) {
        db.close();
        db.open();
        QElapsedTimer t;
        t.start();
        timeline(HistoryQuery(db.handle()), sample.at(i));
        coldTimeline << msSince(t);
        db.close();
        db.open();
        t.restart();
        runList(HistoryQuery(db.handle()));
        coldRuns << msSince(t);
    }
    QList<double> warmTimeline;
    double hot = 0;
    double warmRuns = 0;
    {
        const HistoryQuery q(db.handle());
        for (const int u : std::as_const(sample))
            warmTimeline << bestOf(3, [&] { timeline(q, u); });
        hot = bestOf(3, [&] { timeline(q, hottest); });
        warmRuns = bestOf(5, [&] { runList(q); });
    }
    err << QStringLiteral("rows read: %1").arg(rows) << Qt::endl;

    const double coldT = percentile(coldTimeline, 0.5);
    const double p95 = percentile(warmTimeline, 0.95);
    const double worstT = std::max({coldT, p95, hot});
    err << QStringLiteral("timeline: cold median %1 ms, warm p50 %2 / p95 %3 / max %4 ms, hottest user "
                          "(%5 events) %6 ms")
               .arg(coldT, 0, 'f', 1)
               .arg(percentile(warmTimeline, 0.5), 0, 'f', 1)
               .arg(p95, 0, 'f', 1)
               .arg(percentile(warmTimeline, 1.0), 0, 'f', 1)
               .arg(g.eventsPerUser.value(hottest))
               .arg(hot, 0, 'f', 1)
        << Qt::endl;
    row(QStringLiteral("one user's timeline among %1 history events").arg(among),
        QStringLiteral("%1 ms (p95 of 200 users warm; cold %2 ms; busiest user, %3 events: %4 ms)")
            .arg(p95, 0, 'f', 1)
            .arg(coldT, 0, 'f', 1)
            .arg(g.eventsPerUser.value(hottest))
            .arg(hot, 0, 'f', 1),
        worstT, QStringLiteral("slowest %1 ms").arg(worstT, 0, 'f', 1));
    const double coldR = percentile(coldRuns, 0.5);
    const double worstR = qMax(coldR, warmRuns);
    row(QStringLiteral("run list (first page) among %1 history events").arg(among),
        QStringLiteral("%1 ms warm, %2 ms cold (%3 runs)")
            .arg(warmRuns, 0, 'f', 1)
            .arg(coldR, 0, 'f', 1)
            .arg(g.runIds.size()),
        worstR, QStringLiteral("slowest %1 ms").arg(worstR, 0, 'f', 1));
    db.close();
    return 0;
}
