#include "ActivityBucket.h"

namespace pd {

ActivityBucket::Size ActivityBucket::sizeFor(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to);
    if (days <= 45)
        return Size::Day;
    if (days <= 280)
        return Size::Week;
    return Size::Month;
}

QDate ActivityBucket::startOf(const QDate &day, Size size)
{
    switch (size) {
    case Size::Day:
        return day;
    case Size::Week:
        return day.addDays(1 - day.dayOfWeek()); // Monday
    case Size::Month:
        break;
    }
    return QDate(day.year(), day.month(), 1);
}

QDate ActivityBucket::next(const QDate &start, Size size)
{
    switch (size) {
    case Size::Day:
        return start.addDays(1);
    case Size::Week:
        return start.addDays(7);
    case Size::Month:
        break;
    }
    return start.addMonths(1);
}

QList<ActivityBucket> ActivityBucket::regroup(const QList<ActivityBucket> &days, Size size)
{
    QList<ActivityBucket> out;
    for (const ActivityBucket &d : days) {
        const QDate start = startOf(d.start, size);
        if (out.isEmpty() || out.constLast().start != start) {
            ActivityBucket b;
            b.start = start;
            out.append(b);
        }
        ActivityBucket &b = out.last();
        b.runs += d.runs;
        b.created += d.created;
        b.updated += d.updated;
        b.removed += d.removed;
        b.failed += d.failed;
    }
    return out;
}

} // namespace pd
