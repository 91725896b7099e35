#include "ScimTransport.h"

#include "ConnectionValidator.h"
#include "LogRedactor.h"
#include "OAuthTokenSource.h"
#include "RequestThrottle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>

namespace pd {

namespace {

// Transport-level failures are Qt's codes below 200; from 200 on, Qt merely echoes the HTTP status.
bool isTransportFailure(QNetworkReply::NetworkError e)
{
    return e != QNetworkReply::NoError && int(e) < 200;
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return ScimTransport::tr("%1 MiB").arg(
            double(bytes) / (1024 * 1024), 0, 'f', bytes % (1024 * 1024) ? 1 : 0);
    return ScimTransport::tr("%1 KiB").arg(double(bytes) / 1024, 0, 'f', bytes % 1024 ? 1 : 0);
}

} // namespace

struct ScimTransport::Call
{
    HttpRequest request;
    QPointer<QObject> context;
    Callback done;
    int attempts = 0;
    bool tokenRefreshed = false; // the one extra attempt after a 401 has been used
    bool mayHaveApplied = false;
    bool throttled = false; // holds a throttle slot that must be released
    bool finished = false;
    HttpResponse last;
    QTimer *retryTimer = nullptr;
    QElapsedTimer clock;
    bool timedOut = false;
    bool tooLarge = false; // aborted: the answer exceeded maxResponseBytes
    QByteArray body; // read as it arrives, so the size cap holds for bodies without Content-Length
    QStringList tlsErrors;

    bool usesToken() const { return request.basicCredentials.isEmpty(); }
};

ScimTransport::ScimTransport(QNetworkAccessManager *nam, LogRedactor *redactor, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_redactor(redactor)
{ }

ScimTransport::~ScimTransport()
{
    for (const CallPtr &call : std::as_const(m_waiting))
        delete call->retryTimer;
}

void ScimTransport::run(const HttpRequest &request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context ? context : this;
    call->done = std::move(done);

    const QUrl &url = request.url;
    const QString scheme = url.scheme();
    QString refusal;
    if (!url.isValid() || url.host().isEmpty())
        refusal = tr("not a valid URL: %1").arg(url.toString());
    else if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        refusal = tr("only https:// URLs are used: %1").arg(url.toString());
    else if (scheme == QLatin1String("http") && !ConnectionValidator::isLoopbackHost(url.host()))
        refusal = tr("plain http:// is used only to this computer; use https:// for %1").arg(url.host());
    if (!refusal.isEmpty()) {
        HttpResponse r;
        r.error.kind = ScimError::Kind::InvalidRequest;
        r.error.message = refusal;
        r.error.method = request.method;
        r.error.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        r.error.tokenRequest = !request.basicCredentials.isEmpty();
        redact(&r.error);
        finish(call, r);
        return;
    }
    attempt(call);
}

void ScimTransport::attempt(const CallPtr &call)
{
    if (m_cancelled || m_stop) {
        finishRefused(call);
        return;
    }
    if (!call->usesToken() || !m_tokens) {
        acquireAndSend(call, {});
        return;
    }
    m_tokens->token(this, [this, call](const TokenResult &t) {
        if (!t.ok()) {
            HttpResponse r;
            r.error = t.error;
            r.attempts = call->attempts;
            finish(call, r);
            return;
        }
        acquireAndSend(call, t.accessToken);
    });
}

void ScimTransport::acquireAndSend(const CallPtr &call, const QString &token)
{
    if (m_cancelled || m_stop) {
        finishRefused(call);
        return;
    }
    if (!m_throttle) {
        send(call, token);
        return;
    }
    m_throttle->acquire(this, [this, call, token](bool granted) {
        if (!granted || m_stop) {
            if (granted)
                m_throttle->release();
            finishRefused(call);
            return;
        }
        call->throttled = true;
        send(call, token);
    });
}

void ScimTransport::send(const CallPtr &call, const QString &token)
{
    const HttpRequest &rq = call->request;
    QNetworkRequest req(rq.url);
    // Never follow redirects: a credential must not travel to a host the admin did not enter.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", rq.accept);
    req.setRawHeader("User-Agent", QByteArrayLiteral("ProvisionDesk/" PROVISIONDESK_VERSION));
    if (!rq.contentType.isEmpty())
        req.setRawHeader("Content-Type", rq.contentType);
    if (!rq.basicCredentials.isEmpty())
        req.setRawHeader("Authorization", "Basic " + rq.basicCredentials.toBase64());
    else if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());

    ++call->attempts;
    ++m_sent;
    m_counts[QString::fromLatin1(rq.method)] += 1;
    call->timedOut = false;
    call->tooLarge = false;
    call->body.clear();
    call->tlsErrors.clear();
    call->clock.start();

    QNetworkAccessManager *nam = manager();
    QNetworkReply *reply = nullptr;
    if (rq.method == "GET")
        reply = nam->get(req);
    else if (rq.method == "POST")
        reply = nam->post(req, rq.body);
    else if (rq.method == "PUT")
        reply = nam->put(req, rq.body);
    else if (rq.method == "DELETE")
        reply = nam->deleteResource(req);
    else
        reply = nam->sendCustomRequest(req, rq.method, rq.body);
    ++m_open[nam];
    connect(reply, &QNetworkReply::finished, this, [this, nam] { --m_open[nam]; });

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    if (m_timeoutMs > 0)
        timer->start(m_timeoutMs);
    // TLS errors are recorded for the message and never ignored: the handshake then fails.
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            call->tlsErrors << e.errorString();
    });
    // Read as it arrives and check the size on the way: a huge answer is never buffered whole.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, call, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(call, reply, length.toLongLong());
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, call, reply] {
        if (call->tooLarge)
            return;
        // Only what has arrived (read(n) would allocate n bytes first: 32 MiB per reply), and at
        // most one byte past the cap: enough to know it is too large.
        qint64 n = reply->bytesAvailable();
        if (m_maxResponseBytes > 0)
            n = std::min(n, std::max<qint64>(1, m_maxResponseBytes + 1 - call->body.size()));
        if (n > 0)
            call->body += reply->read(n);
        checkSize(call, reply, call->body.size());
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, call, reply, token] { onFinished(call, reply, token); });
}

