#include "ManagedUser.h"

namespace pd {

QString ManagedUser::statusToString(Status s)
{
    switch (s) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Disabled:
        return QStringLiteral("disabled");
    case Status::Removed:
        return QStringLiteral("removed");
    case Status::PendingCreate:
        break;
    }
    return QStringLiteral("pending-create");
}

ManagedUser::Status ManagedUser::statusFromString(const QString &s)
{
    if (s == QLatin1String("active"))
        return Status::Active;
    if (s == QLatin1String("disabled"))
        return Status::Disabled;
    if (s == QLatin1String("removed"))
        return Status::Removed;
    return Status::PendingCreate;
}

} // namespace pd
