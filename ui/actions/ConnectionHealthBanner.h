#pragma once

#include "Connection.h"
#include "ConnectionHealth.h"

#include <QWidget>
#include <optional>

namespace pd {

class HistoryLoader;
class MessageBanner;
class SecretStore;

// The Provisioning window's monitoring banner: what `provisiondesk-cli status NAME` says about the
// selected connection (ConnectionHealth), as a warning or critical bar with its sentences; hidden
// while the connection is OK or disabled. The history is read on a loader thread and the keychain
// asynchronously: the UI never waits.
class ConnectionHealthBanner : public QWidget
{
    Q_OBJECT
public:
    ConnectionHealthBanner(const QString &dataDir, SecretStore *secrets, QWidget *parent = nullptr);

    void setConnection(const std::optional<Connection> &connection);
    void refresh();
    // The last evaluation shown (nullopt before the first one finishes or with no connection).
    const std::optional<ConnectionHealth> &health() const { return m_health; }
    MessageBanner *banner() const { return m_banner; }

signals:
    // An evaluation finished and is shown (also when it hid the banner).
    void evaluated();

private:
    void show(const ConnectionHealth &health);

    HistoryLoader *m_loader;
    SecretStore *m_secrets;
    MessageBanner *m_banner;
    std::optional<Connection> m_connection;
    std::optional<ConnectionHealth> m_health;
    quint64 m_generation = 0;
};

} // namespace pd
