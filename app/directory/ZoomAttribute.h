#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace pd {

// The Zoom user attributes of PingOne's Zoom connection, in the reference's order.
enum class ZoomAttribute {
    UserName,
    GivenName,
    FamilyName,
    Email,
    Phone,
    Active,
    UserType,
    Roles,
    Title,
    Department,
    Organization,
    Locale,
};

struct ZoomAttributeInfo
{
    ZoomAttribute attribute;
    const char *key; // connection-file key under rule.mapping
    const char *label; // "Given Name"; translate with ZoomAttributeInfo::displayLabel()
    const char *scimPath; // where the value goes in the SCIM user
    bool required;
    bool multiValued;
    QString displayLabel() const;
    QString description() const;
};

namespace ZoomAttributes {

inline constexpr char EnterpriseSchema[] = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
inline constexpr char CoreSchema[] = "urn:ietf:params:scim:schemas:core:2.0:User";

const QList<ZoomAttributeInfo> &all();
const ZoomAttributeInfo &info(ZoomAttribute attribute);
std::optional<ZoomAttribute> fromKey(const QString &key);
QString key(ZoomAttribute attribute);

} // namespace ZoomAttributes

} // namespace pd
