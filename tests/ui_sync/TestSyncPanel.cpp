// "Sync now" against the real SCIM test server: the log pane fills while the run is in progress,
// the progress bar advances and the UI thread stays responsive; Cancel stops cleanly; held
// removals are listed and approval releases them; the dry run's plan is shown and exported;
// refusals, secrets, "Provision this user now" and "Deprovision on rule deletion".
#include "MessageBanner.h"
#include "SyncHeldView.h"
#include "SyncLogFilterModel.h"
#include "SyncLogModel.h"
#include "SyncLogView.h"
#include "SyncPanelHarness.h"
#include "SyncPlanModel.h"
#include "SyncPlanView.h"
#include "SyncSummaryView.h"
#include "SyncWindow.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestSyncPanel : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    int writes() { return m_server.stats().value(QStringLiteral("writes")).toInt(); }
    int inactiveZoomUsers(const SyncFixture &f)
    {
        int n = 0;
        const auto users = f.zoomUsers();
        for (const QJsonObject &u : users)
            n += u.value(QStringLiteral("active")).toBool(true) ? 0 : 1;
        return n;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void logUpdatesLiveAndTheUiStaysResponsive()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(300));
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 20}}));
        auto panel = h.makePanel();
        panel->resize(900, 650);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));

        std::optional<SyncReport> report;
        // syncNow(): the button first forecasts a first sync and asks (test_ui_preflight_view).
        const Watch w = watchRun(panel.get(), [&] { panel->syncNow(); }, &report);
        QVERIFY(report);
        QCOMPARE(report->outcome, RunOutcome::Succeeded);
        QCOMPARE(report->counts.count(HistoryOperation::Create, HistoryResult::Success), 300);
        QCOMPARE(h.fixture.zoomUsers().size(), 300);

        qInfo(
            "longest gap between 10 ms heartbeats on the UI thread during the run: %lld ms", w.longestGapMs);
        qInfo("log rows seen while running: %s", qPrintable(QString::number(w.logRows.size())));
        QVERIFY2(w.longestGapMs < 250,
            qPrintable(QStringLiteral("the UI thread stalled for %1 ms").arg(w.longestGapMs)));
        // The log pane gained rows several times before the run finished...
        QVERIFY2(w.logRows.size() >= 4,
            qPrintable(QStringLiteral("log row counts seen: %1").arg(w.logRows.size())));
        QVERIFY(std::is_sorted(w.logRows.cbegin(), w.logRows.cend()));
        QVERIFY(w.logRows.first() < panel->logView()->model()->rowCount());
        // ...and the progress bar advanced through the apply phase.
        QVERIFY2(w.progressValues.size() >= 3,
            qPrintable(QStringLiteral("progress values seen: %1").arg(w.progressValues.size())));
        QVERIFY(std::is_sorted(w.progressValues.cbegin(), w.progressValues.cend()));
        QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());

        // Finished: the summary with counts and requests, the buttons back.
        SyncSummaryView *summary = panel->summaryView();
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->outcomeText().startsWith(QStringLiteral("Succeeded")),
            qPrintable(summary->outcomeText()));
        QVERIFY(summary->countsText().contains(QStringLiteral("Create\t300")));
        QVERIFY2(summary->requestsText().contains(QStringLiteral("POST 300")),
            qPrintable(summary->requestsText()));
        QVERIFY(panel->syncButton()->isEnabled());
        QVERIFY(!panel->cancelButton()->isEnabled());
        // Debug lines (the SCIM client's requests) are in the log but hidden by default.
        SyncLogView *log = panel->logView();
        QVERIFY(log->model()->receivedCount(SyncLogLine::Level::Debug) > 0);
        QVERIFY(log->listView()->model()->rowCount() < log->model()->rowCount());
        QVERIFY(log->allText().contains(QStringLiteral("user-00299@example.com")));
    }

    void cancelStopsWithNothingHalfDone()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(300));
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 20}}));
        auto panel = h.makePanel();
        panel->show();
        QSignalSpy finished(panel.get(), &SyncPanel::runFinished);
        panel->syncNow();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return panel->state() == SyncPanel::State::Running && panel->progressBar()->value() >= 20;
            },
            60000));
        QVERIFY(finished.isEmpty());
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QCOMPARE(panel->state(), SyncPanel::State::Stopping);
        QCOMPARE(panel->cancelButton()->text(), QStringLiteral("Stopping…"));
        QVERIFY(!panel->cancelButton()->isEnabled());
        QVERIFY(!panel->syncButton()->isEnabled());
        QVERIFY(finished.wait(60000));
        const SyncReport r = finished.first().at(1).value<SyncReport>();
        QCOMPARE(r.outcome, RunOutcome::Cancelled);
        QCOMPARE(panel->cancelButton()->text(), QStringLiteral("Cancel"));
        QVERIFY(panel->summaryView()->outcomeText().startsWith(QStringLiteral("Cancelled")));

        // Nothing half-done: every Zoom user is a committed managed user, none is pending.
        const int created = r.counts.count(HistoryOperation::Create, HistoryResult::Success);
        QVERIFY2(created > 0 && created < 300, qPrintable(QString::number(created)));
        QCOMPARE(h.fixture.zoomUsers().size(), created);
        QCOMPARE(h.fixture.managedCount(QStringLiteral("active")), created);
        QCOMPARE(h.fixture.managedCount(QStringLiteral("pending-create")), 0);

        // The next run continues from there: exactly 300 users, none twice.
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 0}}));
        const auto next = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->syncNow(); });
        QVERIFY(next);
        QCOMPARE(next->outcome, RunOutcome::Succeeded);
        QCOMPARE(next->counts.count(HistoryOperation::Create, HistoryResult::Success), 300 - created);
        QCOMPARE(h.fixture.zoomUsers().size(), 300);
    }

    void heldRemovalsAreListedAndApprovalReleasesThem()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.connection().removalGuard = RemovalGuard {10, 500};
        QVERIFY(h.fixture.saveConnection());
        QList<Person> ps = people(20);
        h.fixture.writeCsv(ps);
        QCOMPARE(h.fixture.sync().outcome, RunOutcome::Succeeded);
        h.fixture.writeCsv(ps.mid(0, 15)); // 5 of 20 gone: 25 % > 10 %
        auto panel = h.makePanel();
        panel->show();

        auto r = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->syncNow(); });
        QVERIFY(r);
        QCOMPARE(r->outcome, RunOutcome::Held);
        SyncHeldView *held = panel->heldView();
        QCOMPARE(panel->tabs()->currentWidget(), held);
        QCOMPARE(held->heldCount(), 5);
        QVERIFY(held->approveAllButton()->isEnabled());
        QVERIFY(!held->approveSelectedButton()->isEnabled()); // nothing checked yet
        QCOMPARE(inactiveZoomUsers(h.fixture), 0);

        // Check three, approve selected: the confirmation names the count and the Remove Action.
        SyncPlanModel *model = held->model();
        for (int row : {0, 1, 2})
            QVERIFY(model->setData(
                model->index(row, SyncPlanModel::OperationColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(held->approveSelectedButton()->isEnabled());
        QTest::mouseClick(held->approveSelectedButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (box = syncConfirmBox()) != nullptr; }));
        QVERIFY2(box->text().contains(QStringLiteral("3 held removal")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QStringLiteral("Remove Action: Disable")),
            qPrintable(box->informativeText()));
        // Declining changes nothing.
        QVERIFY(answerConfirm(false));
        QTest::qWait(200);
        QVERIFY(!panel->isBusy());
        QCOMPARE(inactiveZoomUsers(h.fixture), 0);

        QSignalSpy finished(panel.get(), &SyncPanel::runFinished);
        QTest::mouseClick(held->approveSelectedButton(), Qt::LeftButton);
        QVERIFY(answerConfirm(true));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<SyncPanel::RunKind>(), SyncPanel::RunKind::Approval);
        r = finished.first().at(1).value<SyncReport>();
        QCOMPARE(r->counts.count(HistoryOperation::RemoveDisable, HistoryResult::Success), 3);
        QCOMPARE(inactiveZoomUsers(h.fixture), 3);
        QCOMPARE(r->outcome, RunOutcome::Held); // the two unapproved ones are still held
        QCOMPARE(held->heldCount(), 2);

        // Approve all with the Remove Action Delete: the confirmation says what Delete destroys.
        h.fixture.connection().actions.removeAction = RemoveAction::Delete;
        QVERIFY(h.updateConnection(panel.get()));
        finished.clear();
        QTest::mouseClick(held->approveAllButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return (box = syncConfirmBox()) != nullptr; }));
        QVERIFY2(box->text().contains(QStringLiteral("2 held removal")), qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QStringLiteral("Remove Action: Delete")));
        QVERIFY(box->informativeText().contains(QStringLiteral("meetings, recordings")));
        QVERIFY(answerConfirm(true));
        QVERIFY(finished.wait(60000));
        r = finished.first().at(1).value<SyncReport>();
        QCOMPARE(r->counts.count(HistoryOperation::RemoveDelete, HistoryResult::Success), 2);
        QCOMPARE(h.fixture.zoomUsers().size(), 18);
        // Only what the admin saw was approved: with Delete as the Remove Action the three users
        // disabled before would now be deleted, and that is held for a new approval.
        QCOMPARE(r->outcome, RunOutcome::Held);
        QCOMPARE(held->heldCount(), 3);
        for (const PlannedOperation &op : held->model()->operations())
            QCOMPARE(op.kind, PlannedOperation::Kind::RemoveDelete);

        finished.clear();
        QTest::mouseClick(held->approveAllButton(), Qt::LeftButton);
        QVERIFY(answerConfirm(true));
        QVERIFY(finished.wait(60000));
        r = finished.first().at(1).value<SyncReport>();
        QCOMPARE(r->outcome, RunOutcome::Succeeded);
        QCOMPARE(r->counts.count(HistoryOperation::RemoveDelete, HistoryResult::Success), 3);
        QCOMPARE(h.fixture.zoomUsers().size(), 15);
        QCOMPARE(held->heldCount(), 0);
    }

    void dryRunShowsThePlanAndExportsIt()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QList<Person> ps = people(5);
        h.fixture.writeCsv(ps);
        QCOMPARE(h.fixture.sync().outcome, RunOutcome::Succeeded);
        ps[1].title = QStringLiteral("Director");
        ps << people(2, QStringLiteral("new"));
        h.fixture.writeCsv(ps);
        QVERIFY(m_server.resetStats());
        auto panel = h.makePanel();
        panel->show();

        const auto r = SyncPanelHarness::runAndWait(
            panel.get(), [&] { QTest::mouseClick(panel->dryRunButton(), Qt::LeftButton); });
        QVERIFY(r);
        QVERIFY(r->dryRun);
        QCOMPARE(writes(), 0);
        SyncPlanView *plan = panel->planView();
        QCOMPARE(panel->tabs()->currentWidget(), plan);
        QTableView *table = plan->table();
        QCOMPARE(table->model()->rowCount(), int(r->plan.size()));
        QCOMPARE(table->model()->rowCount(), 3);
        QStringList rows;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QStringList cells;
            for (int c = 0; c < SyncPlanModel::ColumnCount; ++c)
                cells << table->model()->index(row, c).data().toString();
            rows << cells.join(QLatin1Char('|'));
        }
        QVERIFY2(rows.filter(QStringLiteral("Update|user-00001@example.com")).size() == 1,
            qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.filter(QStringLiteral("title: Engineer → Director")).size() == 1,
            qPrintable(rows.join(QLatin1Char('\n'))));
        QCOMPARE(rows.filter(QStringLiteral("Create|new-0000")).size(), 2);
        QVERIFY(panel->summaryView()->outcomeText().startsWith(QStringLiteral("Dry run")));

        // Export CSV through the file dialog, JSON directly.
        QTemporaryDir dir;
        QSignalSpy exported(plan, &SyncPlanView::exported);
        QTest::mouseClick(plan->exportCsvButton(), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            dialog = panel->findChild<QFileDialog *>(QStringLiteral("syncPlanExportDialog"));
            return dialog && dialog->isVisible();
        }));
        const QString csvPath = dir.filePath(QStringLiteral("plan.csv"));
        dialog->selectFile(csvPath);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, through the public slot
        QVERIFY(exported.size() == 1 || exported.wait(2000));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QCOMPARE(bytes, r->planToCsv());
        QVERIFY(bytes.startsWith("operation,userName,sourceKey,zoomId,held,reason,changes"));
        QCOMPARE(bytes.count("\r\n"), 4);

        const QString jsonPath = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(plan->exportTo(jsonPath, SyncPlanView::Format::Json));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), 3);
        QCOMPARE(array, r->planToJson());
    }

    void refusesAnUnusableConnectionButAllowsADisabledDryRun()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(3));
        h.fixture.connection().enabled = false;
        QVERIFY(h.fixture.saveConnection());
        auto panel = h.makePanel();
        panel->show();
        QVERIFY(!panel->syncButton()->isEnabled());
        QVERIFY(!panel->fullResyncButton()->isEnabled());
        QVERIFY(panel->dryRunButton()->isEnabled());
        QSignalSpy refused(panel.get(), &SyncPanel::runRefused);
        panel->syncNow();
        QCOMPARE(refused.size(), 1);
        QVERIFY(!panel->isBusy());
        QVERIFY(panel->banner()->isVisible());
        QVERIFY2(panel->banner()->text().contains(QStringLiteral("is disabled")),
            qPrintable(panel->banner()->text()));
        panel->provisionUsers({QStringLiteral("user-00000")});
        panel->deprovisionAll();
        QCOMPARE(refused.size(), 3);
        QVERIFY(!syncConfirmBox());

        const auto r = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->dryRun(); });
        QVERIFY(r);
        QCOMPARE(r->outcome, RunOutcome::Succeeded);
        QCOMPARE(r->plan.size(), 3);
        QCOMPARE(h.fixture.zoomUsers().size(), 0);

        h.fixture.connection().validity = Validity::Invalid;
        panel->setConnection(h.fixture.connection());
        QVERIFY(!panel->dryRunButton()->isEnabled());
        panel->dryRun();
        QCOMPARE(refused.size(), 4);
        QVERIFY(panel->banner()->text().contains(QStringLiteral("connection test")));
        QVERIFY(!panel->isBusy());
    }

    void aMissingSecretIsReportedAndNothingRuns()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(3));
        auto panel = h.makePanel();
        h.secrets.failNext(SecretResult::Error::AccessDenied);
        QSignalSpy refused(panel.get(), &SyncPanel::runRefused);
        QSignalSpy started(panel.get(), &SyncPanel::runStarted);
        panel->syncNow();
        QCOMPARE(started.size(), 1);
        QCOMPARE(panel->state(), SyncPanel::State::ReadingSecrets); // the keychain answers later
        QVERIFY(refused.wait(5000));
        QVERIFY(!panel->isBusy());
        QVERIFY2(panel->banner()->text().contains(QStringLiteral("Cannot read the client secret")),
            qPrintable(panel->banner()->text()));
        QVERIFY(panel->syncButton()->isEnabled());
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")) + m_server.tokenRequestCount(), 0);

        // Cancel while the keychain is answering: the answer is ignored, nothing starts.
        QSignalSpy finished(panel.get(), &SyncPanel::runFinished);
        panel->syncNow();
        panel->cancel();
        QVERIFY(!panel->isBusy());
        QTest::qWait(300);
        QVERIFY(finished.isEmpty());
        QCOMPARE(h.fixture.zoomUsers().size(), 0);
    }

    void anLdapRuleAlsoNeedsTheBindPassword()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        // Nothing listens on port 1: the run gets as far as reading the source, then fails there.
        h.fixture.connection().rule = QJsonObject {{QStringLiteral("source"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("ldap")},
                {QStringLiteral("url"), QStringLiteral("ldap://127.0.0.1:1")},
                {QStringLiteral("bindDn"), QStringLiteral("cn=sync,dc=example,dc=com")},
                {QStringLiteral("baseDn"), QStringLiteral("dc=example,dc=com")},
                {QStringLiteral("timeoutSeconds"), 2}}}};
        QVERIFY(h.fixture.saveConnection());
        auto panel = h.makePanel();
        QSignalSpy refused(panel.get(), &SyncPanel::runRefused);
        panel->syncNow();
        QVERIFY(refused.wait(5000));
        QVERIFY2(panel->banner()->text().contains(QStringLiteral("directory bind password")),
            qPrintable(panel->banner()->text()));

        bool written = false;
        h.secrets.write(SecretKey {h.fixture.connection().id, SecretKind::SourcePassword},
            QStringLiteral("pw"), panel.get(), [&](const SecretResult &) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }));
        const auto r = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->syncNow(); });
        QVERIFY(r);
        QCOMPARE(r->outcome, RunOutcome::Failed);
        QVERIFY2(r->message.contains(QStringLiteral("source could not be read")), qPrintable(r->message));
        QCOMPARE(panel->banner()->text(), r->message);
        QVERIFY(panel->summaryView()->outcomeText().startsWith(QStringLiteral("Failed")));
        QCOMPARE(h.fixture.zoomUsers().size(), 0);
    }

    void provisionThisUserNowTouchesOnlyThatUser()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(10));
        auto panel = h.makePanel();
        const auto r = SyncPanelHarness::runAndWait(panel.get(), [&] {
            panel->provisionUsers({QStringLiteral("user-00003"), QStringLiteral("user-00007")});
        });
        QVERIFY(r);
        QCOMPARE(r->outcome, RunOutcome::Succeeded);
        QCOMPARE(panel->lastRunKind(), SyncPanel::RunKind::Provision);
        const auto users = h.fixture.zoomUsers();
        QCOMPARE(users.size(), 2);
        QVERIFY(users.contains(QStringLiteral("user-00003@example.com")));
        QVERIFY(users.contains(QStringLiteral("user-00007@example.com")));
    }

    void deprovisionAllAsksThenRemovesEveryManagedUser()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(6));
        QCOMPARE(h.fixture.sync().outcome, RunOutcome::Succeeded);
        auto panel = h.makePanel();
        panel->show();
        QSignalSpy finished(panel.get(), &SyncPanel::runFinished);
        panel->deprovisionAll();
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (box = syncConfirmBox()) != nullptr; }));
        QVERIFY(box->informativeText().contains(QStringLiteral("Remove Action is Disable")));
        QVERIFY(!panel->isBusy()); // nothing runs before the admin confirms
        QVERIFY(answerConfirm(true));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<SyncPanel::RunKind>(), SyncPanel::RunKind::Deprovision);
        QCOMPARE(inactiveZoomUsers(h.fixture), 6);
    }

    void fullResyncListsZoomAgain()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(5));
        QCOMPARE(h.fixture.sync().outcome, RunOutcome::Succeeded);
        auto panel = h.makePanel();
        QVERIFY(m_server.resetStats());
        auto r = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->syncNow(); });
        QVERIFY(r);
        QCOMPARE(m_server.requestCount(QStringLiteral("GET")), 0); // an incremental run trusts its state
        r = SyncPanelHarness::runAndWait(
            panel.get(), [&] { QTest::mouseClick(panel->fullResyncButton(), Qt::LeftButton); });
        QVERIFY(r);
        QCOMPARE(r->outcome, RunOutcome::Succeeded);
        QCOMPARE(panel->lastRunKind(), SyncPanel::RunKind::FullResync);
        QVERIFY(m_server.requestCount(QStringLiteral("GET")) >= 1);
        QCOMPARE(writes(), 0);
    }

    void closingTheWindowStopsTheRunFirst()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(200));
        QVERIFY(m_server.setConfig({{QStringLiteral("latencyMs"), 20}}));
        SyncWindow window(h.fixture.dataDir(), &h.secrets, h.fixture.connection());
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("Sync — Sync test"));
        SyncPanel *panel = window.panel();
        QSignalSpy finished(panel, &SyncPanel::runFinished);
        panel->syncNow();
        QVERIFY(QTest::qWaitFor([&] { return panel->progressBar()->value() >= 10; }, 60000));
        QVERIFY(!window.close()); // refused for now: the run stops first
        QVERIFY(window.isVisible());
        QCOMPARE(panel->state(), SyncPanel::State::Stopping);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).value<SyncReport>().outcome, RunOutcome::Cancelled);
        QVERIFY(QTest::qWaitFor([&] { return !window.isVisible(); }, 2000));
        QCOMPARE(h.fixture.managedCount(QStringLiteral("pending-create")), 0);
    }

    void everyControlHasAnAccessibleName()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(3));
        auto panel = h.makePanel();
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        QVERIFY(SyncPanelHarness::runAndWait(panel.get(), [&] { panel->dryRun(); }));
        for (int tab = 0; tab < panel->tabs()->count(); ++tab) {
            panel->tabs()->setCurrentIndex(tab);
            const QStringList problems = accessibilityProblems(panel.get());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_MAIN(TestSyncPanel)
#include "TestSyncPanel.moc"
