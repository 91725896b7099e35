#include "KeychainSecretStore.h"
#include "OutboundRule.h"
#include "ScimTestServer.h"
#include "SourceSettings.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

// Both servers accept the same credentials, so a secret that leaked to B would work there.
ScimTestServer::Options sharedCredentials()
{
    ScimTestServer::Options o;
    o.clientSecret = QStringLiteral("shared-secret-%1").arg(QCoreApplication::applicationPid());
    return o;
}

int scimRequests(ScimTestServer &server)
{
    int total = 0;
    const QJsonObject requests = server.stats().value(QLatin1String("requests")).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it)
        total += it.value().toInt();
    return total;
}

// An LDAP source as the rule editor writes it (SourceSettings::toJson), so SecretBinding is checked
// against the real keys.
QJsonObject ldapRule(const QString &url, const QString &bindDn)
{
    SourceSettings source;
    source.type = SourceSettings::Type::Ldap;
    source.ldap.url = QUrl(url);
    source.ldap.bindDn = bindDn;
    source.ldap.baseDn = QStringLiteral("ou=people,dc=example,dc=org");
    return OutboundRule::withDefaults(source).toJson();
}

} // namespace

// A re-imported connection file that points the connection elsewhere must not take the stored
// secrets along (issue 9): the CLI driven as a process, against two real SCIM servers and the
// real keychain.
class TestSecretBinding : public QObject
{
    Q_OBJECT
    ScimTestServer m_a {sharedCredentials()};
    ScimTestServer m_b {sharedCredentials()};
    QTemporaryDir m_dir;