QNetworkAccessManager *ScimTransport::manager()
{
    QNetworkAccessManager *best = m_nam;
    for (QNetworkAccessManager *n : std::as_const(m_extraNams)) {
        if (m_open.value(n) < m_open.value(best))
            best = n;
    }
    if (m_open.value(best) < ConnectionsPerManager)
        return best;
    auto *extra = new QNetworkAccessManager(this);
    extra->setRedirectPolicy(m_nam->redirectPolicy());
    extra->setProxy(m_nam->proxy());
    extra->setStrictTransportSecurityEnabled(m_nam->isStrictTransportSecurityEnabled());
    m_extraNams << extra;
    return extra;
}

void ScimTransport::onFinished(const CallPtr &call, QNetworkReply *reply, const QString &token)
{
    reply->deleteLater();
    const qint64 ms = call->clock.elapsed();
    HttpResponse r;
    r.attempts = call->attempts;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    const QNetworkReply::NetworkError netError = reply->error();
    if (call->tooLarge) {
        r.error.kind = ScimError::Kind::BadResponse;
        r.error.httpStatus = r.status;
        r.error.message
            = tr("the answer is larger than %1; it was not read").arg(sizeText(m_maxResponseBytes));
    } else if (call->timedOut || isTransportFailure(netError) || r.status == 0) {
        r.error = ScimError::fromTransport(netError, reply->errorString(), call->timedOut, call->tlsErrors);
        r.status = 0;
    } else {
        r.body = std::exchange(call->body, {}) + reply->readAll();
        if (r.status < 200 || r.status >= 300)
            r.error = ScimError::fromHttp(r.status, r.body, r.contentType, reply->rawHeaderPairs());
    }
    r.error.method = call->request.method;
    r.error.url = call->request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    r.error.tokenRequest = !call->usesToken();
    redact(&r.error);

    const QString target = QString::fromLatin1(call->request.method) + QLatin1Char(' ')
        + call->request.url.toString(QUrl::RemoveUserInfo);
    if (r.error.ok())
        log(tr("%1 -> %2 (%3 ms, attempt %4)").arg(target).arg(r.status).arg(ms).arg(call->attempts));
    else
        log(tr("%1 -> %2 (%3 ms, attempt %4)").arg(target, r.error.describe()).arg(ms).arg(call->attempts));

    if (r.error.stopsRun() && !m_stop) {
        stopWith(r.error);
        emit runStopped();
    }
    // Only now: releasing may start a queued request at once, which a stop must have refused.
    if (call->throttled) {
        call->throttled = false;
        m_throttle->release();
    }
    if (r.error.ok() || r.error.kind == ScimError::Kind::Cancelled) {
        r.earlierAttemptMayHaveApplied = call->mayHaveApplied;
        finish(call, r);
        return;
    }
    call->last = r;
    if (r.error.isInvalidToken() && call->usesToken() && m_tokens && !call->tokenRefreshed && !m_cancelled) {
        // Zoom invalidates a token when another one is requested for the app: one new token, one retry.
        call->tokenRefreshed = true;
        m_tokens->invalidate(token);
        log(tr("access token rejected; requesting a new one and retrying once"));
        attempt(call);
        return;
    }
    const int policyAttempts = call->attempts - (call->tokenRefreshed ? 1 : 0);
    const auto delay = m_cancelled ? std::nullopt : m_policy.delayBeforeRetry(r.error, policyAttempts);
    if (delay && m_stop) {
        // Stopped while this one was in flight: its retry would be refused; say why at once.
        if (r.error.mayHaveBeenApplied())
            call->mayHaveApplied = true;
        finishRefused(call);
        return;
    }
    if (!delay) {
        if (r.error.isTransient() && !m_cancelled && !r.error.stopsRun())
            log(tr("giving up after %n attempt(s)", nullptr, call->attempts));
        r.earlierAttemptMayHaveApplied = call->mayHaveApplied;
        finish(call, r);
        return;
    }
    if (r.error.mayHaveBeenApplied())
        call->mayHaveApplied = true;
    if (r.error.isRateLimited() && r.error.retryAfterMs >= 0 && m_throttle)
        m_throttle->holdFor(*delay); // the limit is the account's, not this request's
    scheduleRetry(call, *delay);
}

