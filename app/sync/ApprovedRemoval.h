#pragma once

#include "PlannedOperation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd {

// One held removal or disable as the admin reviewed it. It releases the operation only while the
// plan still holds the same thing for the same user: a removal that turned into a delete, or a
// source key that now points at another Zoom account, stays held for a new review.
struct ApprovedRemoval
{
    QString sourceKey;
    PlannedOperation::Kind kind = PlannedOperation::Kind::Skip;
    QString zoomId;
    QString userName;

    static ApprovedRemoval of(const PlannedOperation &op);
    bool matches(const PlannedOperation &op) const;
    // "remove-disable jane@example.com", for messages.
    QString describe() const;

    // The held list of a `sync --json` summary ({"held": [{sourceKey, operation, zoomId, userName}]}).
    // Sets *error and returns nothing when an entry is incomplete or is not a removal or disable.
    static QList<ApprovedRemoval> listFromReportJson(const QJsonObject &report, QString *error);
    QJsonObject toJson() const;

    bool operator==(const ApprovedRemoval &) const = default;
};

} // namespace pd
