#include "ZoomUserSnapshot.h"

#include "Preflight.h"
#include "ZoomAttribute.h"

#include <QJsonDocument>
#include <QSet>

namespace pd {

namespace {

// The top-level SCIM attributes the mapping can write: the first segment of each attribute's path.
const QSet<QString> &mappableKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> out;
        const QString enterprise = QLatin1String(ZoomAttributes::EnterpriseSchema);
        for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
            const QString path = QLatin1String(info.scimPath);
            if (path.startsWith(enterprise))
                out.insert(enterprise);
            else
                out.insert(path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0));
        }
        return out;
    }();
    return keys;
}

} // namespace

QJsonObject ZoomUserSnapshot::resource() const
{
    return QJsonDocument::fromJson(json).object();
}

ZoomUserSnapshot ZoomUserSnapshot::fromResource(const QJsonObject &resource)
{
    // What the planner compares (PayloadDiff) only reads the attributes an update body sets; meta,
    // schemas, groups and the like are dropped here instead of being held for every Zoom user.
    QJsonObject kept;
    const QSet<QString> &keys = mappableKeys();
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        if (keys.contains(it.key()))
            kept.insert(it.key(), it.value());
    }
    ZoomUserSnapshot z;
    z.id = resource.value(QLatin1String("id")).toString();
    z.userName = resource.value(QLatin1String("userName")).toString();
    z.active = resource.value(QLatin1String("active")).toBool(true);
    z.adminOrOwner = Preflight::isAdminOrOwner(resource);
    z.json = QJsonDocument(kept).toJson(QJsonDocument::Compact);
    z.json.squeeze(); // toJson's buffer grows by doubling: held 100,000 times
    return z;
}

} // namespace pd
