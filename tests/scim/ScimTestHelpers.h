#pragma once

#include "OAuthTokenSource.h"
#include "RequestThrottle.h"
#include "RetryPolicy.h"
#include "ScimClient.h"
#include "ScimTestServer.h"

#include <QTest>
#include <optional>

namespace pd::test {

// Retries in milliseconds, not seconds, so fault tests stay fast.
inline RetryPolicy fastRetries(int attempts = 4)
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelayMs = 20;
    p.maxDelayMs = 200;
    p.jitter = 0.25;
    p.maxRetryAfterMs = 5000;
    return p;
}

// A client for the test server, unthrottled unless a test throttles it.
inline std::unique_ptr<ScimClient> makeClient(const ScimTestServer &server, const QString &secret = {})
{
    auto client = std::make_unique<ScimClient>(
        server.connection(), secret.isEmpty() ? server.clientSecret() : secret);
    client->setRetryPolicy(fastRetries());
    client->setTimeoutMs(10000);
    client->throttle()->setRequestsPerSecond(0);
    client->throttle()->setMaxConcurrent(0);
    return client;
}

// Runs an asynchronous operation start(context, callback) and waits for its one answer.
template<typename Result, typename Start>
std::optional<Result> awaitAnswer(Start &&start, int timeoutMs = 30000)
{
    std::optional<Result> result;
    QObject context;
    start(&context, [&result](const Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

template<typename Start> ScimResult await(Start &&start, int timeoutMs = 30000)
{
    const auto r = awaitAnswer<ScimResult>(std::forward<Start>(start), timeoutMs);
    if (r)
        return *r;
    ScimResult timedOut;
    timedOut.error.kind = ScimError::Kind::Timeout;
    timedOut.error.message = QStringLiteral("the test gave up waiting for an answer");
    return timedOut;
}

inline TokenResult awaitToken(OAuthTokenSource *tokens, int timeoutMs = 30000)
{
    const auto r = awaitAnswer<TokenResult>(
        [tokens](QObject *ctx, auto done) { tokens->token(ctx, done); }, timeoutMs);
    if (r)
        return *r;
    TokenResult timedOut;
    timedOut.error.kind = ScimError::Kind::Timeout;
    return timedOut;
}

// A result's error in words, for QVERIFY2 messages: QVERIFY2(r.ok(), qPrintable(why(r))).
inline QString why(const ScimResult &r)
{
    return r.error.describe();
}

} // namespace pd::test
