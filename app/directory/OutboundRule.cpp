#include "OutboundRule.h"
#include "Translations.h"

#include "LdapSource.h"
#include "StrictJson.h"

#include <QCoreApplication>

namespace pd {

namespace {
QString tr(const char *text)
{
    return Translations::translate({"pd::OutboundRule", "OutboundRule"}, text);
}
} // namespace

OutboundRule OutboundRule::withDefaults(const SourceSettings &source, const QStringList &csvColumns)
{
    OutboundRule r;
    r.source = source;
    r.mapping = source.type == SourceSettings::Type::Ldap
        ? AttributeMapping::defaultsForLdap(source.ldap.directoryType)
        : AttributeMapping::defaultsForCsv(csvColumns);
    return r;
}

QJsonObject OutboundRule::toJson() const
{
    QJsonObject json {{QStringLiteral("source"), source.toJson()},
        {QStringLiteral("filter"), filter.toJson()}, {QStringLiteral("mapping"), mapping.toJson()}};
    if (!mapping.defaultCountryCode().isEmpty())
        json.insert(QStringLiteral("options"),
            QJsonObject {{QStringLiteral("defaultCountryCode"), mapping.defaultCountryCode()}});
    return json;
}

QList<FieldProblem> OutboundRule::fromJson(const QJsonObject &json, OutboundRule *out, const QString &prefix)
{
    QList<FieldProblem> problems;
    StrictJson j(json, prefix, &problems);
    OutboundRule r;
    problems += SourceSettings::fromJson(
        j.object(QStringLiteral("source"), true), &r.source, j.path(QStringLiteral("source")));
    if (j.has(QStringLiteral("filter")))
        problems += UserFilter::fromJson(
            j.object(QStringLiteral("filter")), &r.filter, j.path(QStringLiteral("filter")));
    QString countryCode;
    if (j.has(QStringLiteral("options"))) {
        StrictJson o(j.object(QStringLiteral("options")), j.path(QStringLiteral("options")), &problems);
        o.string(QStringLiteral("defaultCountryCode"), &countryCode);
        o.finish();
        const QString digits = countryCode.trimmed().remove(QLatin1Char('+'));
        bool numeric = !digits.isEmpty() && digits.size() <= 3;
        for (const QChar c : digits)
            numeric = numeric && c.isDigit();
        if (!countryCode.isEmpty() && !numeric)
            problems.append({j.path(QStringLiteral("options")) + QLatin1String(".defaultCountryCode"),
                tr("the default country code is 1 to 3 digits, such as 1 or 44")});
        countryCode = digits;
    }
    if (j.has(QStringLiteral("mapping"))) {
        problems += AttributeMapping::fromJson(
            j.object(QStringLiteral("mapping")), &r.mapping, j.path(QStringLiteral("mapping")));
    } else if (problems.isEmpty()) {
        r.mapping = withDefaults(r.source).mapping;
    }
    r.mapping.setDefaultCountryCode(countryCode);
    j.finish();
    if (problems.isEmpty()) {
        for (const MappingProblem &p : r.mapping.check()) {
            if (p.isError())
                problems.append(
                    {j.path(QStringLiteral("mapping")) + QLatin1Char('.') + p.attribute, p.message});
        }
    }
    if (problems.isEmpty())
        *out = r;
    return problems;
}

QList<FieldProblem> OutboundRule::fromConnection(const Connection &connection, OutboundRule *out)
{
    if (connection.rule.isEmpty())
        return {{QStringLiteral("rule"),
            tr("The connection \"%1\" has no outbound rule yet.").arg(connection.name)}};
    return fromJson(connection.rule, out);
}

QList<FieldProblem> OutboundRule::usableFrom(const Connection &connection, OutboundRule *out)
{
    const QList<FieldProblem> problems = fromConnection(connection, out);
    return problems.isEmpty() ? out->validate() : problems;
}

bool OutboundRule::needsSourcePassword(const Connection &connection)
{
    OutboundRule rule;
    return fromConnection(connection, &rule).isEmpty() && rule.source.needsPassword();
}

QString OutboundRule::describe(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.field + QStringLiteral(": ") + p.message;
    return lines.join(QStringLiteral("; "));
}

QList<FieldProblem> OutboundRule::validate() const
{
    QList<FieldProblem> problems = source.validate();
    for (const MappingProblem &p : mapping.check()) {
        if (p.isError())
            problems.append({QStringLiteral("rule.mapping.") + p.attribute, p.message});
    }
    return problems;
}

QStringList OutboundRule::requiredAttributes() const
{
    QStringList names = mapping.referencedAttributes();
    for (const QString &a : filter.referencedAttributes()) {
        if (!names.contains(a, Qt::CaseInsensitive))
            names.append(a);
    }
    names.erase(std::remove_if(names.begin(), names.end(),
                    [](const QString &a) { return a.startsWith(QLatin1Char('@')); }),
        names.end());
    return names;
}

std::unique_ptr<UserSource> OutboundRule::createSource(const QString &password) const
{
    if (source.type == SourceSettings::Type::Ldap) {
        auto ldap = std::make_unique<LdapSource>(source.ldap, password);
        ldap->setRequiredAttributes(requiredAttributes());
        return ldap;
    }
    return source.createSource(password);
}

} // namespace pd
