#include "KeychainSecretStore.h"
#include "TestSupport.h"

#include <QTest>

using namespace pd;

namespace {
SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        SecretResult timeout;
        timeout.error = SecretResult::Error::Other;
        timeout.message = QStringLiteral("keychain did not answer");
        return timeout;
    }
    return *result;
}
} // namespace

// Talks to the real Secret Service (gnome-keyring under dbus-run-session, started by scripts/test).
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(test::secretServiceAvailable(),
            "No D-Bus session: run the tests through scripts/test, which starts gnome-keyring.");
    }

    void writeReadDelete()
    {
        KeychainSecretStore store(QStringLiteral("ProvisionDesk-test"));
        const SecretKey key {QUuid::createUuid(), SecretKind::ClientSecret};
        const QString secret = QStringLiteral("kc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

        SecretResult r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);

        r = wait([&](auto done) { store.write(key, secret, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));

        // A second store object (as after a restart) reads it back from the keychain itself.
        KeychainSecretStore fresh(QStringLiteral("ProvisionDesk-test"));
        r = wait([&](auto done) { fresh.read(key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, secret);

        // The two kinds of one connection are separate entries.
        r = wait([&](auto done) { fresh.read({key.connectionId, SecretKind::SourcePassword}, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);

        r = wait([&](auto done) { store.remove(key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([&](auto done) { fresh.read(key, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);

        // Removing what is not there succeeds.
        r = wait([&](auto done) { store.remove(key, this, done); });
        QVERIFY(r.ok());
    }

    void sessionOnlySecretsNeverReachTheKeychain()
    {
        KeychainSecretStore store(QStringLiteral("ProvisionDesk-test"));
        const SecretKey key {QUuid::createUuid(), SecretKind::ClientSecret};
        store.keepForSession(key, QStringLiteral("session-only"));
        SecretResult r = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.value, QStringLiteral("session-only"));
        KeychainSecretStore other(QStringLiteral("ProvisionDesk-test"));
        r = wait([&](auto done) { other.read(key, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
