#pragma once

#include <QDate>
#include <QList>

namespace pd {

// The runs of one day, week or month (local time) for the chart: what they changed, summed.
// Dry runs are left out: they change nothing.
struct ActivityBucket
{
    enum class Size { Day, Week, Month };

    QDate start;
    int runs = 0;
    int created = 0;
    int updated = 0;
    int removed = 0;
    int failed = 0;

    bool operator==(const ActivityBucket &) const = default;

    // Days up to ~6 weeks, weeks up to ~9 months, months beyond: a readable number of bars.
    static Size sizeFor(const QDate &from, const QDate &to);
    static QDate startOf(const QDate &day, Size size);
    static QDate next(const QDate &start, Size size);
    // Day buckets summed into weeks or months.
    static QList<ActivityBucket> regroup(const QList<ActivityBucket> &days, Size size);
};

} // namespace pd
