#include "ZoomUserMapper.h"
#include "Translations.h"

#include "ZoomValues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::ZoomUserMapper", "ZoomUserMapper"}, text);
}

using Severity = MappingProblem::Severity;

} // namespace

bool MappedUser::isValid() const
{
    return std::none_of(
        problems.begin(), problems.end(), [](const MappingProblem &p) { return p.isError(); });
}

QStringList MappedUser::errorMessages() const
{
    QStringList out;
    for (const MappingProblem &p : problems) {
        if (p.isError())
            out << p.message;
    }
    return out;
}

QStringList MappedUser::warningMessages() const
{
    QStringList out;
    for (const MappingProblem &p : problems) {
        if (!p.isError())
            out << p.message;
    }
    return out;
}

ZoomUserMapper::ZoomUserMapper(const AttributeMapping &mapping)
    : m_mapping(mapping)
    , m_mappingProblems(mapping.check())
{
    for (const ZoomAttributeInfo &info : ZoomAttributes::all())
        m_compiled.append(mapping.source(info.attribute).compile());
}

bool ZoomUserMapper::isUsable() const
{
    return std::none_of(m_mappingProblems.begin(), m_mappingProblems.end(),
        [](const MappingProblem &p) { return p.isError(); });
}

QByteArray ZoomUserMapper::canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {

QJsonArray schemasFor(const QJsonObject &payload)
{
    QJsonArray schemas {QLatin1String(ZoomAttributes::CoreSchema)};
    if (payload.contains(QLatin1String(ZoomAttributes::EnterpriseSchema)))
        schemas.append(QLatin1String(ZoomAttributes::EnterpriseSchema));
    return schemas;
}

} // namespace

QJsonObject ZoomUserMapper::createBody(QJsonObject canonical)
{
    if (canonical.value(QStringLiteral("userName")).toString().isEmpty())
        canonical.remove(QStringLiteral("userName"));
    canonical.insert(QStringLiteral("schemas"), schemasFor(canonical));
    return canonical;
}

QJsonObject ZoomUserMapper::updateBody(QJsonObject canonical)
{
    // Zoom ignores userName on PUT; active goes by PATCH so "Enable users disable" decides it.
    canonical.remove(QStringLiteral("userName"));
    canonical.remove(QStringLiteral("active"));
    canonical.insert(QStringLiteral("schemas"), schemasFor(canonical));
    return canonical;
}

QJsonObject ZoomUserMapper::createBodyFromCanonical(const QByteArray &canonical)
{
    return createBody(QJsonDocument::fromJson(canonical).object());
}

QJsonObject ZoomUserMapper::updateBodyFromCanonical(const QByteArray &canonical)
{
    return updateBody(QJsonDocument::fromJson(canonical).object());
}

