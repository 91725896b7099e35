#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "ZoomUserSnapshot.h"

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

} // namespace pd
