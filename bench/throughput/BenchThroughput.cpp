// bench_throughput: the two request-rate figures of issue 10, as markdown table rows on stdout
// (| figure | measured | goal | verdict |), chatter on stderr.
//  1. First sync of --users N at a server answering in --latency-ms with --in-flight requests allowed,
//     divided by the server's capacity for the same create bodies, measured by the node load
//     generator (bench/loadgen/loadgen.js) in the same run, right before and right after the sync.
//  2. A sync of --rate-users M against a server admitting --rate requests per second, with the
//     connection set to that rate: wall time / (M / rate), and the 429s and busiest second.
#include "OutboundRule.h"
#include "RuleEvaluator.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "ZoomUserMapper.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace pd;
using namespace pd::test;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void row(const QString &figure, const QString &measured, const QString &goal, const QString &verdict)
{
    out() << "| " << figure << " | " << measured << " | " << goal << " | " << verdict << " |\n";
    out().flush();
}

QString num(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

// The create bodies the sync will send for the fixture's CSV, one JSON line each.
bool writeCreateBodies(SyncFixture &f, const QString &path, int *count)
{
    OutboundRule rule;
    if (!OutboundRule::fromConnection(f.connection(), &rule).isEmpty())
        return false;
    auto source = rule.createSource();
    const RuleRunResult result = RuleEvaluator(rule).run(*source);
    QFile file(path);
    if (!result.ok() || !file.open(QIODevice::WriteOnly))
        return false;
    *count = 0;
    for (const RuleRunRow &r : result.rows) {
        if (r.outcome != RuleDecision::Outcome::InScope)
            continue;
        file.write(QJsonDocument(ZoomUserMapper::createBodyFromCanonical(r.canonical))
                       .toJson(QJsonDocument::Compact));
        file.write("\n");
        ++*count;
    }
    return true;
}

// Runs the load generator over the bodies (first `limit` lines when > 0); creates/s, or -1.
double loadgen(ScimTestServer &server, const QString &bodies, int inFlight)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral("node"),
        {sourceDir() + QStringLiteral("/bench/loadgen/loadgen.js"), QStringLiteral("--base"),
            server.baseUrl().toString(), QStringLiteral("--bodies"), bodies, QStringLiteral("--in-flight"),
            QString::number(inFlight)});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        qCritical("load generator failed: %s", p.readAllStandardError().constData());
        return -1;
    }
    const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    qInfo("load generator: %s", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    if (r.value(QStringLiteral("failed")).toInt() != 0)
        return -1;
    server.control("DELETE", QStringLiteral("/users")); // the sync creates the same users
    return r.value(QStringLiteral("perSecond")).toDouble();
}

QJsonObject loadStats(ScimTestServer &server)
{
    QJsonObject s = server.stats();
    s.remove(QStringLiteral("byPath"));
    return s;
}

int busiestSecond(const QJsonObject &stats)
{
    int most = 0;
    const QJsonObject perSecond = stats.value(QStringLiteral("perSecond")).toObject();
    for (auto it = perSecond.begin(); it != perSecond.end(); ++it)
        most = qMax(most, it.value().toInt());
    return most;
}

struct SyncRun
{
    bool ok = false;
    double seconds = 0;
    int created = 0;
    QJsonObject stats;
};

SyncRun timedSync(ScimTestServer &server, SyncFixture &f, int users)
{
    server.resetStats();
    QElapsedTimer clock;
    clock.start();
    const SyncReport r = f.sync(false, false, false, 60 * 60 * 1000);
    SyncRun run;
    run.seconds = clock.elapsed() / 1000.0;
    run.created = r.counts.count(HistoryOperation::Create, HistoryResult::Success);
    run.stats = loadStats(server);
    run.ok = run.created == users;
    qInfo("sync: %d users created in %.2f s, outcome %s %s; server: %s", run.created, run.seconds,
        qPrintable(runOutcomeToString(r.outcome)), qPrintable(r.message),
        QJsonDocument(run.stats).toJson(QJsonDocument::Compact).constData());
    return run;
}

