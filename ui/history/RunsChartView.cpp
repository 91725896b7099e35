#include "RunsChartView.h"

#include "HistoryStyle.h"
#include "Style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace pd {

namespace {

QString label(const QDate &start, ActivityBucket::Size size)
{
    switch (size) {
    case ActivityBucket::Size::Day:
        return start.toString(QStringLiteral("MMM d"));
    case ActivityBucket::Size::Week:
        return RunsChartView::tr("wk %1").arg(start.toString(QStringLiteral("MMM d")));
    case ActivityBucket::Size::Month:
        break;
    }
    return start.toString(QStringLiteral("MMM yyyy"));
}

} // namespace

RunsChartView::RunsChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    // The chart paints its own background: follow the palette, or it stays white in a dark one.
    chart->setTheme(Style::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    if (Style::isDark()) {
        chart->setBackgroundBrush(palette().color(QPalette::Base));
        setBackgroundBrush(palette().color(QPalette::Window));
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setBuckets({}, ActivityBucket::Size::Day);
}

QList<QBarSet *> RunsChartView::sets() const
{
    const auto series = chart()->series();
    if (series.isEmpty())
        return {};
    return static_cast<QStackedBarSeries *>(series.constFirst())->barSets();
}

void RunsChartView::setBuckets(const QList<ActivityBucket> &buckets, ActivityBucket::Size size)
{
    m_buckets = buckets;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);

    auto *created = new QBarSet(tr("Created"));
    auto *updated = new QBarSet(tr("Updated"));
    auto *removed = new QBarSet(tr("Removed or disabled"));
    auto *failed = new QBarSet(tr("Failed"));
    const QList<std::pair<QBarSet *, QColor>> colours {{created, HistoryStyle::created()},
        {updated, HistoryStyle::updated()}, {removed, HistoryStyle::removed()},
        {failed, HistoryStyle::failed()}};
    for (const auto &[set, colour] : colours) {
        set->setColor(colour);
        set->setBorderColor(colour);
    }
    QStringList categories;
    int highest = 0;
    for (const ActivityBucket &b : buckets) {
        *created << b.created;
        *updated << b.updated;
        *removed << b.removed;
        *failed << b.failed;
        categories << label(b.start, size);
        highest = qMax(highest, b.created + b.updated + b.removed + b.failed);
    }
    auto *series = new QStackedBarSeries;
    series->append({created, updated, removed, failed});
    series->setBarWidth(0.8);
    c->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // Many bars: upright labels would be elided to "No...".
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Users"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // After attaching, which resets the range: whole users in steps of 1, 2 or 5 times a power of
    // ten.
    int step = 1;
    for (int magnitude = 1; step * 6 < highest; magnitude *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * magnitude;
            if (step * 6 >= highest)
                break;
        }
    }
    const int top = qMax(4, (highest / step + 1) * step); // headroom: the highest bar never touches the frame
    y->setRange(0, top);
    y->setTickCount(top / step + 1);

    const QString unit = size == ActivityBucket::Size::Day ? tr("day")
        : size == ActivityBucket::Size::Week               ? tr("week")
                                                           : tr("month");
    c->setTitle(buckets.isEmpty() ? tr("No runs in this period") : tr("Changes per %1").arg(unit));
}

} // namespace pd
