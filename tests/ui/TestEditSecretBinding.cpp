#include "ConnectionDetailsPanel.h"
#include "ConnectionJson.h"
#include "ConnectionSaver.h"
#include "EditConnectionDialog.h"
#include "KeychainSecretStore.h"
#include "MessageBanner.h"
#include "ProvisioningActions.h"
#include "ProvisioningWindow.h"
#include "RuleEditor.h"
#include "SecretLineEdit.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

SecretResult readFrom(SecretStore *store, QObject *context, const SecretKey &key)
{
    std::optional<SecretResult> result;
    store->read(key, context, [&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {SecretResult::Error::Other, QStringLiteral("keychain did not answer"), {}};
    return *result;
}

} // namespace

// Edit Connection in the app (issue 9): a new endpoint without a new secret must not inherit the
// stored one. The dialog warns before saving; the save removes it and says why.
class TestEditSecretBinding : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { quietOffscreenPlatform(); }

    void newHostWithoutSecretDropsTheStoredOne()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Moved"), Validity::Valid, true);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.editConnection();
        EditConnectionDialog *d = nullptr;
        QTRY_VERIFY((d = visibleTopLevel<EditConnectionDialog>()) != nullptr);
        auto *hint = d->findChild<QLabel *>(QStringLiteral("secretRebindHint"));
        QVERIFY(hint);
        QVERIFY(hint->isHidden());
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("scimUrlEdit")),
            QStringLiteral("https://scim.elsewhere.example/scim2"));
        QVERIFY(!hint->isHidden());
        QVERIFY2(hint->text().contains(QStringLiteral("the SCIM host")), qPrintable(hint->text()));
        // Entering a secret for the new endpoint answers the warning.
        auto *secret = d->findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"));
        typeInto(secret->lineEdit(), QStringLiteral("new"));
        QVERIFY(hint->isHidden());
        typeInto(secret->lineEdit(), QString());
        QVERIFY(!hint->isHidden());

        d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY(visibleTopLevel<EditConnectionDialog>() == nullptr);
        QVERIFY(!f.memory.contents().contains(SecretKey {c.id, SecretKind::ClientSecret}.account()));
        const Connection saved = *f.store().find(c.id);
        QCOMPARE(saved.scimUrl.host(), QStringLiteral("scim.elsewhere.example"));
        QCOMPARE(saved.validity, Validity::Untested);
        QVERIFY(!saved.enabled);
        // The app shows why with the connection's test status.
        QVERIFY2(saved.lastTestMessage.contains(QStringLiteral("was removed from the keychain")),
            qPrintable(saved.lastTestMessage));

        // Testing now asks for the secret; nothing is sent anywhere.
        QMessageBox *offer = nullptr;
        QTRY_VERIFY((offer = visibleTopLevel<QMessageBox>(QStringLiteral("offerTestBox"))) != nullptr);
        offer->button(QMessageBox::Yes)->click();
        QTest::qWait(200);
        QCOMPARE(f.tester.starts, 0);
        QVERIFY(f.tester.lastSecret.isEmpty());
    }

    void newHostWithSecretStoresIt()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Rotated"), Validity::Valid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.editConnection();
        EditConnectionDialog *d = nullptr;
        QTRY_VERIFY((d = visibleTopLevel<EditConnectionDialog>()) != nullptr);
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("tokenUrlEdit")),
            QStringLiteral("https://login.elsewhere.example/oauth/token"));
        typeInto(d->findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"))->lineEdit(),
            QStringLiteral("for-elsewhere"));
        d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY(visibleTopLevel<EditConnectionDialog>() == nullptr);
        QCOMPARE(f.memory.contents().value(SecretKey {c.id, SecretKind::ClientSecret}.account()),
            QStringLiteral("for-elsewhere"));
        QCOMPARE(f.store().find(c.id)->validity, Validity::Untested);
    }

    // The outbound rule dialog saves through the same service: another LDAP URL without a new
    // password removes the stored one, and the window says so.
    void ruleEditorLdapUrlChangeDropsThePassword()
    {
        UiFixture f;
        Connection c = f.add(QStringLiteral("Directory"), Validity::Valid, true);
        QFile file(sourceDir() + QStringLiteral("/docs/examples/connection-ldap.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Connection example;
        QVERIFY(
            ConnectionJson::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &example).isEmpty());
        c.rule = example.rule;
        QJsonObject source = c.rule.value(QStringLiteral("source")).toObject();
        source.remove(QStringLiteral("caCertificateFile")); // not on this machine
        c.rule.insert(QStringLiteral("source"), source);
        std::optional<ConnectionService::Outcome> added;
        f.service.save(c, ConnectionService::Secrets {QString(), QStringLiteral("ldap-pw")},
            [&](const ConnectionService::Outcome &o) { added = o; });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok, qPrintable(added->message));
        const SecretKey passwordKey {c.id, SecretKind::SourcePassword};
        QCOMPARE(f.memory.contents().value(passwordKey.account()), QStringLiteral("ldap-pw"));

        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        ProvisioningActions actions(&w);
        w.show();
        actions.openRuleEditor(*f.store().find(c.id));
        RuleEditor *editor = nullptr;
        QTRY_VERIFY(
            (editor = visibleTopLevel<QDialog>() ? visibleTopLevel<QDialog>()->findChild<RuleEditor *>()
                                                 : nullptr)
            != nullptr);
        QTRY_COMPARE(editor->sourcePassword(), QStringLiteral("ldap-pw"));
        QLineEdit *url = nullptr;
        for (QLineEdit *e : editor->findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QLatin1String("Server URL"))
                url = e;
        }
        QVERIFY(url);
        typeInto(url, QStringLiteral("ldaps://dc9.elsewhere.example"));
        auto *dialog = qobject_cast<QDialog *>(editor->window());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!f.memory.contents().contains(passwordKey.account()));
        QCOMPARE(f.memory.contents().value(SecretKey {c.id, SecretKind::ClientSecret}.account()),
            QStringLiteral("stored-secret"));
        QTRY_VERIFY(w.detailsPanel()->banner()->isVisible());
        QVERIFY2(w.detailsPanel()->banner()->text().contains(QStringLiteral("LDAP bind password")),
            qPrintable(w.detailsPanel()->banner()->text()));
        QVERIFY(w.detailsPanel()->banner()->text().contains(QStringLiteral("the LDAP URL changed")));
    }

    // The saver's session-only path (no keychain to keep it in) with the real keychain: the old
    // secret leaves the keychain, the new one lives in this session only.
    void sessionOnlySaveRemovesTheOldKeychainEntry()
    {
        QVERIFY2(secretServiceAvailable(),
            "No D-Bus session: run the tests through scripts/test, which starts gnome-keyring.");
        KeychainSecretStore keychain(QStringLiteral("ProvisionDesk-test"));
        UiFixture f(&keychain);
        const Connection c = f.add(QStringLiteral("Session"), Validity::Valid, true, QStringLiteral("old"));
        const SecretKey key {c.id, SecretKind::ClientSecret};
        KeychainSecretStore fresh(QStringLiteral("ProvisionDesk-test")); // sees no session copies
        QCOMPARE(readFrom(&fresh, this, key).value, QStringLiteral("old"));

        ConnectionSaver saver(&f.service);
        QSignalSpy finished(&saver, &ConnectionSaver::finished);
        Connection moved = c;
        moved.oauth.tokenUrl = QUrl(QStringLiteral("https://login.elsewhere.example/oauth/token"));
        saver.saveForSessionOnly(moved, QStringLiteral("session-new"));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(saver.lastOutcome().ok, qPrintable(saver.lastOutcome().message));
        QVERIFY(saver.lastOutcome().message.isEmpty()); // the new secret replaced the old one
        QCOMPARE(readFrom(&fresh, this, key).error, SecretResult::Error::NotFound);
        QVERIFY(keychain.hasSessionSecret(key));
        QCOMPARE(readFrom(&keychain, this, key).value, QStringLiteral("session-new"));

        // Moving again without a secret: the session copy goes too, and the outcome says so.
        moved.scimUrl = QUrl(QStringLiteral("https://scim.elsewhere.example/scim2"));
        saver.saveForSessionOnly(moved, QString());
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY2(saver.lastOutcome().ok, qPrintable(saver.lastOutcome().message));
        QVERIFY2(saver.lastOutcome().message.contains(QStringLiteral("the SCIM host changed")),
            qPrintable(saver.lastOutcome().message));
        QVERIFY(!keychain.hasSessionSecret(key));
        QCOMPARE(readFrom(&keychain, this, key).error, SecretResult::Error::NotFound);
        f.service.remove(c.id, [](const ConnectionService::Outcome &) {});
        QTest::qWait(200);
    }
};

QTEST_MAIN(TestEditSecretBinding)
#include "TestEditSecretBinding.moc"
