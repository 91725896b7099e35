#include "ConnectionSyncSummaryWidget.h"
#include "Database.h"
#include "EventsModel.h"
#include "HistoryFilterBar.h"
#include "HistoryFixtures.h"
#include "HistoryImporter.h"
#include "HistoryRecorder.h"
#include "HistoryWindow.h"
#include "RunDetailPanel.h"
#include "RunsChartView.h"
#include "RunsModel.h"
#include "UserTimelinePanel.h"

#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using O = HistoryOperation;
using R = HistoryResult;

namespace {
const QUuid prod(QStringLiteral("{aaaaaaaa-0000-0000-0000-000000000001}"));
const QUuid staging(QStringLiteral("{bbbbbbbb-0000-0000-0000-000000000002}"));
const QUuid bulk(QStringLiteral("{cccccccc-0000-0000-0000-000000000003}"));
constexpr int bulkEvents = 1234;

HistoryEvent ev(
    const QString &key, const QString &user, O op, R result, int http = 0, const QString &detail = {})
{
    return test::event(key, user, op, result, http, detail);
}
} // namespace

// The History window, offscreen, on a history the test recorded through the recorder.
class TestHistoryWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    qint64 m_create = 0, m_partial = 0, m_held = 0, m_dry = 0, m_staging = 0, m_bulk = 0, m_old = 0;
    std::unique_ptr<HistoryWindow> m_window;

    qint64 record(
        HistoryRecorder &rec, const RunRecord &run, const QList<HistoryEvent> &events, RunOutcome outcome)
    {
        const qint64 id = rec.startRun(run);
        int second = 0;
        for (HistoryEvent e : events) {
            e.at = run.startedAt.addSecs(++second);
            rec.recordEvent(e);
        }
        rec.countRequest(QStringLiteral("POST"), int(events.size()));
        rec.finishRun(outcome, {}, run.startedAt.addSecs(90));
        return id;
    }

    static QList<qint64> shownRuns(HistoryWindow &w)
    {
        QList<qint64> ids;
        const QAbstractItemModel *m = w.runsView()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            ids << m->index(row, 0).data(RunsModel::RunIdRole).toLongLong();
        return ids;
    }

    static bool waitLoaded(HistoryWindow &w)
    {
        return QTest::qWaitFor([&] { return !w.runsModel()->isLoading(); }, 10000);
    }

