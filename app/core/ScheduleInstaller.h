#pragma once

#include "ScheduleUnits.h"

#include <QObject>
#include <QStringList>
#include <functional>

class QProcess;

namespace pd {

// Installs or removes a schedule on this system's scheduler, asynchronously (the app's dialog uses
// it on the UI thread): writes or deletes the files from ScheduleUnits, then runs systemctl --user
// (daemon-reload, enable --now / disable --now), launchctl (load -w / unload -w) or schtasks
// (/Create /XML, /Delete). When the scheduler tool is missing or refuses (no user session bus, ...),
// the files stay written and the report says what to run by hand: that is not a failure.
class ScheduleInstaller : public QObject
{
    Q_OBJECT
public:
    // home: where ~ is (the files of systemd and launchd go under it); dataDir: for the Windows copy.
    ScheduleInstaller(QString home, QString dataDir, QObject *parent = nullptr);

    void install(const ScheduleSpec &spec, const ScheduleTarget &target);
    void remove(const QString &connectionName);
    // The paths a schedule of connectionName has on this system (whether they exist or not).
    QStringList paths(const QString &connectionName) const;

signals:
    // ok is false only when the files could not be written or deleted. lines: what was done and, when
    // the scheduler could not be told, the commands to run.
    void finished(bool ok, const QStringList &lines);

private:
    // Either a file action (action set; false stops with ok=false) or a scheduler command.
    struct Step
    {
        std::function<bool(QStringList *lines)> action;
        QString program;
        QStringList arguments;
        bool optional = false; // a failure is only noted ("disable" of a timer never enabled)
    };
    void start(QList<Step> steps, const QString &manual);
    void runNext();
    static QString commandLine(const Step &s);

    QString m_home;
    QString m_dataDir;
    QList<Step> m_steps;
    QString m_manual;
    QStringList m_lines;
    QProcess *m_process = nullptr;
};

} // namespace pd
