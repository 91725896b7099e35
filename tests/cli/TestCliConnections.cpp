#include "ConnectionStore.h"
#include "Database.h"
#include "KeychainSecretStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QJsonObject exampleFile()
{
    QFile f(test::sourceDir() + QStringLiteral("/docs/examples/zoom-connection.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonObject &json)
{
    return writeJson(dir, name, QJsonDocument(json).toJson());
}

SecretResult readSecret(QObject *context, const QUuid &id)
{
    KeychainSecretStore store;
    std::optional<SecretResult> result;
    store.read({id, SecretKind::ClientSecret}, context, [&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return SecretResult {SecretResult::Error::Other, QStringLiteral("keychain did not answer"), {}};
    return *result;
}

} // namespace

// Drives the built provisiondesk-cli against a temp data dir and the real keychain.
class TestCliConnections : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList dataDir() const
    {
        return {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))};
    }
    test::ProcessResult cli(const QStringList &args, const QStringList &env = {})
    {
        return test::runCli(dataDir() + args, env);
    }

private slots:
    void init()
    {
        // Each test starts from an empty data dir.
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
    }

    void version()
    {
        const auto r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("provisiondesk-cli ")));
    }

    void unknownCommandIsAUsageError()
    {
        const auto r = cli({QStringLiteral("connection"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QStringLiteral("unknown command")));
    }

    void importExportRoundTrip()
    {
        const QJsonObject original = exampleFile();
        QVERIFY(!original.isEmpty());
        const QString path = writeJson(m_dir, QStringLiteral("in.json"), original);
        const QString secret
            = QStringLiteral("cli-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto r = cli({QStringLiteral("connection"), QStringLiteral("import"), path,
                         QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET")},
            {QStringLiteral("PD_TEST_SECRET=") + secret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Imported")));

        r = cli({QStringLiteral("connection"), QStringLiteral("export"),
            original.value(QStringLiteral("name")).toString()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject exported = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(exported, original);
        QVERIFY(!r.out.contains(secret));

        // The secret is in the keychain, and in no file under the data dir.
        r = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QUuid id = QUuid::fromString(list.at(0).toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(
            list.at(0).toObject().value(QStringLiteral("validity")).toString(), QStringLiteral("untested"));
        const SecretResult stored = readSecret(this, id);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.value, secret);
        QVERIFY(test::filesContaining(m_dir.filePath(QStringLiteral("data")), secret.toUtf8()).isEmpty());

        // Importing the same file again updates in place: still one connection, same id.
        r = cli({QStringLiteral("connection"), QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Updated")));
        r = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            id.toString(QUuid::WithoutBraces));

        // Delete removes the row and the secret.
        r = cli({QStringLiteral("connection"), QStringLiteral("delete"),
            original.value(QStringLiteral("name")).toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readSecret(this, id).error, SecretResult::Error::NotFound);
        r = cli({QStringLiteral("connection"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("No connections")));
    }

    void enabledInTheFileWaitsForATest()
    {
        QJsonObject json = exampleFile();
        json.insert(QStringLiteral("enabled"), true);
        const auto r = cli({QStringLiteral("connection"), QStringLiteral("import"),
            writeJson(m_dir, QStringLiteral("enabled.json"), json)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("stays disabled")));
        const auto list
            = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8())
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("enabled"))
                     .toBool(),
            false);
    }

    void enableAndDisableWithoutAReimport()
    {
        const QJsonObject json = exampleFile();
        const QString name = json.value(QStringLiteral("name")).toString();
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("import"),
                         writeJson(m_dir, QStringLiteral("c.json"), json)})
                     .exitCode,
            0);
        const auto enabled = [&] {
            const auto list
                = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(list.out.toUtf8())
                .array()
                .at(0)
                .toObject()
                .value(QStringLiteral("enabled"))
                .toBool();
        };
        // Untested: refused, with the reason and what to do.
        auto r = cli({QStringLiteral("connection"), QStringLiteral("enable"), name});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("connection test")), qPrintable(r.err));
        QVERIFY(!enabled());
        // A passed test, as "connection test" records it.
        {
            Database db(m_dir.filePath(QStringLiteral("data")));
            QVERIFY(db.open());
            ConnectionStore store(db.handle());
            auto c = store.findByName(name);
            QVERIFY(c);
            c->validity = Validity::Valid;
            QVERIFY(store.update(&*c));
            db.close();
        }
        r = cli({QStringLiteral("connection"), QStringLiteral("enable"), name});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(enabled());
        QCOMPARE(
            cli({QStringLiteral("connection"), QStringLiteral("enable"), name}).exitCode, 0); // idempotent
        r = cli({QStringLiteral("connection"), QStringLiteral("disable"), name});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!enabled());
        QCOMPARE(
            cli({QStringLiteral("connection"), QStringLiteral("enable"), QStringLiteral("No such")}).exitCode,
            3);
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("disable")}).exitCode, 64);
    }

    void theCliSpeaksTheLanguageAsked()
    {
        const QStringList list {QStringLiteral("connection"), QStringLiteral("list")};
        QVERIFY(cli(list).out.contains(QStringLiteral("No connections")));
        QVERIFY(cli(list, {QStringLiteral("PROVISIONDESK_LANG=de")})
                    .out.contains(QStringLiteral("Keine Verbindungen")));
        QVERIFY(cli(list, {QStringLiteral("PROVISIONDESK_LANG=ja")})
                    .out.contains(QStringLiteral("接続がありません")));
        // Core messages too (the connection file reader), not only the CLI's own.
        QJsonObject json = exampleFile();
        json.insert(QStringLiteral("nmae"), QStringLiteral("x"));
        const auto r = cli({QStringLiteral("connection"), QStringLiteral("import"),
                               writeJson(m_dir, QStringLiteral("typo.json"), json)},
            {QStringLiteral("PROVISIONDESK_LANG=fr")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("clé inconnue")) || r.out.contains(QStringLiteral("clé inconnue")),
            qPrintable(r.err + r.out));
    }

    void badFilesAreRefusedAndNothingIsSaved_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QJsonObject withSecret = exampleFile();
        QJsonObject auth = withSecret.value(QStringLiteral("authentication")).toObject();
        auth.insert(QStringLiteral("clientSecret"), QStringLiteral("oops-in-a-file"));
        withSecret.insert(QStringLiteral("authentication"), auth);
        QJsonObject unknown = exampleFile();
        unknown.insert(QStringLiteral("schedule"), QStringLiteral("hourly"));
        QJsonObject plainHttp = exampleFile();
        plainHttp.insert(QStringLiteral("scimUrl"), QStringLiteral("http://api.zoom.us/scim2"));
        QTest::newRow("not json") << QByteArray("{\"name\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("one JSON object");
        QTest::newRow("secret key") << QJsonDocument(withSecret).toJson()
                                    << QStringLiteral("looks like a secret");
        QTest::newRow("unknown key") << QJsonDocument(unknown).toJson()
                                     << QStringLiteral("unknown key \"schedule\"");
        QTest::newRow("plain http") << QJsonDocument(plainHttp).toJson() << QStringLiteral("https://");
    }

    void badFilesAreRefusedAndNothingIsSaved()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const auto r = cli({QStringLiteral("connection"), QStringLiteral("import"),
            writeJson(m_dir, QStringLiteral("bad.json"), content)});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("oops-in-a-file")));
        const auto list = cli({QStringLiteral("connection"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("No connections")));
    }

    void missingSecretVariableIsAUsageError()
    {
        const auto r = cli({QStringLiteral("connection"), QStringLiteral("import"),
            writeJson(m_dir, QStringLiteral("in.json"), exampleFile()), QStringLiteral("--secret-env"),
            QStringLiteral("PD_TEST_UNSET_VARIABLE")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QStringLiteral("PD_TEST_UNSET_VARIABLE")));
    }

    void unwritableDataDirIsReported()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto r
            = test::runCli({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("blocker/x")),
                QStringLiteral("connection"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("data folder")));
    }
};

QTEST_GUILESS_MAIN(TestCliConnections)
#include "TestCliConnections.moc"
