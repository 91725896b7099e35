// Step 6: Finish stores the row and the secret together; keychain failures block it with Retry;
// with no keychain at all the secret may be kept for this session only, never in a file.
#include "ConnectionListModel.h"
#include "NewConnectionWizard.h"
#include "NoBackendKeychain.h"
#include "ProvisioningWindow.h"
#include "SavePage.h"
#include "SaveProblemPanel.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestWizardSave : public QObject
{
    Q_OBJECT

    static SavePage *savePage(NewConnectionWizard *w)
    {
        return qobject_cast<SavePage *>(w->page(NewConnectionWizard::SavePageId));
    }

private slots:
    void initTestCase() { quietOffscreenPlatform(); }

    void finishAddsTheConnectionToTheList()
    {
        UiFixture f;
        f.add(QStringLiteral("Already there"), Validity::Valid);
        ProvisioningWindow window(&f.database, &f.service, f.tester.factory());
        window.show();
        QCOMPARE(window.model()->rowCount(), 1);
        window.newConnection();
        QPointer<NewConnectionWizard> w = visibleTopLevel<NewConnectionWizard>();
        QVERIFY(w);
        QVERIFY(advanceTo(w, NewConnectionWizard::SavePageId, QStringLiteral("Zoom (EMEA)"),
            QStringLiteral("emea-s3cret")));
        w->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!w);

        const auto saved = f.store().findByName(QStringLiteral("Zoom (EMEA)"));
        QVERIFY(saved);
        QCOMPARE(saved->validity, Validity::Valid);
        QVERIFY(!saved->enabled);
        QCOMPARE(saved->oauth.accountId, QStringLiteral("acc-123"));
        QCOMPARE(f.memory.contents().value(SecretKey {saved->id, SecretKind::ClientSecret}.account()),
            QStringLiteral("emea-s3cret"));

        // The new connection is in the list, selected, with its identity store, status and state.
        QCOMPARE(window.model()->rowCount(), 2);
        const int row = window.model()->rowOf(saved->id);
        QCOMPARE(window.currentConnection()->id, saved->id);
        auto cell = [&](int column) { return window.model()->index(row, column).data().toString(); };
        QCOMPARE(cell(ConnectionListModel::NameColumn), QStringLiteral("Zoom (EMEA)"));
        QCOMPARE(cell(ConnectionListModel::IdentityStoreColumn), QStringLiteral("Zoom"));
        QCOMPARE(cell(ConnectionListModel::StatusColumn), QStringLiteral("Valid"));
        QCOMPARE(cell(ConnectionListModel::EnabledColumn), QStringLiteral("Disabled"));
    }

    void keychainFailureBlocksFinishUntilRetry()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        QSignalSpy accepted(&w, &QDialog::accepted);
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::SavePageId, QStringLiteral("Locked")));
        f.memory.failNext(SecretResult::Error::AccessDenied);
        w.button(QWizard::FinishButton)->click();
        auto *panel = w.findChild<SaveProblemPanel *>();
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(savePage(&w)->state(), SavePage::State::Failed);
        QVERIFY(panel->message().contains(QStringLiteral("locked")));
        QVERIFY(panel->retryButton()->isVisible());
        QVERIFY(!panel->sessionButton()->isVisible());
        QVERIFY(w.isVisible());
        QCOMPARE(w.currentId(), int(NewConnectionWizard::SavePageId));
        QCOMPARE(accepted.count(), 0);
        // Nothing half-saved: neither the row nor the secret.
        QVERIFY(f.store().list().isEmpty());
        QVERIFY(f.memory.contents().isEmpty());

        panel->retryButton()->click();
        QTRY_COMPARE(accepted.count(), 1);
        QVERIFY(f.store().findByName(QStringLiteral("Locked")));
        QCOMPARE(f.memory.contents().size(), 1);
        QCOMPARE(w.savedConnectionId(), f.store().findByName(QStringLiteral("Locked"))->id);
    }

    void finishIsDisabledWhileSaving()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        QSignalSpy accepted(&w, &QDialog::accepted);
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::SavePageId, QStringLiteral("Busy")));
        w.button(QWizard::FinishButton)->click();
        // The memory store answers on the next event-loop turn: the save is in flight now.
        QCOMPARE(savePage(&w)->state(), SavePage::State::Saving);
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!w.button(QWizard::CancelButton)->isEnabled());
        w.reject(); // Escape while saving is ignored
        QVERIFY(w.isVisible());
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(f.store().list().size(), 1);
    }

    void noKeychainOffersThisSessionOnly()
    {
        NoBackendKeychain keychain(QStringLiteral("ProvisionDesk-test-ui"));
        UiFixture f(&keychain);
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        QSignalSpy accepted(&w, &QDialog::accepted);
        w.show();
        const QString secret
            = QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(advanceTo(&w, NewConnectionWizard::SavePageId, QStringLiteral("Laptop"), secret));
        w.button(QWizard::FinishButton)->click();
        auto *panel = w.findChild<SaveProblemPanel *>();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->message().contains(QStringLiteral("No keychain")));
        QVERIFY(panel->message().contains(QStringLiteral("this session only")));
        QVERIFY(panel->sessionButton()->isVisible());
        QVERIFY(f.store().list().isEmpty());

        panel->sessionButton()->click();
        QTRY_COMPARE(accepted.count(), 1);
        const auto saved = f.store().findByName(QStringLiteral("Laptop"));
        QVERIFY(saved);
        const SecretKey key {saved->id, SecretKind::ClientSecret};
        QVERIFY(keychain.hasSessionSecret(key));
        QCOMPARE(keychain.writes, 1); // no second attempt at the keychain, and no file fallback
        f.database.close();
        QVERIFY(filesContaining(f.dir.path(), secret.toUtf8()).isEmpty());
        QVERIFY(f.database.open());

        // The session copy is what a test or sync of this run reads.
        std::optional<SecretResult> read;
        keychain.read(key, this, [&](const SecretResult &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value, secret);
    }

    void noKeychainWithAStoreThatCannotKeepSecretsOffersRetryOnly()
    {
        UiFixture f; // a plain memory store: there is no session-only mode to fall back to
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::SavePageId, QStringLiteral("Nowhere")));
        f.memory.failNext(SecretResult::Error::NoBackend);
        w.button(QWizard::FinishButton)->click();
        auto *panel = w.findChild<SaveProblemPanel *>();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(!panel->sessionButton()->isVisible());
        QVERIFY(panel->retryButton()->isVisible());
        QVERIFY(f.store().list().isEmpty());
    }

    void aNameTakenMeanwhileIsReported()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::SavePageId, QStringLiteral("Raced")));
        f.add(QStringLiteral("raced"), Validity::Untested); // e.g. the CLI imported one meanwhile
        w.button(QWizard::FinishButton)->click();
        auto *panel = w.findChild<SaveProblemPanel *>();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->message().contains(QStringLiteral("already exists")));
        QVERIFY(!panel->retryButton()->isVisible()); // not a keychain problem: go Back and rename
        QCOMPARE(f.store().list().size(), 1);
        QCOMPARE(f.memory.contents().size(), 1); // only the other connection's secret
    }
};

QTEST_MAIN(TestWizardSave)
#include "TestWizardSave.moc"
