// `provisiondesk-cli schedule` through the built binary: --print for each format, --install with HOME
// in a temp dir writes the systemd units (and, with no user session bus for systemctl --user, says what
// to run instead of failing), --remove deletes them, and bad specs or option mixes are refused with 64.
#include "ConnectionStore.h"
#include "Database.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {
QStringList words(const char *line)
{
    return QString::fromLatin1(line).split(QLatin1Char(' '));
}
} // namespace

class TestCliSchedule : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QTemporaryDir m_home;

    ProcessResult cli(const QStringList &arguments)
    {
        // No session bus and no runtime dir: systemctl --user cannot reach a user manager, as in a
        // container or an SSH session without lingering.
        return runCli(
            QStringList {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("schedule")} + arguments,
            {QStringLiteral("HOME=") + m_home.path(), QStringLiteral("XDG_CONFIG_HOME="),
                QStringLiteral("DBUS_SESSION_BUS_ADDRESS="), QStringLiteral("XDG_RUNTIME_DIR=")});
    }

    QString unitDir() const { return m_home.path() + QStringLiteral("/.config/systemd/user/"); }

private slots:
    void initTestCase()
    {
        Database db(m_data.path());
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        Connection c;
        c.name = QStringLiteral("payroll");
        c.oauth.accountId = QStringLiteral("a");
        c.oauth.clientId = QStringLiteral("c");
        QVERIFY(ConnectionStore(db.handle()).insert(&c));
        db.close();
    }

    void printsEachFormat()
    {
        ProcessResult r = cli({QStringLiteral("payroll"), QStringLiteral("--every"), QStringLiteral("15m"),
            QStringLiteral("--print"), QStringLiteral("--format"), QStringLiteral("systemd")});
        QCOMPARE(r.exitCode, 0);
        const QString cliPath = binaryDir() + QStringLiteral("/app/cli/provisiondesk-cli");
        QVERIFY2(r.out.contains(
                     QStringLiteral("ExecStart=\"%1\" \"--data-dir\" \"%2\" \"sync\" \"--\" \"payroll\"\n")
                         .arg(cliPath, m_data.path())),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("# %1provisiondesk-payroll.timer\n").arg(unitDir())));
        QVERIFY(r.out.contains(QStringLiteral("OnCalendar=*:0/15\n")));

        r = cli({QStringLiteral("payroll"), QStringLiteral("--every"), QStringLiteral("daily@07:00"),
            QStringLiteral("--print"), QStringLiteral("--format"), QStringLiteral("launchd")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("<key>StartCalendarInterval</key>")));

        r = cli({QStringLiteral("payroll"), QStringLiteral("--every"), QStringLiteral("1h"),
            QStringLiteral("--print"), QStringLiteral("--format"), QStringLiteral("windows")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("<Interval>PT60M</Interval>")));
        QVERIFY(!QFile::exists(unitDir())); // printing writes nothing
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("too often") << words("payroll --every 4m");
        QTest::newRow("not a spec") << words("payroll --every often");
        QTest::newRow("bad time") << words("payroll --every daily@25:00");
        QTest::newRow("no every") << words("payroll --install");
        QTest::newRow("two actions") << words("payroll --every 1h --install --remove");
        QTest::newRow("bad format") << words("payroll --every 1h --print --format cron");
        QTest::newRow("format with install") << words("payroll --every 1h --install --format launchd");
        QTest::newRow("no name") << words("--every 1h");
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        const ProcessResult r = cli(arguments);
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.startsWith(QStringLiteral("error: ")));
        QVERIFY(!QFile::exists(unitDir()));
    }

    void installWritesTheUnitsAndRemoveDeletesThem()
    {
        ProcessResult r = cli({QStringLiteral("payroll"), QStringLiteral("--every"), QStringLiteral("2h30m"),
            QStringLiteral("--install")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QFile timer(unitDir() + QStringLiteral("provisiondesk-payroll.timer"));
        QVERIFY(timer.open(QIODevice::ReadOnly));
        QVERIFY(timer.readAll().contains("OnUnitActiveSec=150min\n"));
        QVERIFY(QFile::exists(unitDir() + QStringLiteral("provisiondesk-payroll.service")));
        QVERIFY2(
            r.out.contains(QStringLiteral("systemctl --user daemon-reload && systemctl --user enable --now "
                                          "provisiondesk-payroll.timer")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\"payroll\" syncs every 2 h 30 min.")));

        r = cli({QStringLiteral("payroll"), QStringLiteral("--remove")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!QFile::exists(timer.fileName()));
        QVERIFY(!QFile::exists(unitDir() + QStringLiteral("provisiondesk-payroll.service")));
        QVERIFY(r.out.contains(QStringLiteral("Deleted ")));

        r = cli({QStringLiteral("payroll"), QStringLiteral("--remove")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("No schedule of \"payroll\" is installed")));
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "TestCliSchedule.moc"
