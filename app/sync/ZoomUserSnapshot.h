#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pd {

// A user as Zoom listed it (first sync and full resync).
struct ZoomUserSnapshot
{
    QString id;
    QString userName;
    bool active = true;
    bool adminOrOwner = false; // holds the Admin or Owner role (the preflight warns about these)
    // As listed, but only the attributes a mapped payload can set (userName, active, name, emails…),
    // as compact JSON with sorted keys: the same form as DesiredUser::canonical, so an account that
    // holds exactly the desired values compares equal byte for byte without parsing. Kept as bytes
    // because a full sync holds every Zoom user at once (a QJsonObject each costs ~2 KB).
    QByteArray json;

    QJsonObject resource() const;
    static ZoomUserSnapshot fromResource(const QJsonObject &resource);
};

} // namespace pd
