#include "ScimError.h"
#include "Translations.h"

#include "RetryPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::ScimError", "ScimError"}, text);
}

constexpr qsizetype snippetLength = 300;

int intValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? n : 0;
}

QString squeeze(QString text)
{
    return text.simplified().left(snippetLength);
}

// The <title> of a page, else its first heading, else its text: enough to recognise a proxy's
// error page or a login page.
QString htmlSummary(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(QStringLiteral("<h[1-3][^>]*>(.*?)</h[1-3]>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    for (const QRegularExpression *re : {&title, &heading}) {
        const auto m = re->match(html);
        if (m.hasMatch()) {
            QString text = m.captured(1);
            text.remove(tags);
            if (!text.trimmed().isEmpty())
                return squeeze(text);
        }
    }
    QString text = html;
    text.remove(tags);
    return squeeze(text);
}

} // namespace

bool ScimError::stopsRun() const
{
    return httpStatus == 429 && (dailyLimit || retryAfterMs > stopRunRetryAfterMs);
}

bool ScimError::isNotInAccount() const
{
    return httpStatus == 400
        && message.contains(QLatin1String("not belong to this account"), Qt::CaseInsensitive);
}

bool ScimError::isTransient() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::Unreachable:
    case Kind::Network:
        return true;
    case Kind::Http:
        return httpStatus == 429 || (httpStatus >= 500 && httpStatus != 501);
    default:
        return false;
    }
}

bool ScimError::mayHaveBeenApplied() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::Network:
        return true;
    case Kind::Http:
        // 429 and 503 say the request was turned away; other 5xx may come after the work was done.
        return httpStatus >= 500 && httpStatus != 503;
    default:
        return false;
    }
}

QString ScimError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    }
    return {};
}

QString ScimError::describe() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return tr("OK");
    case Kind::Http:
    case Kind::Redirect:
    case Kind::BadResponse:
        text = zoomCode ? tr("HTTP %1 (code %2)").arg(httpStatus).arg(zoomCode)
                        : tr("HTTP %1").arg(httpStatus);
        if (!oauthError.isEmpty())
            text += QStringLiteral(" [%1]").arg(oauthError);
        if (!scimType.isEmpty())
            text += QStringLiteral(" [%1]").arg(scimType);
        if (kind == Kind::Redirect)
            text += tr(": redirect to %1").arg(location.isEmpty() ? tr("(no location)") : location);
        if (!message.isEmpty())
            text += QStringLiteral(": ") + message;
        else if (!bodySnippet.isEmpty())
            text += QStringLiteral(": ") + bodySnippet;
        if (stopsRun())
            text += resumeAt.isValid()
                ? tr(" (%1; no further requests before %2 UTC)")
                      .arg(dailyLimit ? tr("daily limit") : tr("long wait"),
                          resumeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : tr(" (daily limit; no further requests today)");
        if (htmlBody)
            text += tr(" (an HTML page, not JSON)");
        else if (kind == Kind::BadResponse && message.isEmpty() && bodySnippet.isEmpty())
            text += tr(": empty or unexpected body");
        break;
    case Kind::Tls:
        text = tr("TLS: %1").arg(tlsErrors.isEmpty() ? transportError : tlsErrors.join(QStringLiteral("; ")));
        break;
    default:
        text = kindName(kind);
        if (!transportError.isEmpty())
            text += QStringLiteral(": ") + transportError;
        else if (!message.isEmpty())
            text += QStringLiteral(": ") + message;
        break;
    }
    return text;
}

bool ScimError::looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body");
}

bool ScimError::parseBody(const QByteArray &body, const QByteArray &contentType, ScimError *e)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        e->htmlBody = looksLikeHtml(body, contentType);
        const QString text = QString::fromUtf8(body);
        if (e->htmlBody)
            e->message = htmlSummary(text);
        else
            e->bodySnippet = squeeze(text);
        return false;
    }
    const QJsonObject o = doc.object();
    // SCIM: {"schemas":[...Error], "detail": "...", "status": "400", "scimType": "..."}
    if (o.contains(QLatin1String("detail")))
        e->message = o.value(QLatin1String("detail")).toString();
    e->scimType = o.value(QLatin1String("scimType")).toString();
    // Zoom: {"code": 124, "message": "..."}
    if (o.contains(QLatin1String("code")))
        e->zoomCode = intValue(o.value(QLatin1String("code")));
    if (e->message.isEmpty())
        e->message = o.value(QLatin1String("message")).toString();
    // Zoom OAuth: {"reason": "...", "error": "invalid_client"}; some OAuth servers use error_description.
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isString())
        e->oauthError = error.toString();
    else if (error.isObject()) { // legacy {"error": {"code": 1009, "message": "..."}}
        const QJsonObject inner = error.toObject();
        if (!e->zoomCode)
            e->zoomCode = intValue(inner.value(QLatin1String("code")));
        if (e->message.isEmpty())
            e->message = inner.value(QLatin1String("message")).toString();
    }
    if (e->message.isEmpty())
        e->message = o.value(QLatin1String("reason")).toString();
    if (e->message.isEmpty())
        e->message = o.value(QLatin1String("error_description")).toString();
    if (e->message.isEmpty() && !e->oauthError.isEmpty())
        e->message = e->oauthError;
    e->message = e->message.trimmed();
    return true;
}

ScimError ScimError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
    const Headers &headers, const QDateTime &now)
{
    ScimError e;
    e.kind = status >= 300 && status < 400 ? Kind::Redirect : Kind::Http;
    e.httpStatus = status;
    if (!body.isEmpty())
        parseBody(body, contentType, &e);
    QByteArray rateLimitType;
    for (const auto &[name, value] : headers) {
        if (name.compare("Location", Qt::CaseInsensitive) == 0)
            e.location = QString::fromUtf8(value);
        else if (name.compare("Retry-After", Qt::CaseInsensitive) == 0) {
            if (const auto wait = RetryPolicy::parseRetryAfter(value, now))
                e.retryAfterMs = *wait;
        } else if (name.compare("X-RateLimit-Type", Qt::CaseInsensitive) == 0)
            rateLimitType = value;
    }
    if (status != 429)
        return e;
    // Zoom marks its daily quota by header; its message says so too, should a proxy drop the header.
    e.dailyLimit = rateLimitType.toLower().contains("daily")
        || e.message.contains(QLatin1String("daily rate limit"), Qt::CaseInsensitive)
        || e.message.contains(QLatin1String("daily limit"), Qt::CaseInsensitive);
    if (e.retryAfterMs >= 0)
        e.resumeAt = now.addMSecs(e.retryAfterMs);
    else if (e.dailyLimit) // Zoom's daily limits reset at 00:00 UTC
        e.resumeAt = QDateTime(now.toUTC().date().addDays(1), QTime(0, 0), QTimeZone::utc());
    return e;
}

ScimError ScimError::fromTransport(QNetworkReply::NetworkError error, const QString &errorString,
    bool timedOut, const QStringList &tlsErrors)
{
    ScimError e;
    e.transportError = errorString;
    e.tlsErrors = tlsErrors;
    if (timedOut) {
        e.kind = Kind::Timeout;
        return e;
    }
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        e.kind = Kind::HostNotFound;
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        e.kind = Kind::Unreachable;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        e.kind = Kind::Timeout;
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        e.kind = Kind::ConnectionLost;
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Cancelled;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        e.kind = Kind::Redirect;
        break;
    default:
        e.kind = tlsErrors.isEmpty() ? Kind::Network : Kind::Tls;
        break;
    }
    return e;
}

} // namespace pd
