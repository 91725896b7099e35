#include "HistoryWindow.h"

#include "ConnectionSyncSummaryWidget.h"
#include "EventsModel.h"
#include "HistoryFilterBar.h"
#include "HistoryLoader.h"
#include "HistoryQuery.h"
#include "HistoryRecorder.h"
#include "HistoryRetention.h"
#include "RunDetailPanel.h"
#include "RunsChartView.h"
#include "RunsModel.h"
#include "UserTimelinePanel.h"
#include "WindowState.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

HistoryWindow::HistoryWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new HistoryLoader(dataDir, this))
    , m_exportLoader(new HistoryLoader(dataDir, this))
    , m_filters(new HistoryFilterBar(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new ConnectionSyncSummaryWidget(m_loader, this))
    , m_runs(new RunsModel(m_loader, this))
    , m_runsProxy(new QSortFilterProxyModel(this))
    , m_runsView(new QTableView(this))
    , m_detail(new RunDetailPanel(m_loader, this))
    , m_timeline(new UserTimelinePanel(m_loader, this))
    , m_chart(new RunsChartView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Provisioning history"));
    resize(1200, 760);
    WindowState::restore(this, QStringLiteral("history"));

    m_runsProxy->setSourceModel(m_runs);
    m_runsProxy->setSortRole(RunsModel::SortRole);
    m_runsView->setModel(m_runsProxy);
    m_runsView->setObjectName(QStringLiteral("runsView"));
    m_runsView->setAccessibleName(tr("Runs"));
    // Tab leaves the table (arrow keys move within it), so the keyboard never gets stuck in it.
    m_runsView->setTabKeyNavigation(false);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->verticalHeader()->hide();
    m_runsView->verticalHeader()->setDefaultSectionSize(m_runsView->fontMetrics().height() + 6);
    m_runsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_runsView->setSortingEnabled(true);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setColumnWidth(RunsModel::Started, 150);
    m_runsView->setColumnWidth(RunsModel::Connection, 190);
    for (int c = RunsModel::Created; c <= RunsModel::Requests; ++c)
        m_runsView->setColumnWidth(c, 72);
    m_runsView->setColumnWidth(RunsModel::Mode, 110);
    m_runsView->setColumnWidth(RunsModel::Outcome, 110);

    auto *runsPage = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsPage);
    m_summary->setVisible(false);
    m_summary->setHistoryLinkVisible(false);
    runsLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, runsPage);
    splitter->addWidget(m_runsView);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    runsLayout->addWidget(splitter, 1);
    m_tabs->addTab(runsPage, tr("&Runs"));
    m_tabs->addTab(m_timeline, tr("User &timeline"));
    m_tabs->addTab(m_chart, tr("&Activity"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_filters);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    buildActions();

    connect(m_filters, &HistoryFilterBar::changed, this, &HistoryWindow::applyFilter);
    connect(m_runs, &RunsModel::loaded, this, [this] {
        updateStatus();
        if (m_wantedRun == 0)
            return;
        for (int row = 0; row < m_runs->rowCount(); ++row) {
            if (m_runs->run(row).id == m_wantedRun) {
                m_wantedRun = 0;
                m_runsView->selectRow(m_runsProxy->mapFromSource(m_runs->index(row, 0)).row());
                return;
            }
        }
        if (m_runs->canFetchMore({}))
            m_runs->fetchMore({});
        else if (!m_runs->isLoading())
            m_wantedRun = 0; // not among the filtered runs
    });
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryWindow::selectRun);
    connect(m_detail, &RunDetailPanel::userActivated, this, &HistoryWindow::showUser);
    connect(m_detail, &RunDetailPanel::provisionRequested, this, &HistoryWindow::provisionRequested);
    connect(m_timeline, &UserTimelinePanel::provisionRequested, this, &HistoryWindow::provisionRequested);
    connect(m_detail, &RunDetailPanel::undoRequested, this, &HistoryWindow::undoRequested);
    connect(m_loader, &HistoryLoader::failed, this,
        [this](const QString &message) { m_status->setText(message); });

    // A run whose process was killed shows as interrupted, not as running forever.
    m_loader->run<int>(
        this, [](QSqlDatabase db) { return db.isValid() ? HistoryRecorder::markInterruptedRuns(db) : 0; },
        [](int) {});
    loadConnections();
    applyFilter();
}

HistoryWindow::~HistoryWindow()
{
    WindowState::save(this, QStringLiteral("history"));
    // Stop the loader threads before the models and views their results would reach.
    delete m_exportLoader;
    delete m_loader;
}

void HistoryWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("History"));
    toolbar->setMovable(false);
    auto *refresh = toolbar->addAction(tr("Refresh"), this, &HistoryWindow::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    // Toolbar buttons take no focus by default; Tab must reach them like any other button.
    toolbar->widgetForAction(refresh)->setFocusPolicy(Qt::TabFocus);
    toolbar->widgetForAction(refresh)->setObjectName(QStringLiteral("refreshButton"));

    auto *menu = new QMenu(this);
    menu->addAction(tr("Runs list…"), this, [this] {
        askPath(tr("Export runs"), QStringLiteral("provisioning-runs"),
            [this](const QString &p) { exportRuns(p); });
    });
    auto *runEvents = menu->addAction(tr("Selected run's events…"), this, [this] {
        const qint64 id = m_detail->runId();
        askPath(tr("Export run %1").arg(id), QStringLiteral("run-%1").arg(id),
            [this, id](const QString &p) { exportRunEvents(id, p); });
    });
    auto *timeline = menu->addAction(tr("User timeline…"), this, [this] {
        const QString user = m_timeline->user();
        askPath(tr("Export the history of %1").arg(user), QStringLiteral("user-history"),
            [this, user](const QString &p) { exportUserTimeline(user, p); });
    });
    connect(menu, &QMenu::aboutToShow, this, [this, runEvents, timeline] {
        runEvents->setEnabled(m_detail->runId() != 0);
        timeline->setEnabled(!m_timeline->user().isEmpty());
    });
    auto *button = new QToolButton(this);
    button->setText(tr("Export"));
    button->setObjectName(QStringLiteral("exportButton"));
    button->setFocusPolicy(Qt::TabFocus);
    button->setToolTip(tr("Save runs or events as CSV (spreadsheets) or JSON"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(button);
    buildRetention(toolbar);
}

void HistoryWindow::buildRetention(QToolBar *toolbar)
{
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto *retentionLabel = new QLabel(tr("&Keep history:") + QLatin1Char(' '), this);
    toolbar->addWidget(retentionLabel);
    m_retention = new QComboBox(this);
    retentionLabel->setBuddy(m_retention);
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->setToolTip(
        tr("Cloud identity providers keep 7 to 30 days; ProvisionDesk keeps everything unless "
           "you choose a limit here."));
    m_retention->addItem(tr("Forever"), 0);
    for (int days : {30, 90, 180, 365, 730})
        m_retention->addItem(
            days < 365 ? tr("%n day(s)", nullptr, days) : tr("%n year(s)", nullptr, days / 365), days);
    toolbar->addWidget(m_retention);
    m_loader->run<int>(
        this, [](QSqlDatabase db) { return HistoryRetention(db).keepDays(); },
        [this](int days) {
            const QSignalBlocker blocker(m_retention);
            const int index = m_retention->findData(days);
            if (index < 0)
                m_retention->addItem(tr("%n day(s)", nullptr, days), days);
            m_retention->setCurrentIndex(index < 0 ? m_retention->count() - 1 : index);
            m_retention->setProperty("saved", days);
        });
    connect(m_retention, &QComboBox::activated, this, [this] {
        const int days = m_retention->currentData().toInt();
        const int saved = m_retention->property("saved").toInt();
        if (days == saved)
            return;
        if (days == 0 || (saved != 0 && days > saved)) {
            setRetentionDays(days); // keeps more: nothing to confirm
            return;
        }
        // Deleting history cannot be undone: ask, without a nested event loop.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete older history?"),
            tr("Runs that started more than %n day(s) ago, and every event in them, will be deleted now and "
               "after "
               "each sync. This cannot be undone. The sync summary keeps each user's state.",
                nullptr, days),
            QMessageBox::Cancel, this);
        box->addButton(tr("Delete older runs"), QMessageBox::DestructiveRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, days, saved] {
            if (box->buttonRole(box->clickedButton()) == QMessageBox::DestructiveRole) {
                setRetentionDays(days);
                return;
            }
            const QSignalBlocker blocker(m_retention);
            m_retention->setCurrentIndex(qMax(0, m_retention->findData(saved)));
        });
        box->open();
    });
}

void HistoryWindow::setRetentionDays(int days)
{
    m_retention->setProperty("saved", days);
    {
        const QSignalBlocker blocker(m_retention);
        const int index = m_retention->findData(days);
        if (index >= 0)
            m_retention->setCurrentIndex(index);
    }
    m_exportLoader->run<int>(
        this,
        [days](QSqlDatabase db) {
            HistoryRetention retention(db);
            return retention.setKeepDays(days) ? retention.applyPolicy() : -1;
        },
        [this, days](int removed) {
            if (removed < 0)
                m_status->setText(tr("Could not change how long the history is kept."));
            else if (days == 0)
                m_status->setText(tr("The history is kept forever."));
            else
                m_status->setText(tr(
                    "Runs older than %n day(s) are deleted after each sync; %1 deleted now.", nullptr, days)
                                      .arg(removed));
            if (removed > 0)
                refresh();
            emit retentionApplied(removed);
        });
}

void HistoryWindow::setConnectionFilter(const QUuid &connectionId)
{
    m_filters->setConnection(connectionId);
}

void HistoryWindow::applyFilter()
{
    const RunFilter f = m_filters->filter();
    m_detail->clear();
    m_runs->setFilter(f);
    m_summary->setVisible(!f.connectionId.isNull());
    m_summary->setConnection(f.connectionId);
    // One connection: its name on every row says nothing.
    m_runsView->setColumnHidden(RunsModel::Connection, !f.connectionId.isNull());
    loadChart();
}

