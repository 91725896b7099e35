#include "ConnectionService.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "MemorySecretStore.h"
#include "TestSupport.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {
Connection sample(const QString &name)
{
    Connection c;
    c.name = name;
    c.oauth.accountId = QStringLiteral("acc");
    c.oauth.clientId = QStringLiteral("cid");
    return c;
}

ConnectionService::Outcome wait(const std::function<void(ConnectionService::Callback)> &start)
{
    std::optional<ConnectionService::Outcome> outcome;
    start([&](const ConnectionService::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return {false, QStringLiteral("timed out")};
    return *outcome;
}

// A keychain that refuses writes on demand while removals still work (no real keychain does this
// on cue).
class RefusingWrites : public MemorySecretStore
{
public:
    bool refuseWrites = false;
    void write(const SecretKey &key, const QString &value, QObject *context, Callback done) override
    {
        if (!refuseWrites) {
            MemorySecretStore::write(key, value, context, std::move(done));
            return;
        }
        QMetaObject::invokeMethod(
            context,
            [done] {
                done({SecretResult::Error::AccessDenied, QStringLiteral("locked"), {}});
            },
            Qt::QueuedConnection);
    }
};

// A connection that passed its test and is enabled, with a client secret and an LDAP password stored.
Connection storedValid(Database &db, MemorySecretStore &secrets, ConnectionService &service)
{
    Connection c = sample(QStringLiteral("Bound"));
    c.rule = QJsonObject {{QStringLiteral("source"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("ldap")},
            {QStringLiteral("url"), QStringLiteral("ldaps://dc1.example.com")},
            {QStringLiteral("bindDn"), QStringLiteral("CN=svc,DC=example")}}}};
    const auto o = wait([&](auto done) {
        service.save(c, ConnectionService::Secrets {QStringLiteral("one"), QStringLiteral("pw")}, done);
    });
    if (!o.ok)
        return {};
    c = *ConnectionStore(db.handle()).findByName(QStringLiteral("Bound"));
    ConnectionStore(db.handle()).recordTest(c.id, Validity::Valid, QStringLiteral("passed"));
    ConnectionStore(db.handle()).setEnabled(c.id, true);
    Q_UNUSED(secrets);
    return *ConnectionStore(db.handle()).find(c.id);
}

QString stored(const MemorySecretStore &secrets, const QUuid &id, SecretKind kind)
{
    return secrets.contents().value(SecretKey {id, kind}.account());
}
} // namespace

