#pragma once

#include "Connection.h"
#include "ScimError.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <functional>

namespace pd {

class LogRedactor;
class ScimTransport;

struct TokenResult
{
    ScimError error;
    QString accessToken;
    QString scope; // as granted, space-separated
    qint64 expiresInSeconds = 0;
    bool ok() const { return error.ok(); }
};

// Zoom Server-to-Server OAuth: POST tokenUrl with HTTP Basic client_id:client_secret and the form
// body grant_type=account_credentials&account_id=..., no refresh token. Caches the token until
// expires_in minus a margin, runs at most one token request at a time (callers that arrive meanwhile
// share its answer), and drops a token the API rejected so the next caller gets a fresh one.
// The cache is bound to its endpoint by construction: one source per ScimClient, whose SCIM base URL,
// token URL, account, client id and secret are fixed for its lifetime (no setters, no shared or
// static cache), so a token fetched for one endpoint is never offered to another (issue 9).
class OAuthTokenSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenResult &)>;

    // transport must not have a token source of its own (it carries the token requests).
    OAuthTokenSource(ScimTransport *transport, const OAuthSettings &settings, const QString &clientSecret,
        LogRedactor *redactor, QObject *parent = nullptr);

    // done runs on context's thread, never before token() returns.
    void token(QObject *context, Callback done);
    // The API said 401 to this token: forget it, unless a newer one has replaced it already.
    void invalidate(const QString &token);

    // Refresh this long before expiry (at most half the lifetime). Default 300 s.
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = seconds; }
    bool hasValidToken() const;
    QString grantedScope() const { return m_scope; }
    // Token requests started (each is one logical request, retries not counted separately).
    int fetchCount() const { return m_fetches; }
    const OAuthSettings &settings() const { return m_settings; }

private:
    void fetch();
    void answerAll(const TokenResult &result);

    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    ScimTransport *m_transport;
    OAuthSettings m_settings;
    QString m_secret;
    LogRedactor *m_redactor;
    QString m_token;
    QString m_scope;
    qint64 m_expiresIn = 0;
    QDeadlineTimer m_validUntil;
    int m_marginSeconds = 300;
    int m_fetches = 0;
    bool m_fetching = false;
    QList<Waiter> m_waiting;
};

} // namespace pd
