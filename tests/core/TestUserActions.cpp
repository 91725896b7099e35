#include "UserActions.h"

#include <QTest>

using namespace pd;

class TestUserActions : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreSafe()
    {
        const UserActions a;
        QVERIFY(a.isNormalized());
        QCOMPARE(a.removeAction, RemoveAction::Disable);
        QVERIFY(!a.deprovisionUsers);
    }

    void disableNeedsUpdate()
    {
        UserActions a;
        a.updateUsers = false;
        a.disableUsers = true;
        QVERIFY(!a.isNormalized());
        a.normalize();
        QVERIFY(!a.disableUsers);
        QVERIFY(!a.disableAvailable());
    }

    void disableRemovalWithoutDisableSwitchesDeprovisionOffNeverToDelete()
    {
        UserActions a;
        a.deprovisionUsers = true;
        a.removeAction = RemoveAction::Disable;
        a.deprovisionOnRuleDeletion = true;
        a.updateUsers = false; // takes "disable" away
        a.normalize();
        QVERIFY(!a.disableUsers);
        QVERIFY(!a.deprovisionUsers);
        QVERIFY(!a.deprovisionOnRuleDeletion);
        QCOMPARE(a.removeAction, RemoveAction::Disable);
    }

    void deleteRemovalSurvivesWithoutDisable()
    {
        UserActions a;
        a.disableUsers = false;
        a.deprovisionUsers = true;
        a.removeAction = RemoveAction::Delete;
        QVERIFY(a.isNormalized());
        QVERIFY(!a.removeActionChoiceAvailable());
    }

    void ruleDeletionNeedsDeprovision()
    {
        UserActions a;
        a.deprovisionOnRuleDeletion = true;
        QVERIFY(!a.isNormalized());
        a.normalize();
        QVERIFY(!a.deprovisionOnRuleDeletion);
    }

    void removeActionStrings()
    {
        RemoveAction r = RemoveAction::Disable;
        QVERIFY(removeActionFromString(QStringLiteral("delete"), &r));
        QCOMPARE(r, RemoveAction::Delete);
        QVERIFY(!removeActionFromString(QStringLiteral("Delete "), &r));
        QCOMPARE(removeActionToString(RemoveAction::Disable), QStringLiteral("disable"));
    }
};

QTEST_GUILESS_MAIN(TestUserActions)
#include "TestUserActions.moc"
