#pragma once

#include "LdapClient.h"
#include "LdapSettings.h"
#include "UserSource.h"

#include <QByteArray>
#include <memory>

namespace pd {

// People from an LDAP directory or Active Directory, read with paged searches. The key is the
// key attribute's value in a stable text form (objectGUID as a GUID string, entryUUID lowercased);
// disabled comes from AD's userAccountControl bit 2 or from "attribute = value".
class LdapSource : public UserSource
{
public:
    // client: the platform's by default; tests may pass another to provoke faults.
    LdapSource(LdapSettings settings, QString password, std::unique_ptr<LdapClient> client = {});
    ~LdapSource() override;

    QString displayName() const override;
    const LdapSettings &settings() const { return m_settings; }

    // Attributes the rule needs (filter, mapping) beyond the settings' own list.
    void setRequiredAttributes(const QStringList &attributes) { m_required = attributes; }
    // What the search asks for.
    QStringList requestedAttributes() const;

    // The text form of a value: GUIDs and SIDs as Windows writes them, other non-UTF-8 as base64.
    static QString textValue(const QString &attribute, const QByteArray &value);
    static QString guidToString(const QByteArray &bytes);
    static QString sidToString(const QByteArray &bytes);

protected:
    SourceReadResult readRecords(const RecordHandler &onRecord, const ReadOptions &options) override;

private:
    SourceError describe(const LdapStatus &status, bool reachedServer) const;
    SourceError probe() const;

    LdapSettings m_settings;
    QString m_password;
    std::unique_ptr<LdapClient> m_client;
    QStringList m_required;
};

} // namespace pd
