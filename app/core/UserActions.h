#pragma once

#include <QString>
#include <QStringList>

namespace pd {

enum class RemoveAction { Disable, Delete };
QString removeActionToString(RemoveAction a);
bool removeActionFromString(const QString &s, RemoveAction *out);

// PingOne's "User Actions" for a Zoom connection, with the console's dependencies:
//  - "Enable users disable" needs "Enable users updation";
//  - Remove Action "Disable" needs "Enable users disable" (otherwise only Delete can remove);
//  - "Deprovision on rule deletion" needs "Enable users deprovision".
struct UserActions
{
    bool createUsers = true;
    bool updateUsers = true;
    bool disableUsers = true;
    bool deprovisionUsers = false;
    RemoveAction removeAction = RemoveAction::Disable;
    bool deprovisionOnRuleDeletion = false;

    // Makes the dependencies hold. It never turns a Disable into a Delete: a deprovision that can no
    // longer disable is switched off instead, so nothing becomes more destructive by itself.
    void normalize();
    bool isNormalized() const;
    bool disableAvailable() const { return updateUsers; }
    bool removeActionChoiceAvailable() const { return deprovisionUsers && disableUsers; }
    bool operator==(const UserActions &) const = default;
};

} // namespace pd
