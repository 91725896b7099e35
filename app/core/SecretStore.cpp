#include "SecretStore.h"

namespace pd {

QString SecretKey::account() const
{
    const QString kindName = kind == SecretKind::SourcePassword ? QStringLiteral("source-password")
                                                                : QStringLiteral("client-secret");
    return connectionId.toString(QUuid::WithoutBraces) + QLatin1Char('/') + kindName;
}

} // namespace pd
