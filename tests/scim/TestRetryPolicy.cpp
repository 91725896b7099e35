#include "RetryPolicy.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace pd;

namespace {
const QDateTime now = QDateTime(QDate(2025, 3, 9), QTime(12, 0, 0), QTimeZone::utc());

ScimError http(int status, qint64 retryAfterMs = -1)
{
    ScimError e;
    e.kind = ScimError::Kind::Http;
    e.httpStatus = status;
    e.retryAfterMs = retryAfterMs;
    return e;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void retryAfterForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: unusable
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("seconds padded") << QByteArray("  120 ") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("fractional seconds") << QByteArray("1.5") << qint64(1500);
        QTest::newRow("imf-fixdate") << QByteArray("Sun, 09 Mar 2025 12:00:05 GMT") << qint64(5000);
        QTest::newRow("imf-fixdate lower case month")
            << QByteArray("Sun, 09 mar 2025 12:01:00 GMT") << qint64(60000);
        QTest::newRow("rfc850") << QByteArray("Sunday, 09-Mar-25 12:00:30 GMT") << qint64(30000);
        QTest::newRow("asctime") << QByteArray("Sun Mar  9 12:00:07 2025") << qint64(7000);
        QTest::newRow("iso utc") << QByteArray("2025-03-09T12:00:03Z") << qint64(3000);
        QTest::newRow("iso with ms") << QByteArray("2025-03-09T12:00:03.250Z") << qint64(3250);
        QTest::newRow("iso with offset") << QByteArray("2025-03-09T13:00:04+01:00") << qint64(4000);
        QTest::newRow("iso without zone is utc") << QByteArray("2025-03-09T12:00:02") << qint64(2000);
        QTest::newRow("date in the past") << QByteArray("Sun, 09 Mar 2025 11:59:00 GMT") << qint64(0);
        QTest::newRow("iso in the past") << QByteArray("2020-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("date without time") << QByteArray("2025-03-09") << qint64(-1);
        QTest::newRow("bad month") << QByteArray("Sun, 09 Foo 2025 12:00:05 GMT") << qint64(-1);
        QTest::newRow("bad day") << QByteArray("Sun, 39 Mar 2025 12:00:05 GMT") << qint64(-1);
    }

    void retryAfterForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const auto ms = RetryPolicy::parseRetryAfter(value, now);
        if (expectedMs < 0) {
            QVERIFY2(!ms, qPrintable(QString::number(ms.value_or(0))));
        } else {
            QVERIFY(ms);
            QCOMPARE(*ms, expectedMs);
        }
    }

    void hugeSecondsDoNotOverflow()
    {
        const auto ms = RetryPolicy::parseRetryAfter("99999999999999999999", now);
        QVERIFY(ms);
        QVERIFY(*ms > 0);
    }

    void backoffStaysInItsBand()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 5000;
        p.jitter = 0.25;
        for (int retry = 1; retry <= 40; ++retry) {
            const double nominal = std::min(5000.0, 100.0 * std::pow(2.0, std::min(retry - 1, 30)));
            const qint64 low = p.backoffMs(retry, 0.0);
            const qint64 high = p.backoffMs(retry, 1.0);
            QCOMPARE(low, qint64(std::llround(nominal * 0.75)));
            QCOMPARE(high, std::min<qint64>(5000, qint64(std::llround(nominal * 1.25))));
            for (int i = 0; i < 50; ++i) {
                const qint64 d = p.backoffMs(retry);
                QVERIFY2(d >= low && d <= high, qPrintable(QStringLiteral("retry %1: %2").arg(retry).arg(d)));
                QVERIFY(d <= p.maxDelayMs);
            }
        }
        // Exponential until the cap.
        QCOMPARE(p.backoffMs(1, 0.5), qint64(100));
        QCOMPARE(p.backoffMs(2, 0.5), qint64(200));
        QCOMPARE(p.backoffMs(3, 0.5), qint64(400));
        QCOMPARE(p.backoffMs(10, 0.5), qint64(5000));
    }

    void jitterSpreadsDelays()
    {
        RetryPolicy p;
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(p.backoffMs(2));
        QVERIFY2(seen.size() > 10, "backoff without jitter makes clients retry in lockstep");
    }

    void whatIsRetried()
    {
        RetryPolicy p;
        p.maxAttempts = 3;
        QVERIFY(p.delayBeforeRetry(http(429), 1));
        QVERIFY(p.delayBeforeRetry(http(500), 1));
        QVERIFY(p.delayBeforeRetry(http(502), 1));
        QVERIFY(p.delayBeforeRetry(http(503), 1));
        QVERIFY(!p.delayBeforeRetry(http(501), 1));
        for (int status : {400, 401, 403, 404, 409, 415})
            QVERIFY2(!p.delayBeforeRetry(http(status), 1), qPrintable(QString::number(status)));
        ScimError e;
        for (auto kind : {ScimError::Kind::Timeout, ScimError::Kind::ConnectionLost,
                 ScimError::Kind::Unreachable, ScimError::Kind::Network}) {
            e.kind = kind;
            QVERIFY(p.delayBeforeRetry(e, 1));
        }
        for (auto kind : {ScimError::Kind::Tls, ScimError::Kind::HostNotFound, ScimError::Kind::Redirect,
                 ScimError::Kind::Cancelled, ScimError::Kind::BadResponse, ScimError::Kind::InvalidRequest}) {
            e.kind = kind;
            QVERIFY(!p.delayBeforeRetry(e, 1));
        }
    }

    void attemptsAreBounded()
    {
        RetryPolicy p;
        p.maxAttempts = 3;
        QVERIFY(p.delayBeforeRetry(http(503), 1));
        QVERIFY(p.delayBeforeRetry(http(503), 2));
        QVERIFY(!p.delayBeforeRetry(http(503), 3));
        QVERIFY(!p.delayBeforeRetry(http(503), 100));
        p.maxAttempts = 1;
        QVERIFY(!p.delayBeforeRetry(http(503), 1));
    }

    void retryAfterWinsUpToItsCap()
    {
        RetryPolicy p;
        p.maxRetryAfterMs = 10000;
        QCOMPARE(p.delayBeforeRetry(http(429, 7000), 1).value_or(-1), qint64(7000));
        QCOMPARE(p.delayBeforeRetry(http(503, 0), 1).value_or(-1), qint64(0));
        // Longer than we are willing to wait: give up now and let the caller see retryAfterMs.
        QVERIFY(!p.delayBeforeRetry(http(429, 10001), 1));
        // 429 without Retry-After: backoff.
        const auto d = p.delayBeforeRetry(http(429), 2);
        QVERIFY(d);
        QVERIFY(*d >= p.backoffMs(2, 0.0) && *d <= p.backoffMs(2, 1.0));
    }

    void runStoppingErrorsAreNeverRetried()
    {
        RetryPolicy p;
        p.maxRetryAfterMs = 24 * 3600 * 1000; // willing to wait: still no retry
        QVERIFY(!p.delayBeforeRetry(http(429, 301000), 1));
        ScimError daily = http(429, 1000);
        daily.dailyLimit = true;
        QVERIFY(daily.stopsRun());
        QVERIFY(!p.delayBeforeRetry(daily, 1));
        QCOMPARE(p.delayBeforeRetry(http(429, 300000), 1).value_or(-1), qint64(300000));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
