#include "RetryPolicy.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace pd {

namespace {

int monthNumber(const QString &name)
{
    static const QStringList months {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec")};
    return int(months.indexOf(name.toLower())) + 1;
}

QDateTime utc(int year, int month, int day, int h, int m, int s)
{
    const QDate date(year, month, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

// The three HTTP-date forms of RFC 9110 section 5.6.7, in UTC.
QDateTime parseHttpDate(const QString &text, const QDateTime &now)
{
    static const QRegularExpression imf(QStringLiteral(
        R"re(^[A-Za-z]{3},\s*(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(?:GMT|UTC|Z|\+0000)?$)re"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"re(^[A-Za-z]+,\s*(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(?:GMT)?$)re"));
    static const QRegularExpression asctime(QStringLiteral(
        R"re(^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})$)re"));
    auto m = imf.match(text);
    if (m.hasMatch())
        return utc(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt(),
            m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    m = rfc850.match(text);
    if (m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2) {
            // RFC 9110: a two-digit year more than 50 years ahead is in the past century.
            year += 2000;
            if (year > now.date().year() + 50)
                year -= 100;
        }
        return utc(year, monthNumber(m.captured(2)), m.captured(1).toInt(), m.captured(4).toInt(),
            m.captured(5).toInt(), m.captured(6).toInt());
    }
    m = asctime.match(text);
    if (m.hasMatch())
        return utc(m.captured(6).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt(),
            m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    return {};
}

QDateTime parseIsoDate(const QString &text)
{
    if (!text.contains(QLatin1Char('T')))
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: HTTP times are UTC
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt;
}

} // namespace

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression seconds(QStringLiteral(R"re(^\d+(?:\.\d+)?$)re"));
    if (seconds.match(text).hasMatch()) {
        const double s = std::min(text.toDouble(), 1e9); // no overflow from absurd values
        return qint64(std::llround(s * 1000.0));
    }
    QDateTime when = parseHttpDate(text, now);
    if (!when.isValid())
        when = parseIsoDate(text);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

qint64 RetryPolicy::backoffMs(int retry, double unitRandom) const
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double capped = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, exponent));
    const double spread = std::clamp(jitter, 0.0, 1.0);
    const double factor = 1.0 - spread + 2.0 * spread * std::clamp(unitRandom, 0.0, 1.0);
    return std::clamp<qint64>(qint64(std::llround(capped * factor)), 0, std::max(0, maxDelayMs));
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    return backoffMs(retry, QRandomGenerator::global()->generateDouble());
}

std::optional<qint64> RetryPolicy::delayBeforeRetry(const ScimError &error, int attemptsMade) const
{
    // A daily limit or a very long Retry-After: retrying would only spend more of the quota.
    if (!error.isTransient() || error.stopsRun() || attemptsMade >= maxAttempts)
        return std::nullopt;
    if (error.retryAfterMs >= 0) {
        if (error.retryAfterMs > maxRetryAfterMs)
            return std::nullopt;
        return error.retryAfterMs;
    }
    return backoffMs(attemptsMade);
}

} // namespace pd
