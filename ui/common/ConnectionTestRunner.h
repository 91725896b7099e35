#pragma once

#include "Connection.h"
#include "ConnectionTestResult.h"
#include "ConnectionTesterFactory.h"

#include <QObject>
#include <QPointer>

namespace pd {

class ConnectionTester;
class SecretStore;

// Runs one connection test at a time through a tester from the factory and reports it with
// finished(), exactly once per start, unless cancelled. Never blocks: the tester and the keychain
// answer through the event loop.
class ConnectionTestRunner : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTestRunner(ConnectionTesterFactory factory, QObject *parent = nullptr);
    ~ConnectionTestRunner() override;

    // Tests with the secret the admin has just typed (the wizard, before anything is saved).
    void start(const Connection &connection, const QString &clientSecret);
    // Tests a saved connection with the secret from the store.
    void startWithStoredSecret(const Connection &connection, SecretStore *secrets);
    // Forgets the running test; finished() does not follow.
    void cancel();
    bool isRunning() const { return m_running; }

    static ConnectionTestResult unavailableResult();
    static ConnectionTestResult missingSecretResult(const QString &keychainMessage);

signals:
    void finished(const pd::ConnectionTestResult &result);
    // The keychain could not hand out the secret for a reason other than "none stored".
    void secretUnavailable(const QString &message);

private:
    void report(const ConnectionTestResult &result);

    ConnectionTesterFactory m_factory;
    QPointer<ConnectionTester> m_tester;
    bool m_running = false;
    quint64 m_serial = 0;
};

} // namespace pd
