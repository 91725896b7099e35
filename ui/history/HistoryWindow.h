#pragma once

#include "HistoryExporter.h"
#include "RunFilter.h"

#include <QMainWindow>
#include <QSet>
#include <QUuid>
#include <functional>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolBar;

namespace pd {

class ConnectionSyncSummaryWidget;
class HistoryFilterBar;
class HistoryQuery;
class HistoryLoader;
class RunDetailPanel;
class RunsChartView;
class RunsModel;
class UserTimelinePanel;

// The provisioning history: the runs list (filtered by connection, period and outcome) with each
// run's per-user events, a user's timeline across all runs, a chart of changes over time, the
// connection's sync summary in PingOne's terms, and CSV / JSON exports. Every query runs on a loader
// thread and pages in, so a history of a million events never stalls the window.
class HistoryWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit HistoryWindow(const QString &dataDir, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // For the Provisioning window ("View history") and tests.
    void setConnectionFilter(const QUuid &connectionId);
    void showRun(qint64 runId);
    void showUser(const QString &userNameOrSourceKey);
    void showChart();
    void refresh();
    // Keeps runs for days (0: forever) and deletes older ones now; the retention box asks first.
    void setRetentionDays(int days);

    // Exports write on a thread of their own; exportFinished() tells how it went. Format by suffix.
    void exportRuns(const QString &path);
    void exportRunEvents(qint64 runId, const QString &path);
    void exportUserTimeline(const QString &userNameOrSourceKey, const QString &path);

    HistoryFilterBar *filterBar() const { return m_filters; }
    RunsModel *runsModel() const { return m_runs; }
    QTableView *runsView() const { return m_runsView; }
    RunDetailPanel *runDetail() const { return m_detail; }
    UserTimelinePanel *timeline() const { return m_timeline; }
    RunsChartView *chart() const { return m_chart; }
    ConnectionSyncSummaryWidget *summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void exportFinished(bool ok, const QString &path, const QString &message);
    // The chart's data arrived (tests, screenshots).
    void chartLoaded();
    // The retention setting was saved and older runs deleted (removed: how many runs).
    void retentionApplied(int removed);
    // "Provision now" / "Retry failed users" in the run detail or the user timeline: sync exactly
    // these source keys of the connection (the Provisioning window's sync window runs it).
    void provisionRequested(const QUuid &connectionId, const QSet<QString> &sourceKeys);
    // "Undo this run…" in the run detail (the Provisioning window opens the undo dialog).
    void undoRequested(const pd::RunRecord &run);

private:
    void buildActions();
    void buildRetention(QToolBar *toolbar);
    void applyFilter();
    void loadConnections();
    void loadChart();
    void selectRun(const QModelIndex &current);
    void updateStatus();
    void askPath(const QString &title, const QString &baseName, const std::function<void(QString)> &then);
    void startExport(const QString &path,
        std::function<bool(const HistoryQuery &, QIODevice *, HistoryExporter::Format, QString *)> write);

    HistoryLoader *m_loader;
    HistoryLoader *m_exportLoader;
    HistoryFilterBar *m_filters;
    QTabWidget *m_tabs;
    ConnectionSyncSummaryWidget *m_summary;
    RunsModel *m_runs;
    QSortFilterProxyModel *m_runsProxy;
    QTableView *m_runsView;
    RunDetailPanel *m_detail;
    UserTimelinePanel *m_timeline;
    RunsChartView *m_chart;
    QLabel *m_status;
    QComboBox *m_retention = nullptr;
    qint64 m_wantedRun = 0; // a run to select once the list shows it
    quint64 m_chartGeneration = 0;
};

} // namespace pd
