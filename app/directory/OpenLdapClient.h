#pragma once

#include "LdapClient.h"

// Keeps <ldap.h> out of every other file.
struct ldap;

namespace pd {

// LdapClient on OpenLDAP's libldap.
class OpenLdapClient : public LdapClient
{
public:
    OpenLdapClient() = default;
    ~OpenLdapClient() override;
    OpenLdapClient(const OpenLdapClient &) = delete;
    OpenLdapClient &operator=(const OpenLdapClient &) = delete;

    LdapStatus open(const LdapSettings &settings, const QString &password) override;
    LdapStatus search(const LdapSettings &settings, const QStringList &attributes,
        const EntryHandler &onEntry, const CancelToken &cancel) override;
    void close() override;

private:
    LdapStatus status(int code, LdapStatus::Kind kind) const;

    struct ldap *m_ld = nullptr;
};

} // namespace pd
