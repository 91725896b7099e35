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
        const qint64 now = m_clock.elapsed();
        const qint64 wait = std::max(m_nextStartMs, m_holdUntilMs) - now;
        if (wait > 0) {
            if (!m_timer.isActive() || m_timer.remainingTime() > wait)
                m_timer.start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
            break;
        }
        const Waiter w = m_queue.dequeue();
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
        if (m_rps > 0)
            m_nextStartMs = now + qint64(std::ceil(1000.0 / m_rps));
        w.grant(true);
    }
    m_pumping = false;
}

} // namespace pd