class TestConnectionService : public QObject
{
    Q_OBJECT
private slots:
    void savesRowAndSecretTogether()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        const auto o = wait(
            [&](auto done) { service.save(sample(QStringLiteral("A")), QStringLiteral("s3cret"), done); });
        QVERIFY2(o.ok, qPrintable(o.message));
        const auto saved = ConnectionStore(db.handle()).findByName(QStringLiteral("A"));
        QVERIFY(saved);
        QCOMPARE(secrets.contents().value(SecretKey {saved->id, SecretKind::ClientSecret}.account()),
            QStringLiteral("s3cret"));
        QVERIFY(test::filesContaining(dir.path(), "s3cret").isEmpty());
        db.close();
    }

    void keychainFailureSavesNothing()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        secrets.failNext(SecretResult::Error::NoBackend);
        const auto o
            = wait([&](auto done) { service.save(sample(QStringLiteral("A")), QStringLiteral("s"), done); });
        QVERIFY(!o.ok);
        QCOMPARE(o.secretError, SecretResult::Error::NoBackend);
        QVERIFY(ConnectionStore(db.handle()).list().isEmpty());
        QVERIFY(secrets.contents().isEmpty());
        db.close();
    }

    void rowFailureTakesTheSecretBack()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        QVERIFY(wait([&](auto done) {
            service.save(sample(QStringLiteral("A")), QStringLiteral("one"), done);
        }).ok);
        QCOMPARE(secrets.contents().size(), 1);
        // Make the row write fail after the secret was written: a trigger refuses the insert.
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON connections BEGIN "
                                      "SELECT RAISE(ABORT, 'disk full'); END")));
        const auto o = wait(
            [&](auto done) { service.save(sample(QStringLiteral("B")), QStringLiteral("two"), done); });
        QVERIFY(!o.ok);
        QVERIFY(o.message.contains(QStringLiteral("disk full")));
        QCOMPARE(secrets.contents().size(), 1);
        QVERIFY(!secrets.contents().values().contains(QStringLiteral("two")));
        db.close();
    }

    void duplicateNameIsRefusedBeforeTouchingTheKeychain()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        QVERIFY(wait([&](auto done) {
            service.save(sample(QStringLiteral("A")), QStringLiteral("one"), done);
        }).ok);
        const auto o = wait(
            [&](auto done) { service.save(sample(QStringLiteral("a")), QStringLiteral("two"), done); });
        QVERIFY(!o.ok);
        QVERIFY(o.message.contains(QStringLiteral("already exists")));
        QCOMPARE(secrets.contents().size(), 1);
        db.close();
    }

    void deleteRemovesSecretsAndRefusesWhenTheKeychainDoes()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        QVERIFY(wait([&](auto done) {
            service.save(sample(QStringLiteral("A")), QStringLiteral("one"), done);
        }).ok);
        const QUuid id = ConnectionStore(db.handle()).findByName(QStringLiteral("A"))->id;

        secrets.failNext(SecretResult::Error::AccessDenied);
        auto o = wait([&](auto done) { service.remove(id, done); });
        QVERIFY(!o.ok);
        QVERIFY(ConnectionStore(db.handle()).find(id));
        QCOMPARE(secrets.contents().size(), 1);

        o = wait([&](auto done) { service.remove(id, done); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(!ConnectionStore(db.handle()).find(id));
        QVERIFY(secrets.contents().isEmpty());
        db.close();
    }

    void updateWithoutSecretKeepsTheStoredOne()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        QVERIFY(wait([&](auto done) {
            service.save(sample(QStringLiteral("A")), QStringLiteral("one"), done);
        }).ok);
        Connection c = *ConnectionStore(db.handle()).findByName(QStringLiteral("A"));
        c.description = QStringLiteral("changed");
        QVERIFY(wait([&](auto done) { service.save(c, QString(), done); }).ok);
        QCOMPARE(ConnectionStore(db.handle()).find(c.id)->description, QStringLiteral("changed"));
        QCOMPARE(secrets.contents().value(SecretKey {c.id, SecretKind::ClientSecret}.account()),
            QStringLiteral("one"));
        db.close();
    }
    void endpointChangeWithoutSecretRemovesIt_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("scim host") << QStringLiteral("SCIM host");
        QTest::newRow("token url") << QStringLiteral("OAuth Token URL");
        QTest::newRow("account id") << QStringLiteral("OAuth Account ID");
        QTest::newRow("client id") << QStringLiteral("OAuth Client ID");
    }

    void endpointChangeWithoutSecretRemovesIt()
    {
        QFETCH(QString, field);
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        Connection c = storedValid(db, secrets, service);
        QVERIFY(c.canBeEnabled() && c.enabled);
        QCOMPARE(stored(secrets, c.id, SecretKind::ClientSecret), QStringLiteral("one"));
        if (field == QLatin1String("SCIM host"))
            c.scimUrl = QUrl(QStringLiteral("https://scim.attacker.example/scim2"));
        else if (field == QLatin1String("OAuth Token URL"))
            c.oauth.tokenUrl = QUrl(QStringLiteral("https://attacker.example/oauth/token"));
        else if (field == QLatin1String("OAuth Account ID"))
            c.oauth.accountId = QStringLiteral("other-account");
        else
            c.oauth.clientId = QStringLiteral("other-client");
        const auto o = wait([&](auto done) { service.save(c, QString(), done); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.removed.size(), 1);
        QCOMPARE(o.removed.constFirst().kind, SecretKind::ClientSecret);
        QVERIFY2(o.message.contains(QStringLiteral("client secret of \"Bound\" was removed")),
            qPrintable(o.message));
        QVERIFY2(o.message.contains(field), qPrintable(o.message));
        QVERIFY(!secrets.contents().contains(SecretKey {c.id, SecretKind::ClientSecret}.account()));
        // The LDAP password serves the directory, which did not change.
        QCOMPARE(stored(secrets, c.id, SecretKind::SourcePassword), QStringLiteral("pw"));
        const Connection saved = *ConnectionStore(db.handle()).find(c.id);
        QCOMPARE(saved.validity, Validity::Untested);
        QVERIFY(!saved.enabled);
        QVERIFY(!saved.lastTestedAt.isValid());
        QCOMPARE(saved.lastTestMessage, o.message);
        db.close();
    }

    void endpointChangeWithNewSecretStoresIt()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        Connection c = storedValid(db, secrets, service);
        c.oauth.tokenUrl = QUrl(QStringLiteral("https://other.example/oauth/token"));
        const auto o = wait([&](auto done) { service.save(c, QStringLiteral("two"), done); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(o.removed.isEmpty());
        QVERIFY(o.message.isEmpty());
        QCOMPARE(stored(secrets, c.id, SecretKind::ClientSecret), QStringLiteral("two"));
        QCOMPARE(ConnectionStore(db.handle()).find(c.id)->validity, Validity::Untested);
        db.close();
    }

    void ldapChangeRemovesOnlyThePassword_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("url") << QStringLiteral("url") << QStringLiteral("ldaps://attacker.example");
        QTest::newRow("bind dn") << QStringLiteral("bindDn") << QStringLiteral("CN=admin,DC=example");
    }

    void ldapChangeRemovesOnlyThePassword()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        Connection c = storedValid(db, secrets, service);
        QJsonObject source = c.rule.value(QStringLiteral("source")).toObject();
        source.insert(key, value);
        c.rule.insert(QStringLiteral("source"), source);
        auto o = wait([&](auto done) { service.save(c, QString(), done); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.removed.size(), 1);
        QCOMPARE(o.removed.constFirst().kind, SecretKind::SourcePassword);
        QVERIFY2(o.message.contains(QStringLiteral("LDAP bind password")), qPrintable(o.message));
        QVERIFY(!secrets.contents().contains(SecretKey {c.id, SecretKind::SourcePassword}.account()));
        QCOMPARE(stored(secrets, c.id, SecretKind::ClientSecret), QStringLiteral("one"));
        // Zoom's side is unchanged: still tested and enabled.
        QCOMPARE(ConnectionStore(db.handle()).find(c.id)->validity, Validity::Valid);

        // Given together with the change, the new password is stored.
        source.insert(key, QString(value + QStringLiteral("2")));
        c.rule.insert(QStringLiteral("source"), source);
        o = wait([&](auto done) {
            service.save(c, ConnectionService::Secrets {QString(), QStringLiteral("pw2")}, done);
        });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(o.removed.isEmpty());
        QCOMPARE(stored(secrets, c.id, SecretKind::SourcePassword), QStringLiteral("pw2"));
        db.close();
    }

    void keychainRefusingTheRemovalKeepsTheOldEndpoint()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        MemorySecretStore secrets;
        ConnectionService service(&db, &secrets);
        const Connection before = storedValid(db, secrets, service);
        Connection c = before;
        c.scimUrl = QUrl(QStringLiteral("https://scim.attacker.example/scim2"));
        secrets.failNext(SecretResult::Error::AccessDenied);
        const auto o = wait([&](auto done) { service.save(c, QString(), done); });
        QVERIFY(!o.ok);
        QCOMPARE(o.secretError, SecretResult::Error::AccessDenied);
        QVERIFY2(o.message.contains(QStringLiteral("could not remove")), qPrintable(o.message));
        const Connection saved = *ConnectionStore(db.handle()).find(c.id);
        QCOMPARE(saved.scimUrl, before.scimUrl);
        QCOMPARE(saved.validity, Validity::Valid);
        QCOMPARE(stored(secrets, c.id, SecretKind::ClientSecret), QStringLiteral("one"));
        db.close();
    }

    void newSecretNotStoredAfterEndpointChangeLeavesNone()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        RefusingWrites secrets;
        ConnectionService service(&db, &secrets);
        Connection c = storedValid(db, secrets, service);
        c.oauth.clientId = QStringLiteral("other-client");
        // The old secret is removed and the row saved; the new secret's write is refused.
        secrets.refuseWrites = true;
        const auto o = wait([&](auto done) { service.save(c, QStringLiteral("two"), done); });
        QVERIFY(!o.ok);
        QCOMPARE(o.secretError, SecretResult::Error::AccessDenied);
        QVERIFY2(o.message.contains(QStringLiteral("was saved, but its new client secret")),
            qPrintable(o.message));
        QCOMPARE(ConnectionStore(db.handle()).find(c.id)->oauth.clientId, QStringLiteral("other-client"));
        // Neither the old secret (wrong endpoint) nor the new one: the next test asks for it.
        QVERIFY(!secrets.contents().contains(SecretKey {c.id, SecretKind::ClientSecret}.account()));
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestConnectionService)
#include "TestConnectionService.moc"
