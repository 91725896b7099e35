#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace pd {

// Attribute-level differences between two SCIM payloads, as [{attribute, old, new}], with paths
// like "name.givenName" and "emails[work].value". "schemas" and "meta" are not attributes.
class PayloadDiff
{
public:
    static QJsonArray compare(const QJsonObject &before, const QJsonObject &after);
    // Only the attributes "after" sets: what a Zoom partial PUT would change in "before".
    static QJsonArray changesMade(const QJsonObject &before, const QJsonObject &after);
};

} // namespace pd
