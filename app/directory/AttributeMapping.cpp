#include "AttributeMapping.h"
#include "Translations.h"

#include "ZoomValues.h"

#include <QCoreApplication>
#include <QSet>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::AttributeMapping", "AttributeMapping"}, text);
}

QString loose(const QString &name)
{
    QString n = name.toLower();
    n.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return n;
}

} // namespace

Expression MappingSource::compile() const
{
    switch (kind) {
    case Kind::Unmapped:
        return {};
    case Kind::Attribute:
        return Expression::attribute(text);
    case Kind::Constant:
        return Expression::constant(text);
    case Kind::Expression:
        return Expression::parse(text);
    }
    return {};
}

void AttributeMapping::set(ZoomAttribute attribute, const MappingSource &source)
{
    if (source.isMapped())
        m_sources.insert(attribute, source);
    else
        m_sources.remove(attribute);
}

AttributeMapping AttributeMapping::defaultsForCsv(const QStringList &columns)
{
    struct Guess
    {
        ZoomAttribute attribute;
        QStringList names; // preferred first; the first is used when there are no columns
    };
    const QList<Guess> guesses {
        {ZoomAttribute::UserName,
            {QStringLiteral("email"), QStringLiteral("mail"), QStringLiteral("emailAddress"),
                QStringLiteral("workEmail"), QStringLiteral("userPrincipalName"),
                QStringLiteral("userName")}},
        {ZoomAttribute::GivenName,
            {QStringLiteral("givenName"), QStringLiteral("firstName"), QStringLiteral("first"),
                QStringLiteral("forename")}},
        {ZoomAttribute::FamilyName,
            {QStringLiteral("familyName"), QStringLiteral("lastName"), QStringLiteral("surname"),
                QStringLiteral("sn"), QStringLiteral("last")}},
        {ZoomAttribute::Phone,
            {QStringLiteral("phone"), QStringLiteral("workPhone"), QStringLiteral("telephoneNumber"),
                QStringLiteral("phoneNumber"), QStringLiteral("telephone")}},
        {ZoomAttribute::UserType,
            {QStringLiteral("userType"), QStringLiteral("zoomUserType"), QStringLiteral("licenseType"),
                QStringLiteral("license")}},
        {ZoomAttribute::Roles, {QStringLiteral("roles"), QStringLiteral("role")}},
        {ZoomAttribute::Title, {QStringLiteral("title"), QStringLiteral("jobTitle")}},
        {ZoomAttribute::Department, {QStringLiteral("department"), QStringLiteral("dept")}},
        {ZoomAttribute::Organization,
            {QStringLiteral("organization"), QStringLiteral("organisation"), QStringLiteral("company"),
                QStringLiteral("o")}},
        {ZoomAttribute::Locale,
            {QStringLiteral("locale"), QStringLiteral("preferredLanguage"), QStringLiteral("language")}},
    };
    AttributeMapping m;
    for (const Guess &g : guesses) {
        if (columns.isEmpty()) {
            if (g.attribute == ZoomAttribute::UserName || g.attribute == ZoomAttribute::GivenName
                || g.attribute == ZoomAttribute::FamilyName)
                m.set(g.attribute, MappingSource::attribute(g.names.constFirst()));
            continue;
        }
        for (const QString &name : g.names) {
            const auto hit = std::find_if(
                columns.begin(), columns.end(), [&](const QString &c) { return loose(c) == loose(name); });
            if (hit != columns.end()) {
                m.set(g.attribute, MappingSource::attribute(*hit));
                break;
            }
        }
    }
    // Zoom's advice: Username and Email from the same source attribute.
    m.set(ZoomAttribute::Email, m.source(ZoomAttribute::UserName));
    m.set(ZoomAttribute::Active, MappingSource::expression(QStringLiteral("@enabled")));
    return m;
}

