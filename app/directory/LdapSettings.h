#pragma once

#include "ConnectionValidator.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pd {

// Where and how to read people from an LDAP directory or Active Directory. The bind password is not
// here: it lives in the keychain (SecretKind::SourcePassword) and is handed to LdapSource.
struct LdapSettings
{
    enum class DirectoryType { Ldap, ActiveDirectory };
    enum class Scope { Base, OneLevel, Subtree };
    enum class DisabledMode { None, AdUserAccountControl, Attribute };

    DirectoryType directoryType = DirectoryType::Ldap;
    QUrl url; // ldap:// or ldaps://
    bool startTls = false; // upgrade an ldap:// connection before binding
    QString bindDn; // empty: anonymous
    QString baseDn;
    Scope scope = Scope::Subtree;
    QString filter; // empty: the directory type's default
    QStringList attributes; // empty: every user attribute
    QString keyAttribute; // empty: entryUUID, or objectGUID on Active Directory
    int pageSize = 500; // RFC 2696 page size
    DisabledMode disabledMode = DisabledMode::None;
    QString disabledAttribute;
    QString disabledValue;
    QString caCertificateFile; // an extra CA to trust (a private PKI); verification always stays on
    int timeoutSeconds = 30;

    QString effectiveKeyAttribute() const;
    QString effectiveFilter() const;
    int effectivePort() const;
    bool usesTls() const;
    // Problems with the settings themselves, keyed by connection-file path below prefix.
    QList<FieldProblem> validate(const QString &prefix = QStringLiteral("rule.source")) const;

    static QString defaultFilter(DirectoryType type);
    static QString defaultKeyAttribute(DirectoryType type);

    bool operator==(const LdapSettings &) const = default;
};

} // namespace pd
