#pragma once

#include "ConnectionTester.h"
#include "ConnectionTesterFactory.h"

#include <QPointer>

namespace pd::test {

class FakeConnectionTester;

// Scripts the answers of the fake testers a factory makes. A fake stands in for the real Zoom
// tester in widget tests only: the real one has its own tests against the SCIM test server.
class FakeTesterControl
{
public:
    enum class Mode {
        Immediate, // answer `next` on the next event-loop turn
        Manual // stay "testing" until respond()
    };

    Mode mode = Mode::Immediate;
    ConnectionTestResult next = passed();
    int starts = 0;
    int cancels = 0;
    Connection lastConnection;
    QString lastSecret;
    QPointer<FakeConnectionTester> current;

    ConnectionTesterFactory factory();
    // Manual mode: the running fake answers r; false if none is running.
    bool respond(const ConnectionTestResult &r);
    bool isRunning() const;

    static ConnectionTestResult passed();
    static ConnectionTestResult failed();
};

class FakeConnectionTester : public ConnectionTester
{
    Q_OBJECT
public:
    FakeConnectionTester(FakeTesterControl *control, QObject *parent);
    void start(const Connection &connection, const QString &clientSecret) override;
    void cancel() override;
    void respond(const ConnectionTestResult &result);
    bool isRunning() const { return m_running; }

private:
    FakeTesterControl *m_control;
    bool m_running = false;
};

} // namespace pd::test
