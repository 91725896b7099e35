#pragma once

#include "UserActions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace pd {

enum class Validity { Untested, Valid, Invalid };
QString validityToString(Validity v);
Validity validityFromString(const QString &s);

// Server-to-Server OAuth settings. The client secret is never here: it lives in the SecretStore.
struct OAuthSettings
{
    QUrl tokenUrl {QStringLiteral("https://zoom.us/oauth/token")};
    QString accountId;
    QString clientId;
    bool operator==(const OAuthSettings &) const = default;
};

// Client-side throttle for one connection; Zoom's SCIM endpoints are "Light"/"Medium" rate-limited.
struct RateLimit
{
    double requestsPerSecond = 10.0;
    int concurrency = 4;
    bool operator==(const RateLimit &) const = default;
};

// A run that would remove or disable more than this holds its removals for approval.
struct RemovalGuard
{
    // Never more than half: a guard that lets most users go unreviewed guards nothing.
    static constexpr double MaxPercent = 50.0;
    double percentOfManaged = 5.0;
    int maxUsers = 500;
    bool operator==(const RemovalGuard &) const = default;
};

// What `provisiondesk-cli status` and the app's banner check beyond the last run.
struct Alerts
{
    // CRITICAL once no sync has succeeded for longer than this; 0: not checked.
    int maxHoursWithoutSuccess = 0;
    bool operator==(const Alerts &) const = default;
};

struct Connection
{
    QUuid id;
    QString name;
    QString description;
    QString identityStore = QStringLiteral("zoom");
    QUrl scimUrl {QStringLiteral("https://api.zoom.us/scim2")};
    QString authMethod = QStringLiteral("oauth-s2s");
    OAuthSettings oauth;
    UserActions actions;
    bool enabled = false;
    Validity validity = Validity::Untested;
    QString lastTestMessage;
    QDateTime lastTestedAt;
    QDateTime createdAt;
    QDateTime modifiedAt;
    RateLimit rateLimit;
    RemovalGuard removalGuard;
    Alerts alerts;
    // The outbound rule, opaque to the core; provisiondesk_directory gives it meaning.
    QJsonObject rule;

    // Only a connection whose last test passed may be enabled or synced.
    bool canBeEnabled() const { return validity == Validity::Valid; }
};

} // namespace pd
