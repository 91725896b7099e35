#include "ZoomFailureClassifier.h"

#include <initializer_list>

namespace pd {

namespace {

bool mentions(const ScimError &e, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (e.message.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The token endpoint's own words ({"reason": ...}), as a sentence to add to a summary.
QString zoomSaid(const ScimError &e)
{
    if (e.message.isEmpty() || e.htmlBody)
        return {};
    return QLatin1Char(' ') + ZoomFailureClassifier::tr("Zoom's answer: \"%1\".").arg(e.message);
}

bool isJsonButWrong(const ScimError &e)
{
    return e.kind == ScimError::Kind::BadResponse && !e.htmlBody && e.bodySnippet.isEmpty();
}

} // namespace

ConnectionTestResult ZoomFailureClassifier::result(
    const QString &cause, const QString &summary, const QString &fix, const ScimError &error)
{
    ConnectionTestResult r;
    r.ok = false;
    r.cause = cause;
    r.summary = summary;
    r.fix = fix;
    r.httpStatus = error.httpStatus;
    const QString where = error.url.isEmpty()
        ? QString()
        : QString::fromLatin1(error.method) + QLatin1Char(' ') + error.url.toString() + QStringLiteral(": ");
    r.detail = where + error.describe();
    return r;
}

std::optional<ConnectionTestResult> ZoomFailureClassifier::common(
    const ScimError &e, const QUrl &url, const QString &label)
{
    const QString host = url.host();
    switch (e.kind) {
    case ScimError::Kind::Cancelled:
        return result(QStringLiteral("cancelled"), tr("The test was cancelled."), {}, e);
    case ScimError::Kind::InvalidRequest:
        return result(QStringLiteral("invalid-settings"), e.message,
            tr("Correct the %1 in the connection's settings.").arg(label), e);
    case ScimError::Kind::HostNotFound:
        return result(QStringLiteral("host-not-found"),
            tr("The host \"%1\" in the %2 could not be found.").arg(host, label),
            tr("Check the %1 for typos (Zoom's are https://zoom.us/oauth/token and "
               "https://api.zoom.us/scim2) and that this computer can resolve internet names "
               "(DNS, proxy settings).")
                .arg(label),
            e);
    case ScimError::Kind::Unreachable:
        return result(QStringLiteral("unreachable"),
            tr("Could not connect to %1 (the %2): the connection was refused or the network is "
               "unreachable.")
                .arg(url.authority(), label),
            tr("Check the %1's host and port, and that the firewall or proxy lets this computer "
               "reach it over HTTPS.")
                .arg(label),
            e);
    case ScimError::Kind::Tls:
        return result(QStringLiteral("tls-certificate"),
            tr("The secure connection to %1 failed: its TLS certificate is not trusted or does not "
               "match.")
                .arg(host),
            tr("Check that the %1 points to Zoom. If your network inspects HTTPS traffic, install its "
               "root certificate among the system's trusted certificates; ProvisionDesk never "
               "ignores certificate errors.")
                .arg(label),
            e);
    case ScimError::Kind::Timeout:
        return result(QStringLiteral("timeout"), tr("%1 did not answer in time.").arg(host),
            tr("Check the network and proxy, then test again; if Zoom is slow right now, try later."), e);
    case ScimError::Kind::ConnectionLost:
    case ScimError::Kind::Network:
        return result(QStringLiteral("network-error"),
            tr("The connection to %1 failed: %2.").arg(host, e.transportError),
            tr("Check the network connection and proxy settings, then test again."), e);
    case ScimError::Kind::Redirect:
        return result(QStringLiteral("redirected"),
            tr("The %1 answered with a redirect to %2, which ProvisionDesk does not follow.")
                .arg(label, e.location.isEmpty() ? tr("another address") : e.location),
            tr("Enter the final address as the %1 (Zoom's are https://zoom.us/oauth/token and "
               "https://api.zoom.us/scim2). A redirect to a sign-in page means a proxy or portal "
               "wants you to sign in first.")
                .arg(label),
            e);
    default:
        break;
    }
    if (e.stopsRun())
        return result(QStringLiteral("rate-limited"),
            e.dailyLimit ? tr("Zoom's daily API limit for this app is used up (HTTP 429).")
                         : tr("Zoom asks to wait more than 5 minutes before the next request (HTTP 429)."),
            e.resumeAt.isValid()
                ? tr("Test again after %1 (UTC). Another tool using the same app shares its limits.")
                      .arg(e.resumeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : tr("Test again tomorrow. Another tool using the same app shares its limits."),
            e);
    if (e.httpStatus == 429)
        return result(QStringLiteral("rate-limited"),
            tr("Zoom is rate-limiting requests from this app (HTTP 429)."),
            tr("Wait a minute and test again. If it persists, another tool may be using up the same "
               "app's API limits."),
            e);
    if (e.htmlBody || (e.kind == ScimError::Kind::BadResponse && !isJsonButWrong(e)))
        return result(QStringLiteral("not-json"),
            tr("The %1 answered with a web page or other non-JSON content (HTTP %2), not with Zoom's "
               "API.")
                .arg(label)
                .arg(e.httpStatus),
            tr("Check the %1. A web page usually means a wrong address, or a proxy or captive "
               "portal between this computer and Zoom.")
                .arg(label),
            e);
    if (e.httpStatus >= 500)
        return result(QStringLiteral("server-error"),
            tr("Zoom answered with a server error (HTTP %1), also after retrying.").arg(e.httpStatus),
            tr("The problem is on Zoom's side or a proxy's: test again later and check "
               "https://status.zoom.us."),
            e);
    return std::nullopt;
}

ConnectionTestResult ZoomFailureClassifier::tokenFailure(const ScimError &e, const Connection &c)
{
    const QString label = tr("token URL");
    const int status = e.httpStatus;
    if (status == 404 || status == 405 || status == 410)
        return result(QStringLiteral("token-url-not-found"),
            tr("The token URL %1 does not exist (HTTP %2).").arg(c.oauth.tokenUrl.toString()).arg(status),
            tr("Use https://zoom.us/oauth/token as the token URL, with no query string."), e);
    if (e.zoomCode == 4717 || (e.oauthError.isEmpty() && mentions(e, {"disabled", "deactivated"}))
        || mentions(e, {"app has been disabled"}))
        return result(QStringLiteral("app-disabled"),
            tr("The Zoom app is deactivated (Zoom code 4717).") + zoomSaid(e),
            tr("In the Zoom App Marketplace, open Manage > Created apps, select the Server-to-Server "
               "OAuth app and activate it (activation needs the Information page completed)."),
            e);
    if (const auto r = common(e, c.oauth.tokenUrl, label))
        return *r;
    // Before invalid-client: some servers send this with 401, and it needs a different fix.
    if (e.oauthError == QLatin1String("unsupported_grant_type") || e.zoomCode == 4705
        || mentions(e, {"unsupported grant type", "grant type is not supported"}))
        return result(QStringLiteral("wrong-app-type"),
            tr("Zoom refused the account_credentials grant.") + zoomSaid(e),
            tr("This usually means the Account ID, Client ID and Client Secret belong to a General "
               "(OAuth) app, not a Server-to-Server OAuth app. Create a Server-to-Server OAuth app in "
               "the Zoom App Marketplace and use its credentials."),
            e);
    if (e.oauthError == QLatin1String("invalid_client") || e.zoomCode == 4702 || e.zoomCode == 4704
        || e.zoomCode == 4706 || status == 401)
        return result(QStringLiteral("invalid-client"),
            tr("Zoom rejected the client ID or client secret.") + zoomSaid(e),
            tr("Copy the Client ID and Client Secret again from the app's App Credentials page in the "
               "Zoom App Marketplace; if the secret was regenerated, only the new one works."),
            e);
    if (status == 400 && (e.oauthError == QLatin1String("invalid_request") || mentions(e, {"account"})))
        return result(QStringLiteral("wrong-account-id"),
            tr("Zoom accepted the client ID and secret but not the account ID \"%1\".").arg(c.oauth.accountId)
                + zoomSaid(e),
            tr("Copy the Account ID from the same app's App Credentials page."), e);
    return result(QStringLiteral("unexpected-response"),
        tr("The token request failed: %1").arg(e.message.isEmpty() ? e.describe() : e.message),
        tr("Check the token URL, account ID, client ID and client secret against the app's App "
           "Credentials page."),
        e);
}

ConnectionTestResult ZoomFailureClassifier::apiFailure(const ScimError &e, const Connection &c)
{
    const QString label = tr("SCIM URL");
    const int status = e.httpStatus;
    if (status == 404 || status == 405 || status == 410)
        return result(QStringLiteral("scim-url-not-found"),
            tr("The SCIM URL %1 does not exist (HTTP %2).").arg(c.scimUrl.toString()).arg(status),
            tr("Use https://api.zoom.us/scim2 as the SCIM URL."), e);
    if (status == 401)
        return result(QStringLiteral("token-rejected"),
            tr("Zoom rejected the access token it had just issued (HTTP 401), also after a new one."),
            tr("Another program may be requesting tokens for the same app, which invalidates earlier "
               "ones: give ProvisionDesk its own Server-to-Server OAuth app, then test again."),
            e);
    if (e.zoomCode == 4711 || (status == 400 && mentions(e, {"scope"})))
        return result(QStringLiteral("missing-scope"),
            tr("The app's access token does not include the SCIM scope (Zoom code 4711)."),
            tr("On the app's Scopes page add \"scim2\" (granular: \"scim2:admin\"), save, reactivate "
               "the app if asked, and test again."),
            e);
    if (const auto r = common(e, c.scimUrl, label))
        return *r;
    if (status == 400
        && mentions(e, {"single sign-on", "sso", "vanity", "plan", "not enabled", "not support", "business"}))
        return result(QStringLiteral("account-not-eligible"),
            tr("The Zoom account cannot use SCIM provisioning: %1").arg(e.message),
            tr("SCIM needs a Business or Education plan, an approved vanity URL and Single Sign-On "
               "enabled. Ask the Zoom account owner to complete these (Admin > Advanced > Single "
               "Sign-On), then test again."),
            e);
    if (status == 403)
        return result(QStringLiteral("forbidden"), tr("Zoom refused access to the SCIM API (HTTP 403)."),
            tr("The app's creator must be an account Owner or Admin allowed to manage users: check "
               "Role Management in Zoom and the app's scopes."),
            e);
    if (isJsonButWrong(e))
        return result(QStringLiteral("unexpected-response"),
            tr("The SCIM URL answered, but not with a SCIM user list."),
            tr("Check that the SCIM URL is https://api.zoom.us/scim2."), e);
    return result(QStringLiteral("unexpected-response"),
        tr("The SCIM API refused the request: %1").arg(e.message.isEmpty() ? e.describe() : e.message),
        tr("Check the SCIM URL and the app's scopes; the details show Zoom's own words."), e);
}

} // namespace pd