void HistoryWindow::refresh()
{
    m_loader->run<int>(
        this, [](QSqlDatabase db) { return db.isValid() ? HistoryRecorder::markInterruptedRuns(db) : 0; },
        [](int) {});
    loadConnections();
    const qint64 selected = m_detail->runId();
    m_wantedRun = selected;
    m_runs->reload();
    m_summary->refresh();
    loadChart();
    if (!m_timeline->user().isEmpty())
        m_timeline->showUser(m_timeline->user());
}

void HistoryWindow::loadConnections()
{
    m_loader->run<QList<std::pair<QUuid, QString>>>(
        this, [](QSqlDatabase db) { return HistoryQuery(db).connections(); },
        [this](const QList<std::pair<QUuid, QString>> &list) { m_filters->setConnections(list); });
}

void HistoryWindow::loadChart()
{
    RunFilter f = m_filters->filter();
    f.outcomes.clear(); // the chart shows what changed, whatever the run's outcome
    const quint64 generation = ++m_chartGeneration;
    using Result = std::pair<QList<ActivityBucket>, ActivityBucket::Size>;
    m_loader->run<Result>(
        this,
        [f](QSqlDatabase db) {
            QList<ActivityBucket> days = HistoryQuery(db).activity(f, ActivityBucket::Size::Day);
            if (days.isEmpty())
                return Result {days, ActivityBucket::Size::Day};
            const auto size = ActivityBucket::sizeFor(days.constFirst().start, days.constLast().start);
            return Result {ActivityBucket::regroup(days, size), size};
        },
        [this, generation](const Result &r) {
            if (generation != m_chartGeneration)
                return;
            m_chart->setBuckets(r.first, r.second);
            emit chartLoaded();
        });
}

void HistoryWindow::selectRun(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showRun(m_runs->run(m_runsProxy->mapToSource(current).row()));
}

void HistoryWindow::showRun(qint64 runId)
{
    m_tabs->setCurrentIndex(0);
    m_wantedRun = runId;
    m_runs->reload();
}

void HistoryWindow::showUser(const QString &userNameOrSourceKey)
{
    m_tabs->setCurrentWidget(m_timeline);
    m_timeline->showUser(userNameOrSourceKey);
}

void HistoryWindow::showChart()
{
    m_tabs->setCurrentWidget(m_chart);
}

void HistoryWindow::updateStatus()
{
    const QLocale locale;
    m_status->setText(m_runs->total() == 0
            ? tr("No runs match. Syncs made from the app or the CLI appear here.")
            : tr("%1 of %2 runs loaded")
                  .arg(locale.toString(m_runs->rowCount()), locale.toString(m_runs->total())));
}

void HistoryWindow::askPath(
    const QString &title, const QString &baseName, const std::function<void(QString)> &then)
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(
        this, title, baseName + QStringLiteral(".csv"), tr("CSV for spreadsheets (*.csv);;JSON (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(
            filter.contains(QLatin1String("json")) ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [then](const QString &path) { then(path); });
    dialog->open();
}

void HistoryWindow::startExport(const QString &path,
    std::function<bool(const HistoryQuery &, QIODevice *, HistoryExporter::Format, QString *)> write)
{
    m_status->setText(tr("Exporting to %1…").arg(path));
    m_exportLoader->run<QString>(
        this,
        [path, write](QSqlDatabase db) -> QString {
            QSaveFile file(path); // all or nothing: a failed export leaves no half file
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            QString error;
            if (!write(HistoryQuery(db), &file, HistoryExporter::formatForPath(path), &error))
                return error.isEmpty() ? tr("the export failed") : error;
            if (!file.commit())
                return file.errorString();
            return {};
        },
        [this, path](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("Exported to %1.").arg(path)
                                              : tr("Could not export to %1: %2").arg(path, error));
            emit exportFinished(error.isEmpty(), path, error);
        });
}

void HistoryWindow::exportRuns(const QString &path)
{
    const RunFilter f = m_filters->filter();
    startExport(
        path, [f](const HistoryQuery &q, QIODevice *out, HistoryExporter::Format format, QString *error) {
            return HistoryExporter::exportRuns(q, f, out, format, error);
        });
}

void HistoryWindow::exportRunEvents(qint64 runId, const QString &path)
{
    startExport(
        path, [runId](const HistoryQuery &q, QIODevice *out, HistoryExporter::Format format, QString *error) {
            return HistoryExporter::exportRunEvents(q, runId, out, format, error);
        });
}

void HistoryWindow::exportUserTimeline(const QString &userNameOrSourceKey, const QString &path)
{
    startExport(path,
        [userNameOrSourceKey](
            const HistoryQuery &q, QIODevice *out, HistoryExporter::Format format, QString *error) {
            return HistoryExporter::exportUserTimeline(q, userNameOrSourceKey, {}, out, format, error);
        });
}

} // namespace pd
