#include "RunRecord.h"

namespace pd {

int RunRecord::requestTotal() const
{
    int sum = 0;
    for (int n : requests)
        sum += n;
    return sum;
}

qint64 RunRecord::durationMs() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return -1;
    return startedAt.msecsTo(finishedAt);
}

} // namespace pd
