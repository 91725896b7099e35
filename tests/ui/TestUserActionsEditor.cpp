// User actions: PingOne's dependencies held in the UI as the admin clicks, and in what is saved.
#include "MessageBanner.h"
#include "NewConnectionWizard.h"
#include "UiTestSupport.h"
#include "UserActionsEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestUserActionsEditor : public QObject
{
    Q_OBJECT

    struct Ui
    {
        explicit Ui(UserActionsEditor *e)
            : create(e->findChild<QCheckBox *>(QStringLiteral("createUsersCheck")))
            , update(e->findChild<QCheckBox *>(QStringLiteral("updateUsersCheck")))
            , disable(e->findChild<QCheckBox *>(QStringLiteral("disableUsersCheck")))
            , deprovision(e->findChild<QCheckBox *>(QStringLiteral("deprovisionUsersCheck")))
            , options(e->findChild<QWidget *>(QStringLiteral("deprovisionOptions")))
            , removeDisable(e->findChild<QRadioButton *>(QStringLiteral("removeActionDisableRadio")))
            , removeDelete(e->findChild<QRadioButton *>(QStringLiteral("removeActionDeleteRadio")))
            , onRuleDeletion(e->findChild<QCheckBox *>(QStringLiteral("deprovisionOnRuleDeletionCheck")))
            , warning(e->findChild<MessageBanner *>(QStringLiteral("deleteWarning")))
            , adjusted(e->findChild<QLabel *>(QStringLiteral("adjustedNote")))
        { }
        QCheckBox *create, *update, *disable, *deprovision;
        QWidget *options;
        QRadioButton *removeDisable, *removeDelete;
        QCheckBox *onRuleDeletion;
        MessageBanner *warning;
        QLabel *adjusted;
    };

private slots:
    void initTestCase() { quietOffscreenPlatform(); }

    void defaultsAreThePingOneDefaults()
    {
        UserActionsEditor e;
        e.load(Connection());
        e.show();
        Ui ui(&e);
        QVERIFY(ui.create->isChecked());
        QVERIFY(ui.update->isChecked());
        QVERIFY(ui.disable->isChecked() && ui.disable->isEnabled());
        QVERIFY(!ui.deprovision->isChecked());
        QVERIFY(!ui.options->isVisible()); // Remove Action appears only with deprovisioning
        QVERIFY(!ui.warning->isVisible());
    }

    void disableNeedsUpdation()
    {
        UserActionsEditor e;
        e.load(Connection());
        e.show();
        Ui ui(&e);
        ui.update->click();
        QVERIFY(!ui.update->isChecked());
        QVERIFY(!ui.disable->isChecked());
        QVERIFY(!ui.disable->isEnabled());
        QVERIFY(ui.adjusted->isVisible());
        ui.disable->click(); // disabled: nothing happens
        QVERIFY(!e.actions().disableUsers);
        ui.update->click();
        QVERIFY(ui.disable->isEnabled());
        QVERIFY(!ui.disable->isChecked()); // turned off stays off until the admin turns it on
        ui.disable->click();
        QVERIFY(e.actions().disableUsers);
        QVERIFY(e.actions().isNormalized());
    }

    void removeActionIsAChoiceOnlyWithDisable()
    {
        UserActionsEditor e;
        e.load(Connection());
        e.show();
        Ui ui(&e);
        ui.deprovision->click();
        QVERIFY(ui.options->isVisible());
        QVERIFY(ui.removeDisable->isEnabled() && ui.removeDelete->isEnabled());
        QVERIFY(ui.removeDisable->isChecked()); // the reversible default
        QVERIFY(!ui.warning->isVisible());

        // Delete shows what a Zoom deletion destroys.
        ui.removeDelete->click();
        QCOMPARE(e.actions().removeAction, RemoveAction::Delete);
        QVERIFY(ui.warning->isVisible());
        for (const char *word : {"meetings", "recordings", "settings", "cannot be undone", "reversible"})
            QVERIFY2(ui.warning->text().contains(QLatin1String(word)), word);
        ui.removeDisable->click();
        QVERIFY(!ui.warning->isVisible());

        // Without "disable", the Remove Action "Disable" is impossible: deprovisioning goes off
        // rather than silently becoming a Delete.
        ui.disable->click();
        QVERIFY(!ui.deprovision->isChecked());
        QVERIFY(!ui.options->isVisible());
        QVERIFY(ui.adjusted->isVisible());
        QVERIFY(e.actions().isNormalized());
        QCOMPARE(e.actions().removeAction, RemoveAction::Disable);

        // Turning deprovisioning on again without "disable" means Delete, shown with its warning,
        // and the choice is locked.
        ui.deprovision->click();
        QVERIFY(ui.deprovision->isChecked());
        QVERIFY(ui.removeDelete->isChecked());
        QVERIFY(!ui.removeDisable->isEnabled() && !ui.removeDelete->isEnabled());
        QVERIFY(ui.warning->isVisible());
        QCOMPARE(e.actions().removeAction, RemoveAction::Delete);
        QVERIFY(e.actions().isNormalized());
    }

    void ruleDeletionNeedsDeprovision()
    {
        UserActionsEditor e;
        e.load(Connection());
        e.show();
        Ui ui(&e);
        ui.deprovision->click();
        ui.onRuleDeletion->click();
        QVERIFY(e.actions().deprovisionOnRuleDeletion);
        ui.deprovision->click();
        QVERIFY(!ui.options->isVisible());
        QVERIFY(!e.actions().deprovisionOnRuleDeletion);
        Connection saved;
        QVERIFY(e.save(&saved));
        QVERIFY(!saved.actions.deprovisionUsers);
        QVERIFY(!saved.actions.deprovisionOnRuleDeletion);
    }

    void loadingAContradictionNormalizesIt()
    {
        Connection c;
        c.actions.updateUsers = false;
        c.actions.disableUsers = true; // impossible: disable needs updation
        UserActionsEditor e;
        e.load(c);
        Connection saved;
        QVERIFY(e.save(&saved));
        QVERIFY(saved.actions.isNormalized());
        QVERIFY(!saved.actions.disableUsers);
    }

    void theWizardStoresTheChosenActions()
    {
        UiFixture f;
        NewConnectionWizard w(&f.database, &f.service, f.tester.factory());
        w.show();
        QVERIFY(advanceTo(&w, NewConnectionWizard::UserActionsPageId));
        Ui ui(w.findChild<UserActionsEditor *>());
        ui.create->click();
        ui.deprovision->click();
        ui.removeDelete->click();
        ui.onRuleDeletion->click();
        QVERIFY(clickNext(&w));
        const UserActions a = w.connection().actions;
        QVERIFY(!a.createUsers);
        QVERIFY(a.updateUsers && a.disableUsers && a.deprovisionUsers && a.deprovisionOnRuleDeletion);
        QCOMPARE(a.removeAction, RemoveAction::Delete);
    }
};

QTEST_MAIN(TestUserActionsEditor)
#include "TestUserActionsEditor.moc"
