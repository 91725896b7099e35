#include "PlannedOperation.h"

namespace pd {

QString PlannedOperation::kindToString(Kind k)
{
    switch (k) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Adopt:
        return QStringLiteral("adopt");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Disable:
        return QStringLiteral("disable");
    case Kind::Reactivate:
        return QStringLiteral("reactivate");
    case Kind::RemoveDisable:
        return QStringLiteral("remove-disable");
    case Kind::RemoveDelete:
        return QStringLiteral("remove-delete");
    case Kind::Skip:
        break;
    }
    return QStringLiteral("skip");
}

} // namespace pd
