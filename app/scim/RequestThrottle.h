#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <functional>

namespace pd {

struct RateLimit;

// Client-side rate limit for one Zoom connection: at most requestsPerSecond request starts per
// second (evenly spaced, no bursts) and at most maxConcurrent requests in flight. A 429's
// Retry-After holds every request, not just the one that got it (holdFor). Lives in one thread.
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

private:
    void pump();

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
    qint64 m_nextStartMs = 0;
    qint64 m_holdUntilMs = 0;
    QTimer m_timer;
    bool m_pumping = false;
};

} // namespace pd
