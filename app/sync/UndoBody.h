#pragma once

#include "AttributeChange.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace pd {

// What a PUT must send to put back the values a run overwrote, worked out from the run's attribute
// changes (old -> new, PayloadDiff paths) and the payload the connection recorded after that run.
struct UndoBody
{
    QJsonObject body; // PUT body (schemas + the restored attributes); empty: nothing to PUT
    QByteArray payload; // the recorded payload as it is once restored (compact JSON)
    QJsonArray changes; // [{attribute, old, new}] of the undo itself: the run's new -> its old
    std::optional<bool> setActive; // the run changed "active": its old value
    QString note; // attributes that were added and that Zoom does not let be cleared (kept)

    static UndoBody restore(const QList<AttributeChange> &runChanges, const QByteArray &payloadAfterRun);
    // Sets (or, for an undefined/null value, removes) one PayloadDiff path in a SCIM payload.
    static void setPath(QJsonObject *payload, const QString &path, const QJsonValue &value);
};

} // namespace pd
