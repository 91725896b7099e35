#pragma once

#include "UserActions.h"

#include <QString>

namespace pd {

// What deleting a connection's outbound rule does to the Zoom users it manages, following the
// connection's "Deprovision on rule deletion" and "Remove Action". The editor asks with question;
// when removeUsers is true and the admin agrees, the sync engine removes the managed users with
// action. Nothing is removed without that confirmation.
struct RuleDeletionPlan
{
    bool removeUsers = false;
    RemoveAction action = RemoveAction::Disable;
    qint64 managedUsers = 0;
    bool destructive = false; // Delete: Zoom may remove meetings and recordings with the users
    QString question; // for the confirmation dialog
    QString summary; // one line for history and the CLI
};

class RuleDeletion
{
public:
    static RuleDeletionPlan plan(const UserActions &actions, qint64 managedUsers);
};

} // namespace pd