AttributeMapping AttributeMapping::defaultsForLdap(LdapSettings::DirectoryType type)
{
    const bool ad = type == LdapSettings::DirectoryType::ActiveDirectory;
    AttributeMapping m;
    m.set(ZoomAttribute::UserName, MappingSource::attribute(QStringLiteral("mail")));
    m.set(ZoomAttribute::Email, MappingSource::attribute(QStringLiteral("mail")));
    m.set(ZoomAttribute::GivenName, MappingSource::attribute(QStringLiteral("givenName")));
    m.set(ZoomAttribute::FamilyName, MappingSource::attribute(QStringLiteral("sn")));
    m.set(ZoomAttribute::Phone, MappingSource::attribute(QStringLiteral("telephoneNumber")));
    m.set(ZoomAttribute::Title, MappingSource::attribute(QStringLiteral("title")));
    m.set(ZoomAttribute::Department,
        MappingSource::attribute(ad ? QStringLiteral("department") : QStringLiteral("departmentNumber")));
    m.set(ZoomAttribute::Organization,
        MappingSource::attribute(ad ? QStringLiteral("company") : QStringLiteral("o")));
    if (!ad)
        m.set(ZoomAttribute::Locale, MappingSource::attribute(QStringLiteral("preferredLanguage")));
    m.set(ZoomAttribute::Active, MappingSource::expression(QStringLiteral("@enabled")));
    return m;
}

QJsonObject AttributeMapping::toJson() const
{
    QJsonObject json;
    for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
        const MappingSource s = source(info.attribute);
        switch (s.kind) {
        case MappingSource::Kind::Unmapped:
            break;
        case MappingSource::Kind::Attribute:
            json.insert(QLatin1String(info.key), QJsonObject {{QStringLiteral("attribute"), s.text}});
            break;
        case MappingSource::Kind::Constant:
            json.insert(QLatin1String(info.key), QJsonObject {{QStringLiteral("constant"), s.text}});
            break;
        case MappingSource::Kind::Expression:
            json.insert(QLatin1String(info.key), QJsonObject {{QStringLiteral("expression"), s.text}});
            break;
        }
    }
    return json;
}

QList<FieldProblem> AttributeMapping::fromJson(
    const QJsonObject &json, AttributeMapping *out, const QString &prefix)
{
    QList<FieldProblem> problems;
    AttributeMapping m;
    m.m_defaultCountryCode = out->m_defaultCountryCode;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString path = prefix + QLatin1Char('.') + it.key();
        const auto attribute = ZoomAttributes::fromKey(it.key());
        if (!attribute) {
            QStringList keys;
            for (const ZoomAttributeInfo &i : ZoomAttributes::all())
                keys << QLatin1String(i.key);
            problems.append({path,
                tr("unknown Zoom attribute \"%1\" (known: %2)").arg(path, keys.join(QLatin1String(", ")))});
            continue;
        }
        if (!it->isObject()) {
            problems.append(
                {path, tr("\"%1\" must be an object such as {\"attribute\": \"mail\"}").arg(path)});
            continue;
        }
        const QJsonObject o = it->toObject();
        if (o.size() != 1) {
            problems.append({path,
                tr("\"%1\" must have exactly one of \"attribute\", \"constant\" or \"expression\"")
                    .arg(path)});
            continue;
        }
        const QString kind = o.begin().key();
        const QJsonValue value = o.begin().value();
        const QString valuePath = path + QLatin1Char('.') + kind;
        MappingSource s;
        if (kind == QLatin1String("attribute"))
            s.kind = MappingSource::Kind::Attribute;
        else if (kind == QLatin1String("constant"))
            s.kind = MappingSource::Kind::Constant;
        else if (kind == QLatin1String("expression"))
            s.kind = MappingSource::Kind::Expression;
        else {
            problems.append({valuePath,
                tr("unknown key \"%1\" (use \"attribute\", \"constant\" or \"expression\")").arg(valuePath)});
            continue;
        }
        if (!value.isString()) {
            problems.append({valuePath, tr("\"%1\" must be a string").arg(valuePath)});
            continue;
        }
        s.text = value.toString();
        if (s.kind == MappingSource::Kind::Expression) {
            const Expression e = Expression::parse(s.text);
            if (!e.isValid())
                problems.append({valuePath, tr("\"%1\": %2").arg(valuePath, e.error().toString())});
        } else if (s.kind == MappingSource::Kind::Attribute && s.text.trimmed().isEmpty()) {
            problems.append({valuePath, tr("\"%1\" names no attribute").arg(valuePath)});
        }
        m.set(*attribute, s);
    }
    if (problems.isEmpty())
        *out = m;
    return problems;
}

