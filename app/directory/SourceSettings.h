#pragma once

#include "CsvSource.h"
#include "LdapSettings.h"
#include "UserSource.h"

#include <QJsonObject>
#include <memory>

namespace pd {

// The rule's source: a CSV file or an LDAP directory. Holds no secret.
struct SourceSettings
{
    enum class Type { Csv, Ldap };
    Type type = Type::Csv;
    CsvSettings csv;
    LdapSettings ldap;

    // LDAP with a bind DN needs the password from the keychain (SecretKind::SourcePassword).
    bool needsPassword() const { return type == Type::Ldap && !ldap.bindDn.trimmed().isEmpty(); }
    QList<FieldProblem> validate(const QString &prefix = QStringLiteral("rule.source")) const;
    // A source for these settings; password is used by LDAP only.
    std::unique_ptr<UserSource> createSource(const QString &password = {}) const;

    QJsonObject toJson() const;
    static QList<FieldProblem> fromJson(
        const QJsonObject &json, SourceSettings *out, const QString &prefix = QStringLiteral("rule.source"));
    bool operator==(const SourceSettings &) const = default;
};

} // namespace pd