private slots:
    void initTestCase()
    {
        Database db(m_dir.path());
        QVERIFY(db.open());
        {
            HistoryRecorder rec(db.handle());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString jane = QStringLiteral("jane@example.com");
            m_old = record(rec,
                test::run(prod, QStringLiteral("Prod"), RunTrigger::Cli, false, true, now.addDays(-60)),
                {ev(QStringLiteral("E9"), QStringLiteral("old@example.com"), O::Create, R::Success, 201)},
                RunOutcome::Succeeded);
            m_create = record(rec,
                test::run(prod, QStringLiteral("Prod"), RunTrigger::Cli, false, true, now.addDays(-5)),
                {ev(QStringLiteral("E1"), jane, O::Create, R::Success, 201),
                    ev(QStringLiteral("E2"), QStringLiteral("omar@example.com"), O::Create, R::Success, 201),
                    ev(QStringLiteral("E3"), QStringLiteral("li@example.com"), O::Create, R::Success, 201)},
                RunOutcome::Succeeded);
            m_partial = record(rec,
                test::run(prod, QStringLiteral("Prod"), RunTrigger::Gui, false, false, now.addDays(-4)),
                {ev(QStringLiteral("E1"), jane, O::Update, R::Success, 200),
                    ev(QStringLiteral("E2"), QStringLiteral("omar@example.com"), O::Update, R::Failed, 429,
                        QStringLiteral("Too many requests"))},
                RunOutcome::Partial);
            m_held = record(rec,
                test::run(prod, QStringLiteral("Prod"), RunTrigger::Cli, false, false, now.addDays(-3)),
                {ev(QStringLiteral("E3"), QStringLiteral("li@example.com"), O::RemoveDisable, R::Held)},
                RunOutcome::Held);
            m_dry = record(rec,
                test::run(prod, QStringLiteral("Prod"), RunTrigger::Gui, true, false, now.addDays(-2)),
                {ev(QStringLiteral("E1"), jane, O::Update, R::Planned)}, RunOutcome::Succeeded);
            m_staging = record(rec,
                test::run(staging, QStringLiteral("Staging"), RunTrigger::Cli, false, false,
                    now.addDays(-2).addSecs(60)),
                {ev(QStringLiteral("uid=jane"), jane, O::Create, R::Success, 201)}, RunOutcome::Succeeded);
            QList<HistoryEvent> many;
            for (int i = 0; i < bulkEvents; ++i)
                many << ev(QStringLiteral("B%1").arg(i), QStringLiteral("bulk%1@example.com").arg(i),
                    O::Create, i % 100 == 7 ? R::Failed : R::Success, i % 100 == 7 ? 409 : 201);
            m_bulk = record(rec,
                test::run(bulk, QStringLiteral("Bulk"), RunTrigger::Cli, false, true, now.addDays(-1)), many,
                RunOutcome::Partial);
        }
        db.close();
        m_window = std::make_unique<HistoryWindow>(m_dir.path());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(waitLoaded(*m_window));
    }

    void cleanupTestCase() { m_window.reset(); }

    void listsTheRunsOfTheLast30DaysNewestFirst()
    {
        QCOMPARE(
            shownRuns(*m_window), (QList<qint64> {m_bulk, m_staging, m_dry, m_held, m_partial, m_create}));
        QCOMPARE(m_window->runsModel()->total(), 6);
        const QModelIndex outcome = m_window->runsView()->model()->index(4, RunsModel::Outcome);
        QCOMPARE(outcome.data().toString(), runOutcomeDisplayName(RunOutcome::Partial));
        QCOMPARE(m_window->runsView()->model()->index(4, RunsModel::Failed).data().toString(),
            QStringLiteral("1"));
    }

    void filtersByConnectionPeriodOutcomeAndDryRuns()
    {
        HistoryFilterBar *f = m_window->filterBar();
        f->setConnection(prod);
        QVERIFY(waitLoaded(*m_window));
        QCOMPARE(shownRuns(*m_window), (QList<qint64> {m_dry, m_held, m_partial, m_create}));
        // PingOne's summary for the connection: jane and old success, omar failed, li's removal held.
        QVERIFY(m_window->summary()->isVisible());
        QTRY_COMPARE(m_window->summary()->summary().impacted(), 4);
        QCOMPARE(m_window->summary()->summary().success, 2);
        QCOMPARE(m_window->summary()->summary().failed, 1);
        QCOMPARE(m_window->summary()->summary().partial, 1);
        QCOMPARE(m_window->summary()->summary().lastRunId, m_held);

        f->setPeriod(HistoryFilterBar::Period::All);
        QVERIFY(waitLoaded(*m_window));
        QCOMPARE(shownRuns(*m_window).constLast(), m_old);
        f->setCustomRange(QDate::currentDate().addDays(-4), QDate::currentDate().addDays(-3));
        QVERIFY(waitLoaded(*m_window));
        QCOMPARE(shownRuns(*m_window), (QList<qint64> {m_held, m_partial}));
        f->setPeriod(HistoryFilterBar::Period::Month);

        f->setOutcome(RunOutcome::Partial);
        QVERIFY(waitLoaded(*m_window));
        QCOMPARE(shownRuns(*m_window), (QList<qint64> {m_partial}));
        f->setOutcome(std::nullopt);
        f->findChild<QCheckBox *>()->setChecked(false); // hide dry runs
        QVERIFY(waitLoaded(*m_window));
        QCOMPARE(shownRuns(*m_window), (QList<qint64> {m_held, m_partial, m_create}));
        f->findChild<QCheckBox *>()->setChecked(true);
        f->setConnection({});
        QVERIFY(waitLoaded(*m_window));
        QVERIFY(!m_window->summary()->isVisible());
        QCOMPARE(m_window->runsModel()->total(), 6);
    }

    void sortsThroughTheProxy()
    {
        QTableView *view = m_window->runsView();
        view->sortByColumn(RunsModel::Failed, Qt::DescendingOrder);
        QCOMPARE(shownRuns(*m_window).constFirst(), m_bulk); // 13 failures
        QCOMPARE(shownRuns(*m_window).at(1), m_partial);
        view->sortByColumn(-1, Qt::AscendingOrder); // back to the history's order
        QCOMPARE(shownRuns(*m_window).constFirst(), m_bulk);
        QCOMPARE(shownRuns(*m_window).constLast(), m_create);
    }

    void runDetailShowsItsEventsAndFiltersByResult()
    {
        m_window->showRun(m_partial);
        RunDetailPanel *detail = m_window->runDetail();
        QTRY_COMPARE(detail->runId(), m_partial);
        QTRY_COMPARE(detail->model()->rowCount(), 2);
        QCOMPARE(detail->model()->event(0).userName, QStringLiteral("jane@example.com"));
        QCOMPARE(detail->model()->event(1).httpStatus, 429);
        QCOMPARE(detail->model()->index(1, EventsModel::Detail).data().toString(),
            QStringLiteral("Too many requests"));

        auto *result = detail->findChild<QComboBox *>();
        result->setCurrentIndex(result->findData(int(R::Failed)));
        QTRY_COMPARE(detail->model()->rowCount(), 1);
        QCOMPARE(detail->model()->event(0).userName, QStringLiteral("omar@example.com"));
        result->setCurrentIndex(0);
        QTRY_COMPARE(detail->model()->rowCount(), 2);
    }

    void aLargeRunLoadsInPagesWithoutBlocking()
    {
        RunDetailPanel *detail = m_window->runDetail();
        QElapsedTimer clock;
        clock.start();
        m_window->showRun(m_bulk);
        QTRY_COMPARE(detail->runId(), m_bulk);
        // The first page only: the rest comes as the view scrolls (fetchMore through the proxy).
        QTRY_COMPARE(detail->model()->rowCount(), EventsModel::pageSize);
        QCOMPARE(detail->model()->total(), bulkEvents);
        QVERIFY(detail->model()->canFetchMore({}));
        detail->view()->scrollToBottom();
        QTRY_COMPARE(detail->model()->rowCount(), 2 * EventsModel::pageSize);
        while (detail->model()->rowCount() < bulkEvents) {
            const int before = detail->model()->rowCount();
            detail->view()->model()->fetchMore({});
            QTRY_VERIFY(detail->model()->rowCount() > before);
        }
        QCOMPARE(detail->model()->event(bulkEvents - 1).sourceKey, QStringLiteral("B%1").arg(bulkEvents - 1));
        QVERIFY(!detail->model()->canFetchMore({}));
    }

    void userTimelineAcrossRunsAndConnections()
    {
        m_window->showUser(QStringLiteral("JANE@EXAMPLE.COM"));
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->timeline());
        EventsModel *timeline = m_window->timeline()->model();
        QTRY_COMPARE(timeline->total(), 4);
        QTRY_COMPARE(timeline->rowCount(), 4);
        QList<qint64> runs;
        for (int row = 0; row < timeline->rowCount(); ++row)
            runs << timeline->event(row).runId;
        QCOMPARE(runs, (QList<qint64> {m_staging, m_dry, m_partial, m_create}));
        QCOMPARE(timeline->index(0, EventsModel::Connection).data().toString(), QStringLiteral("Staging"));

        // Double-clicking an event in a run opens that user's timeline.
        m_window->showRun(m_partial);
        RunDetailPanel *detail = m_window->runDetail();
        QTRY_COMPARE(detail->model()->rowCount(), 2);
        QTRY_COMPARE(detail->runId(), m_partial);
        const QModelIndex omar = detail->view()->model()->index(1, EventsModel::User);
        QVERIFY(detail->view()->isVisible());
        const QPoint where = detail->view()->visualRect(omar).center();
        QVERIFY2(detail->view()->viewport()->rect().contains(where),
            qPrintable(QStringLiteral("%1,%2 in %3x%4")
                           .arg(where.x())
                           .arg(where.y())
                           .arg(detail->view()->viewport()->width())
                           .arg(detail->view()->viewport()->height())));
        QTest::mouseClick(detail->view()->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(detail->view()->viewport(), Qt::LeftButton, {}, where);
        QTRY_COMPARE(m_window->timeline()->user(), QStringLiteral("omar@example.com"));
        QTRY_COMPARE(timeline->rowCount(), 2);
    }

    void chartSumsTheChangesOfThePeriod()
    {
        QSignalSpy loaded(m_window.get(), &HistoryWindow::chartLoaded);
        m_window->refresh();
        QVERIFY(loaded.wait(10000));
        m_window->showChart();
        const QList<QBarSet *> sets = m_window->chart()->sets();
        QCOMPARE(sets.size(), 4);
        auto sum = [](QBarSet *set) {
            double total = 0;
            for (int i = 0; i < set->count(); ++i)
                total += set->at(i);
            return int(total);
        };
        // Created: 3 (Prod) + 1 (Staging) + 1221 (Bulk); the dry run and the 60-day-old run are out.
        QCOMPARE(sum(sets.at(0)), 3 + 1 + bulkEvents - 13);
        QCOMPARE(sum(sets.at(1)), 1);
        QCOMPARE(sum(sets.at(2)), 0);
        QCOMPARE(sum(sets.at(3)), 1 + 13);
        QCOMPARE(m_window->chart()->buckets().size(), 30);
    }

    void exportsRoundTrip()
    {
        QSignalSpy done(m_window.get(), &HistoryWindow::exportFinished);
        const QString runs = m_dir.filePath(QStringLiteral("runs.csv"));
        const QString events = m_dir.filePath(QStringLiteral("events.json"));
        const QString user = m_dir.filePath(QStringLiteral("jane.csv"));
        m_window->exportRuns(runs);
        m_window->exportRunEvents(m_bulk, events);
        m_window->exportUserTimeline(QStringLiteral("jane@example.com"), user);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 20000);
        for (const auto &call : done)
            QVERIFY2(call.at(0).toBool(), qPrintable(call.at(2).toString()));

        auto read = [](const QString &path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            HistoryImporter::Content c;
            QString error;
            HistoryImporter::read(&f, &c, &error);
            return c;
        };
        QCOMPARE(read(runs).runs.size(), 6);
        QCOMPARE(read(runs).runs.constFirst().id, m_bulk);
        QCOMPARE(read(events).format, HistoryExporter::Format::Json);
        QCOMPARE(read(events).events.size(), bulkEvents);
        QCOMPARE(read(user).events.size(), 4);
    }

    void retentionDeletesOlderRunsWhenAsked()
    {
        auto *keep = m_window->findChild<QComboBox *>(QStringLiteral("retention"));
        QVERIFY(keep);
        QCOMPARE(keep->currentData().toInt(), 0); // forever, by default
        m_window->filterBar()->setPeriod(HistoryFilterBar::Period::All);
        QVERIFY(waitLoaded(*m_window));
        QCOMPARE(m_window->runsModel()->total(), 7);

        QSignalSpy applied(m_window.get(), &HistoryWindow::retentionApplied);
        m_window->setRetentionDays(30);
        QVERIFY(applied.wait(10000));
        QCOMPARE(applied.at(0).at(0).toInt(), 1); // the 60-day-old run
        QCOMPARE(keep->currentData().toInt(), 30);
        QTRY_COMPARE(m_window->runsModel()->total(), 6);
        QVERIFY(!shownRuns(*m_window).contains(m_old));
        m_window->setRetentionDays(0);
        QVERIFY(applied.wait(10000));
        QCOMPARE(applied.at(1).at(0).toInt(), 0);
        m_window->filterBar()->setPeriod(HistoryFilterBar::Period::Month);
        QVERIFY(waitLoaded(*m_window));
    }

    void summaryWidgetOnItsOwn()
    {
        ConnectionSyncSummaryWidget widget(m_dir.path());
        QSignalSpy loaded(&widget, &ConnectionSyncSummaryWidget::loaded);
        widget.setConnection(bulk);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(widget.summary().impacted(), bulkEvents);
        QCOMPARE(widget.summary().failed, 13);
        QCOMPARE(widget.summary().success, bulkEvents - 13);
        QSignalSpy requested(&widget, &ConnectionSyncSummaryWidget::historyRequested);
        for (QLabel *label : widget.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("href")))
                emit label->linkActivated(QStringLiteral("history"));
        }
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toUuid(), bulk);
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "TestHistoryWindow.moc"
