#include "ScheduleInstaller.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringEncoder>

namespace pd {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QStringList *lines)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        lines->append(
            ScheduleInstaller::tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        lines->append(ScheduleInstaller::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    lines->append(ScheduleInstaller::tr("Wrote %1").arg(path));
    return true;
}

// Task Scheduler reads its XML as UTF-16 (the declaration says so).
QByteArray encode(ScheduleFormat f, const QString &text)
{
    if (f != ScheduleFormat::Windows)
        return text.toUtf8();
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QByteArray bytes = encoder.encode(text);
    return bytes;
}

} // namespace

ScheduleInstaller::ScheduleInstaller(QString home, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_home(std::move(home))
    , m_dataDir(std::move(dataDir))
{ }

QStringList ScheduleInstaller::paths(const QString &connectionName) const
{
    const ScheduleFormat f = ScheduleUnits::nativeFormat();
    const QString dir = ScheduleUnits::directory(f, m_home, m_dataDir);
    // Any valid spec and target: only the file names matter here.
    ScheduleSpec spec;
    spec.minutes = 60;
    QStringList result;
    for (const ScheduleFile &file : ScheduleUnits::files(f, spec, {connectionName, QStringLiteral("x"), {}}))
        result << dir + QLatin1Char('/') + file.fileName;
    return result;
}

QString ScheduleInstaller::commandLine(const Step &s)
{
    QStringList words {s.program};
    for (const QString &a : s.arguments)
        words << (a.contains(QLatin1Char(' ')) ? QLatin1Char('"') + a + QLatin1Char('"') : a);
    return words.join(QLatin1Char(' '));
}

void ScheduleInstaller::install(const ScheduleSpec &spec, const ScheduleTarget &target)
{
    const ScheduleFormat f = ScheduleUnits::nativeFormat();
    QString error;
    const QList<ScheduleFile> files = ScheduleUnits::files(f, spec, target, &error);
    if (files.isEmpty()) {
        emit finished(false, {error});
        return;
    }
    const QString dir = ScheduleUnits::directory(f, m_home, m_dataDir);
    QList<Step> steps;
    for (const ScheduleFile &file : files) {
        const QString path = dir + QLatin1Char('/') + file.fileName;
        const QByteArray bytes = encode(f, file.text);
        steps.append({[path, bytes](QStringList *lines) { return writeFile(path, bytes, lines); }, {}, {}});
    }
    const QString name = target.connectionName;
    QString manual;
    switch (f) {
    case ScheduleFormat::Systemd: {
        const QString timer = ScheduleUnits::unitName(name) + QStringLiteral(".timer");
        steps.append(
            {{}, QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("daemon-reload")}});
        steps.append({{}, QStringLiteral("systemctl"),
            {QStringLiteral("--user"), QStringLiteral("enable"), QStringLiteral("--now"), timer}});
        manual
            = QStringLiteral("systemctl --user daemon-reload && systemctl --user enable --now %1").arg(timer);
        break;
    }
    case ScheduleFormat::Launchd: {
        const QString plist = dir + QLatin1Char('/') + files.constFirst().fileName;
        // A schedule already loaded must be unloaded first or launchd keeps the old interval.
        steps.append({{}, QStringLiteral("launchctl"), {QStringLiteral("unload"), plist}, true});
        steps.append(
            {{}, QStringLiteral("launchctl"), {QStringLiteral("load"), QStringLiteral("-w"), plist}});
        manual = QStringLiteral("launchctl load -w \"%1\"").arg(plist);
        break;
    }
    case ScheduleFormat::Windows: {
        const QString xmlPath
            = QDir::toNativeSeparators(dir + QLatin1Char('/') + files.constFirst().fileName);
        const QString task = ScheduleUnits::windowsTaskName(name);
        steps.append({{}, QStringLiteral("schtasks"),
            {QStringLiteral("/Create"), QStringLiteral("/XML"), xmlPath, QStringLiteral("/TN"), task,
                QStringLiteral("/F")}});
        manual = QStringLiteral("schtasks /Create /XML \"%1\" /TN \"%2\" /F").arg(xmlPath, task);
        break;
    }
    }
    start(steps, manual);
}

