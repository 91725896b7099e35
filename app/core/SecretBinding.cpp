#include "SecretBinding.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace pd {

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    if (scheme == QLatin1String("ldaps"))
        return 636;
    if (scheme == QLatin1String("ldap"))
        return 389;
    return -1;
}

// "https://zoom.us/oauth/token" and "https://zoom.us:443/oauth/token" are the same endpoint.
QUrl withExplicitPort(QUrl url)
{
    if (url.port() == -1)
        url.setPort(defaultPort(url.scheme()));
    return url.adjusted(QUrl::NormalizePathSegments);
}

// The rule is opaque to the core, but where its LDAP source connects is part of the password's
// binding. The keys are SourceSettings::toJson()'s ("source": {"type", "url", "bindDn"}).
QJsonObject ldapSource(const Connection &c)
{
    const QJsonObject source = c.rule.value(QLatin1String("source")).toObject();
    if (source.value(QLatin1String("type")).toString() != QLatin1String("ldap"))
        return {};
    return source;
}

} // namespace

QList<SecretBinding::Field> SecretBinding::fieldsOf(SecretKind kind)
{
    if (kind == SecretKind::SourcePassword)
        return {Field::LdapUrl, Field::BindDn};
    return {Field::TokenUrl, Field::ScimHost, Field::AccountId, Field::ClientId};
}

QString SecretBinding::valueOf(Field field, const Connection &c)
{
    switch (field) {
    case Field::TokenUrl:
        return withExplicitPort(c.oauth.tokenUrl).toString(QUrl::FullyEncoded);
    case Field::ScimHost: {
        const QUrl url = withExplicitPort(c.scimUrl);
        return url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded) + QLatin1Char(':')
            + QString::number(url.port());
    }
    case Field::AccountId:
        return c.oauth.accountId;
    case Field::ClientId:
        return c.oauth.clientId;
    case Field::LdapUrl: {
        const QString url = ldapSource(c).value(QLatin1String("url")).toString().trimmed();
        return url.isEmpty() ? QString() : withExplicitPort(QUrl(url)).toString(QUrl::FullyEncoded);
    }
    case Field::BindDn:
        return ldapSource(c).value(QLatin1String("bindDn")).toString().trimmed();
    }
    return {};
}

QList<SecretBinding::Field> SecretBinding::changedFields(
    SecretKind kind, const Connection &before, const Connection &after)
{
    QList<Field> changed;
    for (Field f : fieldsOf(kind)) {
        if (valueOf(f, before) != valueOf(f, after))
            changed.append(f);
    }
    return changed;
}

QString SecretBinding::fieldName(Field field)
{
    switch (field) {
    case Field::TokenUrl:
        return tr("the OAuth Token URL");
    case Field::ScimHost:
        return tr("the SCIM host");
    case Field::AccountId:
        return tr("the OAuth Account ID");
    case Field::ClientId:
        return tr("the OAuth Client ID");
    case Field::LdapUrl:
        return tr("the LDAP URL");
    case Field::BindDn:
        return tr("the bind DN");
    }
    return {};
}

QString SecretBinding::fieldList(const QList<Field> &fields)
{
    QStringList names;
    for (Field f : fields)
        names << fieldName(f);
    if (names.size() < 2)
        return names.value(0);
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString SecretBinding::removedMessage(SecretKind kind, const QString &name, const QList<Field> &changed)
{
    const QString fields = fieldList(changed);
    if (kind == SecretKind::SourcePassword)
        return tr("The LDAP bind password of \"%1\" was removed from the keychain because %2 changed: a "
                  "password is only sent to the directory it was entered for. Enter the password again "
                  "before the next sync.")
            .arg(name, fields);
    return tr("The client secret of \"%1\" was removed from the keychain because %2 changed: a secret is "
              "only sent to the endpoint it was entered for. Enter the client secret again, then test "
              "the connection.")
        .arg(name, fields);
}

} // namespace pd
