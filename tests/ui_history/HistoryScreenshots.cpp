// history_screenshots OUTDIR: renders the History window on realistic generated history (two
// connections, 45 days of scheduled syncs) to OUTDIR/history-*.png. Run by scripts/screenshots-history.
#include "ConnectionSyncSummaryWidget.h"
#include "Database.h"
#include "EventsModel.h"
#include "HistoryFilterBar.h"
#include "HistoryFixtures.h"
#include "HistoryQuery.h"
#include "HistoryWindow.h"
#include "RunDetailPanel.h"
#include "RunsChartView.h"
#include "RunsModel.h"
#include "Style.h"
#include "UserTimelinePanel.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QVBoxLayout>
#include <functional>

using namespace pd;

namespace {

bool save(QWidget *w, const QString &path)
{
    QTest::qWait(300); // let layouts and the chart settle
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // PROVISIONDESK_PALETTE=dark renders the dark variant (the app's --palette).
    if (!Style::applyPalette(Style::paletteFromEnvironment()))
        return 2;
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(out);
    QTemporaryDir dir;
    {
        Database db(dir.path());
        if (!db.open())
            return 1;
        test::DemoHistory::Options options;
        options.days = 45;
        options.users = 320;
        test::DemoHistory::generate(db.handle(), options);
        db.close();
    }
    const QUuid hq = test::DemoHistory::connections().constFirst().first;

    HistoryWindow window(dir.path());
    window.resize(1360, 860);
    window.show();
    auto runsLoaded = [&] { return !window.runsModel()->isLoading(); };
    if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitFor(runsLoaded, 20000))
        return 2;
    bool ok = true;
    auto wait = [&ok](const std::function<bool()> &done) {
        if (!QTest::qWaitFor(done, 20000)) {
            QTextStream(stderr) << "timed out waiting for the history to load" << Qt::endl;
            ok = false;
        }
    };

    // The runs list of one connection, with its sync summary, and a partly failed run selected.
    window.filterBar()->setConnection(hq);
    wait(runsLoaded);
    qint64 partial = 0;
    for (int row = 0; row < window.runsModel()->rowCount() && !partial; ++row) {
        if (window.runsModel()->run(row).outcome == RunOutcome::Partial)
            partial = window.runsModel()->run(row).id;
    }
    window.showRun(partial);
    wait([&] { return window.runDetail()->runId() == partial && !window.runDetail()->model()->isLoading(); });
    wait([&] { return window.summary()->summary().impacted() > 0; });
    ok = save(&window, out + QStringLiteral("/history-runs.png")) && ok;

    // A run's detail: the first full sync, with its creations, adoptions and what Zoom refused.
    window.filterBar()->setPeriod(HistoryFilterBar::Period::All);
    wait(runsLoaded);
    qint64 first = 0;
    QString busiest;
    {
        Database db(dir.path());
        db.open();
        RunFilter f;
        f.connectionId = hq;
        f.limit = 0;
        first = HistoryQuery(db.handle()).runs(f).constLast().id;
        QSqlQuery q(db.handle());
        // The user whose history tells the most: the most kinds of operation, then the most events.
        q.exec(QStringLiteral(
            "SELECT user_key FROM events WHERE user_key <> '' GROUP BY user_key "
            "ORDER BY COUNT(DISTINCT operation || result) DESC, COUNT(*) DESC, user_key LIMIT 1"));
        if (q.next())
            busiest = q.value(0).toString();
        q.finish();
        db.close();
    }
    window.showRun(first);
    wait([&] { return window.runDetail()->runId() == first && !window.runDetail()->model()->isLoading(); });
    if (auto *splitter = window.findChild<QSplitter *>())
        splitter->setSizes({170, 630});
    window.runsView()->scrollTo(window.runsView()->currentIndex());
    ok = save(&window, out + QStringLiteral("/history-run-detail.png")) && ok;
    if (auto *splitter = window.findChild<QSplitter *>())
        splitter->setSizes({400, 400});

    // The user with the richest history, across runs.
    window.filterBar()->setPeriod(HistoryFilterBar::Period::Month);
    window.filterBar()->setConnection({});
    wait(runsLoaded);
    window.showUser(busiest);
    wait([&] {
        return window.timeline()->model()->rowCount() > 0 && !window.timeline()->model()->isLoading();
    });
    ok = save(&window, out + QStringLiteral("/history-user-timeline.png")) && ok;

    // The chart over the last 30 days, all connections.
    QSignalSpy chart(&window, &HistoryWindow::chartLoaded);
    window.refresh();
    wait([&] { return chart.size() > 0; });
    window.showChart();
    ok = save(&window, out + QStringLiteral("/history-chart.png")) && ok;

    // The summary widget as the Provisioning window shows it.
    QWidget panel; // with the margins of the details panel it sits in
    auto *layout = new QVBoxLayout(&panel);
    layout->setContentsMargins(14, 12, 14, 12);
    auto *summary = new ConnectionSyncSummaryWidget(dir.path(), &panel);
    layout->addWidget(summary);
    panel.resize(640, 120);
    QSignalSpy loaded(summary, &ConnectionSyncSummaryWidget::loaded);
    summary->setConnection(hq);
    panel.show();
    wait([&] { return loaded.size() > 0; });
    ok = save(&panel, out + QStringLiteral("/history-sync-summary.png")) && ok;
    return ok ? 0 : 3;
}
