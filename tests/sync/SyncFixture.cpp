#include "SyncFixture.h"

#include "SyncRunner.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace pd::test {

QList<Person> people(int count, const QString &prefix)
{
    QList<Person> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Person p;
        p.key = QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        p.email = p.key + QStringLiteral("@example.com");
        p.first = QStringLiteral("First%1").arg(i);
        p.last = QStringLiteral("Last%1").arg(i);
        list << p;
    }
    return list;
}

SyncFixture::SyncFixture(ScimTestServer *server)
    : m_server(server)
    , m_database(m_dir.path())
{
    if (!m_database.open())
        m_error = m_database.errorString();
    m_connection = server->connection(QStringLiteral("Sync test"));
    m_connection.validity = Validity::Valid;
    m_connection.enabled = true;
    m_connection.actions.deprovisionUsers = true;
    m_connection.rateLimit.requestsPerSecond = 1000;
    m_connection.rateLimit.concurrency = 4;
    m_connection.removalGuard.percentOfManaged = 100;
    m_connection.removalGuard.maxUsers = 100000;
    const QJsonObject source {{QStringLiteral("type"), QStringLiteral("csv")},
        {QStringLiteral("file"), csvPath()}, {QStringLiteral("keyColumn"), QStringLiteral("key")},
        {QStringLiteral("disabledWhen"),
            QJsonObject {{QStringLiteral("column"), QStringLiteral("status")},
                {QStringLiteral("value"), QStringLiteral("Disabled")}}}};
    const QJsonObject mapping {
        {QStringLiteral("userName"),
            QJsonObject {{QStringLiteral("expression"), QStringLiteral("lower(email)")}}},
        {QStringLiteral("email"),
            QJsonObject {{QStringLiteral("expression"), QStringLiteral("lower(email)")}}},
        {QStringLiteral("givenName"), QJsonObject {{QStringLiteral("attribute"), QStringLiteral("first")}}},
        {QStringLiteral("familyName"), QJsonObject {{QStringLiteral("attribute"), QStringLiteral("last")}}},
        {QStringLiteral("title"), QJsonObject {{QStringLiteral("attribute"), QStringLiteral("title")}}},
        {QStringLiteral("active"), QJsonObject {{QStringLiteral("expression"), QStringLiteral("@enabled")}}}};
    m_connection.rule
        = QJsonObject {{QStringLiteral("source"), source}, {QStringLiteral("mapping"), mapping}};
    if (m_error.isEmpty() && !saveConnection())
        m_error = QStringLiteral("cannot save the connection");
}

SyncFixture::~SyncFixture()
{
    m_database.close();
}

void SyncFixture::writeCsv(const QList<Person> &list)
{
    QFile f(csvPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QByteArray bytes = "key,email,first,last,title,status\n";
    for (const Person &p : list)
        bytes += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                     .arg(p.key, p.email, p.first, p.last, p.title, p.status)
                     .toUtf8();
    f.write(bytes);
}

bool SyncFixture::saveConnection()
{
    ConnectionStore store(m_database.handle());
    const bool validity = m_connection.validity == Validity::Valid;
    const bool ok = store.find(m_connection.id) ? store.update(&m_connection) : store.insert(&m_connection);
    return ok && validity;
}

SyncRequest SyncFixture::request() const
{
    SyncRequest r;
    r.connectionId = m_connection.id;
    r.dataDir = m_dir.path();
    r.clientSecret = m_server->clientSecret();
    r.trigger = RunTrigger::Cli;
    RetryPolicy fast;
    fast.baseDelayMs = 5;
    fast.maxDelayMs = 50;
    fast.maxRetryAfterMs = 5000;
    r.retryPolicy = fast;
    r.requestTimeoutMs = 10000;
    return r;
}

SyncReport SyncFixture::sync(bool dryRun, bool full, bool approveAll, int timeoutMs)
{
    SyncRequest r = request();
    r.dryRun = dryRun;
    r.fullResync = full;
    if (approveAll) {
        // Approve what the last run held, as it was held (like the GUI's "Approve all").
        for (const PlannedOperation &op : std::as_const(m_lastHeld))
            r.approvedRemovals.append(ApprovedRemoval::of(op));
    }
    return run(r, timeoutMs);
}

SyncReport SyncFixture::run(const SyncRequest &r, int timeoutMs)
{
    SyncRunner runner;
    std::optional<SyncReport> report;
    QObject::connect(&runner, &SyncRunner::finished, &runner, [&](const SyncReport &rep) { report = rep; });
    runner.start(r, QStringLiteral("sync-test"));
    if (!QTest::qWaitFor([&] { return report.has_value(); }, timeoutMs)) {
        SyncReport timedOut;
        timedOut.message = QStringLiteral("the sync did not finish in time");
        return timedOut;
    }
    m_lastHeld = report->held;
    return *report;
}

QHash<QString, QJsonObject> SyncFixture::zoomUsers() const
{
    QHash<QString, QJsonObject> byName;
    const QJsonArray all = m_server->users();
    for (const QJsonValue &v : all)
        byName.insert(v.toObject().value(QStringLiteral("userName")).toString().toLower(), v.toObject());
    return byName;
}

int SyncFixture::managedCount(const QString &status) const
{
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM managed_users WHERE status = ?"));
    q.addBindValue(status);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace pd::test
