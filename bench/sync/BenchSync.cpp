// The sync engine's figures of issue 10 at scale, one markdown row per figure on stdout:
//   | <figure> | <measured> | <goal> | <met|NOT met: reason> |
// (everything else on stderr). Each measured run is a child process of this one (--phase sync), so
// its peak RSS (VmHWM, which never goes down) is that run's alone:
//   1. a real first sync of --users N (default 10,000) against the SCIM test server: peak RSS, and the
//      database it leaves;
//   2. a no-op resync of --noop-users M (default 100,000): wall time, peak RSS, writes the server saw;
//   3. a full dry run (--dry-run --full) of --dry-run-users D (default M), listing Zoom's D users.
// When M (or D) equals N, the runs continue from the first sync's real state; otherwise that state is
// primed: the server is seeded with the mapped users and the managed rows point at their real ids.
#include "HistoryRecorder.h"
#include "ManagedUserStore.h"
#include "OutboundRule.h"
#include "RequestThrottle.h"
#include "RuleEvaluator.h"
#include "ScimClient.h"
#include "SyncFixture.h"
#include "SyncRunner.h"
#include "TestSupport.h"
#include "ZoomUserMapper.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <cstdio>

using namespace pd;
using namespace pd::test;

namespace {

const char secretVariable[] = "PD_BENCH_CLIENT_SECRET";

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString mb(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', 0);
}

void row(const QString &figure, const QString &measured, const QString &goal, const QString &verdict)
{
    std::printf("| %s | %s | %s | %s |\n", qPrintable(figure), qPrintable(measured), qPrintable(goal),
        qPrintable(verdict));
    std::fflush(stdout);
}

// The child: one sync run in this process, its figures as one JSON line on stdout.
int runPhase(const QCommandLineParser &args)
{
    SyncRequest r;
    r.connectionId = QUuid(args.value(QStringLiteral("connection-id")));
    r.dataDir = args.value(QStringLiteral("data-dir"));
    r.clientSecret = qEnvironmentVariable(secretVariable);
    r.trigger = RunTrigger::Cli;
    r.dryRun = args.isSet(QStringLiteral("dry-run"));
    r.fullResync = args.isSet(QStringLiteral("full"));
    r.requestTimeoutMs = 30000;
    SyncRunner runner;
    std::optional<SyncReport> report;
    QObject::connect(&runner, &SyncRunner::finished, &runner, [&](const SyncReport &rep) { report = rep; });
    QElapsedTimer clock;
    clock.start();
    runner.start(r, QStringLiteral("bench-sync"));
    if (!QTest::qWaitFor([&] { return report.has_value(); }, 3600000))
        return 1;
    const qint64 ms = clock.elapsed();
    int planned = 0;
    for (const PlannedOperation &op : std::as_const(report->plan))
        planned += op.isWrite() && !op.held ? 1 : 0;
    const QJsonObject result {{QStringLiteral("ms"), ms}, {QStringLiteral("peakKb"), peakRssKb()},
        {QStringLiteral("outcome"), runOutcomeToString(report->outcome)},
        {QStringLiteral("message"), report->message},
        {QStringLiteral("created"), report->counts.count(HistoryOperation::Create, HistoryResult::Success)},
        {QStringLiteral("unchanged"), report->unchanged}, {QStringLiteral("planned"), planned}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// The parent: runs one phase in a child process and returns its JSON line.
QJsonObject phase(SyncFixture &f, const QString &secret, const QString &tag, bool dryRun, bool full)
{
    QStringList args {QStringLiteral("--phase"), QStringLiteral("sync"), QStringLiteral("--data-dir"),
        f.dataDir(), QStringLiteral("--connection-id"), f.connection().id.toString(QUuid::WithoutBraces)};
    if (dryRun)
        args << QStringLiteral("--dry-run");
    if (full)
        args << QStringLiteral("--full");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(secretVariable), secret);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // PD_BENCH_PHASE_WRAPPER="heaptrack -o /tmp/ht-{phase}" profiles each phase process.
    QStringList command = qEnvironmentVariable("PD_BENCH_PHASE_WRAPPER")
                              .replace(QStringLiteral("{phase}"), tag)
                              .split(u' ', Qt::SkipEmptyParts);
    command << QCoreApplication::applicationFilePath() << args;
    child.start(command.takeFirst(), command);
    // The parent's event loop keeps running: the test server's control calls need none meanwhile.
    if (!child.waitForFinished(3600000) || child.exitCode() != 0)
        return {{QStringLiteral("error"), QStringLiteral("the phase process failed")}};
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) { // a wrapper may talk on stdout too
        if (it->startsWith('{'))
            return QJsonDocument::fromJson(*it).object();
    }
    return {{QStringLiteral("error"), QStringLiteral("the phase process printed no result")}};
}

// The state a completed sync of everyone in f's CSV leaves, made directly: the server holds each
// mapped user (seeded), the connection manages it under its real id, and a run has completed.
bool prime(SyncFixture &f, ScimTestServer &server)
{
    OutboundRule rule;
    OutboundRule::fromConnection(f.connection(), &rule);
    auto source = rule.createSource();
    RuleRunResult result = RuleEvaluator(rule).run(*source);
    QSqlDatabase db = f.database().handle();
    ManagedUserStore store(db, f.connection().id);
    constexpr qsizetype chunk = 5000;
    for (qsizetype from = 0; from < result.rows.size(); from += chunk) {
        const qsizetype to = qMin(result.rows.size(), from + chunk);
        QJsonArray bodies;
        for (qsizetype i = from; i < to; ++i)
            bodies.append(ZoomUserMapper::createBodyFromCanonical(result.rows.at(i).canonical));
        const QStringList ids = server.seedUsers(bodies);
        if (ids.size() != bodies.size())
            return false;
        db.transaction();
        for (qsizetype i = from; i < to; ++i) {
            const RuleRunRow &r = result.rows.at(i);
            ManagedUser m;
            m.sourceKey = r.key;
            m.userName = r.userName;
            m.zoomId = ids.at(i - from);
            m.payloadHash = QString::fromLatin1(r.hash);
            m.payload = QJsonDocument(bodies.at(i - from).toObject()).toJson(QJsonDocument::Compact);
            m.status = ManagedUser::Status::Active;
            store.save(m);
        }
        db.commit();
    }
    HistoryRecorder recorder(db);
    RunRecord run;
    run.connectionId = f.connection().id;
    run.connectionName = f.connection().name;
    run.trigger = RunTrigger::Cli;
    return recorder.startRun(run) != 0 && recorder.finishRun(RunOutcome::Succeeded);
}

// Creates `count` users straight through the SCIM client, `inFlight` at a time, with no throttle:
// what the server can take, measured in the same run as the sync (told on stderr, for context).
double serverCreateCapacity(ScimTestServer &server, int count, int inFlight)
{
    ScimClient client(server.connection(), server.clientSecret());
    client.throttle()->setRequestsPerSecond(0);
    client.throttle()->setMaxConcurrent(inFlight);
    QObject context;
    int done = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i)
        client.createUser(ScimTestServer::makeUser(QStringLiteral("capacity-%1@example.com").arg(i)),
            &context, [&done](const ScimResult &) { ++done; });
    if (!QTest::qWaitFor([&] { return done == count; }, 600000))
        return -1;
    return count * 1000.0 / qMax<qint64>(1, clock.elapsed());
}

