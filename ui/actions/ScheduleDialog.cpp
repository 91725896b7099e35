#include "ScheduleDialog.h"

#include "ScheduleInstaller.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace pd {

ScheduleDialog::ScheduleDialog(
    const QString &connectionName, const QString &cliPath, const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_name(connectionName)
    , m_dataDir(dataDir)
    , m_interval(new QComboBox(this))
    , m_time(new QTimeEdit(QTime(6, 0), this))
    , m_format(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
    , m_where(new QLabel(this))
    , m_result(new QLabel(this))
    , m_install(new QPushButton(tr("&Install"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_installer(new ScheduleInstaller(QDir::homePath(), dataDir, this))
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Schedule — %1").arg(connectionName));
    resize(720, 560);
    // The scheduler has no PROVISIONDESK_DATA_DIR: pass a data dir that is not the standard one.
    const bool standard
        = QDir(dataDir) == QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_target = {connectionName, cliPath, standard ? QString() : dataDir};

    for (const auto &[text, spec] :
        QList<std::pair<QString, QString>> {{tr("Every 15 minutes"), QStringLiteral("15m")},
            {tr("Every 30 minutes"), QStringLiteral("30m")}, {tr("Every hour"), QStringLiteral("1h")},
            {tr("Every 2 hours"), QStringLiteral("2h")}, {tr("Every 6 hours"), QStringLiteral("6h")},
            {tr("Every 12 hours"), QStringLiteral("12h")}, {tr("Every day at…"), QStringLiteral("daily")}})
        m_interval->addItem(text, spec);
    m_interval->setAccessibleName(tr("How often"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time of day"));
    for (ScheduleFormat f : {ScheduleFormat::Systemd, ScheduleFormat::Launchd, ScheduleFormat::Windows}) {
        const QString label = f == ScheduleFormat::Systemd ? tr("systemd user timer (Linux)")
            : f == ScheduleFormat::Launchd                 ? tr("launchd agent (macOS)")
                                                           : tr("Task Scheduler (Windows)");
        m_format->addItem(label, QVariant::fromValue(int(f)));
    }
    m_format->setCurrentIndex(int(ScheduleUnits::nativeFormat()));
    m_format->setAccessibleName(tr("Preview format"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_preview->setAccessibleName(tr("Scheduler files"));
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("scheduleResult"));

    auto *intro = new QLabel(tr("Sync \"%1\" on this computer's own scheduler, also while ProvisionDesk is "
                                "closed. Each run is a provisiondesk-cli sync, recorded in the history like "
                                "any other; monitor it with provisiondesk-cli status.")
                                 .arg(connectionName),
        this);
    intro->setWordWrap(true);
    auto *when = new QHBoxLayout;
    when->addWidget(m_interval, 1);
    when->addWidget(m_time);
    auto *form = new QFormLayout;
    auto *syncLabel = new QLabel(tr("&Sync:"), this);
    syncLabel->setBuddy(m_interval);
    form->addRow(syncLabel, when);
    form->addRow(tr("&Preview for:"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_install, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    m_install->setDefault(true);
    m_install->setToolTip(tr("Write the files for this system's scheduler and enable them"));
    m_remove->setToolTip(tr("Disable the schedule and delete its files"));
    if (cliPath.isEmpty()) {
        m_install->setEnabled(false);
        m_result->setText(
            tr("provisiondesk-cli was not found next to ProvisionDesk: install it to schedule syncs."));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_where);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_interval, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updatePreview);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updatePreview);
    connect(m_install, &QPushButton::clicked, this, [this] { runInstaller(true); });
    connect(m_remove, &QPushButton::clicked, this, [this] { runInstaller(false); });
    connect(m_installer, &ScheduleInstaller::finished, this, [this](bool ok, const QStringList &lines) {
        m_result->setText((ok ? QString() : tr("Failed. ")) + lines.join(QLatin1Char('\n')));
        m_install->setEnabled(!m_target.cliPath.isEmpty());
        m_remove->setEnabled(true);
    });
    m_interval->setCurrentIndex(0);
    updatePreview();
}

QString ScheduleDialog::findCli()
{
    const QString dir = QCoreApplication::applicationDirPath();
#ifdef Q_OS_WIN
    const QString exe = QStringLiteral("provisiondesk-cli.exe");
#else
    const QString exe = QStringLiteral("provisiondesk-cli");
#endif
    for (const QString &candidate :
        QStringList {dir + QLatin1Char('/') + exe, dir + QStringLiteral("/../cli/") + exe}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(exe);
}

ScheduleSpec ScheduleDialog::spec() const
{
    const QString choice = m_interval->currentData().toString();
    QString error;
    if (choice == QLatin1String("daily"))
        return ScheduleSpec::parse(
            QStringLiteral("daily@") + m_time->time().toString(QStringLiteral("HH:mm")), &error);
    return ScheduleSpec::parse(choice, &error);
}

QString ScheduleDialog::preview() const
{
    return m_preview->toPlainText();
}

void ScheduleDialog::updatePreview()
{
    m_time->setVisible(m_interval->currentData().toString() == QLatin1String("daily"));
    const auto format = ScheduleFormat(m_format->currentData().toInt());
    ScheduleTarget target = m_target;
    if (target.cliPath.isEmpty())
        target.cliPath = QStringLiteral("provisiondesk-cli");
    const QList<ScheduleFile> files = ScheduleUnits::files(format, spec(), target);
    const QString dir = ScheduleUnits::directory(format, QDir::homePath(), m_dataDir);
    QString text;
    for (const ScheduleFile &f : files)
        text += QStringLiteral("# %1/%2\n%3\n").arg(dir, f.fileName, f.text);
    m_preview->setPlainText(text.trimmed() + QLatin1Char('\n'));
    m_where->setText(format == ScheduleUnits::nativeFormat()
            ? tr("Install writes these files and enables them; Remove disables and deletes them.")
            : tr("Preview only: Install and Remove use this system's scheduler (%1).")
                  .arg(ScheduleUnits::formatName(ScheduleUnits::nativeFormat())));
}

void ScheduleDialog::runInstaller(bool install)
{
    m_install->setEnabled(false);
    m_remove->setEnabled(false);
    m_result->setText(install ? tr("Installing…") : tr("Removing…"));
    if (install)
        m_installer->install(spec(), m_target);
    else
        m_installer->remove(m_name);
}

} // namespace pd
