#pragma once

#include "Connection.h"
#include "ConnectionTestResult.h"
#include "ScimError.h"

#include <QCoreApplication>
#include <optional>

namespace pd {

// Turns a failed exchange with Zoom into a stable cause, one sentence saying what is wrong and one
// saying what to do, plus the server's own words. Used by Test connection and by anything that must
// explain why Zoom refused (a sync run that fails on its first request). Causes:
//   host-not-found, unreachable, tls-certificate, timeout, network-error, redirected, not-json,
//   rate-limited, server-error, cancelled                   (either step)
//   token-url-not-found, invalid-client, wrong-account-id, wrong-app-type, app-disabled (token)
//   scim-url-not-found, token-rejected, missing-scope, account-not-eligible, forbidden  (SCIM API)
//   unexpected-response                                      (anything else, with the server's words)
class ZoomFailureClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ZoomFailureClassifier)
public:
    // A failure of the token request (POST tokenUrl).
    static ConnectionTestResult tokenFailure(const ScimError &error, const Connection &connection);
    // A failure of a SCIM API request made with a token Zoom issued.
    static ConnectionTestResult apiFailure(const ScimError &error, const Connection &connection);

private:
    // Transport failures, redirects and HTML pages, phrased for the URL that failed; nullopt otherwise.
    static std::optional<ConnectionTestResult> common(
        const ScimError &error, const QUrl &url, const QString &label);
    static ConnectionTestResult result(
        const QString &cause, const QString &summary, const QString &fix, const ScimError &error);
};

} // namespace pd