bool AttributeMapping::userNameAndEmailDiffer() const
{
    const MappingSource user = source(ZoomAttribute::UserName);
    const MappingSource email = source(ZoomAttribute::Email);
    if (!user.isMapped() || !email.isMapped())
        return false;
    if (user == email)
        return false;
    // lower(mail) and mail read the same attribute: that is the same source.
    const Expression a = user.compile();
    const Expression b = email.compile();
    if (!a.isValid() || !b.isValid() || a.isConstant() || b.isConstant())
        return true;
    QStringList ra = a.referencedAttributes();
    QStringList rb = b.referencedAttributes();
    for (QString &s : ra)
        s = s.toLower();
    for (QString &s : rb)
        s = s.toLower();
    return QSet<QString>(ra.begin(), ra.end()) != QSet<QString>(rb.begin(), rb.end());
}

QString AttributeMapping::userNameEmailWarning()
{
    return tr(
        "Username and Email come from different source attributes. Zoom reads only the username when it "
        "creates a user (POST) and sets both username and email from it, and reads only the email when it "
        "updates a user (PUT) and sets both from that. Map both to the same source attribute to avoid "
        "inconsistent provisioning.");
}

QList<MappingProblem> AttributeMapping::check(const QStringList &knownAttributes) const
{
    using Severity = MappingProblem::Severity;
    QList<MappingProblem> problems;
    for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
        const MappingSource s = source(info.attribute);
        const QString key = QLatin1String(info.key);
        if (!s.isMapped()) {
            if (info.required)
                problems.append({Severity::Error, key,
                    tr("%1 is required: map it to the attribute that holds the "
                       "user's email address.")
                        .arg(info.displayLabel())});
            continue;
        }
        const Expression e = s.compile();
        if (!e.isValid()) {
            problems.append(
                {Severity::Error, key, tr("%1: %2").arg(info.displayLabel(), e.error().toString())});
            continue;
        }
        if (!knownAttributes.isEmpty()) {
            for (const QString &a : e.referencedAttributes()) {
                if (!a.startsWith(QLatin1Char('@')) && !knownAttributes.contains(a, Qt::CaseInsensitive))
                    problems.append({Severity::Warning, key,
                        tr("%1: the source has no attribute \"%2\"").arg(info.displayLabel(), a)});
            }
        }
        if (s.kind != MappingSource::Kind::Constant)
            continue;
        NormalizedValue checked {s.text, {}};
        switch (info.attribute) {
        case ZoomAttribute::UserName:
            problems.append(
                {Severity::Error, key, tr("Username cannot be a constant: every user needs their own.")});
            break;
        case ZoomAttribute::Email:
            if (!ZoomValues::isEmail(s.text))
                checked.error = tr("\"%1\" is not an email address").arg(s.text);
            break;
        case ZoomAttribute::Phone:
            checked = ZoomValues::phone(s.text, m_defaultCountryCode);
            break;
        case ZoomAttribute::UserType:
            checked = ZoomValues::userType(s.text);
            break;
        case ZoomAttribute::Locale:
            checked = ZoomValues::locale(s.text);
            break;
        case ZoomAttribute::Active:
            if (!ZoomValues::boolean(s.text))
                checked.error = tr("\"%1\" is neither true nor false").arg(s.text);
            break;
        default:
            break;
        }
        if (!checked.ok())
            problems.append({Severity::Error, key, tr("%1: %2").arg(info.displayLabel(), checked.error)});
    }
    if (userNameAndEmailDiffer())
        problems.append(
            {Severity::Warning, ZoomAttributes::key(ZoomAttribute::Email), userNameEmailWarning()});
    return problems;
}

QStringList AttributeMapping::referencedAttributes() const
{
    QStringList names;
    for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
        for (const QString &a : source(info.attribute).compile().referencedAttributes()) {
            if (!names.contains(a, Qt::CaseInsensitive))
                names.append(a);
        }
    }
    return names;
}

} // namespace pd
