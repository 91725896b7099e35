#pragma once

#include "AttributeChange.h"
#include "HistoryTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

// One thing a run did (or planned, or could not do) to one user. Never holds a secret: the recorder
// scrubs detail and changes before they are stored (see SecretScrubber).
struct HistoryEvent
{
    qint64 id = 0; // set when stored
    qint64 runId = 0; // set by the recorder
    QDateTime at; // the recorder uses "now" when left invalid
    QString sourceKey; // the source's stable id (CSV key column, LDAP entryUUID/objectGUID)
    QString userName; // the Zoom userName (the user's email)
    HistoryOperation operation = HistoryOperation::Skip;
    HistoryResult result = HistoryResult::Skipped;
    int httpStatus = 0; // the status of the request that decided the result; 0 when none was sent
    QString detail; // a sentence: the skip reason, Zoom's error, a warning
    QList<AttributeChange> changes;

    // Filled by queries that span runs (the user timeline); ignored by the recorder.
    QString connectionName;

    bool operator==(const HistoryEvent &) const = default;
};

} // namespace pd
