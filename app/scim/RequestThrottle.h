#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <deque>
#include <functional>

namespace pd {

struct RateLimit;

// Client-side rate limit for one Zoom connection: at most requestsPerSecond request starts per
// second and at most maxConcurrent requests in flight. A token bucket spaces the starts evenly,
// starting empty (no burst at the beginning) and making up for timers that fired late while
// requests waited (up to CatchUpMs), so the rate is reached on a busy machine; a sliding-window
// check keeps every window of windowMs() at or under the rate all the same. A 429's Retry-After
// holds every request, not just the one that got it (holdFor). Lives in one thread.
class RequestThrottle : public QObject
{
    Q_OBJECT
public:
    // granted=false: the request was dropped by cancelQueued() and must not be sent.
    using Grant = std::function<void(bool granted)>;

    explicit RequestThrottle(QObject *parent = nullptr);

    // <= 0 means unlimited.
    void setRequestsPerSecond(double rps);
    double requestsPerSecond() const { return m_rps; }
    void setMaxConcurrent(int n);
    int maxConcurrent() const { return m_maxConcurrent; }
    void setLimits(const RateLimit &limit);

    // No request starts for ms milliseconds (extends, never shortens, a running hold).
    void holdFor(qint64 ms);

    // Calls grant(true) once a request may start (possibly before acquire returns); the caller then
    // owes exactly one release(). Dropped silently if context is destroyed while queued.
    void acquire(QObject *context, Grant grant);
    void release();
    // Answers every queued request with grant(false); requests in flight are not affected.
    void cancelQueued();

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    int peakInFlight() const { return m_peakInFlight; }

    // The sliding window is a second and one request interval (10 to 50 ms) long: a request
    // reaches the server some ms after it starts here, and that delay varies, so a server counting
    // per second must not see one request too many. Costs one request per window (1.25 % at 80/s).
    double windowMs() const;
    // The most lateness the bucket makes up for.
    static constexpr double CatchUpMs = 100;

private:
    void pump();
    double nowMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    // How long (ms) the rate makes the next start wait; 0 = now.
    double rateWaitMs(double now);

    struct Waiter
    {
        QPointer<QObject> context;
        Grant grant;
    };
    QQueue<Waiter> m_queue;
    double m_rps = 0;
    int m_maxConcurrent = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    QElapsedTimer m_clock;
    double m_nextStartMs = 0; // the token bucket's next start (theoretical arrival time)
    std::deque<double> m_starts; // start times of the last window, oldest first
    qint64 m_holdUntilMs = 0;
    QTimer m_timer;
    bool m_pumping = false;
};

} // namespace pd
