#pragma once

#include "HistoryTypes.h"
#include "ScimError.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pd {

// How an applied plan ends, in one outcome and one sentence for the admin: the order of the checks
// is the order of importance (a storage failure or Zoom's limit outweighs a held removal).
struct RunConclusion
{
    Q_DECLARE_TR_FUNCTIONS(RunConclusion)

public:
    struct Facts
    {
        QString storageError;
        std::optional<ScimError> runStop; // Zoom's daily limit or a too-long Retry-After
        bool cancelled = false;
        int succeeded = 0;
        int failed = 0;
        int held = 0;
    };

    RunOutcome outcome = RunOutcome::Succeeded;
    QString message;

    static RunConclusion of(const Facts &facts);
};

} // namespace pd
