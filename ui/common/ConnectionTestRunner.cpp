#include "ConnectionTestRunner.h"

#include "ConnectionTester.h"
#include "SecretStore.h"

namespace pd {

ConnectionTestRunner::ConnectionTestRunner(ConnectionTesterFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{ }

ConnectionTestRunner::~ConnectionTestRunner()
{
    cancel();
}

ConnectionTestResult ConnectionTestRunner::unavailableResult()
{
    ConnectionTestResult r;
    r.cause = QStringLiteral("tester-unavailable");
    r.summary = tr("This build of ProvisionDesk cannot test connections.");
    r.fix = tr("Save the connection as invalid now and test it with a build that includes the Zoom tester.");
    return r;
}

ConnectionTestResult ConnectionTestRunner::missingSecretResult(const QString &keychainMessage)
{
    ConnectionTestResult r;
    r.cause = QStringLiteral("secret-missing");
    r.summary = tr("No Client Secret is stored for this connection.");
    r.fix = tr("Edit the connection and enter the OAuth Client Secret again.");
    r.detail = keychainMessage;
    return r;
}

void ConnectionTestRunner::start(const Connection &connection, const QString &clientSecret)
{
    cancel();
    m_running = true;
    const quint64 serial = ++m_serial;
    ConnectionTester *tester = m_factory ? m_factory(this) : nullptr;
    if (!tester) {
        // Still asynchronous, so callers see the same order of events as with a real tester.
        QMetaObject::invokeMethod(
            this,
            [this, serial] {
                if (serial == m_serial && m_running)
                    report(unavailableResult());
            },
            Qt::QueuedConnection);
        return;
    }
    m_tester = tester;
    connect(tester, &ConnectionTester::finished, this, [this, tester, serial](const ConnectionTestResult &r) {
        tester->deleteLater();
        if (serial == m_serial && m_running)
            report(r);
    });
    tester->start(connection, clientSecret);
}

void ConnectionTestRunner::startWithStoredSecret(const Connection &connection, SecretStore *secrets)
{
    cancel();
    m_running = true;
    const quint64 serial = ++m_serial;
    secrets->read(
        {connection.id, SecretKind::ClientSecret}, this, [this, serial, connection](const SecretResult &r) {
            if (serial != m_serial || !m_running)
                return;
            if (r.error == SecretResult::Error::NotFound) {
                report(missingSecretResult(r.message));
                return;
            }
            if (!r.ok()) {
                m_running = false;
                emit secretUnavailable(r.message);
                return;
            }
            start(connection, r.value);
        });
}

void ConnectionTestRunner::cancel()
{
    m_running = false;
    ++m_serial;
    // One read of the QPointer, so the optimiser sees the null check guard the call.
    if (ConnectionTester *tester = m_tester.data()) {
        m_tester = nullptr;
        tester->cancel();
        // cancel() is followed by finished(), which the serial check above ignores and which
        // deletes the tester; a tester already gone needs nothing.
    }
}

void ConnectionTestRunner::report(const ConnectionTestResult &result)
{
    m_running = false;
    m_tester = nullptr;
    emit finished(result);
}

} // namespace pd
