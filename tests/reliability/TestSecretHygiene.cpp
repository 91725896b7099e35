#include "ConnectionService.h"
#include "HistoryExporter.h"
#include "HistoryQuery.h"
#include "KeychainSecretStore.h"
#include "ReliabilityChecks.h"
#include "ReliabilityLine.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

// Secret hygiene end to end: a connection saved with the real keychain, a CLI sync, an in-process
// sync with failures, and history exports; then every file of the data dir (SQLite, -wal and -shm
// included, raw bytes), every export, the run logs and the CLI's output are searched for the client
// secret, the bearer token the runs used and the LDAP password. TestHistorySecrets covers the
// scrubber's shapes and the recorder; this proves nothing slips through anywhere else.
namespace {
const QString clientSecret = QStringLiteral("Kc9-known-client-secret-Qw7Zx3");
const QString ldapPassword = QStringLiteral("Lp4-known-ldap-password-Rt8Vb2");
} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server {[] {
        ScimTestServer::Options o;
        o.clientSecret = clientSecret;
        return o;
    }()};

    // A real token from the server's own token endpoint.
    QString issueToken()
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(m_server.tokenUrl());
        req.setRawHeader("Authorization",
            "Basic " + (m_server.options().clientId + QLatin1Char(':') + clientSecret).toUtf8().toBase64());
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(req,
            QStringLiteral("grant_type=account_credentials&account_id=%1")
                .arg(m_server.options().accountId)
                .toUtf8());
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {};
        const QString token = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        reply->deleteLater();
        return token;
    }

