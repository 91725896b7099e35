#include "SyncPlan.h"

namespace pd {

QMap<QString, int> SyncPlan::counts() const
{
    QMap<QString, int> c;
    for (const PlannedOperation &op : operations)
        ++c[op.held ? QStringLiteral("held") : PlannedOperation::kindToString(op.kind)];
    return c;
}

int SyncPlan::writeCount() const
{
    int n = 0;
    for (const PlannedOperation &op : operations)
        n += op.isWrite() && !op.held ? 1 : 0;
    return n;
}

} // namespace pd
