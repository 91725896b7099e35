#pragma once

#include <QString>

namespace pd {

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse; they hold '' for "none".
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace pd
