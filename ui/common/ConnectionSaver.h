#pragma once

#include "Connection.h"
#include "ConnectionService.h"

#include <QObject>

namespace pd {

// Saves a connection and its secret through ConnectionService for a wizard or dialog, and knows
// the one alternative to the keychain: keeping the secret for this session only (when the store is
// the system keychain and it has no backend). Never a plaintext fallback.
class ConnectionSaver : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionSaver(ConnectionService *service, QObject *parent = nullptr);

    void save(const Connection &connection, const QString &clientSecret);
    // Keeps clientSecret in memory for this session and saves the connection without a stored secret.
    void saveForSessionOnly(const Connection &connection, const QString &clientSecret);
    // True when saveForSessionOnly is possible (the secret store is the system keychain).
    bool canKeepForSession() const;
    bool isBusy() const { return m_busy; }
    ConnectionService::Outcome lastOutcome() const { return m_last; }

signals:
    // Emitted once per save; read lastOutcome() for the result.
    void finished(bool ok);

private:
    void done(const ConnectionService::Outcome &outcome);

    ConnectionService *m_service;
    ConnectionService::Outcome m_last;
    bool m_busy = false;
};

} // namespace pd
