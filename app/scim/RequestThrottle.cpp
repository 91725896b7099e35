#include "RequestThrottle.h"

#include "Connection.h"

#include <algorithm>
#include <cmath>

namespace pd {

RequestThrottle::RequestThrottle(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestThrottle::pump);
}

void RequestThrottle::setRequestsPerSecond(double rps)
{
    m_rps = std::isfinite(rps) && rps > 0 ? rps : 0;
    pump();
}

void RequestThrottle::setMaxConcurrent(int n)
{
    m_maxConcurrent = std::max(0, n);
    pump();
}

void RequestThrottle::setLimits(const RateLimit &limit)
{
    m_rps
        = std::isfinite(limit.requestsPerSecond) && limit.requestsPerSecond > 0 ? limit.requestsPerSecond : 0;
    setMaxConcurrent(limit.concurrency);
}

void RequestThrottle::holdFor(qint64 ms)
{
    m_holdUntilMs = std::max(m_holdUntilMs, m_clock.elapsed() + std::max<qint64>(0, ms));
}

void RequestThrottle::acquire(QObject *context, Grant grant)
{
    // After idling the bucket starts empty: time nobody waited for earns no burst.
    if (m_queue.isEmpty() && m_inFlight == 0)
        m_nextStartMs = std::max(m_nextStartMs, nowMs());
    m_queue.enqueue({context, std::move(grant)});
    pump();
}

void RequestThrottle::release()
{
    if (m_inFlight > 0)
        --m_inFlight;
    pump();
}

void RequestThrottle::cancelQueued()
{
    QQueue<Waiter> dropped;
    dropped.swap(m_queue);
    for (const Waiter &w : dropped) {
        if (w.context)
            w.grant(false);
    }
}

double RequestThrottle::windowMs() const
{
    return 1000 + (m_rps > 0 ? std::clamp(1000 / m_rps, 10.0, 50.0) : 0);
}

double RequestThrottle::rateWaitMs(double now)
{
    if (m_rps <= 0)
        return 0;
    const double window = windowMs();
    while (!m_starts.empty() && m_starts.front() <= now - window)
        m_starts.pop_front();
    double wait = m_nextStartMs - now;
    // At most floor(rate) starts in any window (at least one start per window below 1/s).
    const size_t perWindow = size_t(std::max(1.0, std::floor(m_rps)));
    if (m_starts.size() >= perWindow)
        wait = std::max(wait, m_starts[m_starts.size() - perWindow] + window - now);
    return std::max(0.0, wait);
}

void RequestThrottle::pump()
{
    // A grant may send a request whose failure releases synchronously: don't recurse.
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_queue.isEmpty()) {
        if (!m_queue.head().context) {
            m_queue.dequeue();
            continue;
        }
        if (m_maxConcurrent > 0 && m_inFlight >= m_maxConcurrent)
            break; // release() pumps again
        const double now = nowMs();
        const double wait = std::max(double(m_holdUntilMs) - now, rateWaitMs(now));
        if (wait > 0) {
            // Whole milliseconds, rounded up: a timer may fire late, never early.
            const qint64 ms = std::min<qint64>(qint64(std::ceil(wait)), 24 * 3600 * 1000);
            if (!m_timer.isActive() || m_timer.remainingTime() > ms)
                m_timer.start(int(ms));
            break;
        }
        const Waiter w = m_queue.dequeue();
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
        if (m_rps > 0) {
            // Late timers are made up for (the window check still bounds every second).
            m_nextStartMs = std::max(m_nextStartMs, now - CatchUpMs) + 1000.0 / m_rps;
            m_starts.push_back(now);
        }
        w.grant(true);
    }
    m_pumping = false;
}

} // namespace pd
