#pragma once

#include "LdapSettings.h"
#include "UserSource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace pd {

// One directory entry with raw values: text attributes are UTF-8, some (objectGUID) are binary.
struct LdapEntry
{
    struct Attribute
    {
        QString name;
        QList<QByteArray> values;
    };
    QString dn;
    QList<Attribute> attributes;
};

// What went wrong, in terms every LDAP library can report. LdapSource turns it into sentences.
struct LdapStatus
{
    enum class Kind {
        Ok,
        Unreachable,
        Tls,
        BadCredentials,
        BadBaseDn,
        BadFilter,
        PagingUnsupported,
        Timeout,
        Cancelled,
        Stopped,
        Other
    };
    Kind kind = Kind::Ok;
    int code = 0; // the library's result code
    QString detail; // the library's and server's own words
    // Search references (referrals) the server answered with, not followed: the entries they point
    // to were not read.
    QStringList referrals;
    bool ok() const { return kind == Kind::Ok; }
};

// The thin layer over a platform LDAP C API: OpenLDAP's libldap here (OpenLdapClient), wldap32 on
// Windows. Blocking, for a worker thread. TLS certificates are always verified.
class LdapClient
{
public:
    using EntryHandler = std::function<bool(LdapEntry &&)>; // false stops the search

    virtual ~LdapClient();
    // Connects (TLS or StartTLS as configured) and binds: anonymously when bindDn is empty.
    virtual LdapStatus open(const LdapSettings &settings, const QString &password) = 0;
    // A paged (RFC 2696) search below settings.baseDn; attributes empty means all user attributes.
    virtual LdapStatus search(const LdapSettings &settings, const QStringList &attributes,
        const EntryHandler &onEntry, const CancelToken &cancel)
        = 0;
    virtual void close() = 0;

    // The implementation for this platform.
    static std::unique_ptr<LdapClient> create();
};

} // namespace pd
