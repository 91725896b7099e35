#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pd {

// What went wrong with one exchange with Zoom, in terms the retry policy, the sync engine and the
// connection tester can branch on. Holds the server's own words, already redacted: never a secret.
struct ScimError
{
    enum class Kind {
        None, // success
        Cancelled, // the client was cancelled before the request was sent
        InvalidRequest, // refused before sending (insecure URL, bad argument)
        HostNotFound,
        Unreachable, // connection refused, no route
        Tls, // certificate or handshake problem; never ignored
        Timeout, // no complete answer within the per-request timeout
        ConnectionLost, // the connection closed before a complete answer
        Network, // any other transport failure
        Redirect, // a 3xx: redirects are not followed
        Http, // the server answered 4xx or 5xx
        BadResponse, // a 2xx whose body is not what the API promises (HTML, not JSON, wrong shape)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int zoomCode = 0; // Zoom's numeric "code": 124 invalid token, 4711 scope, 4717 app disabled
    QString oauthError; // the OAuth "error" field: "invalid_client", "unsupported_grant_type", ...
    QString scimType; // the SCIM "scimType" field: "uniqueness", "invalidFilter", ...
    QString message; // the server's words (SCIM detail, Zoom message, OAuth reason, page title)
    QString transportError; // Qt's words for a transport failure
    QStringList tlsErrors; // the certificate problems, when kind is Tls
    bool htmlBody = false; // the answer was a web page (proxy, login page, wrong URL)
    QString bodySnippet; // the start of a body that was not JSON
    qint64 retryAfterMs = -1; // the server's Retry-After, when it sent a usable one
    QString location; // a redirect's target
    bool dailyLimit = false; // a 429 for Zoom's daily limit (X-RateLimit-Type: Daily-limit)
    // For a 429 that stops the run (stopsRun()): when requests may be sent again, in UTC.
    QDateTime resumeAt;
    QByteArray method;
    QUrl url; // without query: filters may hold user names
    bool tokenRequest = false; // the failure was at the OAuth token endpoint, not the SCIM API

    bool ok() const { return kind == Kind::None; }
    // 401: the access token expired or was invalidated (Zoom code 124); worth one new token.
    bool isInvalidToken() const { return httpStatus == 401 && (zoomCode == 0 || zoomCode == 124); }
    bool isConflict() const { return httpStatus == 409; }
    bool isNotFound() const { return httpStatus == 404; }
    bool isRateLimited() const { return httpStatus == 429; }
    // A 429 not worth waiting for within a run: Zoom's daily limit, or a Retry-After beyond
    // stopRunRetryAfterMs. Never retried; the client then sends nothing more (ScimClient).
    bool stopsRun() const;
    // Zoom's 400 "User x not exist or not belong to this account" for a pending (invited) user or
    // one in another account: not the same as "no such user", so never create in answer to it.
    bool isNotInAccount() const;
    // Worth another attempt: 429, 5xx (except 501), and transport failures other than TLS/DNS.
    bool isTransient() const;
    // The request may have reached the server and been applied (relevant to retried POSTs).
    bool mayHaveBeenApplied() const;

    // One line for logs and the tester's detail: "HTTP 400 (code 4711): Invalid access token ...".
    QString describe() const;

    // A Retry-After longer than this stops the run instead of being waited out.
    static constexpr qint64 stopRunRetryAfterMs = 5 * 60 * 1000;

    using Headers = QList<std::pair<QByteArray, QByteArray>>; // as QNetworkReply::rawHeaderPairs()

    // The error for an HTTP answer with this status, parsed from SCIM error bodies, Zoom's
    // {code, message} and {reason, error} bodies, and HTML pages (their title). From the headers:
    // Location, Retry-After (relative to now) and X-RateLimit-Type, which set retryAfterMs,
    // dailyLimit and resumeAt.
    static ScimError fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
        const Headers &headers = {}, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The error for a transport failure.
    static ScimError fromTransport(QNetworkReply::NetworkError error, const QString &errorString,
        bool timedOut, const QStringList &tlsErrors);
    // Fills message/htmlBody/... of *e from a body; true when the body was a JSON object.
    static bool parseBody(const QByteArray &body, const QByteArray &contentType, ScimError *e);
    static bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);
    static QString kindName(Kind kind);
};

} // namespace pd
