// The Provisioning window: list, details, enable toggle, Test connection, Edit, Delete, and the
// extension points other areas use.
#include "AuthenticationEditor.h"
#include "ConnectionDetailsPanel.h"
#include "ConnectionListModel.h"
#include "ConnectionSummaryView.h"
#include "EditConnectionDialog.h"
#include "MessageBanner.h"
#include "ProvisioningWindow.h"
#include "SecretLineEdit.h"
#include "ToggleSwitch.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>
#include <QWizard>

using namespace pd;
using namespace pd::test;

class TestProvisioningWindow : public QObject
{
    Q_OBJECT

    static QString cell(ProvisioningWindow &w, const QUuid &id, int column)
    {
        return w.model()->index(w.model()->rowOf(id), column).data().toString();
    }

private slots:
    void initTestCase() { quietOffscreenPlatform(); }

    void listsConnectionsWithTheirState()
    {
        UiFixture f;
        const Connection valid = f.add(QStringLiteral("B valid"), Validity::Valid, true);
        const Connection invalid = f.add(QStringLiteral("A invalid"), Validity::Invalid);
        const Connection untested = f.add(QStringLiteral("C untested"), Validity::Untested);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        QCOMPARE(w.model()->rowCount(), 3);
        QCOMPARE(w.model()->headerData(ConnectionListModel::NameColumn, Qt::Horizontal).toString(),
            QStringLiteral("Name"));
        QCOMPARE(w.model()->headerData(ConnectionListModel::IdentityStoreColumn, Qt::Horizontal).toString(),
            QStringLiteral("Identity Store"));
        QCOMPARE(cell(w, invalid.id, ConnectionListModel::NameColumn), QStringLiteral("A invalid"));
        QCOMPARE(w.model()->rowOf(invalid.id), 0); // by name
        QCOMPARE(cell(w, valid.id, ConnectionListModel::IdentityStoreColumn), QStringLiteral("Zoom"));
        QCOMPARE(cell(w, valid.id, ConnectionListModel::StatusColumn), QStringLiteral("Valid"));
        QCOMPARE(cell(w, invalid.id, ConnectionListModel::StatusColumn), QStringLiteral("Invalid"));
        QCOMPARE(cell(w, untested.id, ConnectionListModel::StatusColumn), QStringLiteral("Not tested"));
        QCOMPARE(cell(w, valid.id, ConnectionListModel::EnabledColumn), QStringLiteral("Enabled"));
        QCOMPARE(cell(w, invalid.id, ConnectionListModel::EnabledColumn), QStringLiteral("Disabled"));

        // The first row is selected and shown in the details panel.
        QCOMPARE(w.currentConnection()->id, invalid.id);
        ConnectionDetailsPanel *details = w.detailsPanel();
        QCOMPARE(
            details->findChild<QLabel *>(QStringLiteral("detailsName"))->text(), QStringLiteral("A invalid"));
        QVERIFY(details->findChild<QLabel *>(QStringLiteral("detailsStatus"))
                    ->text()
                    .contains(QStringLiteral("Invalid")));
        QCOMPARE(details->summary()->value(QStringLiteral("scimUrl")),
            QStringLiteral("https://api.zoom.us/scim2"));
        QVERIFY(details->summary()
                    ->value(QStringLiteral("clientSecret"))
                    .startsWith(QStringLiteral("Stored in")));
        w.selectConnection(valid.id);
        QCOMPARE(
            details->findChild<QLabel *>(QStringLiteral("detailsName"))->text(), QStringLiteral("B valid"));
        QVERIFY(details->enableToggle()->isChecked());
    }

