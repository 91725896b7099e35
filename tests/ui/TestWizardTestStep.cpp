// Step 4: the asynchronous connection test, its busy state, and both paths out of the
// "Test Connection Failed" dialog (driven without nested event loops: found with topLevelWidgets).
#include "ConnectionDetailsPanel.h"
#include "ConnectionListModel.h"
#include "MessageBanner.h"
#include "NewConnectionWizard.h"
#include "ProvisioningWindow.h"
#include "TestConnectionFailedDialog.h"
#include "TestConnectionPage.h"
#include "ToggleSwitch.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestWizardTestStep : public QObject
{
    Q_OBJECT

    static TestConnectionPage *testPage(NewConnectionWizard *w)
    {
        return qobject_cast<TestConnectionPage *>(w->page(NewConnectionWizard::TestPageId));
    }

private slots:
    void initTestCase() { quietOffscreenPlatform(); }

    void nextIsDisabledWhileTesting()
    {
        UiFixture f;
        f.tester.mode = FakeTesterControl::Mode::Manual;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId, QStringLiteral("T")));
        fillCurrentPage(&w, {}, QStringLiteral("typed"));
        w.button(QWizard::NextButton)->click();
        QCOMPARE(w.currentId(), int(NewConnectionWizard::TestPageId));

        // The test started by itself with what step 3 holds, including the typed secret.
        QCOMPARE(f.tester.starts, 1);
        QVERIFY(f.tester.isRunning());
        QCOMPARE(f.tester.lastSecret, QStringLiteral("typed"));
        QCOMPARE(f.tester.lastConnection.oauth.accountId, QStringLiteral("acc-123"));
        QCOMPARE(testPage(&w)->state(), TestConnectionPage::State::Testing);
        QVERIFY(w.findChild<QProgressBar *>(QStringLiteral("testBusy"))->isVisible());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.button(QWizard::NextButton)->click();
        QCOMPARE(w.currentId(), int(NewConnectionWizard::TestPageId));

        QVERIFY(f.tester.respond(FakeTesterControl::passed()));
        QCOMPARE(testPage(&w)->state(), TestConnectionPage::State::Passed);
        QVERIFY(!w.findChild<QProgressBar *>(QStringLiteral("testBusy"))->isVisible());
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("testHeadline"))->text(),
            QStringLiteral("Connection successful"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w.connection().validity, Validity::Valid);
        QVERIFY(w.connection().lastTestedAt.isValid());
        QVERIFY(clickNext(&w));
        QCOMPARE(w.currentId(), int(NewConnectionWizard::UserActionsPageId));
    }

    void backWhileTestingCancelsTheTest()
    {
        UiFixture f;
        f.tester.mode = FakeTesterControl::Mode::Manual;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        fillCurrentPage(&w, {}, QStringLiteral("s"));
        w.button(QWizard::NextButton)->click();
        QVERIFY(f.tester.isRunning());
        w.back();
        QCOMPARE(w.currentId(), int(NewConnectionWizard::AuthenticationPageId));
        QCOMPARE(f.tester.cancels, 1);
        QVERIFY(!f.tester.isRunning());
        QCOMPARE(testPage(&w)->state(), TestConnectionPage::State::Idle);
        // Changed settings are tested afresh.
        typeInto(w.findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), QStringLiteral("other-client"));
        w.button(QWizard::NextButton)->click();
        QCOMPARE(f.tester.starts, 2);
        QCOMPARE(f.tester.lastConnection.oauth.clientId, QStringLiteral("other-client"));
    }

    void failureThenCancelGoesBackToAuthentication()
    {
        UiFixture f;
        f.tester.next = FakeTesterControl::failed();
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        fillCurrentPage(&w, {}, QStringLiteral("s"));
        w.button(QWizard::NextButton)->click();

        TestConnectionFailedDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<TestConnectionFailedDialog>()) != nullptr);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Test Connection Failed"));
        QVERIFY(dialog->isModal());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("failureSummary"))->text(),
            FakeTesterControl::failed().summary);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("failureFix"))->text(),
            FakeTesterControl::failed().fix);
        QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("failureDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("invalid_client")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

        dialog->cancelButton()->click();
        QTRY_COMPARE(w.currentId(), int(NewConnectionWizard::AuthenticationPageId));
        QTRY_VERIFY(visibleTopLevel<TestConnectionFailedDialog>() == nullptr);
        // The settings are still there to correct; then the test runs again.
        QCOMPARE(
            w.findChild<QLineEdit *>(QStringLiteral("accountIdEdit"))->text(), QStringLiteral("acc-123"));
        f.tester.next = FakeTesterControl::passed();
        QVERIFY(clickNext(&w));
        QTRY_COMPARE(testPage(&w)->state(), TestConnectionPage::State::Passed);
        QCOMPARE(f.tester.starts, 2);
    }

    void escapeOnTheFailureDialogIsCancel()
    {
        UiFixture f;
        f.tester.next = FakeTesterControl::failed();
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::AuthenticationPageId));
        fillCurrentPage(&w, {}, QStringLiteral("s"));
        w.button(QWizard::NextButton)->click();
        TestConnectionFailedDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<TestConnectionFailedDialog>()) != nullptr);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_COMPARE(w.currentId(), int(NewConnectionWizard::AuthenticationPageId));
    }

    void failureThenContinueSavesAnInvalidConnectionThatCannotBeEnabled()
    {
        UiFixture f;
        f.tester.next = FakeTesterControl::failed();
        ProvisioningWindow window(&f.database, &f.service, f.tester.factory());
        window.show();
        window.newConnection();
        NewConnectionWizard *w = nullptr;
        QTRY_VERIFY((w = visibleTopLevel<NewConnectionWizard>()) != nullptr);
        QVERIFY(advanceTo(w, NewConnectionWizard::AuthenticationPageId, QStringLiteral("Broken")));
        fillCurrentPage(w, {}, QStringLiteral("wizard-secret"));
        w->button(QWizard::NextButton)->click();

        TestConnectionFailedDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<TestConnectionFailedDialog>()) != nullptr);
        dialog->continueButton()->click();
        QTRY_COMPARE(w->currentId(), int(NewConnectionWizard::UserActionsPageId));
        QCOMPARE(w->connection().validity, Validity::Invalid);

        // Back on step 4 the page says what will happen.
        w->back();
        QCOMPARE(testPage(w)->state(), TestConnectionPage::State::ContinuedInvalid);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("testHeadline"))
                    ->text()
                    .contains(QStringLiteral("invalid")));
        QVERIFY(clickNext(w));
        QVERIFY(clickNext(w)); // to Save
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("validityNote"))
                    ->text()
                    .contains(QStringLiteral("invalid")));
        QPointer<NewConnectionWizard> alive(w);
        w->button(QWizard::FinishButton)->click();
        // Accepted, and deleted on close (the QPointer read once: Release's -Wnull-dereference).
        QTRY_VERIFY([&] {
            const NewConnectionWizard *wizard = alive.data();
            return !wizard || !wizard->isVisible();
        }());

        // Saved as invalid, with the reason, and never enabled.
        const auto saved = f.store().findByName(QStringLiteral("Broken"));
        QVERIFY(saved);
        QCOMPARE(saved->validity, Validity::Invalid);
        QVERIFY(saved->lastTestMessage.contains(FakeTesterControl::failed().summary));
        QVERIFY(!saved->enabled);
        QCOMPARE(f.memory.contents().value(SecretKey {saved->id, SecretKind::ClientSecret}.account()),
            QStringLiteral("wizard-secret"));

        // Shown invalid in the list and in the details; the toggle refuses to enable it.
        const int row = window.model()->rowOf(saved->id);
        QVERIFY(row >= 0);
        QCOMPARE(window.model()->index(row, ConnectionListModel::StatusColumn).data().toString(),
            QStringLiteral("Invalid"));
        QCOMPARE(window.currentConnection()->id, saved->id);
        window.detailsPanel()->enableToggle()->click();
        QVERIFY(!window.detailsPanel()->enableToggle()->isChecked());
        QVERIFY(window.detailsPanel()->banner()->isVisible());
        QVERIFY(window.detailsPanel()->banner()->text().contains(QStringLiteral("cannot be enabled")));
        QVERIFY(!f.store().find(saved->id)->enabled);
    }
};

QTEST_MAIN(TestWizardTestStep)
#include "TestWizardTestStep.moc"
