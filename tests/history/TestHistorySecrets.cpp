#include "Database.h"
#include "HistoryExporter.h"
#include "HistoryFixtures.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"
#include "SecretScrubber.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {
const QString jwt
    = QStringLiteral("eyJhbGciOiJIUzUxMiIsInYiOiIyLjAiLCJrIjoiZ2FmIn0.eyJhdWQiOiJodHRwczovL29hdXRoLnpvb20"
                     "udXMiLCJ1aWQiOiJ4In0.Zk3l9_QmR2tYp8vW1xK4nB6cD0eF");
const QString clientSecret = QStringLiteral("q7Xk2LmN9pRs4TuV6wYz8AbC1dEf3GhJ");
} // namespace

// Nothing token-like reaches the history: not the database, not its WAL, not an export.
class TestHistorySecrets : public QObject
{
    Q_OBJECT
private slots:
    void scrubsCredentialShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << QStringLiteral("GET /Users failed: Bearer %1 was rejected").arg(jwt)
                                << jwt;
        QTest::newRow("authorization header")
            << QStringLiteral("Authorization: Basic dXNlcjpwYXNzd29yZA==\nnext line")
            << QStringLiteral("dXNlcjpwYXNzd29yZA==");
        QTest::newRow("bare jwt") << QStringLiteral("token %1.").arg(jwt) << jwt.left(40);
        QTest::newRow("form field") << QStringLiteral(
            "grant_type=account_credentials&client_secret=Sup3rS3cretValue&x=1")
                                    << QStringLiteral("Sup3rS3cretValue");
        QTest::newRow("json field") << QStringLiteral(
            "{\"access_token\":\"abc.def-ghi_123\",\"expires_in\":3600}")
                                    << QStringLiteral("abc.def-ghi_123");
        QTest::newRow("escaped json field")
            << QStringLiteral("{\"body\":\"{\\\"client_secret\\\":\\\"hunter2hunter2\\\"}\"}")
            << QStringLiteral("hunter2hunter2");
        QTest::newRow("password pair")
            << QStringLiteral("bind failed for cn=admin password: Pa55word!") << QStringLiteral("Pa55word!");
        QTest::newRow("opaque token")
            << QStringLiteral("secret is %1 here").arg(clientSecret) << clientSecret;
    }

    void scrubsCredentialShapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString scrubbed = SecretScrubber().scrub(text);
        QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
        QVERIFY2(scrubbed.contains(QLatin1String(SecretScrubber::redacted)), qPrintable(scrubbed));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("email") << QStringLiteral("jane.doe+zoom@example.com was created");
        QTest::newRow("url with zoom id")
            << QStringLiteral("PUT https://api.zoom.us/scim2/Users/KDcuGIm1QgePTO8WbOqwIQ: 404");
        QTest::newRow("uuid") << QStringLiteral("source key 1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        QTest::newRow("hash") << QStringLiteral("payload da39a3ee5e6b4b0d3255bfef95601890afd80709");
        QTest::newRow("zoom error") << QStringLiteral(
            "Zoom: User already exists in another account (409). Ask the owner.");
        QTest::newRow("dn") << QStringLiteral("uid=jane,ou=People,dc=example,dc=com");
        QTest::newRow("long word") << QStringLiteral("Internationalisation-and-localisation-department");
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, text);
        QCOMPARE(SecretScrubber().scrub(text), text);
    }

    void knownSecretsAndCredentialAttributes()
    {
        SecretScrubber s;
        s.addKnownSecret(QStringLiteral("plain-words-secret"));
        s.addKnownSecret(QStringLiteral("abc")); // too short to be told from words: ignored
        QCOMPARE(s.scrub(QStringLiteral("value plain-words-secret and abc")),
            QStringLiteral("value [redacted] and abc"));
        const QList<AttributeChange> changes = s.scrub(QList<AttributeChange> {
            {QStringLiteral("password"), QStringLiteral("old-pw"), QStringLiteral("new-pw")},
            {QStringLiteral("title"), QStringLiteral("Engineer"), QStringLiteral("uses plain-words-secret")},
            {QStringLiteral("department"), QJsonValue(), QStringLiteral("Sales")}});
        QCOMPARE(changes.at(0).oldValue, QJsonValue(QStringLiteral("[redacted]")));
        QCOMPARE(changes.at(0).newValue, QJsonValue(QStringLiteral("[redacted]")));
        QCOMPARE(changes.at(1).oldValue, QJsonValue(QStringLiteral("Engineer")));
        QCOMPARE(changes.at(1).newValue, QJsonValue(QStringLiteral("uses [redacted]")));
        QCOMPARE(changes.at(2).newValue, QJsonValue(QStringLiteral("Sales")));
    }

    // End to end: what the engine might carelessly hand over never lands in any file.
    void noSecretInAnyFileOfTheDataDirectory()
    {
        QTemporaryDir dir;
        const QString knownToken = QStringLiteral("zoom-access-token-Value-that-is-current");
        {
            Database db(dir.path());
            QVERIFY(db.open());
            {
                HistoryRecorder rec(db.handle());
                rec.scrubber().addKnownSecret(knownToken);
                rec.startRun(test::run(QUuid::createUuid(), QStringLiteral("Prod"), RunTrigger::Cli));
                rec.recordEvent(test::event(QStringLiteral("E1"), QStringLiteral("jane@example.com"),
                    HistoryOperation::Update, HistoryResult::Failed, 401,
                    QStringLiteral("401 with Authorization: Bearer %1 (token %2)").arg(jwt, knownToken)));
                rec.recordEvent(test::event(QStringLiteral("E2"), QStringLiteral("omar@example.com"),
                    HistoryOperation::Create, HistoryResult::Success, 201, {},
                    {{QStringLiteral("password"), QJsonValue(), clientSecret},
                        {QStringLiteral("title"), QJsonValue(),
                            QStringLiteral("client_secret=%1").arg(clientSecret)}}));
                QVERIFY(rec.finishRun(
                    RunOutcome::Failed, QStringLiteral("token request sent %1").arg(clientSecret)));
            }
            // Exports come from the database; write them into the data dir so the search covers them.
            for (const auto format : {HistoryExporter::Format::Csv, HistoryExporter::Format::Json}) {
                QFile f(dir.filePath(format == HistoryExporter::Format::Csv ? QStringLiteral("e.csv")
                                                                            : QStringLiteral("e.json")));
                QVERIFY(f.open(QIODevice::WriteOnly));
                QString error;
                QVERIFY(HistoryExporter::exportRunEvents(HistoryQuery(db.handle()), 1, &f, format, &error));
            }
            const auto events = HistoryQuery(db.handle()).runEvents(1);
            QCOMPARE(events.size(), 2);
            QVERIFY(events.at(0).detail.startsWith(QStringLiteral("401 with Authorization: [redacted]")));
            db.close();
        }
        for (const QString &secret : {jwt, knownToken, clientSecret}) {
            const QStringList hits = test::filesContaining(dir.path(), secret.toUtf8());
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
    }
};

QTEST_GUILESS_MAIN(TestHistorySecrets)
#include "TestHistorySecrets.moc"