QByteArray ZoomUserMapper::hashOf(const QByteArray &canonical)
{
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

MappedUser ZoomUserMapper::map(const SourceRecord &record, bool withBodies) const
{
    MappedUser u;
    u.key = record.key;
    u.origin = record.origin;
    u.problems = m_mappingProblems;
    QJsonObject attributes; // core attributes except userName and active
    QJsonObject name;
    QJsonObject enterprise;

    const auto valuesOf = [&](ZoomAttribute a) -> QStringList {
        const Expression &e = m_compiled.at(static_cast<int>(a));
        if (e.isEmpty() || !e.isValid())
            return {};
        QStringList values;
        for (const QString &v : e.evaluate(record)) {
            const QString t = v.trimmed();
            if (!t.isEmpty())
                values.append(t);
        }
        return values;
    };
    const auto single = [&](ZoomAttribute a) -> QString {
        const QStringList values = valuesOf(a);
        if (values.size() > 1)
            u.problems.append({Severity::Warning, ZoomAttributes::key(a),
                tr("%1 has %2 values; the first, \"%3\", is used")
                    .arg(ZoomAttributes::info(a).displayLabel())
                    .arg(values.size())
                    .arg(values.constFirst())});
        return values.value(0);
    };
    const auto warn = [&](ZoomAttribute a, const QString &message) {
        u.problems.append({Severity::Warning, ZoomAttributes::key(a),
            tr("%1: %2; it is not sent").arg(ZoomAttributes::info(a).displayLabel(), message)});
    };
    const auto error = [&](ZoomAttribute a, const QString &message) {
        u.problems.append({Severity::Error, ZoomAttributes::key(a),
            tr("%1: %2").arg(ZoomAttributes::info(a).displayLabel(), message)});
    };

    u.userName = single(ZoomAttribute::UserName);
    if (u.userName.isEmpty())
        error(ZoomAttribute::UserName, tr("no value; every Zoom user needs an email address as username"));
    else if (!ZoomValues::isEmail(u.userName))
        error(ZoomAttribute::UserName, tr("\"%1\" is not an email address").arg(u.userName));

    if (m_mapping.isMapped(ZoomAttribute::Email)) {
        u.email = single(ZoomAttribute::Email);
        if (u.email.isEmpty())
            warn(ZoomAttribute::Email, tr("no value"));
        else if (!ZoomValues::isEmail(u.email)) {
            error(ZoomAttribute::Email, tr("\"%1\" is not an email address").arg(u.email));
            u.email.clear();
        } else if (!u.userName.isEmpty() && u.email.compare(u.userName, Qt::CaseInsensitive) != 0)
            u.problems.append({Severity::Warning, ZoomAttributes::key(ZoomAttribute::Email),
                tr("Email \"%1\" differs from Username \"%2\": Zoom uses the username when it "
                   "creates the user and the email when it updates one.")
                    .arg(u.email, u.userName)});
        if (!u.email.isEmpty())
            attributes.insert(QStringLiteral("emails"),
                QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("work")},
                    {QStringLiteral("value"), u.email}, {QStringLiteral("primary"), true}}});
    }

    u.active = !record.disabled;
    if (m_mapping.isMapped(ZoomAttribute::Active)) {
        const QString text = single(ZoomAttribute::Active);
        const auto parsed = ZoomValues::boolean(text);
        if (text.isEmpty())
            error(ZoomAttribute::Active, tr("no value; expected true or false"));
        else if (!parsed)
            error(ZoomAttribute::Active, tr("\"%1\" is neither true nor false").arg(text));
        else
            u.active = *parsed;
    }

    if (const QString v = single(ZoomAttribute::GivenName); !v.isEmpty())
        name.insert(QStringLiteral("givenName"), v);
    if (const QString v = single(ZoomAttribute::FamilyName); !v.isEmpty())
        name.insert(QStringLiteral("familyName"), v);
    if (!name.isEmpty())
        attributes.insert(QStringLiteral("name"), name);

    if (const QString v = single(ZoomAttribute::Phone); !v.isEmpty()) {
        const NormalizedValue phone = ZoomValues::phone(v, m_mapping.defaultCountryCode());
        if (phone.ok())
            attributes.insert(QStringLiteral("phoneNumbers"),
                QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("work")},
                    {QStringLiteral("value"), phone.value}}});
        else
            warn(ZoomAttribute::Phone, phone.error);
    }
    if (const QString v = single(ZoomAttribute::UserType); !v.isEmpty()) {
        // An unknown type is an error, not a warning: sending the user without it would change
        // their license silently.
        const NormalizedValue type = ZoomValues::userType(v);
        if (type.ok())
            attributes.insert(QStringLiteral("userType"), type.value);
        else
            error(ZoomAttribute::UserType, type.error);
    }
    const QStringList roles = valuesOf(ZoomAttribute::Roles);
    if (!roles.isEmpty()) {
        QJsonArray array;
        for (qsizetype i = 0; i < roles.size(); ++i)
            array.append(QJsonObject {{QStringLiteral("value"), roles.at(i)},
                {QStringLiteral("display"), roles.at(i)}, {QStringLiteral("primary"), i == 0}});
        attributes.insert(QStringLiteral("roles"), array);
    }
    if (const QString v = single(ZoomAttribute::Title); !v.isEmpty())
        attributes.insert(QStringLiteral("title"), v);
    if (const QString v = single(ZoomAttribute::Locale); !v.isEmpty()) {
        const NormalizedValue locale = ZoomValues::locale(v);
        if (locale.ok())
            attributes.insert(QStringLiteral("locale"), locale.value);
        else
            warn(ZoomAttribute::Locale, locale.error);
    }
    if (const QString v = single(ZoomAttribute::Department); !v.isEmpty())
        enterprise.insert(QStringLiteral("department"), v);
    if (const QString v = single(ZoomAttribute::Organization); !v.isEmpty())
        enterprise.insert(QStringLiteral("organization"), v);

    const QString enterpriseUrn = QLatin1String(ZoomAttributes::EnterpriseSchema);
    if (!enterprise.isEmpty())
        attributes.insert(enterpriseUrn, enterprise);
    QJsonObject canonical = attributes;
    canonical.insert(QStringLiteral("userName"), u.userName);
    canonical.insert(QStringLiteral("active"), u.active);
    u.canonical = canonicalJson(canonical);
    u.hash = hashOf(u.canonical);
    if (withBodies) {
        u.createBody = createBody(canonical);
        u.updateBody = updateBody(canonical);
    }
    return u;
}

} // namespace pd
