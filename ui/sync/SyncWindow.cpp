#include "SyncWindow.h"

#include "DisplayText.h"
#include "Icons.h"
#include "MessageBanner.h"
#include "Style.h"
#include "SyncPanel.h"
#include "WindowState.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd {

SyncWindow::SyncWindow(
    const QString &dataDir, SecretStore *secrets, const Connection &connection, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_title(new QLabel(this))
    , m_settings(new QLabel(this))
    , m_panel(new SyncPanel(dataDir, secrets, connection, this))
{
    setObjectName(QStringLiteral("syncWindow"));
    setWindowIcon(Icons::app());
    m_title->setObjectName(QStringLiteral("syncWindowTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_settings->setObjectName(QStringLiteral("syncWindowSettings"));
    m_settings->setTextFormat(Qt::PlainText);
    m_settings->setWordWrap(true);
    Style::makeMuted(m_settings);
    auto *header = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::zoomLogo(36));
    header->addWidget(logo);
    header->addSpacing(6);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_title);
    names->addWidget(m_settings);
    header->addLayout(names, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    header->setContentsMargins(11, 11, 11, 0);
    layout->addLayout(header);
    layout->addWidget(m_panel, 1);
    resize(920, 680);
    WindowState::restore(this, QStringLiteral("sync"));
    setConnection(connection);
    connect(m_panel, &SyncPanel::runFinished, this, [this] {
        if (m_closeWhenDone) {
            m_closeWhenDone = false;
            close();
        }
    });
}

void SyncWindow::setConnection(const Connection &connection)
{
    m_panel->setConnection(connection);
    setWindowTitle(tr("Sync — %1").arg(connection.name));
    m_title->setText(connection.name);
    QStringList settings;
    settings << (connection.actions.deprovisionUsers
            ? tr("Remove Action: %1").arg(DisplayText::removeAction(connection.actions.removeAction))
            : tr("Removals off (Enable users deprovision is No)"));
    settings << tr("removal guard: more than %1 % or %2 users")
                    .arg(connection.removalGuard.percentOfManaged)
                    .arg(connection.removalGuard.maxUsers);
    settings << tr("%1 requests/s, %2 at a time")
                    .arg(connection.rateLimit.requestsPerSecond)
                    .arg(connection.rateLimit.concurrency);
    if (!connection.enabled)
        settings << tr("disabled");
    m_settings->setText(settings.join(QStringLiteral("  ·  ")));
}

void SyncWindow::closeEvent(QCloseEvent *event)
{
    if (!m_panel->isBusy()) {
        m_closeWhenDone = false;
        WindowState::save(this, QStringLiteral("sync"));
        event->accept();
        return;
    }
    // Stop first; the window closes itself once the run has recorded how far it got.
    event->ignore();
    if (m_closeWhenDone)
        return;
    m_closeWhenDone = true;
    const bool secretsOnly = m_panel->state() == SyncPanel::State::ReadingSecrets;
    m_panel->cancel();
    if (secretsOnly) {
        m_closeWhenDone = false;
        close();
        return;
    }
    m_panel->banner()->showMessage(MessageBanner::Type::Information,
        tr("Stopping the sync. The window closes once the requests in flight have "
           "finished."));
}

} // namespace pd
