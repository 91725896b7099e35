#include "ConnectionService.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "MemorySecretStore.h"
#include "TestSupport.h"

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
};

QTEST_GUILESS_MAIN(TestConnectionService)
#include "TestConnectionService.moc"
