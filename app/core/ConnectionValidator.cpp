#include "ConnectionValidator.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace pd {

namespace {
QString tr(const char *text)
{
    return Translations::translate({"pd::ConnectionValidator", "ConnectionValidator"}, text);
}
} // namespace

bool ConnectionValidator::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionValidator::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A name is required.");
    if (trimmed.size() > 100)
        return tr("The name is too long (100 characters at most).");
    return {};
}

QString ConnectionValidator::checkServiceUrl(const QUrl &url, const QString &label)
{
    if (url.isEmpty())
        return tr("%1 is required.").arg(label);
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 is not a valid URL: enter it as https://host/path.").arg(label);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("%1 must use https://; plain http:// is allowed only to this computer (localhost).")
            .arg(label);
    }
    return tr("%1 must start with https://.").arg(label);
}

QList<FieldProblem> ConnectionValidator::validate(const Connection &c)
{
    QList<FieldProblem> problems;
    auto add = [&](const QString &field, const QString &message) {
        if (!message.isEmpty())
            problems.append({field, message});
    };
    add(QStringLiteral("name"), checkName(c.name));
    if (c.description.size() > 1000)
        add(QStringLiteral("description"), tr("The description is too long (1000 characters at most)."));
    if (c.identityStore != QLatin1String("zoom"))
        add(QStringLiteral("identityStore"),
            tr("Unknown identity store \"%1\"; only \"zoom\" is supported.").arg(c.identityStore));
    add(QStringLiteral("scimUrl"), checkServiceUrl(c.scimUrl, tr("SCIM URL")));
    if (c.authMethod != QLatin1String("oauth-s2s"))
        add(QStringLiteral("authentication.method"),
            tr("Unknown authentication method \"%1\"; use \"oauth-s2s\".").arg(c.authMethod));
    add(QStringLiteral("authentication.tokenUrl"), checkServiceUrl(c.oauth.tokenUrl, tr("OAuth Token URL")));
    if (c.oauth.accountId.trimmed().isEmpty())
        add(QStringLiteral("authentication.accountId"), tr("The Account ID is required."));
    if (c.oauth.clientId.trimmed().isEmpty())
        add(QStringLiteral("authentication.clientId"), tr("The Client ID is required."));
    if (!c.actions.isNormalized())
        add(QStringLiteral("actions"),
            tr("The user actions contradict each other: \"disable\" needs \"update\", Remove Action "
               "\"Disable\" needs \"disable\", and \"deprovision on rule deletion\" needs \"deprovision\"."));
    if (c.rateLimit.requestsPerSecond <= 0 || c.rateLimit.requestsPerSecond > 1000)
        add(QStringLiteral("rateLimit.requestsPerSecond"),
            tr("Requests per second must be between 0 and 1000."));
    if (c.rateLimit.concurrency < 1 || c.rateLimit.concurrency > 32)
        add(QStringLiteral("rateLimit.concurrency"), tr("Concurrency must be between 1 and 32."));
    // Above half, a broken export could remove most of the account before anyone reviews it.
    if (c.removalGuard.percentOfManaged < 0 || c.removalGuard.percentOfManaged > RemovalGuard::MaxPercent)
        add(QStringLiteral("removalGuard.percent"),
            tr("The removal guard percentage must be between 0 and %1 (it is %2): above half, a broken "
               "export could remove most users unreviewed.")
                .arg(RemovalGuard::MaxPercent)
                .arg(c.removalGuard.percentOfManaged));
    if (c.removalGuard.maxUsers < 0)
        add(QStringLiteral("removalGuard.maxUsers"), tr("The removal guard count cannot be negative."));
    // Up to a year; 0 turns the check off.
    if (c.alerts.maxHoursWithoutSuccess < 0 || c.alerts.maxHoursWithoutSuccess > 8760)
        add(QStringLiteral("alerts.maxHoursWithoutSuccess"),
            tr("Hours without a successful sync must be between 0 (not checked) and 8760 (a year)."));
    return problems;
}

} // namespace pd
