// The pre-flight forecast in the app: a dry run's plan view shows it above the plan, and "Sync now"
// before a connection's first sync runs that dry run and asks before sending anything. Real SCIM test
// server. PD_SCREENSHOTS=DIR writes DIR/preflight-forecast.png.
#include "SyncPanelHarness.h"
#include "SyncPlanView.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestPreflightView : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    static QMessageBox *confirmBox(QWidget *panel)
    {
        return panel->findChild<QMessageBox *>(QStringLiteral("preflightConfirm"));
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void planViewShowsTheForecast()
    {
        QVERIFY(m_server.reset());
        QVERIFY(m_server
                    .seedUsers({ScimTestServer::makeUser(QStringLiteral("user-00000@example.com")),
                        ScimTestServer::makeUser(QStringLiteral("someone.else@example.com"))})
                    .size()
            == 2);
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.connection().rateLimit = RateLimit {5, 2};
        QVERIFY(h.fixture.saveConnection());
        h.fixture.writeCsv(people(6));
        auto panel = h.makePanel();
        panel->resize(1000, 680);
        panel->show();
        QLabel *forecast = panel->planView()->forecastLabel();
        QVERIFY(!forecast->isVisible());
        const auto r = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->dryRun(); });
        QVERIFY(r && r->preflight);
        QVERIFY(forecast->isVisible());
        const QString text = forecast->text();
        QVERIFY2(text.contains(QStringLiteral("Adopted (already in Zoom): 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Created: 5")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("Left alone (in Zoom, not in the source): 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Estimated duration")), qPrintable(text));
        // A dry run without a forecast (cleared view) hides it again.
        panel->planView()->clear();
        QVERIFY(!forecast->isVisible());
        panel->planView()->setReport(*r);
        QVERIFY(forecast->isVisible());

        if (const QString dir = qEnvironmentVariable("PD_SCREENSHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("preflight-forecast.png"))));
        }
    }

    void firstSyncAsksAfterTheForecast()
    {
        QVERIFY(m_server.reset());
        SyncPanelHarness h(&m_server);
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.fixture.writeCsv(people(4));
        auto panel = h.makePanel();
        panel->show();

        // First sync: the button runs a dry run and asks; Cancel sends nothing.
        auto dry = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->syncNowWithForecast(); });
        QVERIFY(dry && dry->dryRun);
        QMessageBox *box = confirmBox(panel.get());
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->informativeText().contains(QStringLiteral("Created: 4")),
            qPrintable(box->informativeText()));
        box->reject();
        QTest::qWait(50);
        QCOMPARE(m_server.requestCount(QStringLiteral("POST")), 0);
        QCOMPARE(h.fixture.managedCount(), 0);

        // Again, and Continue: the sync runs.
        dry = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->syncNowWithForecast(); });
        QVERIFY(dry && dry->dryRun);
        QTRY_VERIFY(confirmBox(panel.get()) && confirmBox(panel.get())->isVisible());
        box = confirmBox(panel.get());
        auto *go = box->findChild<QPushButton *>(QStringLiteral("preflightContinue"));
        QVERIFY(go);
        const auto real = SyncPanelHarness::runAndWait(panel.get(), [&] { go->click(); });
        QVERIFY(real && !real->dryRun);
        QCOMPARE(real->outcome, RunOutcome::Succeeded);
        QCOMPARE(h.fixture.managedCount(), 4);

        // Not a first sync any more: the button syncs at once.
        const auto next = SyncPanelHarness::runAndWait(panel.get(), [&] { panel->syncNowWithForecast(); });
        QVERIFY(next && !next->dryRun);
        QVERIFY(!confirmBox(panel.get()) || !confirmBox(panel.get())->isVisible());
    }
};

QTEST_MAIN(TestPreflightView)
#include "TestPreflightView.moc"
