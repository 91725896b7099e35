#pragma once

#include "ActivityBucket.h"

#include <QChartView>
#include <QList>

class QBarSet;

namespace pd {

// Runs over time: users created, updated, removed and failed per day, week or month, as stacked bars.
class RunsChartView : public QChartView
{
    Q_OBJECT
public:
    explicit RunsChartView(QWidget *parent = nullptr);

    void setBuckets(const QList<ActivityBucket> &buckets, ActivityBucket::Size size);
    const QList<ActivityBucket> &buckets() const { return m_buckets; }
    // The four series, in legend order, for tests.
    QList<QBarSet *> sets() const;

private:
    QList<ActivityBucket> m_buckets;
};

} // namespace pd
