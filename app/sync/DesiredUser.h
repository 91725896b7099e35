#pragma once

#include <QJsonDocument>
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
    // As listed, compact JSON: for adoption and to see what changed in Zoom. Kept as bytes because a
    // full sync holds every Zoom user at once (a QJsonObject each cost ~2 KB; the bytes ~0.5 KB).
    QByteArray json;

    QJsonObject resource() const { return QJsonDocument::fromJson(json).object(); }
    static ZoomUserSnapshot fromResource(const QJsonObject &resource)
    {
        return {resource.value(QLatin1String("id")).toString(),
            resource.value(QLatin1String("userName")).toString(),
            resource.value(QLatin1String("active")).toBool(true),
            QJsonDocument(resource).toJson(QJsonDocument::Compact)};
    }
};

} // namespace pd