void ScimTransport::scheduleRetry(const CallPtr &call, qint64 delayMs)
{
    log(tr("retrying in %1 ms").arg(delayMs));
    call->retryTimer = new QTimer(this);
    call->retryTimer->setSingleShot(true);
    m_waiting.append(call);
    connect(call->retryTimer, &QTimer::timeout, this, [this, call] {
        m_waiting.removeOne(call);
        call->retryTimer->deleteLater();
        call->retryTimer = nullptr;
        attempt(call);
    });
    call->retryTimer->start(int(std::min<qint64>(delayMs, 24 * 3600 * 1000)));
}

void ScimTransport::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    log(tr("cancelled: no further requests"));
    if (m_throttle)
        m_throttle->cancelQueued();
    const QList<CallPtr> waiting = std::exchange(m_waiting, {});
    for (const CallPtr &call : waiting) {
        call->retryTimer->stop();
        call->retryTimer->deleteLater();
        call->retryTimer = nullptr;
        HttpResponse r = call->last;
        r.error = cancelledError(call);
        finish(call, r);
    }
}

void ScimTransport::stopWith(const ScimError &error)
{
    if (m_stop)
        return;
    m_stop = error;
    log(tr("no further requests in this run: %1").arg(error.describe()));
    if (m_throttle)
        m_throttle->cancelQueued(); // their grant(false) finishes them with the stop error
    const QList<CallPtr> waiting = std::exchange(m_waiting, {});
    for (const CallPtr &call : waiting) {
        call->retryTimer->stop();
        call->retryTimer->deleteLater();
        call->retryTimer = nullptr;
        finishRefused(call);
    }
}

void ScimTransport::checkSize(const CallPtr &call, QNetworkReply *reply, qint64 bytes)
{
    if (call->tooLarge || m_maxResponseBytes <= 0 || bytes <= m_maxResponseBytes)
        return;
    call->tooLarge = true;
    call->body.clear();
    reply->abort();
}

void ScimTransport::finishRefused(const CallPtr &call)
{
    HttpResponse r = call->last;
    if (m_stop) {
        r.status = 0;
        r.body.clear();
        r.error = *m_stop;
    } else {
        r.error = cancelledError(call);
    }
    r.earlierAttemptMayHaveApplied = call->mayHaveApplied;
    finish(call, r);
}

ScimError ScimTransport::cancelledError(const CallPtr &call) const
{
    ScimError e;
    e.kind = ScimError::Kind::Cancelled;
    e.method = call->request.method;
    e.url = call->request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    e.message = call->last.error.ok()
        ? tr("cancelled before the request was sent")
        : tr("cancelled instead of retrying after: %1").arg(call->last.error.describe());
    return e;
}

void ScimTransport::finish(const CallPtr &call, HttpResponse response)
{
    if (call->finished)
        return;
    call->finished = true;
    if (response.attempts == 0)
        response.attempts = call->attempts;
    QPointer<QObject> context = call->context;
    if (!context)
        return;
    // Always queued: callers never see their callback run inside their own call.
    QMetaObject::invokeMethod(
        context,
        [context, done = std::move(call->done), response] {
            if (context)
                done(response);
        },
        Qt::QueuedConnection);
}

void ScimTransport::redact(ScimError *e) const
{
    auto clean = [this](const QString &s) {
        return m_redactor ? m_redactor->redact(s) : LogRedactor::redactPatterns(s);
    };
    e->message = clean(e->message);
    e->bodySnippet = clean(e->bodySnippet);
    e->transportError = clean(e->transportError);
    e->location = clean(e->location);
    for (QString &t : e->tlsErrors)
        t = clean(t);
}

void ScimTransport::log(const QString &line)
{
    emit logLine(m_redactor ? m_redactor->redact(line) : LogRedactor::redactPatterns(line));
}

} // namespace pd
