#pragma once

#include "ScimError.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace pd {

// When to try a failed request again and how long to wait first. Values are public so the sync
// engine and tests can set them (tests use delays of a few milliseconds).
struct RetryPolicy
{
    int maxAttempts = 4; // attempts in total, the first included
    int baseDelayMs = 500; // backoff before the first retry; doubles for each further one
    int maxDelayMs = 30000; // backoff cap
    double jitter = 0.25; // backoff is spread by +/- this fraction
    int maxRetryAfterMs = 120000; // a longer Retry-After is not waited out: the request fails with it

    // Retry-After as delta-seconds, an HTTP-date (IMF-fixdate, RFC 850 or asctime) or ISO-8601;
    // the wait in milliseconds from now (0 for a date in the past); nullopt when unusable.
    static std::optional<qint64> parseRetryAfter(
        const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Capped exponential backoff before retry number retry (1-based). unitRandom in [0, 1] picks the
    // point in the jitter band, so tests can check its bounds; the other overload draws it.
    qint64 backoffMs(int retry, double unitRandom) const;
    qint64 backoffMs(int retry) const;

    // How long to wait before the next attempt, or nullopt to give up. attemptsMade counts the
    // attempts so far (1 after the first). A server's Retry-After wins over the backoff. Never
    // retries an error that stops the run (ScimError::stopsRun()).
    std::optional<qint64> delayBeforeRetry(const ScimError &error, int attemptsMade) const;
};

} // namespace pd
