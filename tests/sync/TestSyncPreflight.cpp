// The pre-flight forecast of `sync NAME --dry-run --json` (Preflight), through the built CLI against
// the real SCIM test server seeded with accounts of every kind the forecast counts.
#include "SyncFixture.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString secretVariable = QStringLiteral("PD_PREFLIGHT_TEST_SECRET");

Person person(const QString &key, const QString &email)
{
    Person p;
    p.key = key;
    p.email = email;
    return p;
}

} // namespace

class TestSyncPreflight : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    QJsonObject dryRun(const SyncFixture &f, QString *text = nullptr)
    {
        const QStringList base {QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("sync"),
            QStringLiteral("Sync test"), QStringLiteral("--secret-env"), secretVariable,
            QStringLiteral("--dry-run")};
        const QStringList env {secretVariable + QLatin1Char('=') + m_server.clientSecret()};
        if (text) {
            const ProcessResult r = runCli(base, env, 120000);
            *text = r.out + r.err;
        }
        const ProcessResult r = runCli(base + QStringList {QStringLiteral("--json")}, env, 120000);
        if (r.exitCode != 0)
            qWarning("dry run: exit %d: %s", r.exitCode, qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("preflight")).toObject();
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void countsEveryKindOfAccount()
    {
        QVERIFY(m_server.reset());
        QJsonObject inactive = ScimTestServer::makeUser(QStringLiteral("inactive.one@example.com"));
        inactive.insert(QStringLiteral("active"), false);
        QJsonObject admin = ScimTestServer::makeUser(QStringLiteral("admin.one@example.com"));
        admin.insert(QStringLiteral("roles"),
            QJsonArray {QJsonObject {
                {QStringLiteral("value"), QStringLiteral("Admin")}, {QStringLiteral("primary"), true}}});
        const QStringList ids
            = m_server.seedUsers({ScimTestServer::makeUser(QStringLiteral("active.one@example.com")),
                inactive, admin, ScimTestServer::makeUser(QStringLiteral("Case.One@example.com")),
                ScimTestServer::makeUser(QStringLiteral("outsider@example.com"))});
        QVERIFY2(ids.size() == 5, qPrintable(m_server.lastError()));

        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.connection().rateLimit = RateLimit {10, 4};
        QVERIFY(f.saveConnection());
        f.writeCsv({person(QStringLiteral("k1"), QStringLiteral("active.one@example.com")),
            person(QStringLiteral("k2"), QStringLiteral("inactive.one@example.com")),
            person(QStringLiteral("k3"), QStringLiteral("admin.one@example.com")),
            person(QStringLiteral("k4"), QStringLiteral("case.one@example.com")),
            person(QStringLiteral("k5"), QStringLiteral("new.one@example.com")),
            person(QStringLiteral("k6"), QStringLiteral("new.two@example.com")),
            person(QStringLiteral("k7"), QStringLiteral("new.three@example.com")),
            person(QStringLiteral("k8"), QStringLiteral("shared@example.com")),
            person(QStringLiteral("k9"), QStringLiteral("shared@example.com"))});
        QVERIFY(m_server.resetStats());

        QString text;
        const QJsonObject p = dryRun(f, &text);
        QVERIFY2(!p.isEmpty(), qPrintable(text));
        QCOMPARE(p.value(QStringLiteral("zoomListed")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("adopt")).toInt(), 4);
        QCOMPARE(p.value(QStringLiteral("create")).toInt(), 3);
        QCOMPARE(p.value(QStringLiteral("leftAlone")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("reactivate")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("protectedAdmins")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("protectedAdminNames")).toArray(),
            QJsonArray {QStringLiteral("admin.one@example.com")});
        QCOMPARE(p.value(QStringLiteral("sharedAccounts")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("sharedAccountNames")).toArray(),
            QJsonArray {QStringLiteral("shared@example.com")});
        QCOMPARE(p.value(QStringLiteral("caseDifferences")).toInt(), 1);
        // Requests: 3 POST, the inactive account's PATCH, one listing page; PUTs where attributes differ.
        const QJsonObject requests = p.value(QStringLiteral("requests")).toObject();
        QCOMPARE(requests.value(QStringLiteral("POST")).toInt(), 3);
        QCOMPARE(requests.value(QStringLiteral("PATCH")).toInt(), 1);
        QCOMPARE(requests.value(QStringLiteral("GET")).toInt(), 1);
        int total = 0;
        for (const QJsonValue &v : requests)
            total += v.toInt();
        QCOMPARE(p.value(QStringLiteral("requestTotal")).toInt(), total);
        QVERIFY2(p.value(QStringLiteral("estimatedSeconds")).toDouble() >= total / 10.0,
            QJsonDocument(p).toJson().constData());
        QCOMPARE(p.value(QStringLiteral("rateAboveZoomLimit")).toBool(), false);
        // A dry run: the forecast sent nothing but the listing (twice: text and JSON runs).
        QCOMPARE(m_server.requestCount(QStringLiteral("POST")), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("PATCH")), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("PUT")), 0);
        // The human-readable dry run prints the forecast too.
        QVERIFY2(text.contains(QStringLiteral("Pre-flight forecast:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Adopted (already in Zoom): 4")), qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("Admins and owners Zoom will not deactivate: 1 (admin.one@example.com)")),
            qPrintable(text));
    }

    void estimateFollowsTheRateAndWarnsAboveZoomsLimit()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.connection().rateLimit = RateLimit {10, 4};
        QVERIFY(f.saveConnection());
        f.writeCsv(people(100));
        const QJsonObject p = dryRun(f);
        QCOMPARE(p.value(QStringLiteral("create")).toInt(), 100);
        QCOMPARE(p.value(QStringLiteral("leftAlone")).toInt(), 0);
        QCOMPARE(p.value(QStringLiteral("requestTotal")).toInt(), 101); // 100 POST + one listing page
        QVERIFY2(p.value(QStringLiteral("estimatedSeconds")).toDouble() >= 10.0,
            qPrintable(QString::number(p.value(QStringLiteral("estimatedSeconds")).toDouble())));
        QVERIFY(p.value(QStringLiteral("estimatedSeconds")).toDouble() <= 12.0);
        QVERIFY(!p.contains(QStringLiteral("rateWarning")));

        // Five times the rate: a fifth of the time, and a rate Zoom does not allow.
        f.connection().rateLimit = RateLimit {100, 4};
        QVERIFY(f.saveConnection());
        const QJsonObject fast = dryRun(f);
        QVERIFY(fast.value(QStringLiteral("estimatedSeconds")).toDouble() < 10.0);
        QCOMPARE(fast.value(QStringLiteral("rateAboveZoomLimit")).toBool(), true);
        QVERIFY2(fast.value(QStringLiteral("rateWarning")).toString().contains(QStringLiteral("uncertain")),
            qPrintable(fast.value(QStringLiteral("rateWarning")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSyncPreflight)
#include "TestSyncPreflight.moc"
