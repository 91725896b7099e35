#include "UndoItem.h"

namespace pd {

QJsonObject UndoItem::toJson() const
{
    QJsonObject o {{QStringLiteral("sourceKey"), sourceKey}, {QStringLiteral("userName"), userName},
        {QStringLiteral("operation"), historyOperationToString(operation)},
        {QStringLiteral("result"), historyResultToString(result)}, {QStringLiteral("reason"), reason}};
    if (laterRunId != 0)
        o.insert(QStringLiteral("laterRunId"), laterRunId);
    return o;
}

} // namespace pd
