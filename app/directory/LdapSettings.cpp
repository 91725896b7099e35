#include "LdapSettings.h"
#include "Translations.h"

#include <QCoreApplication>

namespace pd {

namespace {
QString tr(const char *text)
{
    return Translations::translate({"pd::LdapSettings", "LdapSettings"}, text);
}
} // namespace

QString LdapSettings::defaultFilter(DirectoryType type)
{
    // AD: people only (computers are users too), and no contacts.
    return type == DirectoryType::ActiveDirectory
        ? QStringLiteral("(&(objectCategory=person)(objectClass=user))")
        : QStringLiteral("(objectClass=inetOrgPerson)");
}

QString LdapSettings::defaultKeyAttribute(DirectoryType type)
{
    return type == DirectoryType::ActiveDirectory ? QStringLiteral("objectGUID")
                                                  : QStringLiteral("entryUUID");
}

QString LdapSettings::effectiveKeyAttribute() const
{
    return keyAttribute.trimmed().isEmpty() ? defaultKeyAttribute(directoryType) : keyAttribute.trimmed();
}

QString LdapSettings::effectiveFilter() const
{
    return filter.trimmed().isEmpty() ? defaultFilter(directoryType) : filter.trimmed();
}

int LdapSettings::effectivePort() const
{
    return url.port(url.scheme() == QLatin1String("ldaps") ? 636 : 389);
}

bool LdapSettings::usesTls() const
{
    return url.scheme() == QLatin1String("ldaps") || startTls;
}

QList<FieldProblem> LdapSettings::validate(const QString &prefix) const
{
    QList<FieldProblem> problems;
    const auto field
        = [&prefix](const char *key) -> QString { return prefix + QLatin1Char('.') + QLatin1String(key); };
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")))
        problems.append({field("url"),
            tr("The directory URL must look like ldaps://dc1.example.com or "
               "ldap://ldap.example.com.")});
    else if (scheme == QLatin1String("ldaps") && startTls)
        problems.append(
            {field("startTls"), tr("StartTLS is for ldap:// URLs; ldaps:// is already encrypted.")});
    else if (!usesTls() && !ConnectionValidator::isLoopbackHost(url.host()))
        problems.append({field("url"),
            tr("Plain ldap:// would send the password and everyone's data unencrypted. "
               "Use ldaps:// or turn on StartTLS.")});
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        problems.append({field("url"), tr("Put the base DN in \"Base DN\", not in the URL.")});
    if (baseDn.trimmed().isEmpty())
        problems.append(
            {field("baseDn"), tr("The base DN is required, for example ou=People,dc=example,dc=com.")});
    const QString f = effectiveFilter();
    if (!f.startsWith(QLatin1Char('(')) || !f.endsWith(QLatin1Char(')'))
        || f.count(QLatin1Char('(')) != f.count(QLatin1Char(')')))
        problems.append({field("filter"),
            tr("The LDAP filter must be enclosed in parentheses, with a ) for every (, for "
               "example (&(objectClass=person)(mail=*)).")});
    if (pageSize < 1 || pageSize > 5000)
        problems.append({field("pageSize"), tr("The page size must be between 1 and 5000.")});
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        problems.append({field("timeoutSeconds"), tr("The timeout must be between 1 and 600 seconds.")});
    if (disabledMode == DisabledMode::Attribute && disabledAttribute.trimmed().isEmpty())
        problems.append(
            {field("disabledWhen.attribute"), tr("Name the attribute that marks disabled people.")});
    for (const QString &a : attributes) {
        if (a.trimmed().isEmpty() || a.contains(QLatin1Char(' ')))
            problems.append({field("attributes"), tr("\"%1\" is not an attribute name.").arg(a)});
    }
    return problems;
}

} // namespace pd
