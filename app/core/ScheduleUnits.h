#pragma once

#include "ScheduleSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pd {

enum class ScheduleFormat { Systemd, Launchd, Windows };

// What a schedule runs: `<cliPath> [--data-dir <dataDir>] sync <connectionName>`.
struct ScheduleTarget
{
    QString connectionName;
    QString cliPath; // absolute
    QString dataDir; // empty: the default data directory, not passed
};

// One file of a schedule: its name in ScheduleUnits::directory() and its text.
struct ScheduleFile
{
    QString fileName;
    QString text;
};

// The OS scheduler files of a scheduled sync, as pure functions of the spec and the target (the CLI's
// `schedule` command and the app's Schedule dialog both use them):
// - systemd: a oneshot service and a timer. Intervals that divide an hour or a day evenly, and daily
//   times, use OnCalendar= with Persistent=true (on the clock: :00, :15, ...; a run missed while the
//   machine was off happens at boot); other intervals (7m, 2h30m) use OnBootSec= + OnUnitActiveSec=.
// - launchd: a LaunchAgent with StartInterval (seconds) or StartCalendarInterval (Hour, Minute).
// - windows: a Task Scheduler XML for `schtasks /Create /XML FILE /TN NAME`, a TimeTrigger repeating
//   every interval or a daily CalendarTrigger, run as the logged-on user (the keychain is theirs).
class ScheduleUnits
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleUnits)
public:
    static ScheduleFormat nativeFormat();
    static QString formatName(ScheduleFormat f); // "systemd", "launchd", "windows"
    static bool parseFormat(const QString &text, ScheduleFormat *out);

    // Lower-case ASCII letters, digits and '-'; a short hash is added when the name had to change
    // ("Sales EMEA" -> "sales-emea-1a2b3c") so two connections never share a unit.
    static QString slug(const QString &connectionName);
    static QString unitName(const QString &connectionName); // provisiondesk-<slug>
    static QString launchdLabel(const QString &connectionName); // com.provisiondesk.sync.<slug>
    static QString windowsTaskName(const QString &connectionName); // ProvisionDesk\<slug>

    // The files for a format; files are empty (and *error set) when the target cannot be written.
    static QList<ScheduleFile> files(
        ScheduleFormat f, const ScheduleSpec &spec, const ScheduleTarget &target, QString *error = nullptr);
    // Where the files of a format go for the user whose home is home.
    static QString directory(ScheduleFormat f, const QString &home, const QString &dataDir);

    static QString systemdService(const ScheduleTarget &target);
    static QString systemdTimer(const ScheduleSpec &spec, const ScheduleTarget &target);
    static QString launchdPlist(const ScheduleSpec &spec, const ScheduleTarget &target);
    static QString windowsTaskXml(const ScheduleSpec &spec, const ScheduleTarget &target);

    // The command line as words: cliPath, [--data-dir, dir,] sync, name.
    static QStringList command(const ScheduleTarget &target);
    // Quoting for each format (exposed for tests).
    static QString systemdQuote(const QString &word);
    static QString windowsQuote(const QString &word);
};

} // namespace pd