private slots:
    void initTestCase()
    {
        if (!secretServiceAvailable())
            QSKIP("no Secret Service on the session bus: run through scripts/test");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void noSecretAnywhere()
    {
        ReliabilityLine line(QStringLiteral("secrets"), QStringLiteral("no-secret-in-files-logs-exports"));
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));

        // The wizard's save: the connection through ConnectionService, its secrets in the keychain.
        f.connection().removalGuard = RemovalGuard {}; // the wizard allows at most 50 %
        KeychainSecretStore keychain;
        ConnectionService service(&f.database(), &keychain);
        std::optional<ConnectionService::Outcome> saved;
        service.save(f.connection(), ConnectionService::Secrets {clientSecret, ldapPassword},
            [&](const ConnectionService::Outcome &o) { saved = o; });
        QVERIFY(QTest::qWaitFor([&] { return saved.has_value(); }, 20000));
        QVERIFY2(saved->ok, qPrintable(saved->message));

        // Every token request answers with a token this test knows (a real one, issued by the server).
        const QString token = issueToken();
        QVERIFY(token.size() >= 16);
        const QJsonObject tokenBody {{QStringLiteral("access_token"), token},
            {QStringLiteral("token_type"), QStringLiteral("bearer")}, {QStringLiteral("expires_in"), 3600},
            {QStringLiteral("scope"), QStringLiteral("scim2 user:read:admin user:write:admin")}};
        QVERIFY(m_server.pushFault(QStringLiteral("POST"), QStringLiteral("/oauth/token"),
            {{QStringLiteral("status"), 200}, {QStringLiteral("body"), tokenBody}}, 100));
        // Failures whose answers echo the credentials back, as a careless proxy might.
        const QJsonObject echo {
            {QStringLiteral("schemas"),
                QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")}},
            {QStringLiteral("detail"),
                QStringLiteral("rejected Authorization: Bearer %1 (client_secret=%2)")
                    .arg(token, clientSecret)},
            {QStringLiteral("status"), 400}};
        QVERIFY(m_server.pushFault(QStringLiteral("POST"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 400}, {QStringLiteral("body"), echo}}, 2));
        QVERIFY(m_server.setConfig(
            {{QStringLiteral("foreignEmails"), QJsonArray {QStringLiteral("user-00003@example.com")}}}));

        // A CLI sync with the secret from the keychain, then an in-process one with a change.
        QList<Person> ps = people(12);
        f.writeCsv(ps);
        const ProcessResult cli = runCli({QStringLiteral("--data-dir"), f.dataDir(), QStringLiteral("sync"),
            QStringLiteral("Sync test"), QStringLiteral("--json")});
        QVERIFY2(cli.finished && (cli.exitCode == 0 || cli.exitCode == 1), qPrintable(cli.err));
        ps[0].title = QStringLiteral("Changed");
        f.writeCsv(ps);
        QVERIFY(m_server.pushFault(QStringLiteral("PUT"), QStringLiteral("/scim2/Users"),
            {{QStringLiteral("status"), 400}, {QStringLiteral("body"), echo}}, 1));
        SyncRequest request = f.request();
        request.sourcePassword = ldapPassword;
        QStringList log;
        const SyncReport failed = ReliabilityChecks::runCapturingLog(request, &log);
        line.setDetail(ReliabilityChecks::summary(failed));
        QVERIFY2(failed.outcome == RunOutcome::Partial || failed.outcome == RunOutcome::Failed,
            qPrintable(ReliabilityChecks::summary(failed)));
        // The runs really used the known token.
        const auto left = m_server.control("GET", QStringLiteral("/faults"));
        QVERIFY(left.has_value());
        for (const QJsonValue &v : left->value(QStringLiteral("faults")).toArray())
            if (v[QStringLiteral("match")][QStringLiteral("path")].toString()
                == QLatin1String("/oauth/token"))
                QVERIFY2(v[QStringLiteral("times")].toInt() < 100, "the token fault was never used");

        // Every export of the history.
        QTemporaryDir exports;
        HistoryQuery query(f.database().handle());
        const QList<RunRecord> runs = query.runs(RunFilter {});
        QVERIFY(runs.size() >= 2);
        for (HistoryExporter::Format format : {HistoryExporter::Format::Csv, HistoryExporter::Format::Json}) {
            const QString ext
                = format == HistoryExporter::Format::Csv ? QStringLiteral("csv") : QStringLiteral("json");
            QString error;
            QFile all(exports.filePath(QStringLiteral("runs.") + ext));
            QVERIFY(all.open(QIODevice::WriteOnly));
            QVERIFY2(
                HistoryExporter::exportRuns(query, RunFilter {}, &all, format, &error), qPrintable(error));
            for (const RunRecord &run : runs) {
                QFile events(exports.filePath(QStringLiteral("events-%1.%2").arg(run.id).arg(ext)));
                QVERIFY(events.open(QIODevice::WriteOnly));
                QVERIFY2(HistoryExporter::exportRunEvents(query, run.id, &events, format, &error),
                    qPrintable(error));
            }
            QFile timeline(exports.filePath(QStringLiteral("timeline.") + ext));
            QVERIFY(timeline.open(QIODevice::WriteOnly));
            QVERIFY2(HistoryExporter::exportUserTimeline(
                         query, QStringLiteral("user-00000@example.com"), {}, &timeline, format, &error),
                qPrintable(error));
        }

        const QString logText = log.join(QLatin1Char('\n'));
        QVERIFY(!logText.isEmpty());
        for (const QString &secret : {clientSecret, token, ldapPassword}) {
            QStringList hits = filesContaining(f.dataDir(), secret.toUtf8())
                + filesContaining(exports.path(), secret.toUtf8());
            if (logText.contains(secret))
                hits << QStringLiteral("the run log");
            if (cli.out.contains(secret) || cli.err.contains(secret))
                hits << QStringLiteral("the CLI's output");
            QVERIFY2(hits.isEmpty(),
                qPrintable(QStringLiteral("a secret is in: ") + hits.join(QStringLiteral(", "))));
        }
        QVERIFY(!QDir(f.dataDir())
                     .entryList({QStringLiteral("*.db*"), QStringLiteral("*.sqlite*")}, QDir::Files)
                     .isEmpty()
            || !QDir(f.dataDir()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "TestSecretHygiene.moc"
