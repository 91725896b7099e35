#include "ZoomAttribute.h"

#include <QCoreApplication>

namespace pd {

QString ZoomAttributeInfo::displayLabel() const
{
    return QCoreApplication::translate("ZoomAttribute", label);
}

QString ZoomAttributeInfo::description() const
{
    switch (attribute) {
    case ZoomAttribute::UserName:
        return QCoreApplication::translate("ZoomAttribute",
            "The user's unique username and Zoom login. Required; "
            "must be an email address.");
    case ZoomAttribute::GivenName:
        return QCoreApplication::translate("ZoomAttribute", "The user's first name.");
    case ZoomAttribute::FamilyName:
        return QCoreApplication::translate("ZoomAttribute", "The user's last name.");
    case ZoomAttribute::Email:
        return QCoreApplication::translate("ZoomAttribute", "The user's email address (work).");
    case ZoomAttribute::Phone:
        return QCoreApplication::translate("ZoomAttribute", "The user's work phone, sent as +1 5125550123.");
    case ZoomAttribute::Active:
        return QCoreApplication::translate("ZoomAttribute",
            "Whether the Zoom account is active. By default, "
            "active unless the directory says disabled.");
    case ZoomAttribute::UserType:
        return QCoreApplication::translate("ZoomAttribute",
            "Basic, Licensed or On-Prem (Pro and Corp are "
            "accepted as old names). Zoom is retiring this field.");
    case ZoomAttribute::Roles:
        return QCoreApplication::translate(
            "ZoomAttribute", "Roles held by the user, such as Student or Engineer.");
    case ZoomAttribute::Title:
        return QCoreApplication::translate("ZoomAttribute", "The user's title, such as Manager or CEO.");
    case ZoomAttribute::Department:
        return QCoreApplication::translate("ZoomAttribute",
            "The user's department or work group, such as "
            "Marketing.");
    case ZoomAttribute::Organization:
        return QCoreApplication::translate("ZoomAttribute",
            "The user's organization, typically a company or "
            "school.");
    case ZoomAttribute::Locale:
        return QCoreApplication::translate("ZoomAttribute",
            "The user's locale for dates, times and numbers, such "
            "as en-US.");
    }
    return {};
}

namespace ZoomAttributes {

const QList<ZoomAttributeInfo> &all()
{
    static const QList<ZoomAttributeInfo> list {
        {ZoomAttribute::UserName, "userName", QT_TRANSLATE_NOOP("ZoomAttribute", "Username"), "userName",
            true, false},
        {ZoomAttribute::GivenName, "givenName", QT_TRANSLATE_NOOP("ZoomAttribute", "Given Name"),
            "name.givenName", false, false},
        {ZoomAttribute::FamilyName, "familyName", QT_TRANSLATE_NOOP("ZoomAttribute", "Family Name"),
            "name.familyName", false, false},
        {ZoomAttribute::Email, "email", QT_TRANSLATE_NOOP("ZoomAttribute", "Email"),
            "emails[type eq \"work\"].value", false, false},
        {ZoomAttribute::Phone, "phone", QT_TRANSLATE_NOOP("ZoomAttribute", "Phone"),
            "phoneNumbers[type eq \"work\"].value", false, false},
        {ZoomAttribute::Active, "active", QT_TRANSLATE_NOOP("ZoomAttribute", "Active"), "active", false,
            false},
        {ZoomAttribute::UserType, "userType", QT_TRANSLATE_NOOP("ZoomAttribute", "User Type"), "userType",
            false, false},
        {ZoomAttribute::Roles, "roles", QT_TRANSLATE_NOOP("ZoomAttribute", "Roles"), "roles", false, true},
        {ZoomAttribute::Title, "title", QT_TRANSLATE_NOOP("ZoomAttribute", "Title"), "title", false, false},
        {ZoomAttribute::Department, "department", QT_TRANSLATE_NOOP("ZoomAttribute", "Department"),
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", false, false},
        {ZoomAttribute::Organization, "organization", QT_TRANSLATE_NOOP("ZoomAttribute", "Organization"),
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:organization", false, false},
        {ZoomAttribute::Locale, "locale", QT_TRANSLATE_NOOP("ZoomAttribute", "Locale"), "locale", false,
            false},
    };
    return list;
}

const ZoomAttributeInfo &info(ZoomAttribute attribute)
{
    return all().at(static_cast<int>(attribute));
}

std::optional<ZoomAttribute> fromKey(const QString &key)
{
    for (const ZoomAttributeInfo &i : all()) {
        if (key == QLatin1String(i.key))
            return i.attribute;
    }
    return std::nullopt;
}

QString key(ZoomAttribute attribute)
{
    return QLatin1String(info(attribute).key);
}

} // namespace ZoomAttributes

} // namespace pd
