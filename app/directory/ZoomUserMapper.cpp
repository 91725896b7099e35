#include "ZoomUserMapper.h"
#include "Translations.h"

#include "CanonicalJsonWriter.h"
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

    const QString givenName = single(ZoomAttribute::GivenName);
    const QString familyName = single(ZoomAttribute::FamilyName);
    QString phone;
    if (const QString v = single(ZoomAttribute::Phone); !v.isEmpty()) {
        const NormalizedValue normalized = ZoomValues::phone(v, m_mapping.defaultCountryCode());
        if (normalized.ok())
            phone = normalized.value;
        else
            warn(ZoomAttribute::Phone, normalized.error);
    }
    QString userType;
    if (const QString v = single(ZoomAttribute::UserType); !v.isEmpty()) {
        // An unknown type is an error, not a warning: sending the user without it would change
        // their license silently.
        const NormalizedValue type = ZoomValues::userType(v);
        if (type.ok())
            userType = type.value;
        else
            error(ZoomAttribute::UserType, type.error);
    }
    const QStringList roles = valuesOf(ZoomAttribute::Roles);
    const QString title = single(ZoomAttribute::Title);
    QString locale;
    if (const QString v = single(ZoomAttribute::Locale); !v.isEmpty()) {
        const NormalizedValue normalized = ZoomValues::locale(v);
        if (normalized.ok())
            locale = normalized.value;
        else
            warn(ZoomAttribute::Locale, normalized.error);
    }
    const QString department = single(ZoomAttribute::Department);
    const QString organization = single(ZoomAttribute::Organization);

    // Every attribute that has a value, written straight into the canonical form: keys in
    // QJsonObject's order, so that the bytes (and stored hashes) are those of
    // canonicalJson(the same payload as a QJsonObject), which test_directory_mapper checks.
    CanonicalJsonWriter w;
    w.beginObject();
    w.booleanMember(u"active", u.active);
    if (!u.email.isEmpty()) {
        w.key(u"emails");
        w.beginArray();
        w.beginObject();
        w.booleanMember(u"primary", true);
        w.member(u"type", u"work");
        w.member(u"value", u.email);
        w.endObject();
        w.endArray();
    }
    if (!locale.isEmpty())
        w.member(u"locale", locale);
    if (!givenName.isEmpty() || !familyName.isEmpty()) {
        w.key(u"name");
        w.beginObject();
        if (!familyName.isEmpty())
            w.member(u"familyName", familyName);
        if (!givenName.isEmpty())
            w.member(u"givenName", givenName);
        w.endObject();
    }
    if (!phone.isEmpty()) {
        w.key(u"phoneNumbers");
        w.beginArray();
        w.beginObject();
        w.member(u"type", u"work");
        w.member(u"value", phone);
        w.endObject();
        w.endArray();
    }
    if (!roles.isEmpty()) {
        w.key(u"roles");
        w.beginArray();
        for (qsizetype i = 0; i < roles.size(); ++i) {
            w.beginObject();
            w.member(u"display", roles.at(i));
            w.booleanMember(u"primary", i == 0);
            w.member(u"value", roles.at(i));
            w.endObject();
        }
        w.endArray();
    }
    if (!title.isEmpty())
        w.member(u"title", title);
    if (!department.isEmpty() || !organization.isEmpty()) {
        static const QString enterpriseKey = QLatin1String(ZoomAttributes::EnterpriseSchema);
        w.key(enterpriseKey);
        w.beginObject();
        if (!department.isEmpty())
            w.member(u"department", department);
        if (!organization.isEmpty())
            w.member(u"organization", organization);
        w.endObject();
    }
    w.member(u"userName", u.userName);
    if (!userType.isEmpty())
        w.member(u"userType", userType);
    w.endObject();
    u.canonical = w.take();
    u.hash = hashOf(u.canonical);
    if (withBodies) {
        const QJsonObject canonical = QJsonDocument::fromJson(u.canonical).object();
        u.createBody = createBody(canonical);
        u.updateBody = updateBody(canonical);
    }
    return u;
}

} // namespace pd
