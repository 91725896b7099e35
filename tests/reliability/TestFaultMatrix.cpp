#include "ReliabilityChecks.h"
#include "ReliabilityLine.h"
#include "SyncRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace pd;
using namespace pd::test;

// The fault matrix: a real 50-person first sync against the SCIM test server with one fault injected
// mid-run. Whatever the fault, the run ends complete or stops cleanly with a message, the local
// state equals Zoom's, the history says what happened, and a second sync without faults leaves
// exactly one account per person with the right attributes.
namespace {

enum class Expect {
    Complete, // the fault is transient: retried, the run succeeds
    Stop, // the run must stop (Failed/Cancelled) with a message
    Either, // complete, partial or a clean stop
};

struct Cell
{
    QString area;
    QString name;
    QJsonArray faults;
    Expect expect = Expect::Either;
    int requestTimeoutMs = 2000;
    bool repeatPage = false; // list: the second page answers with the first page again
    bool invalidateTokensMidRun = false; // /_control/tokens/expire once 10 writes went through
    int latencyMs = 0;
    int settleMs = 0; // wait before the second sync (a delayed request still lands)
    QString messageNames; // a clean stop's message must name this (case-insensitive)
    int maxPostsAfterFault = -1; // a stop must not keep sending creates
};

constexpr int peopleCount = 50;
constexpr int passBefore = 15; // requests that pass before the fault: the fault lands mid-run
const QString users = QStringLiteral("/scim2/Users");

QJsonObject faultAt(const QString &method, const QJsonObject &action, int times = 1)
{
    return {{QStringLiteral("match"),
                QJsonObject {{QStringLiteral("method"), method}, {QStringLiteral("path"), users}}},
        {QStringLiteral("times"), times}, {QStringLiteral("action"), action}};
}

// The first n matching requests are handled normally, so the next fault lands mid-run.
QJsonObject pass(const QString &method, int n)
{
    return faultAt(method, {{QStringLiteral("delayMs"), 0}}, n);
}

QJsonArray midRun(const QString &method, const QJsonObject &action, int times = 1)
{
    return {pass(method, method == QLatin1String("GET") ? 1 : passBefore), faultAt(method, action, times)};
}

QJsonObject status(int code, const QString &retryAfter = {})
{
    QJsonObject a {{QStringLiteral("status"), code}};
    if (!retryAfter.isNull())
        a.insert(QStringLiteral("retryAfter"), retryAfter);
    return a;
}

const QByteArray truncatedUser
    = R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"AbCdEfGhIjKlMnOpQrStUv","userName":"trunc)";
const QByteArray truncatedList
    = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":12,"Resources":[{"id":"x)";

