// The "Undo this run…" dialog offscreen, against the real SCIM test server: opening it runs the undo
// as a dry run on a sync thread (the UI thread stays free) and lists what will be reversed and what
// cannot be undone; "Undo Run" applies it: Zoom shows the user active again, the titles are back and
// the connection is disabled. With PD_SCREENSHOT_DIR set it saves the preview as undo-dialog.png.
#include "ConnectionStore.h"
#include "HistoryLoader.h"
#include "HistoryQuery.h"
#include "RunDetailPanel.h"
#include "SyncPanelHarness.h"
#include "UndoRunDialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestUndoRunDialog : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void previewsThenApplies()
    {
        QVERIFY(m_server.reset());
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        SyncFixture &f = h.fixture;
        f.connection().actions.removeAction = RemoveAction::Delete;
        QVERIFY(f.saveConnection());
        QList<Person> ps = people(6);
        f.writeCsv(ps);
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);
        ps[0].title = QStringLiteral("Director");
        ps[1].title = QStringLiteral("Director");
        ps[2].status = QStringLiteral("Disabled");
        f.writeCsv(ps.mid(0, 5)); // the sixth leaves: deleted (Remove Action Delete)
        const SyncReport bad = f.sync();
        QCOMPARE(bad.outcome, RunOutcome::Succeeded);
        const auto run = HistoryQuery(f.database().handle()).run(bad.runId);
        QVERIFY(run);

        UndoRunDialog dialog(f.dataDir(), &h.secrets, f.connection(), *run);
        dialog.show();
        QSignalSpy preview(&dialog, &UndoRunDialog::previewReady);
        m_server.resetStats();
        dialog.start();
        QVERIFY(!dialog.undoButton()->isEnabled()); // not before the plan is known
        QVERIFY(preview.wait(60000));
        QCOMPARE(dialog.state(), UndoRunDialog::State::Ready);
        QCOMPARE(m_server.stats().value(QStringLiteral("writes")).toInt(), 0); // a dry run
        QCOMPARE(dialog.reversedTable()->rowCount(), 3);
        QCOMPARE(dialog.notUndoneTable()->rowCount(), 1);
        QCOMPARE(dialog.notUndoneTable()->item(0, 0)->text(), ps[5].email);
        QVERIFY(dialog.notUndoneTable()->item(0, 2)->text().contains(QStringLiteral("deleted")));
        QVERIFY(dialog.undoButton()->isEnabled());
        QVERIFY(ConnectionStore(f.database().handle()).find(f.connection().id)->enabled);

        if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("undo-dialog.png"))));
        }

        QSignalSpy undone(&dialog, &UndoRunDialog::undone);
        QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
        QCOMPARE(dialog.state(), UndoRunDialog::State::Applying);
        QVERIFY(undone.wait(60000));
        QCOMPARE(dialog.state(), UndoRunDialog::State::Done);
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("disabled")),
            qPrintable(dialog.statusLabel()->text()));
        const auto zoom = f.zoomUsers();
        QVERIFY(zoom.value(ps[2].email).value(QStringLiteral("active")).toBool());
        QCOMPARE(
            zoom.value(ps[0].email).value(QStringLiteral("title")).toString(), QStringLiteral("Engineer"));
        QVERIFY(!ConnectionStore(f.database().handle()).find(f.connection().id)->enabled);
    }

    // The run detail offers "Undo This Run…" for a run that changed something, never for a dry run.
    void runDetailOffersUndo()
    {
        QVERIFY(m_server.reset());
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(2));
        const SyncReport real = h.fixture.sync();
        const SyncReport dry = h.fixture.sync(true);
        const HistoryQuery query(h.fixture.database().handle());
        HistoryLoader loader(h.fixture.dataDir());
        RunDetailPanel panel(&loader);
        QVERIFY(!panel.undoButton()->isEnabled());
        panel.showRun(*query.run(dry.runId));
        QVERIFY(!panel.undoButton()->isEnabled());
        panel.showRun(*query.run(real.runId));
        QVERIFY(panel.undoButton()->isEnabled());
        QSignalSpy requested(&panel, &RunDetailPanel::undoRequested);
        QTest::mouseClick(panel.undoButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<RunRecord>().id, real.runId);
    }
};

QTEST_MAIN(TestUndoRunDialog)
#include "TestUndoRunDialog.moc"
