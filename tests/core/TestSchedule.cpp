// The OS scheduler files of a scheduled sync (ScheduleSpec, ScheduleUnits): strict parsing of
// --every, the exact systemd service and timers (OnCalendar on the clock, OnUnitActiveSec otherwise),
// the launchd plist (StartInterval / StartCalendarInterval), a well-formed Task Scheduler XML with
// the right trigger, quoting of awkward names, and `systemd-analyze verify` of the units.
#include "ScheduleSpec.h"
#include "ScheduleUnits.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pd;

namespace {

ScheduleSpec spec(const QString &text)
{
    QString error;
    return ScheduleSpec::parse(text, &error);
}

const ScheduleTarget target {QStringLiteral("sales"), QStringLiteral("/opt/pd/bin/provisiondesk-cli"), {}};

// Every element's text under path (e.g. "Task/Triggers/TimeTrigger/Repetition/Interval").
QMap<QString, QString> xmlTexts(const QString &xml, QString *error)
{
    QMap<QString, QString> texts;
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            path << r.name().toString();
        else if (r.isEndElement())
            path.removeLast();
        else if (r.isCharacters() && !r.isWhitespace())
            texts.insert(path.join(QLatin1Char('/')), r.text().toString());
    }
    if (r.hasError())
        *error = r.errorString();
    return texts;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT
private slots:
    void parsesStrictly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::newRow("15m") << QStringLiteral("15m") << QStringLiteral("15m");
        QTest::newRow("5m minimum") << QStringLiteral("5m") << QStringLiteral("5m");
        QTest::newRow("1h") << QStringLiteral("1h") << QStringLiteral("1h");
        QTest::newRow("2h30m") << QStringLiteral("2h30m") << QStringLiteral("2h30m");
        QTest::newRow("90m") << QStringLiteral("90m") << QStringLiteral("1h30m");
        QTest::newRow("24h") << QStringLiteral("24h") << QStringLiteral("24h");
        QTest::newRow("daily") << QStringLiteral("daily@06:30") << QStringLiteral("daily@06:30");
        QTest::newRow("4m too often") << QStringLiteral("4m") << QStringLiteral("");
        QTest::newRow("0m") << QStringLiteral("0m") << QStringLiteral("");
        QTest::newRow("25h") << QStringLiteral("25h") << QStringLiteral("");
        QTest::newRow("2h75m") << QStringLiteral("2h75m") << QStringLiteral("");
        QTest::newRow("no unit") << QStringLiteral("15") << QStringLiteral("");
        QTest::newRow("seconds") << QStringLiteral("900s") << QStringLiteral("");
        QTest::newRow("upper case") << QStringLiteral("15M") << QStringLiteral("");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("daily 24:00") << QStringLiteral("daily@24:00") << QStringLiteral("");
        QTest::newRow("daily 6:30") << QStringLiteral("daily@6:30") << QStringLiteral("");
        QTest::newRow("daily 06:60") << QStringLiteral("daily@06:60") << QStringLiteral("");
        QTest::newRow("m before h") << QStringLiteral("30m2h") << QStringLiteral("");
    }
    void parsesStrictly()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QString error;
        const ScheduleSpec s = ScheduleSpec::parse(text, &error);
        QCOMPARE(s.isValid(), !canonical.isEmpty());
        if (canonical.isEmpty()) {
            QVERIFY(error.contains(QStringLiteral("daily@HH:MM")));
            return;
        }
        QVERIFY(error.isEmpty());
        QCOMPARE(s.toString(), canonical);
    }

    void systemdServiceAndTimers()
    {
        QCOMPARE(ScheduleUnits::systemdService(target),
            QStringLiteral("[Unit]\n"
                           "Description=ProvisionDesk sync of sales\n"
                           "Wants=network-online.target\n"
                           "After=network-online.target\n"
                           "\n"
                           "[Service]\n"
                           "Type=oneshot\n"
                           "ExecStart=\"/opt/pd/bin/provisiondesk-cli\" \"sync\" \"--\" \"sales\"\n"));
        QCOMPARE(ScheduleUnits::systemdTimer(spec(QStringLiteral("15m")), target),
            QStringLiteral("[Unit]\n"
                           "Description=ProvisionDesk sync of sales, 15m\n"
                           "\n"
                           "[Timer]\n"
                           "OnCalendar=*:0/15\n"
                           "Persistent=true\n"
                           "Unit=provisiondesk-sales.service\n"
                           "\n"
                           "[Install]\n"
                           "WantedBy=timers.target\n"));
        const auto timerLines = [](const QString &every) {
            const QString t = ScheduleUnits::systemdTimer(spec(every), target);
            const qsizetype from = t.indexOf(QStringLiteral("[Timer]\n")) + 8;
            return t.mid(from, t.indexOf(QStringLiteral("Unit=")) - from);
        };
        QCOMPARE(timerLines(QStringLiteral("1h")),
            QStringLiteral("OnCalendar=*-*-* 0/1:00:00\nPersistent=true\n"));
        QCOMPARE(timerLines(QStringLiteral("6h")),
            QStringLiteral("OnCalendar=*-*-* 0/6:00:00\nPersistent=true\n"));
        QCOMPARE(timerLines(QStringLiteral("daily@06:30")),
            QStringLiteral("OnCalendar=*-*-* 06:30:00\nPersistent=true\n"));
        QCOMPARE(
            timerLines(QStringLiteral("2h30m")), QStringLiteral("OnBootSec=5min\nOnUnitActiveSec=150min\n"));
        QCOMPARE(timerLines(QStringLiteral("7m")), QStringLiteral("OnBootSec=5min\nOnUnitActiveSec=7min\n"));
    }

    void quotesAwkwardNamesAndPassesTheDataDir()
    {
        const ScheduleTarget odd {QStringLiteral("Sales \"EMEA\" 100% $HOME\\x"),
            QStringLiteral("/opt/p d/provisiondesk-cli"), QStringLiteral("/srv/pd data")};
        const QString service = ScheduleUnits::systemdService(odd);
        QVERIFY2(service.contains(
                     QStringLiteral("ExecStart=\"/opt/p d/provisiondesk-cli\" \"--data-dir\" \"/srv/pd "
                                    "data\" \"sync\" \"--\" \"Sales \\\"EMEA\\\" 100%% $$HOME\\\\x\"\n")),
            qPrintable(service));
        QVERIFY(service.contains(
            QStringLiteral("Description=ProvisionDesk sync of Sales \"EMEA\" 100%% $HOME\\x\n")));
        QCOMPARE(ScheduleUnits::windowsQuote(QStringLiteral("a \"b\" c\\")),
            QStringLiteral("\"a \\\"b\\\" c\\\\\""));
        QCOMPARE(ScheduleUnits::windowsQuote(QStringLiteral("C:\\dir\\")), QStringLiteral("\"C:\\dir\\\\\""));
        // Two names that slug alike never share a unit; a plain slug stays as it is.
        QCOMPARE(ScheduleUnits::slug(QStringLiteral("sales")), QStringLiteral("sales"));
        const QString a = ScheduleUnits::slug(QStringLiteral("Sales EMEA"));
        QVERIFY(a.startsWith(QStringLiteral("sales-emea-")));
        QVERIFY(a != ScheduleUnits::slug(QStringLiteral("sales-EMEA")));
        QVERIFY(ScheduleUnits::slug(QStringLiteral("Ünïcødé")).startsWith(QStringLiteral("n-c-d-")));
    }

    void launchdPlist()
    {
        QCOMPARE(ScheduleUnits::launchdPlist(spec(QStringLiteral("15m")), target),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                           "<plist version=\"1.0\">\n"
                           "<dict>\n"
                           "\t<key>Label</key>\n"
                           "\t<string>com.provisiondesk.sync.sales</string>\n"
                           "\t<key>ProgramArguments</key>\n"
                           "\t<array>\n"
                           "\t\t<string>/opt/pd/bin/provisiondesk-cli</string>\n"
                           "\t\t<string>sync</string>\n"
                           "\t\t<string>--</string>\n"
                           "\t\t<string>sales</string>\n"
                           "\t</array>\n"
                           "\t<key>StartInterval</key>\n"
                           "\t<integer>900</integer>\n"
                           "\t<key>ProcessType</key>\n"
                           "\t<string>Background</string>\n"
                           "</dict>\n"
                           "</plist>\n"));
        const QString daily = ScheduleUnits::launchdPlist(spec(QStringLiteral("daily@06:05")), target);
        QVERIFY(daily.contains(
            QStringLiteral("\t<key>StartCalendarInterval</key>\n\t<dict>\n\t\t<key>Hour</key>\n"
                           "\t\t<integer>6</integer>\n\t\t<key>Minute</key>\n"
                           "\t\t<integer>5</integer>\n\t</dict>\n")));
        QVERIFY(!daily.contains(QStringLiteral("StartInterval<")));
        QString error;
        const auto texts = xmlTexts(ScheduleUnits::launchdPlist(spec(QStringLiteral("1h")),
                                        {QStringLiteral("R&D <1>"), target.cliPath, {}}),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(texts.value(QStringLiteral("plist/dict/array/string")), QStringLiteral("R&D <1>"));
    }

    void windowsTaskXml()
    {
        const ScheduleTarget t {QStringLiteral("R&D \"x\""),
            QStringLiteral("C:\\Program Files\\PD\\provisiondesk-cli.exe"), QStringLiteral("C:\\Data\\")};
        QString error;
        auto texts = xmlTexts(ScheduleUnits::windowsTaskXml(spec(QStringLiteral("15m")), t), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(texts.value(QStringLiteral("Task/Triggers/TimeTrigger/Repetition/Interval")),
            QStringLiteral("PT15M"));
        QCOMPARE(texts.value(QStringLiteral("Task/Triggers/TimeTrigger/StartBoundary")),
            QStringLiteral("2000-01-01T00:00:00"));
        QVERIFY(!texts.contains(QStringLiteral("Task/Triggers/CalendarTrigger/StartBoundary")));
        QCOMPARE(texts.value(QStringLiteral("Task/Actions/Exec/Command")), t.cliPath);
        QCOMPARE(texts.value(QStringLiteral("Task/Actions/Exec/Arguments")),
            QStringLiteral("\"--data-dir\" \"C:\\Data\\\\\" \"sync\" \"--\" \"R&D \\\"x\\\"\""));
        QCOMPARE(texts.value(QStringLiteral("Task/Principals/Principal/LogonType")),
            QStringLiteral("InteractiveToken"));

        texts = xmlTexts(ScheduleUnits::windowsTaskXml(spec(QStringLiteral("2h30m")), t), &error);
        QCOMPARE(texts.value(QStringLiteral("Task/Triggers/TimeTrigger/Repetition/Interval")),
            QStringLiteral("PT150M"));

        texts = xmlTexts(ScheduleUnits::windowsTaskXml(spec(QStringLiteral("daily@18:45")), t), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(texts.value(QStringLiteral("Task/Triggers/CalendarTrigger/StartBoundary")),
            QStringLiteral("2000-01-01T18:45:00"));
        QCOMPARE(texts.value(QStringLiteral("Task/Triggers/CalendarTrigger/ScheduleByDay/DaysInterval")),
            QStringLiteral("1"));
        QVERIFY(!texts.contains(QStringLiteral("Task/Triggers/TimeTrigger/Repetition/Interval")));
    }

    void systemdAnalyzeAcceptsTheUnits_data()
    {
        QTest::addColumn<QString>("every");
        QTest::newRow("15m") << QStringLiteral("15m");
        QTest::newRow("1h") << QStringLiteral("1h");
        QTest::newRow("2h30m") << QStringLiteral("2h30m");
        QTest::newRow("daily") << QStringLiteral("daily@06:30");
    }
    void systemdAnalyzeAcceptsTheUnits()
    {
        QFETCH(QString, every);
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed (package systemd): the units are not verified here");
        QTemporaryDir dir;
        // An executable that exists, as verify checks ExecStart; a name that needs quoting.
        const ScheduleTarget t {
            QStringLiteral("Sales \"EMEA\" 100%"), QStringLiteral("/bin/true"), dir.path()};
        QStringList paths;
        for (const ScheduleFile &f : ScheduleUnits::files(ScheduleFormat::Systemd, spec(every), t)) {
            QFile file(dir.filePath(f.fileName));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(f.text.toUtf8());
            paths << file.fileName();
        }
        QCOMPARE(paths.size(), 2);
        // As user units first; where no user manager can start (containers, CI), the same files are
        // verified in system mode: the unit syntax is the same.
        QProcess p;
        QString output;
        for (const QStringList &mode : {QStringList {QStringLiteral("--user")}, QStringList {}}) {
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(analyze, QStringList {QStringLiteral("verify")} + mode + paths);
            QVERIFY(p.waitForFinished(60000));
            output = QString::fromUtf8(p.readAll());
            if (!output.contains(QStringLiteral("Failed to initialize manager")))
                break;
        }
        if (output.contains(QStringLiteral("Failed to connect to bus"))
            || output.contains(QStringLiteral("Failed to initialize manager")))
            QSKIP(qPrintable(QStringLiteral("systemd-analyze cannot run here: ") + output.trimmed()));
        // Only complaints about our own files count; the host's other units are not ours to judge.
        QStringList ours;
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("provisiondesk-")))
                ours << line;
        }
        QVERIFY2(ours.isEmpty(), qPrintable(output));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "TestSchedule.moc"