QList<Cell> cells()
{
    QList<Cell> c;
    const QString post = QStringLiteral("POST");
    const QString get = QStringLiteral("GET");
    const auto add
        = [&](const QString &area, const QString &name, const QJsonArray &faults, Expect expect) -> Cell & {
        Cell cell;
        cell.area = area;
        cell.name = name;
        cell.faults = faults;
        cell.expect = expect;
        c.append(cell);
        return c.last();
    };
    add(QStringLiteral("rate-limit"), QStringLiteral("429-retry-after-seconds"),
        midRun(post, status(429, QStringLiteral("1")), 2), Expect::Complete);
    add(QStringLiteral("rate-limit"), QStringLiteral("429-retry-after-http-date"),
        midRun(post, status(429, QStringLiteral("date:+1"))), Expect::Complete);
    add(QStringLiteral("rate-limit"), QStringLiteral("429-retry-after-iso"),
        midRun(post, status(429, QStringLiteral("iso:+1"))), Expect::Complete);
    add(QStringLiteral("rate-limit"), QStringLiteral("429-no-retry-after"), midRun(post, status(429), 2),
        Expect::Complete);
    add(QStringLiteral("rate-limit"), QStringLiteral("429-on-listing"),
        midRun(get, status(429, QStringLiteral("1"))), Expect::Complete);
    {
        // Zoom's daily cap: every further request is refused until tomorrow. The run must stop.
        QJsonObject daily = status(429, QStringLiteral("3600"));
        daily.insert(QStringLiteral("headers"),
            QJsonObject {{QStringLiteral("X-RateLimit-Type"), QStringLiteral("Daily-limit")}});
        daily.insert(QStringLiteral("body"),
            QJsonObject {{QStringLiteral("code"), 429},
                {QStringLiteral("message"),
                    QStringLiteral("You have reached the maximum daily rate limit for this API. Refer to the "
                                   "response header for details on when you can make another request.")}});
        Cell &cell = add(QStringLiteral("rate-limit"), QStringLiteral("daily-limit"),
            midRun(post, daily, 1000), Expect::Stop);
        cell.messageNames = QStringLiteral("daily");
        cell.maxPostsAfterFault = 8; // what was in flight at concurrency 4, not one per remaining user
    }
    add(QStringLiteral("server-error"), QStringLiteral("500"), midRun(post, status(500), 2),
        Expect::Complete);
    add(QStringLiteral("server-error"), QStringLiteral("502"), midRun(post, status(502), 2),
        Expect::Complete);
    add(QStringLiteral("server-error"), QStringLiteral("503"), midRun(post, status(503), 2),
        Expect::Complete);
    add(QStringLiteral("server-error"), QStringLiteral("503-on-listing"), midRun(get, status(503), 2),
        Expect::Complete);
    {
        QJsonObject html = status(502);
        html.insert(QStringLiteral("html"), true);
        add(QStringLiteral("server-error"), QStringLiteral("html-502"), midRun(post, html, 2),
            Expect::Complete);
        add(QStringLiteral("server-error"), QStringLiteral("html-502-on-listing"), midRun(get, html),
            Expect::Complete);
    }
    add(QStringLiteral("network"), QStringLiteral("dropped-connection"),
        midRun(post, {{QStringLiteral("drop"), true}}, 2), Expect::Either);
    add(QStringLiteral("network"), QStringLiteral("dropped-on-listing"),
        midRun(get, {{QStringLiteral("drop"), true}}), Expect::Complete);
    {
        // Slower than the request timeout; the server still applies the create after the delay.
        Cell &cell = add(QStringLiteral("network"), QStringLiteral("slower-than-timeout"),
            midRun(post, {{QStringLiteral("delayMs"), 1500}}), Expect::Either);
        cell.requestTimeoutMs = 500;
        cell.settleMs = 1500;
        Cell &list = add(QStringLiteral("network"), QStringLiteral("slower-than-timeout-on-listing"),
            midRun(get, {{QStringLiteral("delayMs"), 1500}}), Expect::Either);
        list.requestTimeoutMs = 500;
    }
    add(QStringLiteral("token"), QStringLiteral("expired-mid-run"),
        midRun(post, {{QStringLiteral("status"), 401}, {QStringLiteral("expireToken"), true}}),
        Expect::Complete);
    {
        Cell &cell
            = add(QStringLiteral("token"), QStringLiteral("invalidated-mid-run"), {}, Expect::Complete);
        cell.invalidateTokensMidRun = true;
        cell.latencyMs = 10;
    }
    {
        QJsonObject cut = status(200);
        cut.insert(QStringLiteral("body"), QString::fromUtf8(truncatedUser));
        cut.insert(QStringLiteral("contentType"), QStringLiteral("application/scim+json"));
        add(QStringLiteral("body"), QStringLiteral("truncated-json"), midRun(post, cut), Expect::Either);
        QJsonObject cutList = cut;
        cutList.insert(QStringLiteral("body"), QString::fromUtf8(truncatedList));
        add(QStringLiteral("body"), QStringLiteral("truncated-json-on-listing"), midRun(get, cutList),
            Expect::Either);
    }
    {
        Cell &cell = add(QStringLiteral("body"), QStringLiteral("repeated-page"), {}, Expect::Either);
        cell.repeatPage = true;
    }
    return c;
}

