#include "ScimTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

// provisiondesk-cli connection test NAME [--secret-env VAR] [--json], run as a process.
class TestScimCliConnectionTest : public QObject
{
    Q_OBJECT
    ScimTestServer m_server;
    QTemporaryDir m_data;

    // With --secret-env the keychain must not be touched: point D-Bus nowhere, so any keychain
    // access would fail the command.
    const QStringList noKeychain {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus")};

    QStringList cli(const QStringList &args) const
    {
        return QStringList {QStringLiteral("--data-dir"), m_data.path()} + args;
    }

    ProcessResult importConnection(const QString &name, const QJsonObject &overrides = {})
    {
        QJsonObject json {{QStringLiteral("name"), name},
            {QStringLiteral("scimUrl"), m_server.scimUrl().toString()},
            {QStringLiteral("authentication"),
                QJsonObject {{QStringLiteral("method"), QStringLiteral("oauth-s2s")},
                    {QStringLiteral("tokenUrl"), m_server.tokenUrl().toString()},
                    {QStringLiteral("accountId"), m_server.options().accountId},
                    {QStringLiteral("clientId"), m_server.options().clientId}}}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            json.insert(it.key(), it.value());
        const QString path = m_data.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(json).toJson());
        f.close();
        return runCli(cli({QStringLiteral("connection"), QStringLiteral("import"), path}), noKeychain);
    }

    QJsonObject listed(const QString &name)
    {
        const ProcessResult r
            = runCli(cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")}),
                noKeychain);
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_server.seedGeneratedUsers(4).size() == 4);
        const ProcessResult r = importConnection(QStringLiteral("Zoom"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void passesWithSecretFromEnvironment()
    {
        const ProcessResult r = runCli(
            cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Zoom"),
                QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET"), QStringLiteral("--json")}),
            noKeychain + QStringList {QStringLiteral("PD_TEST_SECRET=") + m_server.clientSecret()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("cause")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QLatin1String("httpStatus")).toInt(), 200);
        QVERIFY2(o.value(QLatin1String("summary")).toString().contains(QLatin1String(" 4 user")),
            qPrintable(r.out));
        for (const char *key : {"ok", "cause", "summary", "fix", "httpStatus", "detail"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.size(), 6);
        const QJsonObject c = listed(QStringLiteral("Zoom"));
        QCOMPARE(c.value(QLatin1String("validity")).toString(), QStringLiteral("valid"));
        QVERIFY(!c.value(QLatin1String("lastTestedAt")).toString().isEmpty());
    }

    void failsWithWrongSecret()
    {
        const QString wrong = QStringLiteral("wrong-secret-%1").arg(QCoreApplication::applicationPid());
        const ProcessResult r
            = runCli(cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Zoom"),
                         QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET")}),
                noKeychain + QStringList {QStringLiteral("PD_TEST_SECRET=") + wrong});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("test failed (invalid-client)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Fix: ")));
        QVERIFY(r.out.contains(QLatin1String("Details: ")));
        QVERIFY(!QString(r.out + r.err).contains(wrong));
        const QJsonObject c = listed(QStringLiteral("Zoom"));
        QCOMPARE(c.value(QLatin1String("validity")).toString(), QStringLiteral("invalid"));
        QVERIFY(c.value(QLatin1String("lastTestMessage")).toString().contains(QLatin1String("client")));
        QVERIFY(filesContaining(m_data.path(), wrong.toUtf8()).isEmpty());
    }

    void jsonOnFailure()
    {
        QVERIFY(m_server.setConfig({{QStringLiteral("missingScope"), true}}));
        const ProcessResult r = runCli(
            cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Zoom"),
                QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET"), QStringLiteral("--json")}),
            noKeychain + QStringList {QStringLiteral("PD_TEST_SECRET=") + m_server.clientSecret()});
        QVERIFY(m_server.setConfig({{QStringLiteral("missingScope"), false}}));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("cause")).toString(), QStringLiteral("missing-scope"));
        QCOMPARE(o.value(QLatin1String("httpStatus")).toInt(), 400);
        QVERIFY(!o.value(QLatin1String("fix")).toString().isEmpty());
        QVERIFY(o.value(QLatin1String("detail")).toString().contains(QLatin1String("4711")));
    }

    void unreachableIsAFailedTestNotAnError()
    {
        QJsonObject overrides {{QStringLiteral("scimUrl"), QStringLiteral("http://127.0.0.1:9/scim2")}};
        QVERIFY(importConnection(QStringLiteral("Nowhere"), overrides).exitCode == 0);
        const ProcessResult r = runCli(
            cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Nowhere"),
                QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET"), QStringLiteral("--json")}),
            noKeychain + QStringList {QStringLiteral("PD_TEST_SECRET=") + m_server.clientSecret()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("cause")).toString(),
            QStringLiteral("unreachable"));
    }

    void usageAndConfigurationErrors()
    {
        ProcessResult r
            = runCli(cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Nope"),
                         QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET")}),
                noKeychain + QStringList {QStringLiteral("PD_TEST_SECRET=x")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("Nope")));
        r = runCli(cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Zoom"),
                       QStringLiteral("--secret-env"), QStringLiteral("PD_UNSET_VARIABLE_X")}),
            noKeychain);
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QLatin1String("PD_UNSET_VARIABLE_X")));
        r = runCli(cli({QStringLiteral("connection"), QStringLiteral("test")}), noKeychain);
        QCOMPARE(r.exitCode, 64);
    }

    void secretFromKeychain()
    {
        QVERIFY2(secretServiceAvailable(),
            "No D-Bus session: run the tests through scripts/test, which starts gnome-keyring.");
        // Not stored yet: an error, not a failed test, and the connection is left as it was.
        const QString before = listed(QStringLiteral("Zoom")).value(QLatin1String("validity")).toString();
        ProcessResult r
            = runCli(cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Zoom")}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("--secret-env")), qPrintable(r.err));
        QCOMPARE(listed(QStringLiteral("Zoom")).value(QLatin1String("validity")).toString(), before);

        // Import with the secret puts it in the keychain; then the test reads it from there.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kc.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("Keychained")},
                                  {QStringLiteral("scimUrl"), m_server.scimUrl().toString()},
                                  {QStringLiteral("authentication"),
                                      QJsonObject {{QStringLiteral("method"), QStringLiteral("oauth-s2s")},
                                          {QStringLiteral("tokenUrl"), m_server.tokenUrl().toString()},
                                          {QStringLiteral("accountId"), m_server.options().accountId},
                                          {QStringLiteral("clientId"), m_server.options().clientId}}}})
                    .toJson());
        f.close();
        r = runCli(cli({QStringLiteral("connection"), QStringLiteral("import"), path,
                       QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET")}),
            {QStringLiteral("PD_TEST_SECRET=") + m_server.clientSecret()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = runCli(cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Keychained")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("test passed")), qPrintable(r.out));
        QCOMPARE(listed(QStringLiteral("Keychained")).value(QLatin1String("validity")).toString(),
            QStringLiteral("valid"));
        QVERIFY(filesContaining(m_data.path(), m_server.clientSecret().toUtf8()).isEmpty());
        runCli(cli({QStringLiteral("connection"), QStringLiteral("delete"), QStringLiteral("Keychained")}));
    }
};

QTEST_GUILESS_MAIN(TestScimCliConnectionTest)
#include "TestScimCliConnectionTest.moc"
