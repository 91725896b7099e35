#pragma once

#include "ConnectionTester.h"
#include "RetryPolicy.h"
#include "ScimResult.h"

#include <QElapsedTimer>
#include <QPointer>

namespace pd {

class ScimClient;

// "Test connection" for Zoom: a Server-to-Server OAuth token, then GET {scim}/Users?startIndex=1&count=1.
// A failure becomes a stable cause with a summary, a fix and the server's own words (redacted), by
// ZoomFailureClassifier; the tester adds ok, invalid-settings, secret-missing and cancelled.
// A fresh client per start: the test never reuses a cached token.
class ZoomConnectionTester : public ConnectionTester
{
    Q_OBJECT
public:
    explicit ZoomConnectionTester(QObject *parent = nullptr);
    ~ZoomConnectionTester() override;

    void start(const Connection &connection, const QString &clientSecret) override;
    void cancel() override;
    bool isRunning() const { return !m_client.isNull(); }

    // A test should answer in seconds: few, short retries and a per-request timeout.
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

signals:
    // Redacted request log of the running test (for a "details" pane).
    void logLine(const QString &line);

private:
    void onToken(const ScimError &error, const QString &scope);
    void onProbe(const ScimResult &result);
    void complete(ConnectionTestResult result);
    void finishLater(const ConnectionTestResult &result);

    RetryPolicy m_policy;
    int m_timeoutMs = 20000;
    Connection m_connection;
    QPointer<ScimClient> m_client;
    QString m_scope;
    QElapsedTimer m_clock;
    int m_generation = 0; // answers from an abandoned run are dropped
};

} // namespace pd
