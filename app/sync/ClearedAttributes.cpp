#include "ClearedAttributes.h"
#include "Translations.h"

#include "ZoomAttribute.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::ClearedAttributes", "ClearedAttributes"}, text);
}

// Top-level attributes (and the name parts) that Zoom keeps when emptied in the source.
const QStringList &keptPaths()
{
    static const QStringList paths {QStringLiteral("name.givenName"), QStringLiteral("name.familyName"),
        QStringLiteral("emails"), QStringLiteral("userType"), QStringLiteral("roles")};
    return paths;
}

bool has(const QJsonObject &o, const QString &key)
{
    return o.contains(key) && !o.value(key).isNull();
}

void ensureSchema(QJsonObject *body, const QString &urn)
{
    QJsonArray schemas = body->value(QStringLiteral("schemas")).toArray();
    if (!schemas.contains(urn)) {
        schemas.append(urn);
        body->insert(QStringLiteral("schemas"), schemas);
    }
}

} // namespace

QString ClearedAttributes::apply(const QJsonObject &before, const QJsonObject &after, QJsonObject *updateBody,
    QJsonArray *changes, QByteArray *payload)
{
    // Cleared in Zoom: simple attributes become null, phone numbers an empty list.
    for (const QString &key : {QStringLiteral("title"), QStringLiteral("locale")}) {
        if (has(before, key) && !has(after, key))
            updateBody->insert(key, QJsonValue::Null);
    }
    if (has(before, QStringLiteral("phoneNumbers")) && !has(after, QStringLiteral("phoneNumbers")))
        updateBody->insert(QStringLiteral("phoneNumbers"), QJsonArray());
    const QString enterpriseUrn = QLatin1String(ZoomAttributes::EnterpriseSchema);
    const QJsonObject oldEnterprise = before.value(enterpriseUrn).toObject();
    const QJsonObject newEnterprise = after.value(enterpriseUrn).toObject();
    QJsonObject enterprise = updateBody->value(enterpriseUrn).toObject();
    for (const QString &key : {QStringLiteral("department"), QStringLiteral("organization")}) {
        if (has(oldEnterprise, key) && !has(newEnterprise, key))
            enterprise.insert(key, QJsonValue::Null);
    }
    if (!enterprise.isEmpty()) {
        updateBody->insert(enterpriseUrn, enterprise);
        ensureSchema(updateBody, enterpriseUrn);
    }

    // Kept in Zoom: not a change that happened, and still part of what Zoom holds.
    QJsonObject held = QJsonDocument::fromJson(*payload).object();
    QStringList kept;
    const QJsonObject oldName = before.value(QStringLiteral("name")).toObject();
    QJsonObject name = held.value(QStringLiteral("name")).toObject();
    for (const QString &part : {QStringLiteral("givenName"), QStringLiteral("familyName")}) {
        if (has(oldName, part) && !has(after.value(QStringLiteral("name")).toObject(), part)) {
            name.insert(part, oldName.value(part));
            kept << (part == QLatin1String("givenName") ? tr("Given Name") : tr("Family Name"));
        }
    }
    if (!name.isEmpty())
        held.insert(QStringLiteral("name"), name);
    const QList<std::pair<QString, QString>> whole {{QStringLiteral("emails"), tr("Email")},
        {QStringLiteral("userType"), tr("User Type")}, {QStringLiteral("roles"), tr("Roles")}};
    for (const auto &[key, label] : whole) {
        if (has(before, key) && !has(after, key)) {
            held.insert(key, before.value(key));
            kept << label;
        }
    }
    if (kept.isEmpty())
        return {};
    for (qsizetype i = changes->size() - 1; i >= 0; --i) {
        const QJsonObject c = changes->at(i).toObject();
        const QString attribute = c.value(QStringLiteral("attribute")).toString();
        if (!c.value(QStringLiteral("new")).isNull())
            continue;
        for (const QString &path : keptPaths()) {
            if (attribute == path || attribute.startsWith(path + QLatin1Char('['))
                || attribute.startsWith(path + QLatin1Char('.'))) {
                changes->removeAt(i);
                break;
            }
        }
    }
    *payload = QJsonDocument(held).toJson(QJsonDocument::Compact);
    return tr("Emptied in the source but kept in Zoom, which does not let these be removed through SCIM: "
              "%1. Change them in Zoom if they must go.")
        .arg(kept.join(QStringLiteral(", ")));
}

} // namespace pd