// A fault on the listing lands on its second page, so the seed needs more than one page of users.
bool listingFault(const Cell &cell)
{
    if (cell.repeatPage)
        return true;
    for (const QJsonValue &f : cell.faults)
        if (f[QLatin1String("match")][QLatin1String("method")].toString() == QLatin1String("GET"))
            return true;
    return false;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    int postCount() { return m_server.requestCount(QStringLiteral("POST")); }

    // SyncFixture::run, with a hook the main thread calls while the run is on its worker thread.
    SyncReport run(const SyncRequest &request, const std::function<void()> &whileRunning)
    {
        SyncRunner runner;
        std::optional<SyncReport> report;
        QObject::connect(&runner, &SyncRunner::finished, &runner, [&](const SyncReport &r) { report = r; });
        runner.start(request, QStringLiteral("reliability"));
        QElapsedTimer clock;
        clock.start();
        while (!report && clock.elapsed() < 60000) {
            QTest::qWait(10);
            if (whileRunning && !report)
                whileRunning();
        }
        if (!report) {
            runner.cancel();
            (void)QTest::qWaitFor([&] { return report.has_value(); }, 10000);
            SyncReport timedOut;
            timedOut.outcome = RunOutcome::Running;
            timedOut.message = QStringLiteral("the sync did not finish within 60 s");
            return report ? *report : timedOut;
        }
        return *report;
    }

    // The second page of the listing answers with the first page again.
    QJsonArray repeatedPageFaults()
    {
        const QJsonArray all = m_server.users();
        QJsonArray first;
        for (int i = 0; i < 100 && i < all.size(); ++i)
            first.append(all.at(i));
        const QJsonObject page {
            {QStringLiteral("schemas"),
                QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")}},
            {QStringLiteral("totalResults"), all.size()}, {QStringLiteral("itemsPerPage"), first.size()},
            {QStringLiteral("startIndex"), 1}, {QStringLiteral("Resources"), first}};
        QJsonObject action = status(200);
        action.insert(QStringLiteral("body"), page);
        action.insert(QStringLiteral("contentType"), QStringLiteral("application/scim+json"));
        return {pass(QStringLiteral("GET"), 1), faultAt(QStringLiteral("GET"), action, 1)};
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void fault_data()
    {
        QTest::addColumn<int>("index");
        const QList<Cell> all = cells();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].area + QLatin1Char('/') + all[i].name)) << i;
    }

    void fault()
    {
        QFETCH(int, index);
        const Cell cell = cells().at(index);
        ReliabilityLine line(cell.area, cell.name);
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));

        QList<Person> everyone = people(peopleCount);
        for (int i = peopleCount - 5; i < peopleCount; ++i)
            everyone[i].status = QStringLiteral("Disabled");
        f.writeCsv(everyone);
        // Accounts already in Zoom: other people's (enough for a second list page when a cell
        // needs one), then ten of ours and two disabled ones, which the first sync adopts.
        QJsonArray seed;
        for (int i = 0; i < (listingFault(cell) ? 110 : 20); ++i)
            seed.append(ScimTestServer::makeUser(QStringLiteral("other-%1@example.com").arg(i)));
        for (int i : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 46, 47})
            seed.append(ScimTestServer::makeUser(everyone[i].email, QStringLiteral("Old")));
        QVERIFY2(!m_server.seedUsers(seed).isEmpty(), qPrintable(m_server.lastError()));
        QSet<QString> preexisting = ReliabilityChecks::zoomIds(m_server);

        QJsonArray faults = cell.repeatPage ? repeatedPageFaults() : cell.faults;
        if (!faults.isEmpty())
            QVERIFY2(m_server.pushFaults(faults), qPrintable(m_server.lastError()));
        if (cell.latencyMs > 0)
            QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), cell.latencyMs}}));
        QVERIFY(m_server.resetStats());

        SyncRequest request = f.request();
        request.requestTimeoutMs = cell.requestTimeoutMs;
        bool invalidated = false;
        const SyncReport first = run(request, [&] {
            if (cell.invalidateTokensMidRun && !invalidated
                && m_server.stats().value(QStringLiteral("writes")).toInt() >= 10) {
                invalidated = m_server.expireTokens();
            }
        });
        line.setDetail(ReliabilityChecks::summary(first));
        const QJsonObject stats = m_server.stats();
        const int writes = stats.value(QStringLiteral("writes")).toInt();

        // Every queued fault was served: the fault really happened mid-run (the daily cap stays queued).
        if (cell.maxPostsAfterFault < 0) {
            const auto left = m_server.control("GET", QStringLiteral("/faults"));
            QVERIFY(left.has_value());
            QVERIFY2(left->value(QStringLiteral("faults")).toArray().isEmpty(),
                QJsonDocument(*left).toJson(QJsonDocument::Compact).constData());
        }
        QString problem = ReliabilityChecks::endedCleanly(first);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (cell.invalidateTokensMidRun)
            QVERIFY2(invalidated, "the tokens were not invalidated mid-run: the run was too short");
        const bool stopped = first.outcome == RunOutcome::Failed || first.outcome == RunOutcome::Cancelled;
        if (cell.expect == Expect::Complete)
            QVERIFY2(first.outcome == RunOutcome::Succeeded,
                qPrintable(QStringLiteral("a transient fault must be retried: ")
                    + ReliabilityChecks::summary(first)));
        if (cell.expect == Expect::Stop) {
            QVERIFY2(stopped,
                qPrintable(QStringLiteral("the run must stop: ") + ReliabilityChecks::summary(first)));
            QVERIFY2(
                first.message.contains(cell.messageNames, Qt::CaseInsensitive), qPrintable(first.message));
        }
        if (cell.maxPostsAfterFault >= 0) {
            const int posts
                = stats.value(QStringLiteral("requests")).toObject().value(QStringLiteral("POST")).toInt();
            QVERIFY2(posts <= passBefore + 1 + cell.maxPostsAfterFault,
                qPrintable(QStringLiteral("%1 creates were sent after the first refusal")
                               .arg(posts - passBefore - 1)));
        }
        // A stop that says nothing was changed must be true.
        if (stopped && first.message.contains(QStringLiteral("Nothing was changed"), Qt::CaseInsensitive))
            QCOMPARE(writes, 0);

        problem = ReliabilityChecks::stateMatchesZoom(f, m_server, preexisting, false);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after the faulted run: ") + problem));
        problem = ReliabilityChecks::historyTellsWhatHappened(f, first);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The same sync without faults completes and leaves exactly one account per person.
        QVERIFY(m_server.clearFaults());
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 0}}));
        if (cell.settleMs > 0)
            QTest::qWait(cell.settleMs);
        const SyncReport second = f.sync();
        line.setDetail(ReliabilityChecks::summary(first) + QStringLiteral(" | then ")
            + ReliabilityChecks::summary(second));
        QVERIFY2(second.outcome == RunOutcome::Succeeded, qPrintable(ReliabilityChecks::summary(second)));
        problem = ReliabilityChecks::historyTellsWhatHappened(f, second);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = ReliabilityChecks::stateMatchesZoom(f, m_server, preexisting, true);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after the clean run: ") + problem));
        // Disabled people never provisioned are skipped (a disabled account is not created); the two
        // that Zoom already had are adopted and deactivated.
        QList<Person> provisioned = everyone;
        provisioned.removeIf([&](const Person &p) {
            return p.status == QLatin1String("Disabled") && p.key != everyone[46].key
                && p.key != everyone[47].key;
        });
        problem = ReliabilityChecks::onePerPersonWithRightAttributes(f, m_server, provisioned);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(f.managedCount(QStringLiteral("active")), peopleCount - 5);
        QCOMPARE(f.managedCount(QStringLiteral("disabled")), 2);
        QCOMPARE(m_server.users().size(), preexisting.size() + provisioned.size() - 12);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
