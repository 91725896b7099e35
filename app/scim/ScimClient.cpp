#include "ScimClient.h"

#include "OAuthTokenSource.h"
#include "RequestThrottle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>

namespace pd {

namespace {

QString pct(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

ScimError badResponse(const HttpResponse &r, const QString &why)
{
    ScimError e = r.error;
    e.kind = ScimError::Kind::BadResponse;
    e.httpStatus = r.status;
    ScimError::parseBody(r.body, r.contentType, &e);
    if (e.message.isEmpty() || !e.htmlBody)
        e.message = why;
    return e;
}

} // namespace

struct ScimClient::ListState
{
    QPointer<QObject> context;
    Callback done;
    PageCallback onPage;
    int startIndex = 1;
    int pages = 0;
    QSet<QString> seen;
    int listed = 0; // users handed over so far
    ScimResult result;
};

ScimClient::ScimClient(
    const QUrl &scimBaseUrl, const OAuthSettings &oauth, const QString &clientSecret, QObject *parent)
    : QObject(parent)
    , m_base(scimBaseUrl.adjusted(QUrl::StripTrailingSlash))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_tokenTransport = new ScimTransport(m_nam, &m_redactor, this);
    m_transport = new ScimTransport(m_nam, &m_redactor, this);
    m_tokens = new OAuthTokenSource(m_tokenTransport, oauth, clientSecret, &m_redactor, this);
    m_throttle = new RequestThrottle(this);
    m_throttle->setLimits(RateLimit {});
    m_transport->setTokenSource(m_tokens);
    m_transport->setThrottle(m_throttle);
    // A stop on either side (API or token endpoint) stops both.
    connect(m_transport, &ScimTransport::runStopped, this,
        [this] { m_tokenTransport->stopWith(m_transport->stopError()); });
    connect(m_tokenTransport, &ScimTransport::runStopped, this,
        [this] { m_transport->stopWith(m_tokenTransport->stopError()); });
    connect(m_transport, &ScimTransport::logLine, this, &ScimClient::logLine);
    connect(m_tokenTransport, &ScimTransport::logLine, this, &ScimClient::logLine);
}

ScimClient::ScimClient(const Connection &connection, const QString &clientSecret, QObject *parent)
    : ScimClient(connection.scimUrl, connection.oauth, clientSecret, parent)
{
    m_throttle->setLimits(connection.rateLimit);
}

ScimClient::~ScimClient()
{
    // The children use m_redactor, a member that dies before QObject deletes children: go first.
    delete m_transport;
    delete m_tokens;
    delete m_tokenTransport;
    delete m_throttle;
    delete m_nam;
}

void ScimClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_transport->setRetryPolicy(policy);
    m_tokenTransport->setRetryPolicy(policy);
}

RetryPolicy ScimClient::retryPolicy() const
{
    return m_transport->retryPolicy();
}

void ScimClient::setTimeoutMs(int ms)
{
    m_transport->setTimeoutMs(ms);
    m_tokenTransport->setTimeoutMs(ms);
}

int ScimClient::timeoutMs() const
{
    return m_transport->timeoutMs();
}

void ScimClient::cancel()
{
    m_transport->cancel();
    m_tokenTransport->cancel();
}

bool ScimClient::isCancelled() const
{
    return m_transport->isCancelled();
}

bool ScimClient::isStopped() const
{
    return m_transport->isStopped();
}

ScimError ScimClient::stopError() const
{
    return m_transport->stopError();
}

void ScimClient::setMaxResponseBytes(qint64 bytes)
{
    m_transport->setMaxResponseBytes(bytes);
    m_tokenTransport->setMaxResponseBytes(bytes);
}

QMap<QString, int> ScimClient::requestCounts() const
{
    return m_transport->requestCounts();
}

int ScimClient::tokenRequestCount() const
{
    return m_tokenTransport->requestsSent();
}

QString ScimClient::userNameFilter(const QString &userName)
{
    // A one-element JSON array serialises the value as a JSON string: exactly RFC 7644's escaping.
    const QByteArray json = QJsonDocument(QJsonArray {userName}).toJson(QJsonDocument::Compact);
    return QStringLiteral("userName eq ") + QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonObject ScimClient::withSchemas(const QJsonObject &body)
{
    if (body.value(QLatin1String("schemas")).isArray()
        && !body.value(QLatin1String("schemas")).toArray().isEmpty())
        return body;
    QJsonArray schemas {QString::fromLatin1(coreUserSchema)};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) && it->isObject())
            schemas.append(it.key());
    }
    QJsonObject out = body;
    out.insert(QLatin1String("schemas"), schemas);
    return out;
}