// What the database holds, table and index by table and index (SQLite's dbstat), largest first.
QString databaseBreakdown(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT name, SUM(pgsize) AS size FROM dbstat GROUP BY name ORDER BY size DESC LIMIT 6")))
        return QStringLiteral("dbstat unavailable");
    QStringList parts;
    while (q.next())
        parts << QStringLiteral("%1 %2").arg(q.value(0).toString(), mb(q.value(1).toLongLong()));
    return parts.join(QStringLiteral(", "));
}

qint64 databaseBytes(SyncFixture &f)
{
    QSqlQuery(f.database().handle()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString path = f.database().filePath();
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// What listing costs the test server alone: the load generator lists every user page by page, as a
// sync does (bench/loadgen/loadgen.js --list). Seconds, or -1.
double serverListSeconds(ScimTestServer &server, int *users)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral("node"),
        {sourceDir() + QStringLiteral("/bench/loadgen/loadgen.js"), QStringLiteral("--base"),
            server.baseUrl().toString(), QStringLiteral("--list"), QStringLiteral("100")});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        note(QStringLiteral("load generator failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
        return -1;
    }
    const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    *users = r.value(QStringLiteral("users")).toInt();
    return r.value(QStringLiteral("seconds")).toDouble(-1);
}

QString verdict(const QStringList &misses)
{
    return misses.isEmpty() ? QStringLiteral("met")
                            : QStringLiteral("NOT met: %1").arg(misses.join(QStringLiteral("; ")));
}

QString failure(const QJsonObject &r)
{
    if (r.contains(QStringLiteral("error")))
        return r.value(QStringLiteral("error")).toString();
    const QString outcome = r.value(QStringLiteral("outcome")).toString();
    return outcome == QLatin1String("succeeded")
        ? QString()
        : QStringLiteral("run %1: %2").arg(outcome, r.value(QStringLiteral("message")).toString());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("users"), QStringLiteral("first-sync users"), QStringLiteral("N"),
                           QStringLiteral("10000")},
        {QStringLiteral("noop-users"), QStringLiteral("no-op resync users"), QStringLiteral("M"),
            QStringLiteral("100000")},
        {QStringLiteral("dry-run-users"), QStringLiteral("full dry run users (default: M)"),
            QStringLiteral("D")},
        {QStringLiteral("concurrency"), QStringLiteral("sync concurrency"), QStringLiteral("C"),
            QStringLiteral("8")},
        {QStringLiteral("keep-database"),
            QStringLiteral("copy the first sync's database here, to look inside"), QStringLiteral("FILE")},
        {QStringLiteral("phase"), QStringLiteral("internal: run one sync in this process"),
            QStringLiteral("P")},
        {QStringLiteral("data-dir"), QStringLiteral("internal"), QStringLiteral("DIR")},
        {QStringLiteral("connection-id"), QStringLiteral("internal"), QStringLiteral("ID")},
        {QStringLiteral("dry-run"), QStringLiteral("internal")},
        {QStringLiteral("full"), QStringLiteral("internal")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("phase")))
        return runPhase(parser);
    const int users = parser.value(QStringLiteral("users")).toInt();
    const int noopUsers = parser.value(QStringLiteral("noop-users")).toInt();
    const int dryUsers = parser.isSet(QStringLiteral("dry-run-users"))
        ? parser.value(QStringLiteral("dry-run-users")).toInt()
        : noopUsers;
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    ScimTestServer server;
    if (!server.start()) {
        note(QStringLiteral("cannot start the SCIM test server: %1").arg(server.lastError()));
        return 1;
    }
    const int probe = qMin(users, 3000);
    const double capacity = serverCreateCapacity(server, probe, concurrency);
    note(QStringLiteral("server capacity: %1 creates/s (%2 creates, %3 in flight, no throttle)")
             .arg(capacity, 0, 'f', 1)
             .arg(probe)
             .arg(concurrency));
    server.reset();
    const QString secret = server.clientSecret();

    // 1. First sync, for real; then the database it leaves.
    auto first = std::make_unique<SyncFixture>(&server);
    first->connection().rateLimit = RateLimit {1000, concurrency};
    first->saveConnection();
    first->writeCsv(people(users));
    const QJsonObject r1 = phase(*first, secret, QStringLiteral("first"), false, false);
    const double s1 = r1.value(QStringLiteral("ms")).toDouble() / 1000.0;
    const int created = r1.value(QStringLiteral("created")).toInt();
    note(QStringLiteral("first sync: %1 users created in %2 s = %3 users/s (%4 % of server capacity)")
             .arg(created)
             .arg(s1, 0, 'f', 2)
             .arg(created / s1, 0, 'f', 1)
             .arg(100.0 * created / s1 / capacity, 0, 'f', 0));
    const qint64 peak1 = qint64(r1.value(QStringLiteral("peakKb")).toDouble() * 1024);
    QStringList misses;
    if (const QString f = failure(r1); !f.isEmpty())
        misses << f;
    if (created != users)
        misses << QStringLiteral("%1 of %2 created").arg(created).arg(users);
    if (peak1 > 300'000'000)
        misses << QStringLiteral("peak RSS over 300 MB");
    row(QStringLiteral("%1 users, first sync: peak RSS").arg(number(users)),
        QStringLiteral("%1 (%2 s)").arg(mb(peak1)).arg(s1, 0, 'f', 1), QStringLiteral("≤ 300 MB"),
        verdict(misses));

    const qint64 dbBytes = databaseBytes(*first);
    if (const QString keep = parser.value(QStringLiteral("keep-database")); !keep.isEmpty()) {
        QFile::remove(keep);
        if (QFile::copy(first->database().filePath(), keep))
            note(QStringLiteral("the first sync's database is copied to %1").arg(keep));
    }
    row(QStringLiteral("database after a %1-user first sync").arg(number(users)),
        QStringLiteral("%1 (%2)").arg(mb(dbBytes), databaseBreakdown(first->database().handle())),
        QStringLiteral("say what it holds; ≤ 100 MB"),
        verdict(dbBytes > 100'000'000 ? QStringList {QStringLiteral("over 100 MB")} : QStringList()));

    // 2. No-op resync.
    std::unique_ptr<SyncFixture> primed;
    auto stateFor = [&](int count) -> SyncFixture * {
        if (count == users)
            return first.get();
        if (primed && primed->managedCount() == count)
            return primed.get();
        primed.reset();
        server.reset();
        primed = std::make_unique<SyncFixture>(&server);
        // The same rate as the first sync: at the default 10 requests/s, listing 100,000 users
        // (1,000 pages) alone would take 100 s, measuring the throttle instead of the sync.
        primed->connection().rateLimit = RateLimit {1000, concurrency};
        primed->saveConnection();
        primed->writeCsv(people(count));
        QElapsedTimer clock;
        clock.start();
        if (!prime(*primed, server))
            note(QStringLiteral("priming %1 users failed").arg(count));
        note(QStringLiteral("primed %1 managed users in %2 s")
                 .arg(count)
                 .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        return primed.get();
    };
    SyncFixture *noop = stateFor(noopUsers);
    server.resetStats();
    const QJsonObject r2 = phase(*noop, secret, QStringLiteral("noop"), false, false);
    const int writes = server.stats().value(QStringLiteral("writes")).toInt();
    const double s2 = r2.value(QStringLiteral("ms")).toDouble() / 1000.0;
    const qint64 peak2 = qint64(r2.value(QStringLiteral("peakKb")).toDouble() * 1024);
    note(QStringLiteral("no-op resync: %1 unchanged").arg(r2.value(QStringLiteral("unchanged")).toInt()));
    misses.clear();
    if (const QString f = failure(r2); !f.isEmpty())
        misses << f;
    if (s2 > 3.0)
        misses << QStringLiteral("over 3 s");
    if (peak2 > 250'000'000)
        misses << QStringLiteral("peak RSS over 250 MB");
    if (writes != 0)
        misses << QStringLiteral("%1 writes").arg(writes);
    row(QStringLiteral("%1 users, no-op resync: wall time, peak RSS, writes").arg(number(noopUsers)),
        QStringLiteral("%1 s, %2, %3").arg(s2, 0, 'f', 1).arg(mb(peak2)).arg(writes),
        QStringLiteral("≤ 3 s, ≤ 250 MB, 0"), verdict(misses));

    // 3. Full dry run: lists every Zoom user, plans, sends nothing.
    SyncFixture *dry = stateFor(dryUsers);
    const QJsonObject r3 = phase(*dry, secret, QStringLiteral("dry"), true, true);
    const double s3 = r3.value(QStringLiteral("ms")).toDouble() / 1000.0;
    const qint64 peak3 = qint64(r3.value(QStringLiteral("peakKb")).toDouble() * 1024);
    note(QStringLiteral("full dry run: %1 unchanged, %2 changes planned")
             .arg(r3.value(QStringLiteral("unchanged")).toInt())
             .arg(r3.value(QStringLiteral("planned")).toInt()));
    int listed = 0;
    const double serverList = serverListSeconds(server, &listed);
    note(QStringLiteral("the test server alone lists its %1 users in %2 s (load generator, same state)")
             .arg(listed)
             .arg(serverList, 0, 'f', 1));
    misses.clear();
    if (const QString f = failure(r3); !f.isEmpty())
        misses << f;
    if (s3 > 8.0)
        misses << (serverList > 8.0 ? QStringLiteral("over 8 s: the test server alone needs %1 s to list "
                                                     "them (load generator, same run)")
                                          .arg(serverList, 0, 'f', 1)
                                    : QStringLiteral("over 8 s"));
    if (peak3 > 250'000'000)
        misses << QStringLiteral("peak RSS over 250 MB");
    row(QStringLiteral("%1 users, full dry run (`--dry-run --full`): wall time, peak RSS")
            .arg(number(dryUsers)),
        QStringLiteral("%1 s, %2 (the server alone lists them in %3 s)")
            .arg(s3, 0, 'f', 1)
            .arg(mb(peak3))
            .arg(serverList, 0, 'f', 1),
        QStringLiteral("≤ 8 s, ≤ 250 MB"), verdict(misses));
    return 0;
}