bool capacityFigure(ScimTestServer &server, int users, int latencyMs, int inFlight)
{
    server.reset();
    server.setConfig({{QStringLiteral("latencyMs"), latencyMs}});
    SyncFixture f(&server);
    f.connection().rateLimit = RateLimit {1000, inFlight};
    f.saveConnection();
    f.writeCsv(people(users));
    QTemporaryDir dir;
    const QString bodies = dir.filePath(QStringLiteral("bodies.jsonl"));
    const QString warmup = dir.filePath(QStringLiteral("warmup.jsonl"));
    int count = 0;
    if (!f.ok() || !writeCreateBodies(f, bodies, &count) || count != users) {
        qCritical("cannot prepare the first-sync figure: %s", qPrintable(f.error()));
        return false;
    }
    {
        // Warm the server's JIT up with other users, so neither measurement pays for it.
        QFile in(bodies), w(warmup);
        in.open(QIODevice::ReadOnly);
        w.open(QIODevice::WriteOnly);
        for (int i = 0; i < qMin(users, 300); ++i)
            w.write(in.readLine().replace("@", "-warmup@"));
    }
    if (loadgen(server, warmup, inFlight) < 0)
        return false;
    const double before = loadgen(server, bodies, inFlight);
    const SyncRun sync = timedSync(server, f, users);
    server.control("DELETE", QStringLiteral("/users"));
    const double after = loadgen(server, bodies, inFlight);
    if (before <= 0 || after <= 0 || !sync.ok)
        return false;
    const double capacity = (before + after) / 2;
    const double usersPerSecond = sync.created / sync.seconds;
    const double ratio = usersPerSecond / capacity;
    const int seen = sync.stats.value(QStringLiteral("maxInFlight")).toInt();
    row(QStringLiteral("first sync, %1 users, %2 ms per request, %3 in flight: users/s ÷ server capacity "
                       "(load generator, same run)")
            .arg(users)
            .arg(latencyMs)
            .arg(inFlight),
        QStringLiteral("%1 (%2 users/s ÷ %3 creates/s; capacity %4 before, %5 after)")
            .arg(num(ratio), num(usersPerSecond, 1), num(capacity, 1), num(before, 1), num(after, 1)),
        QStringLiteral("≥ 0.9"),
        ratio >= 0.9 ? QStringLiteral("met")
            : seen < inFlight
            ? QStringLiteral("NOT met: %1 of %2 requests in flight seen at the server")
                  .arg(seen)
                  .arg(inFlight)
            : QStringLiteral("NOT met: the sync's own time per user (plan, database; see stderr)"));
    row(QStringLiteral("first sync: most requests in flight seen at the server"),
        QStringLiteral("%1 of %2").arg(seen).arg(inFlight), QString::number(inFlight),
        seen >= inFlight ? QStringLiteral("met") : QStringLiteral("NOT met: the client kept fewer open"));
    return true;
}

bool rateFigure(ScimTestServer &server, int users, int rate, int latencyMs, int inFlight)
{
    server.reset();
    server.setConfig(
        {{QStringLiteral("latencyMs"), latencyMs}, {QStringLiteral("rateLimitPerSecond"), rate}});
    SyncFixture f(&server);
    f.connection().rateLimit = RateLimit {double(rate), inFlight};
    f.saveConnection();
    f.writeCsv(people(users));
    if (!f.ok())
        return false;
    const SyncRun sync = timedSync(server, f, users);
    if (!sync.ok)
        return false;
    const double ideal = double(users) / rate;
    const double ratio = sync.seconds / ideal;
    const int limited = sync.stats.value(QStringLiteral("rateLimited")).toInt();
    const int busiest = busiestSecond(sync.stats);
    const int sliding = sync.stats.value(QStringLiteral("maxPerSlidingSecond")).toInt();
    const QJsonObject req = sync.stats.value(QStringLiteral("requests")).toObject();
    int requests = 0;
    for (auto it = req.begin(); it != req.end(); ++it)
        requests += it.value().toInt();
    QString why;
    if (limited > 0)
        why = QStringLiteral("%1 answers were 429").arg(limited);
    else
        why = QStringLiteral("%1 requests/s on average").arg(num(requests / sync.seconds, 1));
    row(QStringLiteral("server admitting %1 req/s, connection at %1: wall time ÷ (%2 users ÷ %1)")
            .arg(rate)
            .arg(users),
        QStringLiteral("%1 (%2 s for %3 requests)").arg(num(ratio), num(sync.seconds, 1)).arg(requests),
        QStringLiteral("≤ 1.03"), ratio <= 1.03 ? QStringLiteral("met") : QStringLiteral("NOT met: ") + why);
    row(QStringLiteral("same sync: 429 answers; busiest second at the server (fixed; sliding)"),
        QStringLiteral("%1; %2 (%3)").arg(limited).arg(busiest).arg(sliding),
        QStringLiteral("0; ≤ %1").arg(rate),
        limited == 0 && busiest <= rate ? QStringLiteral("met")
                                        : QStringLiteral("NOT met: %1 answers were 429").arg(limited));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto opt = [](const char *name, const char *help, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("N"),
            QString::fromLatin1(value));
    };
    parser.addOptions({opt("users", "first-sync users", "3000"),
        opt("rate-users", "users of the rate figure", "2000"),
        opt("rate", "server and connection rate (requests/s)", "80"),
        opt("latency-ms", "server latency per request", "20"), opt("in-flight", "requests in flight", "8")});
    parser.process(app);
    const auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)).toInt(); };

    ScimTestServer server;
    if (!server.start()) {
        qCritical("cannot start the SCIM test server: %s", qPrintable(server.lastError()));
        return 1;
    }
    bool ok = capacityFigure(server, value("users"), value("latency-ms"), value("in-flight"));
    if (!ok)
        row(QStringLiteral("first sync ÷ server capacity"), QStringLiteral("error (see stderr)"),
            QStringLiteral("≥ 0.9"), QStringLiteral("NOT met: the benchmark failed"));
    if (!rateFigure(server, value("rate-users"), value("rate"), value("latency-ms"), value("in-flight"))) {
        row(QStringLiteral("server admitting %1 req/s: wall time ÷ ideal").arg(value("rate")),
            QStringLiteral("error (see stderr)"), QStringLiteral("≤ 1.03"),
            QStringLiteral("NOT met: the benchmark failed"));
        ok = false;
    }
    return ok ? 0 : 1;
}