    ProcessResult cli(const QStringList &args, const QStringList &env = {})
    {
        return runCli(
            QStringList {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))} + args, env);
    }

    QString writeFile(const QString &name, const ScimTestServer &server, const QJsonObject &extra = {})
    {
        QJsonObject json {{QStringLiteral("name"), name},
            {QStringLiteral("scimUrl"), server.scimUrl().toString()},
            {QStringLiteral("authentication"),
                QJsonObject {{QStringLiteral("method"), QStringLiteral("oauth-s2s")},
                    {QStringLiteral("tokenUrl"), server.tokenUrl().toString()},
                    {QStringLiteral("accountId"), server.options().accountId},
                    {QStringLiteral("clientId"), server.options().clientId}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(json).toJson());
        return path;
    }

    QJsonObject listed(const QString &name)
    {
        const auto r = cli({QStringLiteral("connection"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    SecretResult readSecret(const QString &name, SecretKind kind)
    {
        const QUuid id = QUuid::fromString(listed(name).value(QLatin1String("id")).toString());
        KeychainSecretStore store;
        std::optional<SecretResult> result;
        store.read({id, kind}, this, [&](const SecretResult &r) { result = r; });
        if (id.isNull() || !QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {SecretResult::Error::Other, QStringLiteral("no connection or no keychain answer"), {}};
        return *result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(secretServiceAvailable(),
            "No D-Bus session: run the tests through scripts/test, which starts gnome-keyring.");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_a.start(), qPrintable(m_a.lastError()));
        QVERIFY2(m_b.start(), qPrintable(m_b.lastError()));
        QVERIFY(m_a.port() != m_b.port());
        QCOMPARE(m_a.seedGeneratedUsers(2).size(), 2);
        QCOMPARE(m_b.seedGeneratedUsers(2).size(), 2);
    }

    void clientSecretDoesNotFollowANewEndpoint()
    {
        const QString secret = m_a.clientSecret();
        const QStringList env {QStringLiteral("PD_TEST_SECRET=") + secret};
        auto r = cli(
            {QStringLiteral("connection"), QStringLiteral("import"), writeFile(QStringLiteral("Moved"), m_a),
                QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(readSecret(QStringLiteral("Moved"), SecretKind::ClientSecret).value, secret);
        // The stored secret works against A.
        r = cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Moved")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(m_a.tokenRequestCount() >= 1);
        QCOMPARE(listed(QStringLiteral("Moved")).value(QLatin1String("validity")).toString(),
            QStringLiteral("valid"));

        // The file now points at B, without a secret: the job that re-imports it must not carry A's
        // secret to B.
        QVERIFY(m_b.resetStats());
        r = cli({QStringLiteral("connection"), QStringLiteral("import"),
            writeFile(QStringLiteral("Moved"), m_b)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.out.contains(QLatin1String("The client secret of \"Moved\" was removed from the keychain")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("the OAuth Token URL and the SCIM host changed")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("--secret-env")), qPrintable(r.out));
        QCOMPARE(readSecret(QStringLiteral("Moved"), SecretKind::ClientSecret).error,
            SecretResult::Error::NotFound);
        const QJsonObject moved = listed(QStringLiteral("Moved"));
        QCOMPARE(moved.value(QLatin1String("validity")).toString(), QStringLiteral("untested"));
        QCOMPARE(moved.value(QLatin1String("enabled")).toBool(true), false);
        QCOMPARE(moved.value(QLatin1String("scimUrl")).toString(), m_b.scimUrl().toString());

        // Test and sync ask for the secret instead of using A's.
        r = cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Moved")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            r.err.contains(QLatin1String("no client secret is stored for \"Moved\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--secret-env")), qPrintable(r.err));
        r = cli({QStringLiteral("sync"), QStringLiteral("Moved")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QLatin1String("--secret-env")), qPrintable(r.out + r.err));
        r = cli({QStringLiteral("sync"), QStringLiteral("Moved"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));

        // Nothing reached B: no token request (the secret) and no SCIM request (a token).
        QCOMPARE(m_b.tokenRequestCount(), 0);
        QCOMPARE(scimRequests(m_b), 0);
        QVERIFY(filesContaining(m_dir.filePath(QStringLiteral("data")), secret.toUtf8()).isEmpty());

        // B would have taken the secret: the zero above is not because B is unreachable.
        r = cli({QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("Moved"),
                    QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(m_b.tokenRequestCount(), 1);

        // Giving the secret with the change stores it (normal behaviour).
        r = cli(
            {QStringLiteral("connection"), QStringLiteral("import"), writeFile(QStringLiteral("Moved"), m_a),
                QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(QLatin1String("removed")), qPrintable(r.out));
        QCOMPARE(readSecret(QStringLiteral("Moved"), SecretKind::ClientSecret).value, secret);
        cli({QStringLiteral("connection"), QStringLiteral("delete"), QStringLiteral("Moved")});
    }

    void accountOrClientIdChangeAlsoDropsTheSecret()
    {
        const QStringList env {QStringLiteral("PD_TEST_SECRET=") + m_a.clientSecret()};
        auto r = cli({QStringLiteral("connection"), QStringLiteral("import"),
                         writeFile(QStringLiteral("Same host"), m_a), QStringLiteral("--secret-env"),
                         QStringLiteral("PD_TEST_SECRET")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // Same host, another Client ID: a different OAuth app; the secret is not its secret.
        QJsonObject auth {{QStringLiteral("method"), QStringLiteral("oauth-s2s")},
            {QStringLiteral("tokenUrl"), m_a.tokenUrl().toString()},
            {QStringLiteral("accountId"), m_a.options().accountId},
            {QStringLiteral("clientId"), QStringLiteral("another-client")}};
        r = cli({QStringLiteral("connection"), QStringLiteral("import"),
            writeFile(QStringLiteral("Same host"), m_a, {{QStringLiteral("authentication"), auth}})});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("the OAuth Client ID changed")), qPrintable(r.out));
        QCOMPARE(readSecret(QStringLiteral("Same host"), SecretKind::ClientSecret).error,
            SecretResult::Error::NotFound);
        cli({QStringLiteral("connection"), QStringLiteral("delete"), QStringLiteral("Same host")});
    }

    void ldapPasswordFollowsOnlyItsDirectory()
    {
        const QString password = QStringLiteral("ldap-pw-%1").arg(QCoreApplication::applicationPid());
        const QStringList env {QStringLiteral("PD_TEST_SECRET=") + m_a.clientSecret(),
            QStringLiteral("PD_TEST_LDAP=") + password};
        const QString url = QStringLiteral("ldaps://dc1.example.org");
        const QString dn = QStringLiteral("cn=svc,dc=example,dc=org");
        auto import = [&](const QJsonObject &rule, const QStringList &options = {}) {
            return cli(QStringList {QStringLiteral("connection"), QStringLiteral("import"),
                           writeFile(QStringLiteral("Directory"), m_a, {{QStringLiteral("rule"), rule}})}
                    + options,
                env);
        };
        auto r = import(ldapRule(url, dn),
            {QStringLiteral("--secret-env"), QStringLiteral("PD_TEST_SECRET"),
                QStringLiteral("--source-secret-env"), QStringLiteral("PD_TEST_LDAP")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(readSecret(QStringLiteral("Directory"), SecretKind::SourcePassword).value, password);

        // Unrelated edits keep both secrets.
        QJsonObject rule = ldapRule(url, dn);
        QJsonObject source = rule.value(QLatin1String("source")).toObject();
        source.insert(QStringLiteral("filter"), QStringLiteral("(mail=*)"));
        rule.insert(QStringLiteral("source"), source);
        r = import(rule);
        QVERIFY2(r.exitCode == 0 && !r.out.contains(QLatin1String("removed")), qPrintable(r.out + r.err));
        QCOMPARE(readSecret(QStringLiteral("Directory"), SecretKind::SourcePassword).value, password);

        // Another bind DN: the password is removed, the client secret (Zoom unchanged) stays.
        r = import(ldapRule(url, QStringLiteral("cn=admin,dc=example,dc=org")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("LDAP bind password of \"Directory\" was removed")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("--source-secret-env")), qPrintable(r.out));
        QCOMPARE(readSecret(QStringLiteral("Directory"), SecretKind::SourcePassword).error,
            SecretResult::Error::NotFound);
        QCOMPARE(readSecret(QStringLiteral("Directory"), SecretKind::ClientSecret).value, m_a.clientSecret());

        // Another LDAP URL with a new password: stored, nothing reported removed.
        r = import(ldapRule(QStringLiteral("ldaps://dc2.example.org"), dn),
            {QStringLiteral("--source-secret-env"), QStringLiteral("PD_TEST_LDAP")});
        QVERIFY2(r.exitCode == 0 && !r.out.contains(QLatin1String("removed")), qPrintable(r.out + r.err));
        QCOMPARE(readSecret(QStringLiteral("Directory"), SecretKind::SourcePassword).value, password);

        // Another LDAP URL without one: removed; a sync then asks for it.
        r = import(ldapRule(QStringLiteral("ldaps://attacker.example:1636"), dn));
        QVERIFY2(r.out.contains(QLatin1String("the LDAP URL changed")), qPrintable(r.out));
        QCOMPARE(readSecret(QStringLiteral("Directory"), SecretKind::SourcePassword).error,
            SecretResult::Error::NotFound);
        r = cli({QStringLiteral("sync"), QStringLiteral("Directory"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QLatin1String("--source-secret-env")), qPrintable(r.out + r.err));
        QVERIFY(filesContaining(m_dir.filePath(QStringLiteral("data")), password.toUtf8()).isEmpty());
        cli({QStringLiteral("connection"), QStringLiteral("delete"), QStringLiteral("Directory")});
    }
};

QTEST_GUILESS_MAIN(TestSecretBinding)
#include "TestSecretBinding.moc"