void ScheduleInstaller::remove(const QString &connectionName)
{
    const ScheduleFormat f = ScheduleUnits::nativeFormat();
    const QStringList files = paths(connectionName);
    bool any = false;
    for (const QString &p : files)
        any = any || QFile::exists(p);
    if (!any) {
        emit finished(true,
            {tr("No schedule of \"%1\" is installed (%2).")
                    .arg(connectionName, files.join(QStringLiteral(", ")))});
        return;
    }
    QList<Step> steps;
    QString manual;
    switch (f) {
    case ScheduleFormat::Systemd: {
        const QString timer = ScheduleUnits::unitName(connectionName) + QStringLiteral(".timer");
        // The timer is stopped before its file goes, or systemd keeps firing a unit it cannot load.
        steps.append({{}, QStringLiteral("systemctl"),
            {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), timer}, true});
        manual
            = QStringLiteral("systemctl --user disable --now %1; systemctl --user daemon-reload").arg(timer);
        break;
    }
    case ScheduleFormat::Launchd:
        steps.append({{}, QStringLiteral("launchctl"),
            {QStringLiteral("unload"), QStringLiteral("-w"), files.constFirst()}, true});
        manual = QStringLiteral("launchctl unload -w \"%1\"").arg(files.constFirst());
        break;
    case ScheduleFormat::Windows:
        steps.append({{}, QStringLiteral("schtasks"),
            {QStringLiteral("/Delete"), QStringLiteral("/TN"), ScheduleUnits::windowsTaskName(connectionName),
                QStringLiteral("/F")},
            true});
        manual = QStringLiteral("schtasks /Delete /TN \"%1\" /F")
                     .arg(ScheduleUnits::windowsTaskName(connectionName));
        break;
    }
    for (const QString &p : files) {
        steps.append({[p](QStringList *lines) {
                          if (!QFile::exists(p))
                              return true;
                          if (!QFile::remove(p)) {
                              lines->append(tr("Cannot delete %1.").arg(p));
                              return false;
                          }
                          lines->append(tr("Deleted %1").arg(p));
                          return true;
                      },
            {}, {}});
    }
    if (f == ScheduleFormat::Systemd)
        steps.append({{}, QStringLiteral("systemctl"),
            {QStringLiteral("--user"), QStringLiteral("daemon-reload")}, true});
    start(steps, manual);
}

void ScheduleInstaller::start(QList<Step> steps, const QString &manual)
{
    m_steps = std::move(steps);
    m_manual = manual;
    m_lines.clear();
    runNext();
}

void ScheduleInstaller::runNext()
{
    while (!m_steps.isEmpty() && m_steps.constFirst().action) {
        const Step step = m_steps.takeFirst();
        if (!step.action(&m_lines)) {
            m_steps.clear();
            emit finished(false, m_lines);
            return;
        }
    }
    if (m_steps.isEmpty()) {
        emit finished(true, m_lines);
        return;
    }
    const Step step = m_steps.constFirst();
    const QString program = QStandardPaths::findExecutable(step.program);
    if (program.isEmpty()) {
        m_lines
            << tr("%1 is not available here; run this yourself where it is: %2").arg(step.program, m_manual);
        // The files are what matters; keep doing the file steps.
        QList<Step> rest;
        for (const Step &s : std::as_const(m_steps)) {
            if (s.action)
                rest << s;
        }
        m_steps = rest;
        if (m_steps.isEmpty()) {
            emit finished(true, m_lines);
            return;
        }
        runNext();
        return;
    }
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, this, [this, process, step](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const QString output = QString::fromLocal8Bit(process->readAll()).trimmed();
        m_steps.removeFirst();
        if (status == QProcess::NormalExit && code == 0) {
            m_lines << tr("Ran %1").arg(commandLine(step));
        } else if (step.optional) {
            m_lines
                << tr("Ran %1 (it did not succeed, which is fine here: %2)").arg(commandLine(step), output);
        } else {
            m_lines << tr("%1 did not succeed: %2").arg(commandLine(step), output);
            m_lines << tr("Run this yourself in your session: %1").arg(m_manual);
            QList<Step> rest;
            for (const Step &s : std::as_const(m_steps)) {
                if (s.action)
                    rest << s;
            }
            m_steps = rest;
        }
        runNext();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, step](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        m_steps.removeFirst();
        m_lines << tr("Cannot start %1: %2. Run this yourself: %3")
                       .arg(step.program, process->errorString(), m_manual);
        runNext();
    });
    process->start(program, step.arguments);
}

} // namespace pd
