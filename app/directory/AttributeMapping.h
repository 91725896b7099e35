#pragma once

#include "ConnectionValidator.h"
#include "Expression.h"
#include "LdapSettings.h"
#include "ZoomAttribute.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace pd {

// Where one Zoom attribute's value comes from.
struct MappingSource
{
    enum class Kind { Unmapped, Attribute, Constant, Expression };
    Kind kind = Kind::Unmapped;
    QString text; // attribute name, constant value or expression text

    static MappingSource attribute(const QString &name) { return {Kind::Attribute, name}; }
    static MappingSource constant(const QString &value) { return {Kind::Constant, value}; }
    static MappingSource expression(const QString &text) { return {Kind::Expression, text}; }
    bool isMapped() const { return kind != Kind::Unmapped; }
    Expression compile() const;
    bool operator==(const MappingSource &) const = default;
};

// A problem found in a mapping or in one mapped user. Errors stop the user from being sent;
// warnings are shown and the user is sent without the offending value.
struct MappingProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString attribute; // Zoom attribute key ("userName"), empty when about the whole user
    QString message;
    bool isError() const { return severity == Severity::Error; }
};

// The rule's attribute mapping: for each Zoom attribute, a source attribute, a constant or an
// expression. Unmapped attributes are never sent.
class AttributeMapping
{
public:
    MappingSource source(ZoomAttribute attribute) const { return m_sources.value(attribute); }
    void set(ZoomAttribute attribute, const MappingSource &source);
    bool isMapped(ZoomAttribute attribute) const { return source(attribute).isMapped(); }

    // Phone numbers without a country code get this one (digits, e.g. "1"); empty: they are refused.
    QString defaultCountryCode() const { return m_defaultCountryCode; }
    void setDefaultCountryCode(const QString &code) { m_defaultCountryCode = code.trimmed(); }

    // Defaults that fit common CSV headers (matched loosely against columns when given), and the
    // usual LDAP / Active Directory attribute names.
    static AttributeMapping defaultsForCsv(const QStringList &columns = {});
    static AttributeMapping defaultsForLdap(LdapSettings::DirectoryType type);

    QJsonObject toJson() const;
    // Strict: unknown Zoom attributes and unknown keys are refused with their path.
    static QList<FieldProblem> fromJson(const QJsonObject &json, AttributeMapping *out,
        const QString &prefix = QStringLiteral("rule.mapping"));

    // Problems of the mapping itself: expressions that do not parse, an unmapped Username,
    // constants Zoom would refuse, attributes the source does not have (when knownAttributes is
    // given), and the warning when Username and Email come from different sources.
    QList<MappingProblem> check(const QStringList &knownAttributes = {}) const;
    bool userNameAndEmailDiffer() const;
    static QString userNameEmailWarning();
    // Source attributes read by any mapping (for the LDAP attribute list).
    QStringList referencedAttributes() const;

    bool operator==(const AttributeMapping &) const = default;

private:
    QMap<ZoomAttribute, MappingSource> m_sources;
    QString m_defaultCountryCode;
};

} // namespace pd