QUrl ScimClient::usersUrl(const QString &id) const
{
    QUrl url = m_base;
    QString path = m_base.path(QUrl::FullyEncoded) + QStringLiteral("/Users");
    if (!id.isEmpty())
        path += QLatin1Char('/') + pct(id);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

QUrl ScimClient::usersQueryUrl(const QList<std::pair<QString, QString>> &query) const
{
    // Encoded by hand: QUrlQuery leaves '+' alone, which servers read as a space ("a+b@x.com").
    QStringList parts;
    for (const auto &[key, value] : query)
        parts << pct(key) + QLatin1Char('=') + pct(value);
    QUrl url = usersUrl();
    url.setQuery(parts.join(QLatin1Char('&')), QUrl::TolerantMode);
    return url;
}

void ScimClient::run(const QByteArray &method, const QUrl &url, const QJsonObject &body, QObject *context,
    ScimTransport::Callback done)
{
    HttpRequest rq;
    rq.method = method;
    rq.url = url;
    if (!body.isEmpty()) {
        rq.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        rq.contentType = QByteArrayLiteral("application/scim+json");
    }
    m_transport->run(rq, context, std::move(done));
}

void ScimClient::deliver(QObject *context, const Callback &done, const ScimResult &result)
{
    QPointer<QObject> guard(context);
    if (!guard)
        return;
    QMetaObject::invokeMethod(
        context,
        [guard, done, result] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

ScimResult ScimClient::resultFrom(const HttpResponse &r)
{
    ScimResult result;
    result.error = r.error;
    result.httpStatus = r.status;
    result.attempts = r.attempts;
    return result;
}

bool ScimClient::parseObject(const HttpResponse &r, ScimResult *result)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result->error = badResponse(r, tr("the answer is not a JSON object"));
        return false;
    }
    result->resource = doc.object();
    return true;
}

void ScimClient::probe(QObject *context, Callback done)
{
    const QUrl url = usersQueryUrl({{QStringLiteral("startIndex"), QStringLiteral("1")},
        {QStringLiteral("count"), QStringLiteral("1")}});
    run("GET", url, {}, this, [context = QPointer<QObject>(context), done](const HttpResponse &r) {
        ScimResult result = resultFrom(r);
        if (result.ok() && parseObject(r, &result)) {
            const QJsonObject o = result.resource;
            const bool isList = o.value(QLatin1String("Resources")).isArray()
                || o.value(QLatin1String("totalResults")).isDouble()
                || o.value(QLatin1String("schemas"))
                       .toArray()
                       .contains(QString::fromLatin1(listResponseSchema));
            if (!isList)
                result.error = badResponse(r, tr("the answer is JSON but not a SCIM ListResponse"));
            result.totalResults = o.value(QLatin1String("totalResults")).toInt(-1);
            for (const QJsonValue &v : o.value(QLatin1String("Resources")).toArray())
                result.resources.append(v.toObject());
            result.resource = {};
        }
        deliver(context, done, result);
    });
}

void ScimClient::listUsers(QObject *context, Callback done, PageCallback onPage)
{
    auto state = std::make_shared<ListState>();
    state->context = context;
    state->done = std::move(done);
    state->onPage = std::move(onPage);
    fetchPage(state);
}

void ScimClient::fetchPage(const std::shared_ptr<ListState> &state)
{
    const int requested = state->startIndex;
    const QUrl url = usersQueryUrl({{QStringLiteral("startIndex"), QString::number(requested)},
        {QStringLiteral("count"), QString::number(m_pageSize)}});
    run("GET", url, {}, this, [this, state, requested](const HttpResponse &r) {
        ScimResult &result = state->result;
        result.attempts += r.attempts;
        result.httpStatus = r.status;
        result.error = r.error;
        ScimResult page = resultFrom(r);
        if (!result.ok() || !parseObject(r, &page)) {
            if (result.ok())
                result.error = page.error;
            deliver(state->context, state->done, result);
            return;
        }
        const QJsonObject o = page.resource;
        const QJsonArray resources = o.value(QLatin1String("Resources")).toArray();
        if (o.contains(QLatin1String("totalResults")))
            result.totalResults = o.value(QLatin1String("totalResults")).toInt();
        QList<QJsonObject> users;
        int repeated = 0;
        for (const QJsonValue &v : resources) {
            const QJsonObject user = v.toObject();
            const QString id = user.value(QLatin1String("id")).toString();
            if (!id.isEmpty() && state->seen.contains(id)) {
                ++repeated; // pages that overlap a little (a user removed meanwhile) are tolerated
                continue;
            }
            if (!id.isEmpty())
                state->seen.insert(id);
            users.append(user);
        }
        const qsizetype n = resources.size();
        // A list that does not advance would end early and make listed users look missing: fail.
        QString stuck;
        const int echoed = o.value(QLatin1String("startIndex")).toInt(requested);
        if (n > 0 && echoed < requested)
            stuck = tr("the server answered startIndex %1 when asked for %2").arg(echoed).arg(requested);
        else if (n > 0 && users.isEmpty())
            stuck = tr("the page at startIndex %1 repeats %n user(s) already listed", nullptr, repeated)
                        .arg(requested);
        else if (result.totalResults >= 0 && state->listed + users.size() > result.totalResults)
            stuck = tr("the server listed %1 users but reports totalResults %2")
                        .arg(state->listed + users.size())
                        .arg(result.totalResults);
        if (!stuck.isEmpty()) {
            result.error = badResponse(r, tr("the user list does not add up: %1").arg(stuck));
            result.error.bodySnippet.clear();
            emit logLine(result.error.message);
            deliver(state->context, state->done, result);
            return;
        }
        state->listed += int(users.size());
        ++state->pages;
        if (state->onPage) {
            QPointer<QObject> guard(state->context);
            if (guard)
                QMetaObject::invokeMethod(
                    guard,
                    [guard, onPage = state->onPage, users] {
                        if (guard)
                            onPage(users);
                    },
                    Qt::QueuedConnection);
        } else {
            result.resources += users;
        }
        state->startIndex += int(n);
        bool more = n > 0;
        if (more && result.totalResults >= 0)
            more = state->startIndex <= result.totalResults; // a short page may be the server's cap
        else if (more)
            more = n >= m_pageSize;
        if (more && isCancelled()) {
            result.error.kind = ScimError::Kind::Cancelled;
            result.error.message = tr("cancelled after %n page(s)", nullptr, state->pages);
            more = false;
        }
        if (!more) {
            deliver(state->context, state->done, result);
            return;
        }
        fetchPage(state);
    });
}

void ScimClient::findUserByUserName(const QString &userName, QObject *context, Callback done)
{
    const QUrl url = usersQueryUrl({{QStringLiteral("filter"), userNameFilter(userName)}});
    run("GET", url, {}, this, [context = QPointer<QObject>(context), done, userName](const HttpResponse &r) {
        ScimResult result = resultFrom(r);
        if (result.ok() && parseObject(r, &result)) {
            const QJsonObject list = result.resource;
            result.resource = {};
            result.totalResults = list.value(QLatin1String("totalResults")).toInt(-1);
            for (const QJsonValue &v : list.value(QLatin1String("Resources")).toArray()) {
                const QJsonObject user = v.toObject();
                result.resources.append(user);
                // userName is case-insensitive (RFC 7643); never take a different user for a match.
                if (result.resource.isEmpty()
                    && user.value(QLatin1String("userName")).toString().compare(userName, Qt::CaseInsensitive)
                        == 0)
                    result.resource = user;
            }
        }
        deliver(context, done, result);
    });
}

void ScimClient::getUser(const QString &id, QObject *context, Callback done)
{
    run("GET", usersUrl(id), {}, this, [context = QPointer<QObject>(context), done](const HttpResponse &r) {
        ScimResult result = resultFrom(r);
        if (result.ok())
            parseObject(r, &result);
        deliver(context, done, result);
    });
}

void ScimClient::createUser(const QJsonObject &user, QObject *context, Callback done)
{
    const QString userName = user.value(QLatin1String("userName")).toString();
    run("POST", usersUrl(), withSchemas(user), this,
        [this, context = QPointer<QObject>(context), done, userName](const HttpResponse &r) {
            ScimResult result = resultFrom(r);
            if (result.ok()) {
                parseObject(r, &result);
                deliver(context, done, result);
                return;
            }
            if (!(result.error.isConflict() && r.earlierAttemptMayHaveApplied) || userName.isEmpty()) {
                deliver(context, done, result);
                return;
            }
            // An earlier attempt may have created the user before its answer was lost: look.
            emit logLine(
                tr("409 after a retried create; checking whether the first attempt created the user"));
            findUserByUserName(userName, this, [context, done, result](const ScimResult &found) {
                if (!found.found()) {
                    deliver(context, done, result);
                    return;
                }
                ScimResult recovered = found;
                recovered.resources.clear();
                recovered.recovered = true;
                recovered.attempts += result.attempts;
                deliver(context, done, recovered);
            });
        });
}

void ScimClient::replaceUser(const QString &id, const QJsonObject &changes, QObject *context, Callback done)
{
    run("PUT", usersUrl(id), withSchemas(changes), this,
        [context = QPointer<QObject>(context), done](const HttpResponse &r) {
            ScimResult result = resultFrom(r);
            if (result.ok())
                parseObject(r, &result);
            deliver(context, done, result);
        });
}

void ScimClient::setActive(const QString &id, bool active, QObject *context, Callback done)
{
    const QJsonObject body {{QLatin1String("schemas"), QJsonArray {QString::fromLatin1(patchOpSchema)}},
        {QLatin1String("Operations"),
            QJsonArray {QJsonObject {{QLatin1String("op"), QStringLiteral("replace")},
                {QLatin1String("path"), QStringLiteral("active")}, {QLatin1String("value"), active}}}}};
    run("PATCH", usersUrl(id), body, this,
        [context = QPointer<QObject>(context), done](const HttpResponse &r) {
            ScimResult result = resultFrom(r);
            // Zoom may answer 204 without a body.
            if (result.ok() && !r.body.trimmed().isEmpty())
                parseObject(r, &result);
            deliver(context, done, result);
        });
}

void ScimClient::removeUser(const QString &id, QObject *context, Callback done)
{
    run("DELETE", usersUrl(id), {}, this,
        [context = QPointer<QObject>(context), done](const HttpResponse &r) {
            ScimResult result = resultFrom(r);
            if (result.error.isNotFound() && r.earlierAttemptMayHaveApplied) {
                // The first attempt deleted it; its answer was lost.
                result.error = {};
                result.recovered = true;
            }
            deliver(context, done, result);
        });
}

} // namespace pd
