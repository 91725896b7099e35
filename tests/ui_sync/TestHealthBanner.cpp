// The Provisioning window's monitoring banner (ConnectionHealthBanner, added by ProvisioningActions)
// after real syncs against the SCIM test server: hidden while the connection is OK, a critical banner
// with ConnectionHealth's sentence once the last sync failed, a warning for a partly failed one. The
// Schedule dialog previews the same systemd units as `provisiondesk-cli schedule --print`.
// With PD_SCREENSHOTS=DIR set, also writes status-banner.png and schedule-dialog.png there.
#include "ConnectionHealthBanner.h"
#include "ConnectionService.h"
#include "MemorySecretStore.h"
#include "MessageBanner.h"
#include "ProvisioningActions.h"
#include "ProvisioningWindow.h"
#include "ScheduleDialog.h"
#include "SyncFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestHealthBanner : public QObject
{
    Q_OBJECT
private:
    ScimTestServer m_server;

    struct App
    {
        App(SyncFixture &f, MemorySecretStore *secrets)
            : service(&f.database(), secrets)
            , window(&f.database(), &service, [](QObject *) { return nullptr; })
            , actions(&window)
        { }
        ConnectionService service;
        ProvisioningWindow window;
        ProvisioningActions actions;
    };

    // Selects the connection again and waits for the banner's evaluation.
    static ConnectionHealthBanner *evaluate(App &app, const QUuid &id)
    {
        auto *banner = app.window.findChild<ConnectionHealthBanner *>();
        if (!banner)
            return nullptr;
        QSignalSpy spy(banner, &ConnectionHealthBanner::evaluated);
        app.window.reloadConnections();
        app.window.selectConnection(id);
        if (spy.isEmpty() && !spy.wait(10000))
            return nullptr;
        // reloading and selecting may both evaluate: wait for the last one.
        while (spy.wait(500)) { }
        return banner;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void showsTheFailingConnectionsSentence()
    {
        QVERIFY(m_server.reset());
        SyncFixture f(&m_server);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        f.connection().name = QStringLiteral("Sales EMEA");
        f.connection().description = QStringLiteral("Employees of the EMEA sales org, from the HR export.");
        QVERIFY(f.saveConnection());
        MemorySecretStore secrets;
        bool stored = false;
        secrets.write({f.connection().id, SecretKind::ClientSecret}, m_server.clientSecret(), this,
            [&](const SecretResult &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
        f.writeCsv(people(4));
        QCOMPARE(f.sync().outcome, RunOutcome::Succeeded);

        App app(f, &secrets);
        app.window.resize(1100, 720);
        app.window.show();
        ConnectionHealthBanner *banner = evaluate(app, f.connection().id);
        QVERIFY(banner);
        QVERIFY(banner->health());
        QCOMPARE(banner->health()->state, HealthState::Ok);
        QVERIFY(!banner->isVisible());

        // The CSV is gone: the next sync fails before sending anything.
        QVERIFY(QFile::remove(f.csvPath()));
        const SyncReport failed = f.sync();
        QCOMPARE(failed.outcome, RunOutcome::Failed);
        banner = evaluate(app, f.connection().id);
        QVERIFY(banner);
        QCOMPARE(banner->health()->state, HealthState::Critical);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->banner()->type(), MessageBanner::Type::Error);
        const QString text = banner->banner()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Critical: The last sync (run %1, ").arg(failed.runId)),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(") failed: ")), qPrintable(text));
        QCOMPARE(text, QStringLiteral("Critical: ") + banner->health()->sentences().join(QLatin1Char('\n')));
        screenshot(&app.window, QStringLiteral("status-banner.png"));

        // A partly failed run is a warning.
        f.writeCsv(people(5));
        QVERIFY(m_server.pushFault(
            QStringLiteral("POST"), QStringLiteral("/scim2/Users"), {{QStringLiteral("status"), 400}}));
        QCOMPARE(f.sync().outcome, RunOutcome::Partial);
        banner = evaluate(app, f.connection().id);
        QCOMPARE(banner->health()->state, HealthState::Warning);
        QCOMPARE(banner->banner()->type(), MessageBanner::Type::Warning);
        QVERIFY2(banner->banner()->text().contains(QStringLiteral("partly failed: 1 user(s) failed.")),
            qPrintable(banner->banner()->text()));
    }

    void scheduleDialogPreviewsTheUnits()
    {
        QTemporaryDir data;
        ScheduleDialog dialog(
            QStringLiteral("Sales EMEA"), QStringLiteral("/usr/bin/provisiondesk-cli"), data.path());
        dialog.show();
        QCOMPARE(dialog.spec().toString(), QStringLiteral("15m"));
        const ScheduleTarget target {
            QStringLiteral("Sales EMEA"), QStringLiteral("/usr/bin/provisiondesk-cli"), data.path()};
        QVERIFY(dialog.preview().contains(ScheduleUnits::systemdTimer(dialog.spec(), target)));
        QVERIFY(dialog.preview().contains(ScheduleUnits::systemdService(target)));
        dialog.intervalBox()->setCurrentIndex(2);
        QCOMPARE(dialog.spec().toString(), QStringLiteral("1h"));
        QVERIFY(dialog.preview().contains(QStringLiteral("OnCalendar=*-*-* 0/1:00:00\n")));
        dialog.intervalBox()->setCurrentIndex(0);
        screenshot(&dialog, QStringLiteral("schedule-dialog.png"));
    }
};

QTEST_MAIN(TestHealthBanner)
#include "TestHealthBanner.moc"
