#pragma once

#include "ScheduleUnits.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace pd {

class ScheduleInstaller;

// "Schedule…": runs `provisiondesk-cli sync NAME` on the OS's own scheduler, over the same code as
// `provisiondesk-cli schedule` (ScheduleSpec, ScheduleUnits, ScheduleInstaller). The admin picks the
// interval, previews the files for any format, and installs or removes them for this system.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    // cliPath: the installed provisiondesk-cli; dataDir: passed along when not the default one.
    ScheduleDialog(const QString &connectionName, const QString &cliPath, const QString &dataDir,
        QWidget *parent = nullptr);

    // The CLI next to the app (installed), in the build tree, or on PATH; empty when none is found.
    static QString findCli();

    ScheduleSpec spec() const;
    QString preview() const;
    QLabel *resultLabel() const { return m_result; }
    QComboBox *intervalBox() const { return m_interval; }

private:
    void updatePreview();
    void runInstaller(bool install);

    QString m_name;
    ScheduleTarget m_target;
    QString m_dataDir;
    QComboBox *m_interval;
    QTimeEdit *m_time;
    QComboBox *m_format;
    QPlainTextEdit *m_preview;
    QLabel *m_where;
    QLabel *m_result;
    QPushButton *m_install;
    QPushButton *m_remove;
    ScheduleInstaller *m_installer;
};

} // namespace pd
