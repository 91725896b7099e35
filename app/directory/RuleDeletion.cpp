#include "RuleDeletion.h"
#include "Translations.h"

#include <QCoreApplication>

namespace pd {

namespace {
QString tr(const char *text, int n = -1)
{
    return Translations::translate({"pd::RuleDeletion", "RuleDeletion"}, text, n);
}
} // namespace

RuleDeletionPlan RuleDeletion::plan(const UserActions &actions, qint64 managedUsers)
{
    UserActions a = actions;
    a.normalize();
    RuleDeletionPlan p;
    p.managedUsers = managedUsers;
    p.action = a.removeAction;
    const int n = int(qMin<qint64>(managedUsers, std::numeric_limits<int>::max()));
    if (!a.deprovisionUsers || !a.deprovisionOnRuleDeletion || managedUsers == 0) {
        p.question = tr("Delete the outbound rule? The %n Zoom user(s) it manages stay in Zoom as they are; "
                        "nothing more is synced for them.",
            n);
        p.summary = tr("Rule deleted; %n managed user(s) left in Zoom.", n);
        return p;
    }
    p.removeUsers = true;
    if (a.removeAction == RemoveAction::Delete) {
        p.destructive = true;
        p.question
            = tr("Delete the outbound rule? \"Deprovision on rule deletion\" is on, so the %n Zoom user(s) "
                 "it manages will be DELETED from Zoom. Zoom may delete their meetings, webinars and "
                 "recordings too. This cannot be undone.",
                n);
        p.summary = tr("Rule deleted; %n managed user(s) handed to the sync engine for deletion.", n);
    } else {
        p.question
            = tr("Delete the outbound rule? \"Deprovision on rule deletion\" is on, so the %n Zoom user(s) "
                 "it manages will be deactivated in Zoom. They keep their settings and can be "
                 "reactivated.",
                n);
        p.summary = tr("Rule deleted; %n managed user(s) handed to the sync engine for deactivation.", n);
    }
    return p;
}

} // namespace pd
