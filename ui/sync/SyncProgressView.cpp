#include "SyncProgressView.h"

#include "Style.h"
#include "SyncSummaryView.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTime>
#include <QTimer>

namespace pd {

SyncProgressView::SyncProgressView(QWidget *parent)
    : QWidget(parent)
    , m_phase(new QLabel(tr("Ready"), this))
    , m_bar(new QProgressBar(this))
    , m_stats(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("syncProgressView"));
    m_phase->setObjectName(QStringLiteral("syncPhase"));
    m_phase->setTextFormat(Qt::PlainText);
    m_phase->setMinimumWidth(150);
    QFont bold = m_phase->font();
    bold.setBold(true);
    m_phase->setFont(bold);
    m_bar->setObjectName(QStringLiteral("syncProgress"));
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_stats->setObjectName(QStringLiteral("syncStats"));
    m_stats->setTextFormat(Qt::PlainText);
    Style::makeMuted(m_stats);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phase, 0, 0);
    layout->addWidget(m_bar, 0, 1);
    layout->addWidget(m_stats, 1, 1);
    layout->setColumnStretch(1, 1);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { updateStats(); });
}

QString SyncProgressView::clockText(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void SyncProgressView::start(const QString &phase)
{
    m_running = true;
    m_last = SyncProgress {};
    m_applied = SyncProgress {};
    m_clock.start();
    m_tick->start();
    m_phase->setText(phase);
    m_bar->setRange(0, 0);
    updateStats();
}

void SyncProgressView::stop(const QString &phase)
{
    m_running = false;
    m_tick->stop();
    m_phase->setText(phase);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_stats->clear();
}

void SyncProgressView::setProgress(const SyncProgress &progress)
{
    m_last = progress;
    if (progress.phase == SyncProgress::Phase::Applying)
        m_applied = progress;
    m_phase->setText(SyncProgress::phaseName(progress.phase));
    if (progress.phase == SyncProgress::Phase::Finishing)
        return; // finish() sets the bar; until then it keeps how far the run got
    if (progress.total < 0) {
        m_bar->setRange(0, 0); // busy: the total is not known yet
    } else {
        const int total = int(qMin<qint64>(progress.total, INT_MAX));
        m_bar->setRange(0, qMax(1, total));
        m_bar->setValue(total == 0 ? 1 : int(qMin<qint64>(progress.done, total)));
    }
    updateStats();
}

void SyncProgressView::finish(const SyncReport &report)
{
    m_running = false;
    m_tick->stop();
    if (report.outcome == RunOutcome::Cancelled || report.outcome == RunOutcome::Failed)
        m_phase->setText(runOutcomeDisplayName(report.outcome));
    else
        m_phase->setText(report.dryRun ? tr("Dry run finished") : tr("Finished"));
    const bool complete = report.outcome == RunOutcome::Succeeded || report.outcome == RunOutcome::Held
        || report.outcome == RunOutcome::Partial;
    if (complete) {
        m_bar->setRange(0, 1);
        m_bar->setValue(1);
    } else if (m_bar->maximum() == 0) {
        m_bar->setRange(0, 1); // stop the busy animation; the bar keeps how far a cancelled run got
        m_bar->setValue(0);
    }
    QStringList parts;
    if (m_applied.total > 0) // a complete run applied everything; progress reports lag up to 100 ms
        parts
            << tr("changes: %1 of %2").arg(complete ? m_applied.total : m_applied.done).arg(m_applied.total);
    parts << tr("finished at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    parts << tr("took %1").arg(SyncSummaryView::durationText(elapsedMs()));
    m_stats->setText(parts.join(QStringLiteral("  ·  ")));
}

void SyncProgressView::updateStats()
{
    if (!m_running)
        return;
    const SyncProgress &p = m_last;
    QStringList parts;
    switch (p.phase) {
    case SyncProgress::Phase::ReadingSource:
        if (p.done > 0)
            parts << tr("records read: %1").arg(p.done);
        break;
    case SyncProgress::Phase::ListingZoom:
        if (p.done > 0)
            parts << tr("Zoom users listed: %1").arg(p.done);
        break;
    case SyncProgress::Phase::Applying:
        if (p.total >= 0)
            parts << tr("changes: %1 of %2").arg(p.done).arg(p.total);
        break;
    default:
        break;
    }
    if (p.requestsPerSecond > 0)
        parts << tr("%1 requests/s").arg(p.requestsPerSecond, 0, 'f', 1);
    if (p.etaSeconds >= 0 && p.phase == SyncProgress::Phase::Applying)
        parts << tr("about %1 left").arg(clockText(p.etaSeconds));
    parts << tr("elapsed %1").arg(clockText(m_clock.elapsed() / 1000));
    m_stats->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace pd
