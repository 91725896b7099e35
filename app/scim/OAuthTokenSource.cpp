#include "OAuthTokenSource.h"

#include "LogRedactor.h"
#include "ScimTransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>

namespace pd {

OAuthTokenSource::OAuthTokenSource(ScimTransport *transport, const OAuthSettings &settings,
    const QString &clientSecret, LogRedactor *redactor, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_settings(settings)
    , m_secret(clientSecret)
    , m_redactor(redactor)
{
    if (m_redactor)
        m_redactor->addSecret(clientSecret);
}

bool OAuthTokenSource::hasValidToken() const
{
    return !m_token.isEmpty() && !m_validUntil.hasExpired();
}

void OAuthTokenSource::token(QObject *context, Callback done)
{
    if (hasValidToken()) {
        TokenResult r;
        r.accessToken = m_token;
        r.scope = m_scope;
        r.expiresInSeconds = m_expiresIn;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done = std::move(done), r] {
                if (guard)
                    done(r);
            },
            Qt::QueuedConnection);
        return;
    }
    m_waiting.append({context, std::move(done)});
    if (!m_fetching)
        fetch();
}

void OAuthTokenSource::invalidate(const QString &token)
{
    if (token.isEmpty() || token == m_token)
        m_token.clear();
}

void OAuthTokenSource::fetch()
{
    m_fetching = true;
    ++m_fetches;
    HttpRequest rq;
    rq.method = QByteArrayLiteral("POST");
    rq.url = m_settings.tokenUrl;
    // In the form body: Zoom refuses these parameters in the query string since 2024.
    rq.body = "grant_type=account_credentials&account_id=" + QUrl::toPercentEncoding(m_settings.accountId);
    rq.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    rq.accept = QByteArrayLiteral("application/json");
    rq.basicCredentials = m_settings.clientId.toUtf8() + ':' + m_secret.toUtf8();
    m_transport->run(rq, this, [this](const HttpResponse &response) {
        m_fetching = false;
        TokenResult result;
        result.error = response.error;
        if (response.error.ok()) {
            const QJsonObject o = QJsonDocument::fromJson(response.body).object();
            const QString token = o.value(QLatin1String("access_token")).toString();
            if (token.isEmpty()) {
                ScimError e;
                e.kind = ScimError::Kind::BadResponse;
                e.httpStatus = response.status;
                e.tokenRequest = true;
                e.method = QByteArrayLiteral("POST");
                e.url = m_settings.tokenUrl;
                ScimError::parseBody(response.body, response.contentType, &e);
                // A 200 without a token can still carry a secret-looking field: keep the words only.
                if (m_redactor) {
                    e.message = m_redactor->redact(e.message);
                    e.bodySnippet = m_redactor->redact(e.bodySnippet);
                }
                if (e.message.isEmpty() && e.bodySnippet.isEmpty())
                    e.message
                        = QCoreApplication::translate("OAuthTokenSource", "the answer holds no access_token");
                result.error = e;
            } else {
                const qint64 lifetime = o.value(QLatin1String("expires_in")).toInteger(3600);
                const qint64 margin = std::min<qint64>(m_marginSeconds, lifetime / 2);
                m_token = token;
                m_scope = o.value(QLatin1String("scope")).toString();
                m_expiresIn = lifetime;
                m_validUntil = QDeadlineTimer(std::max<qint64>(0, lifetime - margin) * 1000);
                if (m_redactor)
                    m_redactor->addRotatingSecret(token);
                result.accessToken = m_token;
                result.scope = m_scope;
                result.expiresInSeconds = lifetime;
            }
        }
        answerAll(result);
    });
}

void OAuthTokenSource::answerAll(const TokenResult &result)
{
    const QList<Waiter> waiting = std::exchange(m_waiting, {});
    for (const Waiter &w : waiting) {
        if (w.context)
            w.done(result);
    }
}

} // namespace pd
