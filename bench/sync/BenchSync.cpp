// Prints: the SCIM test server's create capacity, a first sync of --users N (default 10,000) at that
// server, and a no-op resync of --noop-users M (default 100,000): time, writes, peak memory.
#include "ManagedUserStore.h"
#include "OutboundRule.h"
#include "RequestThrottle.h"
#include "RuleEvaluator.h"
#include "ScimClient.h"
#include "SyncFixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

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

// Creates `count` users straight through the SCIM client, `inFlight` at a time, with no throttle:
// what the server can take, measured in the same run as the sync.
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

void primeManagedState(SyncFixture &f)
{
    // The state a completed first sync leaves: one managed row per user with the payload hash the
    // mapper computes, so the resync below has nothing to send.
    OutboundRule rule;
    OutboundRule::fromConnection(f.connection(), &rule);
    auto source = rule.createSource();
    const RuleRunResult result = RuleEvaluator(rule).run(*source);
    QSqlDatabase db = f.database().handle();
    ManagedUserStore store(db, f.connection().id);
    db.transaction();
    int i = 0;
    for (const RuleRunRow &row : result.rows) {
        ManagedUser m;
        m.sourceKey = row.key;
        m.userName = row.userName;
        m.zoomId = QStringLiteral("zoom-%1").arg(i++);
        m.payloadHash = QString::fromLatin1(row.hash);
        m.payload = row.canonical;
        m.status = ManagedUser::Status::Active;
        store.save(m);
    }
    db.commit();
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
        {QStringLiteral("concurrency"), QStringLiteral("sync concurrency"), QStringLiteral("C"),
            QStringLiteral("8")}});
    parser.process(app);
    const int users = parser.value(QStringLiteral("users")).toInt();
    const int noopUsers = parser.value(QStringLiteral("noop-users")).toInt();
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    ScimTestServer server;
    if (!server.start()) {
        qCritical("cannot start the SCIM test server: %s", qPrintable(server.lastError()));
        return 1;
    }
    QTextStream out(stdout);

    const int probe = qMin(users, 3000);
    const double capacity = serverCreateCapacity(server, probe, concurrency);
    out << QStringLiteral("server capacity: %1 creates/s (%2 creates, %3 in flight, no throttle)\n")
               .arg(capacity, 0, 'f', 1)
               .arg(probe)
               .arg(concurrency);
    server.reset();

    {
        SyncFixture f(&server);
        f.connection().rateLimit = RateLimit {1000, concurrency};
        f.saveConnection();
        f.writeCsv(people(users));
        QElapsedTimer clock;
        clock.start();
        const SyncReport r = f.sync(false, false, false, 1800000);
        const double seconds = clock.elapsed() / 1000.0;
        const int created = r.counts.count(HistoryOperation::Create, HistoryResult::Success);
        out << QStringLiteral(
            "first sync: %1 users created in %2 s = %3 users/s (%4 % of server capacity), outcome %5\n")
                   .arg(created)
                   .arg(seconds, 0, 'f', 2)
                   .arg(created / seconds, 0, 'f', 1)
                   .arg(100.0 * created / seconds / capacity, 0, 'f', 0)
                   .arg(runOutcomeToString(r.outcome));
    }
    server.reset();

    {
        SyncFixture f(&server);
        f.writeCsv(people(noopUsers));
        QElapsedTimer prime;
        prime.start();
        primeManagedState(f);
        out << QStringLiteral("no-op resync: primed %1 managed users in %2 s\n")
                   .arg(noopUsers)
                   .arg(prime.elapsed() / 1000.0, 0, 'f', 2);
        server.resetStats();
        QElapsedTimer clock;
        clock.start();
        const SyncReport r = f.sync(false, false, false, 600000);
        out << QStringLiteral(
            "no-op resync: %1 users in %2 s, %3 unchanged, %4 writes, %5 requests, outcome %6\n")
                   .arg(noopUsers)
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(r.unchanged)
                   .arg(server.stats().value(QStringLiteral("writes")).toInt())
                   .arg(server.stats()
                            .value(QStringLiteral("requests"))
                            .toObject()
                            .value(QStringLiteral("GET"))
                            .toInt())
                   .arg(runOutcomeToString(r.outcome));
    }
    out << QStringLiteral("peak memory (VmHWM): %1 MiB\n").arg(peakRssKb() / 1024.0, 0, 'f', 1);
    return 0;
}
