#pragma once

#include "Connection.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pd {

// A stored secret is valid only for the endpoint it was entered for. The client secret goes to the
// OAuth token URL (as account + client id) and its tokens to the SCIM host; the LDAP bind password
// goes to the LDAP URL as the bind DN. If a save changes one of these without a new secret, the old
// secret must not follow the change to a host the admin never gave it to (ConnectionService removes
// it). Everything else (name, description, rate limit, user actions, the rest of the rule) is free.
class SecretBinding
{
    Q_DECLARE_TR_FUNCTIONS(SecretBinding)
public:
    enum class Field { TokenUrl, ScimHost, AccountId, ClientId, LdapUrl, BindDn };

    // The fields each kind of secret is bound to.
    static QList<Field> fieldsOf(SecretKind kind);
    // The bound fields of kind that differ between before and after (empty: the secret stays valid).
    static QList<Field> changedFields(SecretKind kind, const Connection &before, const Connection &after);
    static bool isBroken(SecretKind kind, const Connection &before, const Connection &after)
    {
        return !changedFields(kind, before, after).isEmpty();
    }

    // "the OAuth Token URL", "the SCIM host", ... for sentences.
    static QString fieldName(Field field);
    // "the SCIM host and the OAuth Client ID"
    static QString fieldList(const QList<Field> &fields);
    // The sentence telling the admin that connection name has no stored secret of kind any more.
    static QString removedMessage(SecretKind kind, const QString &name, const QList<Field> &changed);

    // The values compared, normalised (default ports made explicit, LDAP read from the rule).
    static QString valueOf(Field field, const Connection &c);
};

} // namespace pd
