#pragma once

#include "HistoryTypes.h"

#include <QJsonObject>
#include <QString>

namespace pd {

// One thing a run did (or tried) that an undo leaves as it is, with the reason in a sentence.
struct UndoItem
{
    QString sourceKey;
    QString userName;
    HistoryOperation operation = HistoryOperation::Skip; // what the undone run did or tried
    HistoryResult result = HistoryResult::Skipped; // how that ended in the undone run
    qint64 laterRunId = 0; // the later run that changed the user again, when that is the reason
    QString reason;

    QJsonObject toJson() const;
    bool operator==(const UndoItem &) const = default;
};

} // namespace pd
