#include "UserActions.h"

namespace pd {

QString removeActionToString(RemoveAction a)
{
    return a == RemoveAction::Delete ? QStringLiteral("delete") : QStringLiteral("disable");
}

bool removeActionFromString(const QString &s, RemoveAction *out)
{
    if (s == QLatin1String("delete")) {
        *out = RemoveAction::Delete;
        return true;
    }
    if (s == QLatin1String("disable")) {
        *out = RemoveAction::Disable;
        return true;
    }
    return false;
}

void UserActions::normalize()
{
    if (!updateUsers)
        disableUsers = false;
    if (deprovisionUsers && !disableUsers && removeAction == RemoveAction::Disable)
        deprovisionUsers = false;
    if (!deprovisionUsers)
        deprovisionOnRuleDeletion = false;
}

bool UserActions::isNormalized() const
{
    UserActions copy = *this;
    copy.normalize();
    return copy == *this;
}

} // namespace pd
