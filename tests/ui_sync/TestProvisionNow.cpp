// "Provision now" and "Retry failed users" in the app, against the real SCIM test server: the run
// detail's Retry / Provision selected buttons, the user timeline's and the rule preview's Provision
// now are enabled only when they have someone to sync, and clicking them runs, through
// ProvisioningActions, the connection's sync window with exactly those source keys.
// With PD_SCREENSHOTS=DIR set, also writes provision-now-preview.png and retry-failed.png there.
#include "ConnectionService.h"
#include "EventsModel.h"
#include "HistoryQuery.h"
#include "HistoryWindow.h"
#include "ProvisioningActions.h"
#include "ProvisioningWindow.h"
#include "RuleEditor.h"
#include "RulePreviewPanel.h"
#include "RunDetailPanel.h"
#include "RunRetryBar.h"
#include "SyncPanelHarness.h"
#include "SyncWindow.h"
#include "UserTimelinePanel.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

template<typename T> T *topLevel()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *t = qobject_cast<T *>(w); t && w->isVisible())
            return t;
    }
    return nullptr;
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestProvisionNow : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    // The Provisioning window with the actions, over the harness's database and secrets.
    struct App
    {
        explicit App(SyncPanelHarness &h)
            : service(&h.fixture.database(), &h.secrets)
            , window(&h.fixture.database(), &service, [](QObject *) { return nullptr; })
            , actions(&window)
        { }
        ConnectionService service;
        ProvisioningWindow window;
        ProvisioningActions actions;
    };

    // The source keys a run recorded events for.
    static QSet<QString> eventKeys(SyncFixture &f, qint64 runId)
    {
        QSet<QString> keys;
        const auto events = HistoryQuery(f.database().handle()).runEvents(runId, 0, 0);
        for (const HistoryEvent &e : events)
            keys.insert(e.sourceKey);
        return keys;
    }

    // Clicks button and waits for the sync window it starts (or finds) to finish its run.
    static std::optional<SyncReport> clickAndWaitForSync(QPushButton *button, SyncPanel::RunKind *kind)
    {
        button->click();
        SyncWindow *w = nullptr;
        if (!QTest::qWaitFor([&] { return (w = topLevel<SyncWindow>()) != nullptr; }, 10000))
            return std::nullopt;
        QSignalSpy finished(w->panel(), &SyncPanel::runFinished);
        if (!w->panel()->isBusy() && finished.isEmpty())
            return std::nullopt; // refused: nothing started
        if (!finished.wait(120000))
            return std::nullopt;
        *kind = finished.first().at(0).value<SyncPanel::RunKind>();
        return finished.first().at(1).value<SyncReport>();
    }

    static void closeSyncWindows()
    {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (qobject_cast<SyncWindow *>(w))
                w->close();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // The proxy row of the run detail showing key.
    static int rowOf(RunDetailPanel *detail, const QString &key)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(detail->view()->model());
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (detail->model()->event(proxy->mapToSource(proxy->index(row, 0)).row()).sourceKey == key)
                return row;
        }
        return -1;
    }
    static void selectRows(RunDetailPanel *detail, const QList<int> &rows)
    {
        QItemSelectionModel *s = detail->view()->selectionModel();
        s->clearSelection();
        for (int row : rows)
            s->select(detail->view()->model()->index(row, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }
    void cleanup() { closeSyncWindows(); }

    void runDetailRetriesExactlyTheFailedUsers()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QList<Person> ps = people(6);
        h.fixture.writeCsv(ps);
        QVERIFY(
            m_server.setConfig({{QStringLiteral("foreignEmails"), QJsonArray {ps[1].email, ps[3].email}}}));
        const SyncReport failing = h.fixture.sync();
        QCOMPARE(failing.outcome, RunOutcome::Partial);
        QVERIFY(m_server.setConfig({{QStringLiteral("foreignEmails"), QJsonArray {}}}));
        // Someone else changes meanwhile: no button may touch them.
        ps[4].title = QStringLiteral("Director");
        h.fixture.writeCsv(ps);

        App app(h);
        app.actions.openHistory(h.fixture.connection().id);
        auto *history = topLevel<HistoryWindow>();
        QVERIFY(history);
        history->resize(1200, 760);
        QSignalSpy requested(history, &HistoryWindow::provisionRequested);
        RunDetailPanel *detail = history->runDetail();
        RunRetryBar *bar = detail->retryBar();
        QSignalSpy loaded(bar, &RunRetryBar::failedKeysLoaded);
        history->showRun(failing.runId);
        QVERIFY(loaded.wait(10000) || !bar->failedKeys().isEmpty());
        QCOMPARE(
            bar->failedKeys(), (QStringList {QStringLiteral("user-00001"), QStringLiteral("user-00003")}));
        QVERIFY(QTest::qWaitFor([&] { return rowOf(detail, QStringLiteral("user-00003")) >= 0; }, 10000));
        QVERIFY(bar->retryButton()->isEnabled());
        QVERIFY(!bar->provisionSelectedButton()->isEnabled()); // nothing selected

        // A succeeded row alone does not enable "Provision selected now"; a failed one does.
        selectRows(detail, {rowOf(detail, QStringLiteral("user-00000"))});
        QVERIFY(!bar->provisionSelectedButton()->isEnabled());
        selectRows(detail,
            {rowOf(detail, QStringLiteral("user-00000")), rowOf(detail, QStringLiteral("user-00003"))});
        QVERIFY(bar->provisionSelectedButton()->isEnabled());
        QCOMPARE(bar->selectedFailedKeys(), QSet<QString> {QStringLiteral("user-00003")});
        QCOMPARE(bar->retryButton()->text(), QStringLiteral("Retry &failed users (2)"));
        if (!qEnvironmentVariableIsEmpty("PD_SCREENSHOTS")) {
            selectRows(detail,
                {rowOf(detail, QStringLiteral("user-00001")), rowOf(detail, QStringLiteral("user-00003"))});
            history->show();
            QVERIFY(QTest::qWaitForWindowExposed(history));
            QTest::qWait(200); // the buttons' new texts are laid out
            screenshot(history, QStringLiteral("retry-failed.png"));
            selectRows(detail,
                {rowOf(detail, QStringLiteral("user-00000")), rowOf(detail, QStringLiteral("user-00003"))});
        }

        SyncPanel::RunKind kind = SyncPanel::RunKind::Sync;
        QVERIFY(m_server.resetStats());
        auto r = clickAndWaitForSync(bar->provisionSelectedButton(), &kind);
        QVERIFY(r);
        QCOMPARE(kind, SyncPanel::RunKind::Provision);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toUuid(), h.fixture.connection().id);
        QCOMPARE(
            requested.first().at(1).value<QSet<QString>>(), QSet<QString> {QStringLiteral("user-00003")});
        QCOMPARE(r->outcome, RunOutcome::Succeeded);
        QCOMPARE(eventKeys(h.fixture, r->runId), QSet<QString> {QStringLiteral("user-00003")});
        QCOMPARE(m_server.stats().value(QStringLiteral("writes")).toInt(), 1);
        QVERIFY(h.fixture.zoomUsers().contains(ps[3].email));
        QVERIFY(!h.fixture.zoomUsers().contains(ps[1].email));
        closeSyncWindows();

        // "Retry failed users": both failed keys, nobody else.
        QVERIFY(m_server.resetStats());
        r = clickAndWaitForSync(bar->retryButton(), &kind);
        QVERIFY(r);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.last().at(1).value<QSet<QString>>(),
            (QSet<QString> {QStringLiteral("user-00001"), QStringLiteral("user-00003")}));
        QCOMPARE(r->outcome, RunOutcome::Succeeded);
        QCOMPARE(
            eventKeys(h.fixture, r->runId), QSet<QString> {QStringLiteral("user-00001")}); // 3 is in sync
        QCOMPARE(m_server.stats().value(QStringLiteral("writes")).toInt(), 1);
        QCOMPARE(h.fixture.zoomUsers().size(), 6);
        QCOMPARE(h.fixture.zoomUsers().value(ps[4].email).value(QStringLiteral("title")).toString(),
            QStringLiteral("Engineer"));

        // A run without failures: Retry stays disabled.
        history->showRun(r->runId);
        QTest::qWait(300);
        QVERIFY(bar->failedKeys().isEmpty());
        QVERIFY(!bar->retryButton()->isEnabled());
        QVERIFY(!bar->provisionSelectedButton()->isEnabled());
        history->close();
    }

    void timelineProvisionsTheShownUser()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QList<Person> ps = people(4);
        h.fixture.writeCsv(ps);
        QCOMPARE(h.fixture.sync().outcome, RunOutcome::Succeeded);
        ps[2].title = QStringLiteral("Manager");
        ps[3].title = QStringLiteral("Manager");
        h.fixture.writeCsv(ps);

        App app(h);
        app.actions.openHistory(h.fixture.connection().id);
        auto *history = topLevel<HistoryWindow>();
        QVERIFY(history);
        UserTimelinePanel *timeline = history->timeline();
        QVERIFY(!timeline->provisionButton()->isEnabled()); // nobody shown yet
        QSignalSpy loaded(timeline->model(), &EventsModel::loaded);
        history->showUser(ps[2].email);
        QVERIFY(loaded.wait(10000));
        QVERIFY(timeline->provisionButton()->isEnabled());
        QSignalSpy requested(history, &HistoryWindow::provisionRequested);
        SyncPanel::RunKind kind = SyncPanel::RunKind::Sync;
        const auto r = clickAndWaitForSync(timeline->provisionButton(), &kind);
        QVERIFY(r);
        QCOMPARE(kind, SyncPanel::RunKind::Provision);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(
            requested.first().at(1).value<QSet<QString>>(), QSet<QString> {QStringLiteral("user-00002")});
        QCOMPARE(eventKeys(h.fixture, r->runId), QSet<QString> {QStringLiteral("user-00002")});
        QCOMPARE(h.fixture.zoomUsers().value(ps[2].email).value(QStringLiteral("title")).toString(),
            QStringLiteral("Manager"));
        QCOMPARE(h.fixture.zoomUsers().value(ps[3].email).value(QStringLiteral("title")).toString(),
            QStringLiteral("Engineer"));

        // Someone without history: the button is off again.
        history->showUser(QStringLiteral("nobody@example.com"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!timeline->provisionButton()->isEnabled());
        history->close();
    }

    void rulePreviewProvisionsTheFoundPersonWithTheSavedRule()
    {
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(5));

        App app(h);
        app.actions.openRuleEditor(h.fixture.connection());
        QDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = topLevel<QDialog>()) != nullptr; }, 5000));
        dialog->resize(1100, 720);
        auto *editor = dialog->findChild<RuleEditor *>();
        QVERIFY(editor);
        RulePreviewPanel *preview = editor->previewPanel();
        QVERIFY(preview->provisionButton()->isVisibleTo(preview));
        QVERIFY(!preview->provisionButton()->isEnabled()); // nobody found yet
        editor->showPage(RuleEditor::Page::Preview);
        QSignalSpy found(preview, &RulePreviewPanel::searchFinished);
        preview->searchField()->setText(QStringLiteral("user-00002"));
        preview->search(preview->searchField()->text());
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().at(0).toInt(), 1);
        QVERIFY2(preview->provisionButton()->isEnabled(), qPrintable(preview->provisionNote()));
        QTest::qWait(100);
        screenshot(dialog, QStringLiteral("provision-now-preview.png"));

        // An unsaved change: the sync would not do what the preview shows, so it is not offered.
        OutboundRule edited = editor->rule();
        edited.mapping = OutboundRule::withDefaults(edited.source).mapping;
        QVERIFY(!(edited == editor->rule()));
        editor->setRule(edited);
        preview->refresh();
        QVERIFY(!preview->provisionButton()->isEnabled());
        QVERIFY(preview->provisionNote().contains(QStringLiteral("unsaved changes")));
        dialog->reject();

        // Open it again (the saved rule) and provision the found person.
        app.actions.openRuleEditor(h.fixture.connection());
        QVERIFY(QTest::qWaitFor([&] { return (dialog = topLevel<QDialog>()) != nullptr; }, 5000));
        preview = dialog->findChild<RuleEditor *>()->previewPanel();
        QSignalSpy found2(preview, &RulePreviewPanel::searchFinished);
        preview->search(QStringLiteral("user-00002"));
        QVERIFY(found2.wait(10000));
        QSignalSpy requested(preview, &RulePreviewPanel::provisionRequested);
        SyncPanel::RunKind kind = SyncPanel::RunKind::Sync;
        QVERIFY(m_server.resetStats());
        const auto r = clickAndWaitForSync(preview->provisionButton(), &kind);
        QVERIFY(r);
        QCOMPARE(kind, SyncPanel::RunKind::Provision);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("user-00002"));
        QCOMPARE(r->outcome, RunOutcome::Succeeded);
        QCOMPARE(eventKeys(h.fixture, r->runId), QSet<QString> {QStringLiteral("user-00002")});
        const auto users = h.fixture.zoomUsers();
        QCOMPARE(users.size(), 1);
        QVERIFY(users.contains(QStringLiteral("user-00002@example.com")));
        dialog->reject();
    }
};

QTEST_MAIN(TestProvisionNow)
#include "TestProvisionNow.moc"
