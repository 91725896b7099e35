#pragma once

#include "SyncLogLine.h"
#include "SyncReport.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace pd {

// Where a run is: the phase, a progress bar (busy while the total is unknown) and a line with done
// of total, requests per second, the ETA and the elapsed time (ticking every second).
class SyncProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit SyncProgressView(QWidget *parent = nullptr);

    void start(const QString &phase); // a run begins: busy bar, clock starts
    void setProgress(const SyncProgress &progress);
    void finish(const SyncReport &report);
    void stop(const QString &phase); // abandoned before the run started
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : -1; }

    QLabel *phaseLabel() const { return m_phase; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *statsLabel() const { return m_stats; }

    static QString clockText(qint64 seconds);

private:
    void updateStats();

    QLabel *m_phase;
    QProgressBar *m_bar;
    QLabel *m_stats;
    QTimer *m_tick;
    QElapsedTimer m_clock;
    SyncProgress m_last;
    SyncProgress m_applied; // the last progress of the apply phase, for the finished line
    bool m_running = false;
};

} // namespace pd
