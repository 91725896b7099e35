#include "Connection.h"

namespace pd {

QString validityToString(Validity v)
{
    switch (v) {
    case Validity::Valid:
        return QStringLiteral("valid");
    case Validity::Invalid:
        return QStringLiteral("invalid");
    case Validity::Untested:
        break;
    }
    return QStringLiteral("untested");
}

Validity validityFromString(const QString &s)
{
    if (s == QLatin1String("valid"))
        return Validity::Valid;
    if (s == QLatin1String("invalid"))
        return Validity::Invalid;
    return Validity::Untested;
}

} // namespace pd
