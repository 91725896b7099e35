#pragma once

#include "Connection.h"
#include "LogRedactor.h"
#include "RetryPolicy.h"
#include "ScimResult.h"
#include "ScimTransport.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace pd {

class OAuthTokenSource;
class RequestThrottle;

// Zoom's SCIM 2.0 Users API over Server-to-Server OAuth. Fully asynchronous: every operation takes
// a context object and a callback that runs on the context's thread (never before the call returns,
// and not at all once the context is destroyed). Create it in the thread that will use it (a sync
// worker's QThread is fine): it owns its QNetworkAccessManager, created there.
//
// Zoom semantics (shared/reference/zoom-scim-notes.md): replaceUser is a PUT that Zoom applies as a
// partial update (send only what changes; userName changes are ignored), setActive is the only
// PATCH Zoom supports, lists page with startIndex/count (100 per page).
class ScimClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ScimResult &)>;
    using PageCallback = std::function<void(const QList<QJsonObject> &page)>;

    static constexpr auto coreUserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    static constexpr auto patchOpSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static constexpr auto listResponseSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    ScimClient(const QUrl &scimBaseUrl, const OAuthSettings &oauth, const QString &clientSecret,
        QObject *parent = nullptr);
    // The connection's SCIM URL, OAuth settings and rate limit.
    ScimClient(const Connection &connection, const QString &clientSecret, QObject *parent = nullptr);
    ~ScimClient() override;

    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    void setTimeoutMs(int ms); // per request attempt; default 30 s
    int timeoutMs() const;
    // Answers above this size fail as BadResponse (ScimTransport::defaultMaxResponseBytes: 32 MiB).
    void setMaxResponseBytes(qint64 bytes);
    void setPageSize(int count) { m_pageSize = count; }
    int pageSize() const { return m_pageSize; }
    RequestThrottle *throttle() const { return m_throttle; }
    OAuthTokenSource *tokenSource() const { return m_tokens; }
    QUrl baseUrl() const { return m_base; }

    // Every user, page by page. With onPage, each page is handed over as it arrives and the final
    // result carries only the totals (for big accounts); without, result.resources holds them all.
    // A list that stops making progress fails as BadResponse rather than ending early: a page of
    // only users already listed, more users than totalResults, or a startIndex that goes back.
    void listUsers(QObject *context, Callback done, PageCallback onPage = {});
    // GET /Users?startIndex=1&count=1: the cheapest authenticated call (Test connection).
    void probe(QObject *context, Callback done);
    // filter=userName eq "...": result.resource is the match (empty when there is none). A pending
    // or other-account user is Zoom's 400 (result.error.isNotInAccount()), not "not found".
    void findUserByUserName(const QString &userName, QObject *context, Callback done);
    void getUser(const QString &id, QObject *context, Callback done);
    // POST. 409 (result.error.isConflict()) means the userName is taken, in this account or another.
    void createUser(const QJsonObject &user, QObject *context, Callback done);
    // PUT with only the attributes to change (Zoom's partial update); "schemas" is added if missing.
    void replaceUser(const QString &id, const QJsonObject &changes, QObject *context, Callback done);
    // PATCH {"op":"replace","path":"active","value":active}.
    void setActive(const QString &id, bool active, QObject *context, Callback done);
    void removeUser(const QString &id, QObject *context, Callback done);

    // Cooperative cancel: nothing new is sent; requests in flight finish but are not retried;
    // queued, waiting and later operations finish with ScimError::Kind::Cancelled.
    void cancel();
    bool isCancelled() const;

    // An answer that stops the run (ScimError::stopsRun(): Zoom's daily limit, a Retry-After over
    // 5 minutes) arrived: nothing more is sent, to the API or the token endpoint, and every later or
    // waiting operation finishes at once with that same error (stopError()).
    bool isStopped() const;
    ScimError stopError() const;

    // HTTP requests sent to the SCIM API by method ("GET", "POST", ...), retries included, and
    // to the token endpoint.
    QMap<QString, int> requestCounts() const;
    int tokenRequestCount() const;

    // userName eq "value" with " and \ escaped as RFC 7644 (JSON string) requires.
    static QString userNameFilter(const QString &userName);
    // The "schemas" a body needs: core User plus every extension URN used as a key.
    static QJsonObject withSchemas(const QJsonObject &body);

signals:
    // One line per request attempt and per notable event; credentials already redacted.
    void logLine(const QString &line);

private:
    struct ListState;

    QUrl usersUrl(const QString &id = {}) const;
    QUrl usersQueryUrl(const QList<std::pair<QString, QString>> &query) const;
    void run(const QByteArray &method, const QUrl &url, const QJsonObject &body, QObject *context,
        ScimTransport::Callback done);
    void fetchPage(const std::shared_ptr<ListState> &state);
    static ScimResult resultFrom(const HttpResponse &r);
    static bool parseObject(const HttpResponse &r, ScimResult *result);
    static void deliver(QObject *context, const Callback &done, const ScimResult &result);

    QUrl m_base;
    LogRedactor m_redactor;
    QNetworkAccessManager *m_nam;
    ScimTransport *m_tokenTransport;
    ScimTransport *m_transport;
    OAuthTokenSource *m_tokens;
    RequestThrottle *m_throttle;
    int m_pageSize = 100;
};

} // namespace pd
