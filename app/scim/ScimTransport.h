#pragma once

#include "RetryPolicy.h"
#include "ScimError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd {

class LogRedactor;
class OAuthTokenSource;
class RequestThrottle;

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QByteArray accept = QByteArrayLiteral("application/scim+json");
    // "client_id:client_secret" for HTTP Basic (the token endpoint); when empty the transport's
    // token source supplies a bearer token.
    QByteArray basicCredentials;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    ScimError error; // error.ok() for a 2xx
    int attempts = 0;
    // A retried request whose earlier attempt may have reached the server and been applied.
    bool earlierAttemptMayHaveApplied = false;
};

// Runs one logical HTTP request: waits for the throttle, adds the credentials, enforces the
// per-attempt timeout, never follows redirects, never ignores TLS errors, fetches a new token once
// on 401 (Zoom code 124) and retries transient failures by the RetryPolicy. Counts the requests it
// sends by method and logs each attempt as one redacted line. Lives in the thread that created it.
class ScimTransport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    ScimTransport(QNetworkAccessManager *nam, LogRedactor *redactor, QObject *parent = nullptr);
    ~ScimTransport() override;

    void setTokenSource(OAuthTokenSource *tokens) { m_tokens = tokens; }
    void setThrottle(RequestThrottle *throttle) { m_throttle = throttle; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; } // per attempt; <= 0: none
    int timeoutMs() const { return m_timeoutMs; }
    // A larger answer (by Content-Length or by bytes received) is aborted and fails as BadResponse:
    // a broken or hostile server must not fill the memory. Tests set a small cap.
    static constexpr qint64 defaultMaxResponseBytes = 32 * 1024 * 1024;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // done runs on context's thread, never before run() returns, and not at all if context is gone.
    void run(const HttpRequest &request, QObject *context, Callback done);

    // Stops issuing requests: queued and waiting-to-retry requests finish as Cancelled at once,
    // requests in flight finish normally but are not retried, and later run() calls are refused.
    void cancel();
    bool isCancelled() const { return m_cancelled; }

    // After an answer that stops the run (ScimError::stopsRun(): Zoom's daily limit, a very long
    // Retry-After) nothing more is sent: queued, waiting and later requests finish at once with that
    // error, and requests in flight are not retried. Happens by itself on such an answer; stopWith()
    // lets a sibling transport (the token endpoint's) share the stop.
    void stopWith(const ScimError &error);
    bool isStopped() const { return m_stop.has_value(); }
    ScimError stopError() const { return m_stop.value_or(ScimError {}); }

    QMap<QString, int> requestCounts() const { return m_counts; }
    int requestsSent() const { return m_sent; }

signals:
    void logLine(const QString &line);
    // Emitted once, when an answer stopped this transport (not when stopWith() is called).
    void runStopped();

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void attempt(const CallPtr &call);
    void acquireAndSend(const CallPtr &call, const QString &token);
    void send(const CallPtr &call, const QString &token);
    void onFinished(const CallPtr &call, QNetworkReply *reply, const QString &token);
    void scheduleRetry(const CallPtr &call, qint64 delayMs);
    void finish(const CallPtr &call, HttpResponse response);
    ScimError cancelledError(const CallPtr &call) const;
    // Finishes call with the stop error or, when not stopped, as cancelled.
    void finishRefused(const CallPtr &call);
    void checkSize(const CallPtr &call, QNetworkReply *reply, qint64 bytes);
    void redact(ScimError *e) const;
    void log(const QString &line);

    // The manager with the fewest replies open; a new one when all have Qt's HTTP/1.1 maximum.
    QNetworkAccessManager *manager();

    QNetworkAccessManager *m_nam;
    // Qt (before 6.5, without QHttp1Configuration) opens at most 6 HTTP/1.1 connections per host
    // and manager, and queues the rest inside Qt: more in flight needs more managers.
    static constexpr int ConnectionsPerManager = 6;
    QList<QNetworkAccessManager *> m_extraNams; // children, created on demand
    QHash<QNetworkAccessManager *, int> m_open; // replies open per manager
    LogRedactor *m_redactor;
    OAuthTokenSource *m_tokens = nullptr;
    RequestThrottle *m_throttle = nullptr;
    RetryPolicy m_policy;
    int m_timeoutMs = 30000;
    bool m_cancelled = false;
    std::optional<ScimError> m_stop;
    qint64 m_maxResponseBytes = defaultMaxResponseBytes;
    QMap<QString, int> m_counts;
    int m_sent = 0;
    QList<CallPtr> m_waiting; // calls sleeping before a retry
};

} // namespace pd
