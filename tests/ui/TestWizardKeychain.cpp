// A secret typed into the wizard goes to the real system keychain (GNOME Keyring over D-Bus, which
// scripts/test starts) and into no file under the data dir.
#include "KeychainSecretStore.h"
#include "NewConnectionWizard.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestWizardKeychain : public QObject
{
    Q_OBJECT

    static SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
    {
        std::optional<SecretResult> result;
        start([&](const SecretResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
            SecretResult timeout;
            timeout.error = SecretResult::Error::Other;
            timeout.message = QStringLiteral("the keychain did not answer");
            return timeout;
        }
        return *result;
    }

private slots:
    void initTestCase()
    {
        quietOffscreenPlatform();
        QVERIFY2(secretServiceAvailable(),
            "No D-Bus session: run the tests through scripts/test, which starts gnome-keyring.");
    }

    void secretGoesToTheKeychainAndNowhereElse()
    {
        KeychainSecretStore keychain(QStringLiteral("ProvisionDesk-test-ui"));
        UiFixture f(&keychain);
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        QSignalSpy accepted(&w, &QDialog::accepted);
        w.show();
        const QString secret
            = QStringLiteral("wizard-kc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(advanceTo(&w, NewConnectionWizard::SavePageId, QStringLiteral("Keychain"), secret));
        w.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);

        const auto saved = f.store().findByName(QStringLiteral("Keychain"));
        QVERIFY(saved);
        const SecretKey key {saved->id, SecretKind::ClientSecret};
        QVERIFY(!keychain.hasSessionSecret(key)); // in the keychain proper, not a session copy

        // No file under the data dir holds it: not the database, its WAL, nor anything else.
        f.database.close();
        QVERIFY(QDir(f.dir.path()).entryList(QDir::Files).contains(QStringLiteral("provisiondesk.sqlite")));
        const QStringList hits = filesContaining(f.dir.path(), secret.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        QVERIFY(f.database.open());

        // A fresh store (as after a restart) reads it back from the keychain itself.
        KeychainSecretStore fresh(QStringLiteral("ProvisionDesk-test-ui"));
        SecretResult r = wait([&](auto done) { fresh.read(key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, secret);

        // Deleting the connection deletes the keychain entry too.
        std::optional<ConnectionService::Outcome> removed;
        f.service.remove(saved->id, [&](const ConnectionService::Outcome &o) { removed = o; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY2(removed->ok, qPrintable(removed->message));
        r = wait([&](auto done) { fresh.read(key, this, done); });
        QCOMPARE(r.error, SecretResult::Error::NotFound);
    }
};

QTEST_MAIN(TestWizardKeychain)
#include "TestWizardKeychain.moc"
