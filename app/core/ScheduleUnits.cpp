#include "ScheduleUnits.h"

#include <QCryptographicHash>
#include <QDir>

namespace pd {

namespace {

// systemd expands %specifiers everywhere and $VARIABLES in ExecStart: both are doubled.
QString systemdPlain(QString s)
{
    s.replace(QLatin1Char('%'), QStringLiteral("%%"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QString xml(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

ScheduleFormat ScheduleUnits::nativeFormat()
{
#if defined(Q_OS_WIN)
    return ScheduleFormat::Windows;
#elif defined(Q_OS_MACOS)
    return ScheduleFormat::Launchd;
#else
    return ScheduleFormat::Systemd;
#endif
}

QString ScheduleUnits::formatName(ScheduleFormat f)
{
    switch (f) {
    case ScheduleFormat::Systemd:
        return QStringLiteral("systemd");
    case ScheduleFormat::Launchd:
        return QStringLiteral("launchd");
    case ScheduleFormat::Windows:
        return QStringLiteral("windows");
    }
    return {};
}

bool ScheduleUnits::parseFormat(const QString &text, ScheduleFormat *out)
{
    for (ScheduleFormat f : {ScheduleFormat::Systemd, ScheduleFormat::Launchd, ScheduleFormat::Windows}) {
        if (text == formatName(f)) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString ScheduleUnits::slug(const QString &connectionName)
{
    QString s;
    for (const QChar c : connectionName.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            s += c;
        else if (!s.isEmpty() && !s.endsWith(QLatin1Char('-')))
            s += QLatin1Char('-');
    }
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    s = s.left(40);
    if (s == connectionName)
        return s;
    const QByteArray hash
        = QCryptographicHash::hash(connectionName.toUtf8(), QCryptographicHash::Sha256).toHex().left(6);
    return (s.isEmpty() ? QStringLiteral("connection") : s) + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString ScheduleUnits::unitName(const QString &connectionName)
{
    return QStringLiteral("provisiondesk-") + slug(connectionName);
}

QString ScheduleUnits::launchdLabel(const QString &connectionName)
{
    return QStringLiteral("com.provisiondesk.sync.") + slug(connectionName);
}

QString ScheduleUnits::windowsTaskName(const QString &connectionName)
{
    return QStringLiteral("ProvisionDesk\\") + slug(connectionName);
}

QStringList ScheduleUnits::command(const ScheduleTarget &target)
{
    QStringList words {target.cliPath};
    if (!target.dataDir.isEmpty())
        words << QStringLiteral("--data-dir") << target.dataDir;
    // "--" so a name starting with '-' is never read as an option.
    words << QStringLiteral("sync") << QStringLiteral("--") << target.connectionName;
    return words;
}

QString ScheduleUnits::systemdQuote(const QString &word)
{
    QString q;
    for (const QChar c : word) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            q += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('%'))
            q += QStringLiteral("%%");
        else if (c == QLatin1Char('$'))
            q += QStringLiteral("$$");
        else if (c.unicode() < 0x20)
            q += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            q += c;
    }
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// CommandLineToArgvW's rules: backslashes are literal unless they precede a quote.
QString ScheduleUnits::windowsQuote(const QString &word)
{
    QString q = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : word) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"')) {
            q += QString(backslashes * 2 + 1, QLatin1Char('\\')) + c;
        } else {
            q += QString(backslashes, QLatin1Char('\\')) + c;
        }
        backslashes = 0;
    }
    q += QString(backslashes * 2, QLatin1Char('\\'));
    return q + QLatin1Char('"');
}

QString ScheduleUnits::systemdService(const ScheduleTarget &target)
{
    QStringList words;
    for (const QString &w : command(target))
        words << systemdQuote(w);
    return QStringLiteral("[Unit]\n"
                          "Description=ProvisionDesk sync of %1\n"
                          "Wants=network-online.target\n"
                          "After=network-online.target\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%2\n")
        .arg(systemdPlain(target.connectionName), words.join(QLatin1Char(' ')));
}

QString ScheduleUnits::systemdTimer(const ScheduleSpec &spec, const ScheduleTarget &target)
{
    QString timer;
    const int m = spec.minutes;
    if (spec.kind == ScheduleSpec::Kind::Daily)
        timer = QStringLiteral("OnCalendar=*-*-* %1:00\nPersistent=true\n")
                    .arg(spec.at.toString(QStringLiteral("HH:mm")));
    else if (m < 60 && 60 % m == 0)
        timer = QStringLiteral("OnCalendar=*:0/%1\nPersistent=true\n").arg(m);
    else if (m % 60 == 0 && 24 % (m / 60) == 0)
        timer = QStringLiteral("OnCalendar=*-*-* 0/%1:00:00\nPersistent=true\n").arg(m / 60);
    else
        timer = QStringLiteral("OnBootSec=5min\nOnUnitActiveSec=%1min\n").arg(m);
    return QStringLiteral("[Unit]\n"
                          "Description=ProvisionDesk sync of %1, %2\n"
                          "\n"
                          "[Timer]\n"
                          "%3"
                          "Unit=%4.service\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(systemdPlain(target.connectionName), spec.toString(), timer, unitName(target.connectionName));
}

QString ScheduleUnits::launchdPlist(const ScheduleSpec &spec, const ScheduleTarget &target)
{
    QString arguments;
    for (const QString &w : command(target))
        arguments += QStringLiteral("\t\t<string>%1</string>\n").arg(xml(w));
    const QString when = spec.kind == ScheduleSpec::Kind::Daily
        ? QStringLiteral(
            "\t<key>StartCalendarInterval</key>\n\t<dict>\n\t\t<key>Hour</key>\n"
            "\t\t<integer>%1</integer>\n\t\t<key>Minute</key>\n\t\t<integer>%2</integer>\n\t</dict>\n")
              .arg(spec.at.hour())
              .arg(spec.at.minute())
        : QStringLiteral("\t<key>StartInterval</key>\n\t<integer>%1</integer>\n").arg(spec.minutes * 60);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "\t<key>Label</key>\n"
                          "\t<string>%1</string>\n"
                          "\t<key>ProgramArguments</key>\n"
                          "\t<array>\n"
                          "%2"
                          "\t</array>\n"
                          "%3"
                          "\t<key>ProcessType</key>\n"
                          "\t<string>Background</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(xml(launchdLabel(target.connectionName)), arguments, when);
}

QString ScheduleUnits::windowsTaskXml(const ScheduleSpec &spec, const ScheduleTarget &target)
{
    QStringList arguments;
    const QStringList words = command(target);
    for (qsizetype i = 1; i < words.size(); ++i)
        arguments << windowsQuote(words.at(i));
    // A start boundary long past, at midnight: the repetitions fall on the clock (:00, :15, ...).
    const QString trigger = spec.kind == ScheduleSpec::Kind::Daily
        ? QStringLiteral("    <CalendarTrigger>\n"
                         "      <StartBoundary>2000-01-01T%1:00</StartBoundary>\n"
                         "      <Enabled>true</Enabled>\n"
                         "      <ScheduleByDay>\n"
                         "        <DaysInterval>1</DaysInterval>\n"
                         "      </ScheduleByDay>\n"
                         "    </CalendarTrigger>\n")
              .arg(spec.at.toString(QStringLiteral("HH:mm")))
        : QStringLiteral("    <TimeTrigger>\n"
                         "      <Repetition>\n"
                         "        <Interval>PT%1M</Interval>\n"
                         "        <StopAtDurationEnd>false</StopAtDurationEnd>\n"
                         "      </Repetition>\n"
                         "      <StartBoundary>2000-01-01T00:00:00</StartBoundary>\n"
                         "      <Enabled>true</Enabled>\n"
                         "    </TimeTrigger>\n")
              .arg(spec.minutes);
    return QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
        "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
        "  <RegistrationInfo>\n"
        "    <Description>ProvisionDesk sync of %1, %2</Description>\n"
        "  </RegistrationInfo>\n"
        "  <Triggers>\n"
        "%3"
        "  </Triggers>\n"
        "  <Principals>\n"
        "    <Principal id=\"Author\">\n"
        "      <LogonType>InteractiveToken</LogonType>\n"
        "      <RunLevel>LeastPrivilege</RunLevel>\n"
        "    </Principal>\n"
        "  </Principals>\n"
        "  <Settings>\n"
        "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
        "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
        "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
        "    <StartWhenAvailable>true</StartWhenAvailable>\n"
        "    <RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>\n"
        "    <ExecutionTimeLimit>PT12H</ExecutionTimeLimit>\n"
        "    <Enabled>true</Enabled>\n"
        "  </Settings>\n"
        "  <Actions Context=\"Author\">\n"
        "    <Exec>\n"
        "      <Command>%4</Command>\n"
        "      <Arguments>%5</Arguments>\n"
        "    </Exec>\n"
        "  </Actions>\n"
        "</Task>\n")
        .arg(xml(target.connectionName), xml(spec.toString()), trigger, xml(words.constFirst()),
            xml(arguments.join(QLatin1Char(' '))));
}

QList<ScheduleFile> ScheduleUnits::files(
    ScheduleFormat f, const ScheduleSpec &spec, const ScheduleTarget &target, QString *error)
{
    if (!spec.isValid() || target.connectionName.trimmed().isEmpty() || target.cliPath.isEmpty()) {
        if (error)
            *error = tr("A schedule needs a valid interval, a connection name and the CLI's path.");
        return {};
    }
    switch (f) {
    case ScheduleFormat::Systemd:
        return {{unitName(target.connectionName) + QStringLiteral(".service"), systemdService(target)},
            {unitName(target.connectionName) + QStringLiteral(".timer"), systemdTimer(spec, target)}};
    case ScheduleFormat::Launchd:
        return {{launchdLabel(target.connectionName) + QStringLiteral(".plist"), launchdPlist(spec, target)}};
    case ScheduleFormat::Windows:
        return {{unitName(target.connectionName) + QStringLiteral(".xml"), windowsTaskXml(spec, target)}};
    }
    return {};
}

QString ScheduleUnits::directory(ScheduleFormat f, const QString &home, const QString &dataDir)
{
    switch (f) {
    case ScheduleFormat::Systemd: {
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        return QDir::isAbsolutePath(config) ? config + QStringLiteral("/systemd/user")
                                            : home + QStringLiteral("/.config/systemd/user");
    }
    case ScheduleFormat::Launchd:
        return home + QStringLiteral("/Library/LaunchAgents");
    case ScheduleFormat::Windows:
        // schtasks keeps its own copy; ours is what /Create read, kept for the admin to inspect.
        return dataDir + QStringLiteral("/schedules");
    }
    return {};
}

} // namespace pd
