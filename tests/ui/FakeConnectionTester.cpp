#include "FakeConnectionTester.h"

#include <QCoreApplication>
#include <QTimer>

namespace pd::test {

ConnectionTestResult FakeTesterControl::passed()
{
    ConnectionTestResult r;
    r.ok = true;
    r.cause = QStringLiteral("ok");
    // The real tester's words (translated when the app is), so screenshots read as the app does.
    r.summary = QCoreApplication::translate(
        "pd::ZoomConnectionTester", "Zoom issued an access token and the SCIM API answered.");
    r.httpStatus = 200;
    return r;
}

ConnectionTestResult FakeTesterControl::failed()
{
    ConnectionTestResult r;
    r.cause = QStringLiteral("invalid-client");
    r.summary = QStringLiteral("Zoom refused the Client ID or Client Secret.");
    r.fix = QStringLiteral("Copy both again from the app's App credentials tab in the Zoom App Marketplace.");
    r.httpStatus = 400;
    r.detail
        = QStringLiteral("{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}");
    return r;
}

ConnectionTesterFactory FakeTesterControl::factory()
{
    return [this](QObject *parent) -> ConnectionTester * { return new FakeConnectionTester(this, parent); };
}

bool FakeTesterControl::respond(const ConnectionTestResult &r)
{
    // The QPointer read once: GCC's -O2 -Wnull-dereference cannot see that two reads agree.
    FakeConnectionTester *tester = current.data();
    if (!tester || !tester->isRunning())
        return false;
    tester->respond(r);
    return true;
}

bool FakeTesterControl::isRunning() const
{
    const FakeConnectionTester *tester = current.data();
    return tester && tester->isRunning();
}

FakeConnectionTester::FakeConnectionTester(FakeTesterControl *control, QObject *parent)
    : ConnectionTester(parent)
    , m_control(control)
{ }

void FakeConnectionTester::start(const Connection &connection, const QString &clientSecret)
{
    ++m_control->starts;
    m_control->lastConnection = connection;
    m_control->lastSecret = clientSecret;
    m_control->current = this;
    m_running = true;
    if (m_control->mode == FakeTesterControl::Mode::Immediate) {
        const ConnectionTestResult r = m_control->next;
        QTimer::singleShot(0, this, [this, r] { respond(r); });
    }
}

void FakeConnectionTester::cancel()
{
    if (!m_running)
        return;
    ++m_control->cancels;
    ConnectionTestResult r;
    r.cause = QStringLiteral("cancelled");
    r.summary = QStringLiteral("The test was cancelled.");
    respond(r);
}

void FakeConnectionTester::respond(const ConnectionTestResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(result);
}

} // namespace pd::test