    void emptyStateInvitesANewConnection()
    {
        UiFixture f;
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        auto *button = w.findChild<QPushButton *>(QStringLiteral("emptyNewConnectionButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY(!w.connectionList()->isVisible());
        button->click();
        QTRY_VERIFY(visibleTopLevel<QWizard>() != nullptr);
        visibleTopLevel<QWizard>()->reject();
    }

    void enableIsRefusedUntilATestPasses()
    {
        UiFixture f;
        const Connection invalid = f.add(QStringLiteral("Invalid"), Validity::Invalid);
        const Connection untested = f.add(QStringLiteral("Untested"), Validity::Untested);
        const Connection valid = f.add(QStringLiteral("Valid"), Validity::Valid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        ToggleSwitch *toggle = w.detailsPanel()->enableToggle();
        MessageBanner *banner = w.detailsPanel()->banner();
        for (const Connection &c : {invalid, untested}) {
            w.selectConnection(c.id);
            QVERIFY(!toggle->isChecked());
            toggle->click();
            QVERIFY2(!toggle->isChecked(), qPrintable(c.name));
            QVERIFY(banner->isVisible());
            QVERIFY2(
                banner->text().contains(QStringLiteral("cannot be enabled until a connection test passes")),
                qPrintable(banner->text()));
            QVERIFY(!f.store().find(c.id)->enabled);
            QCOMPARE(cell(w, c.id, ConnectionListModel::EnabledColumn), QStringLiteral("Disabled"));
        }
        w.selectConnection(valid.id);
        QVERIFY(!banner->isVisible());
        QTest::keyClick(toggle, Qt::Key_Space); // the keyboard works the toggle too
        QVERIFY(toggle->isChecked());
        QVERIFY(f.store().find(valid.id)->enabled);
        QCOMPARE(cell(w, valid.id, ConnectionListModel::EnabledColumn), QStringLiteral("Enabled"));
        toggle->click();
        QVERIFY(!f.store().find(valid.id)->enabled);
    }

    void testConnectionRecordsTheResult()
    {
        UiFixture f;
        const Connection c
            = f.add(QStringLiteral("Tested"), Validity::Untested, false, QStringLiteral("stored-one"));
        f.tester.mode = FakeTesterControl::Mode::Manual;
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        QPushButton *test = w.detailsPanel()->testButton();
        test->click();
        // The secret comes from the store asynchronously; then the tester runs.
        QTRY_VERIFY(f.tester.isRunning());
        QCOMPARE(f.tester.lastSecret, QStringLiteral("stored-one"));
        QCOMPARE(f.tester.lastConnection.id, c.id);
        QVERIFY(!test->isEnabled());
        QCOMPARE(cell(w, c.id, ConnectionListModel::StatusColumn), QStringLiteral("Testing\u2026"));

        QVERIFY(f.tester.respond(FakeTesterControl::failed()));
        QCOMPARE(f.store().find(c.id)->validity, Validity::Invalid);
        QVERIFY(f.store().find(c.id)->lastTestMessage.contains(FakeTesterControl::failed().summary));
        QVERIFY(f.store().find(c.id)->lastTestedAt.isValid());
        QCOMPARE(cell(w, c.id, ConnectionListModel::StatusColumn), QStringLiteral("Invalid"));
        QVERIFY(w.detailsPanel()->banner()->text().contains(FakeTesterControl::failed().summary));
        QVERIFY(test->isEnabled());

        test->click();
        QTRY_VERIFY(f.tester.isRunning());
        QVERIFY(f.tester.respond(FakeTesterControl::passed()));
        QCOMPARE(f.store().find(c.id)->validity, Validity::Valid);
        QCOMPARE(w.detailsPanel()->banner()->type(), MessageBanner::Type::Positive);
        w.detailsPanel()->enableToggle()->click();
        QVERIFY(f.store().find(c.id)->enabled);
    }

    void testWithoutAStoredSecretMarksItInvalid()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("No secret"), Validity::Valid, true);
        f.memory.remove({c.id, SecretKind::ClientSecret}, this, [](const SecretResult &) {});
        QTRY_VERIFY(f.memory.contents().isEmpty());
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.testConnection();
        QTRY_COMPARE(f.store().find(c.id)->validity, Validity::Invalid);
        QCOMPARE(f.tester.starts, 0);
        QVERIFY(!f.store().find(c.id)->enabled); // an invalid connection is never left enabled
        QVERIFY(w.detailsPanel()->banner()->text().contains(QStringLiteral("No Client Secret")));
    }

    void deleteAsksFirstAndRemovesTheSecret()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Doomed"), Validity::Valid);
        const Connection other = f.add(QStringLiteral("Other"), Validity::Valid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.selectConnection(c.id);

        w.detailsPanel()->deleteButton()->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("deleteConfirmBox"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("Doomed")));
        QVERIFY(box->informativeText().contains(QStringLiteral("keychain")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not delete
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(visibleTopLevel<QMessageBox>() == nullptr);
        QVERIFY(f.store().find(c.id));
        QCOMPARE(f.memory.contents().size(), 2);

        w.detailsPanel()->deleteButton()->click();
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("deleteConfirmBox"))) != nullptr);
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        QTRY_VERIFY(!f.store().find(c.id));
        QTRY_COMPARE(w.model()->rowCount(), 1);
        QVERIFY(!f.memory.contents().contains(SecretKey {c.id, SecretKind::ClientSecret}.account()));
        QVERIFY(f.memory.contents().contains(SecretKey {other.id, SecretKind::ClientSecret}.account()));
        QCOMPARE(w.currentConnection()->id, other.id);
    }

    void deleteRefusedByTheKeychainKeepsTheConnection()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Kept"), Validity::Valid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        f.memory.failNext(SecretResult::Error::AccessDenied);
        w.deleteConnection();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("deleteConfirmBox"))) != nullptr);
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        QTRY_VERIFY(w.detailsPanel()->banner()->isVisible());
        QVERIFY(w.detailsPanel()->banner()->text().contains(QStringLiteral("not deleted")));
        QVERIFY(f.store().find(c.id));
        QCOMPARE(w.model()->rowCount(), 1);
    }

    void editingTheDescriptionKeepsTheTestResult()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Edited"), Validity::Valid, true);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.detailsPanel()->editButton()->click();
        EditConnectionDialog *d = nullptr;
        QTRY_VERIFY((d = visibleTopLevel<EditConnectionDialog>()) != nullptr);
        // The same editors as the wizard, loaded with the connection.
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Edited"));
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("accountIdEdit"))->text(), c.oauth.accountId);
        QVERIFY(d->findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"))->text().isEmpty());
        d->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))
            ->setPlainText(QStringLiteral("new words"));
        d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY(visibleTopLevel<EditConnectionDialog>() == nullptr);
        const Connection saved = *f.store().find(c.id);
        QCOMPARE(saved.description, QStringLiteral("new words"));
        QCOMPARE(saved.validity, Validity::Valid);
        QVERIFY(saved.enabled);
        QCOMPARE(f.memory.contents().value(SecretKey {c.id, SecretKind::ClientSecret}.account()),
            QStringLiteral("stored-secret"));
        QTest::qWait(50);
        QVERIFY(visibleTopLevel<QMessageBox>() == nullptr); // no test offered
    }

    void changingAuthenticationResetsValidityAndOffersATest()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Moved"), Validity::Valid, true);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.editConnection();
        EditConnectionDialog *d = nullptr;
        QTRY_VERIFY((d = visibleTopLevel<EditConnectionDialog>()) != nullptr);
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("scimUrlEdit")),
            QStringLiteral("https://api.zoom.us/v2/scim2"));
        d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY(visibleTopLevel<EditConnectionDialog>() == nullptr);

        Connection saved = *f.store().find(c.id);
        QCOMPARE(saved.scimUrl.toString(), QStringLiteral("https://api.zoom.us/v2/scim2"));
        QCOMPARE(saved.validity, Validity::Untested);
        QVERIFY(!saved.enabled);
        QCOMPARE(cell(w, c.id, ConnectionListModel::StatusColumn), QStringLiteral("Not tested"));

        QMessageBox *offer = nullptr;
        QTRY_VERIFY((offer = visibleTopLevel<QMessageBox>(QStringLiteral("offerTestBox"))) != nullptr);
        offer->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(f.store().find(c.id)->validity, Validity::Valid);
        QCOMPARE(f.tester.lastConnection.scimUrl.toString(), QStringLiteral("https://api.zoom.us/v2/scim2"));
        QCOMPARE(f.tester.lastSecret, QStringLiteral("stored-secret"));
    }

    void aNewSecretReplacesTheStoredOneAndResetsValidity()
    {
        UiFixture f;
        const Connection c = f.add(QStringLiteral("Rotated"), Validity::Valid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.editConnection();
        EditConnectionDialog *d = nullptr;
        QTRY_VERIFY((d = visibleTopLevel<EditConnectionDialog>()) != nullptr);
        typeInto(d->findChild<SecretLineEdit *>(QStringLiteral("clientSecretField"))->lineEdit(),
            QStringLiteral("rotated"));
        d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY(visibleTopLevel<EditConnectionDialog>() == nullptr);
        QCOMPARE(f.memory.contents().value(SecretKey {c.id, SecretKind::ClientSecret}.account()),
            QStringLiteral("rotated"));
        QCOMPARE(f.store().find(c.id)->validity, Validity::Untested);
        QMessageBox *offer = nullptr;
        QTRY_VERIFY((offer = visibleTopLevel<QMessageBox>(QStringLiteral("offerTestBox"))) != nullptr);
        offer->button(QMessageBox::No)->click();
        QTest::qWait(50);
        QCOMPARE(f.tester.starts, 0);
    }

    void editRefusesADuplicateNameInline()
    {
        UiFixture f;
        f.add(QStringLiteral("First"), Validity::Valid);
        const Connection second = f.add(QStringLiteral("Second"), Validity::Valid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        w.show();
        w.selectConnection(second.id);
        w.editConnection();
        EditConnectionDialog *d = nullptr;
        QTRY_VERIFY((d = visibleTopLevel<EditConnectionDialog>()) != nullptr);
        d->tabs()->setCurrentIndex(EditConnectionDialog::UserActionsTab);
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("FIRST"));
        d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QCOMPARE(
            d->tabs()->currentIndex(), int(EditConnectionDialog::GeneralTab)); // shown where the problem is
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("nameError"))->isVisible());
        QVERIFY(d->isVisible());
        // Its own name, in another case, is fine.
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("SECOND"));
        d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY(visibleTopLevel<EditConnectionDialog>() == nullptr);
        QCOMPARE(f.store().find(second.id)->name, QStringLiteral("SECOND"));
    }

    void otherAreasCanAddActionsAndSections()
    {
        UiFixture f;
        const Connection enabled = f.add(QStringLiteral("On"), Validity::Valid, true);
        const Connection invalid = f.add(QStringLiteral("Off"), Validity::Invalid);
        ProvisioningWindow w(&f.database, &f.service, f.tester.factory());
        std::optional<Connection> handled;
        QPushButton *sync
            = w.detailsPanel()->addActionButton(QStringLiteral("Sync now"), QStringLiteral("Sync now"),
                ConnectionDetailsPanel::Needs::EnabledConnection, [&](const Connection &c) { handled = c; });
        auto *section = new QLabel(QStringLiteral("Last sync: never"));
        w.detailsPanel()->addSection(section);
        QList<QUuid> shown;
        connect(
            &w, &ProvisioningWindow::currentConnectionChanged, this, [&](const QUuid &id) { shown << id; });
        w.show();
        QCOMPARE(w.currentConnection()->id, invalid.id); // "Off" sorts first
        QVERIFY(!sync->isEnabled());
        QVERIFY(section->isVisible());
        w.selectConnection(enabled.id);
        QVERIFY(sync->isEnabled());
        sync->click();
        QVERIFY(handled);
        QCOMPARE(handled->id, enabled.id);
        w.selectConnection(invalid.id);
        QVERIFY(!sync->isEnabled());
        QCOMPARE(shown, (QList<QUuid> {enabled.id, invalid.id}));
    }
};

QTEST_MAIN(TestProvisioningWindow)
#include "TestProvisioningWindow.moc"
