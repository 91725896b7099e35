#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pd {

// One source user in the rule's scope, already mapped to what Zoom should hold.
struct DesiredUser
{
    QString sourceKey;
    QString userName;
    bool disabledInSource = false;
    // The mapped payload. Either the bodies are set, or canonical is and the planner's body
    // builders make them when an operation needs them (a 100k no-op resync builds none).
    QJsonObject createBody; // POST /Users body
    QJsonObject updateBody; // PUT /Users/{id} body (Zoom treats PUT as a partial update)
    QByteArray canonical;
    QString payloadHash; // of the canonical mapped payload: equal hash = nothing to send
    QStringList problems; // mapping problems: the user is skipped with these as the reason
};

// A user as Zoom listed it (first sync and full resync).
struct ZoomUserSnapshot
{
    QString id;
    QString userName;
    bool active = true;
    QJsonObject resource; // as listed: for adoption and to see what changed in Zoom

    static ZoomUserSnapshot fromResource(const QJsonObject &resource)
    {
        return {resource.value(QLatin1String("id")).toString(),
            resource.value(QLatin1String("userName")).toString(),
            resource.value(QLatin1String("active")).toBool(true), resource};
    }
};

} // namespace pd
