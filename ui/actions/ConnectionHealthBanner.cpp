#include "ConnectionHealthBanner.h"

#include "HistoryLoader.h"
#include "MessageBanner.h"
#include "SecretStore.h"

#include <QVBoxLayout>

namespace pd {

ConnectionHealthBanner::ConnectionHealthBanner(const QString &dataDir, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_loader(new HistoryLoader(dataDir, this))
    , m_secrets(secrets)
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("connectionHealthBanner"));
    m_banner->setObjectName(QStringLiteral("healthBanner"));
    m_banner->setClosable(false);
    m_banner->setAccessibleName(tr("Connection status"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    m_banner->hideMessage();
    setVisible(false);
}

void ConnectionHealthBanner::setConnection(const std::optional<Connection> &connection)
{
    m_connection = connection;
    refresh();
}

void ConnectionHealthBanner::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_connection || !m_connection->enabled) {
        m_health.reset();
        if (m_connection) // disabled: nothing to alert on, as in `status`
            m_health = ConnectionHealth::evaluate(*m_connection, {}, {}, QDateTime::currentDateTimeUtc());
        m_banner->hideMessage();
        setVisible(false);
        emit evaluated();
        return;
    }
    const Connection c = *m_connection;
    m_loader->run<ConnectionHealth::History>(
        this, [id = c.id](QSqlDatabase db) { return ConnectionHealth::readHistory(db, id); },
        [this, generation, c](const ConnectionHealth::History &history) {
            if (generation != m_generation)
                return;
            m_secrets->read({c.id, SecretKind::ClientSecret}, this,
                [this, generation, c, history](const SecretResult &r) {
                    if (generation != m_generation)
                        return;
                    show(ConnectionHealth::evaluate(
                        c, history, SecretPresence::of(r), QDateTime::currentDateTimeUtc()));
                });
        });
}

void ConnectionHealthBanner::show(const ConnectionHealth &health)
{
    m_health = health;
    if (health.state == HealthState::Ok) {
        m_banner->hideMessage();
        setVisible(false);
    } else {
        const QString title = health.state == HealthState::Warning ? tr("Warning")
            : health.state == HealthState::Critical                ? tr("Critical")
                                                                   : tr("Unknown");
        m_banner->showMessage(
            health.state == HealthState::Warning ? MessageBanner::Type::Warning : MessageBanner::Type::Error,
            title + QStringLiteral(": ") + health.sentences().join(QLatin1Char('\n')));
        setVisible(true);
    }
    emit evaluated();
}

} // namespace pd
