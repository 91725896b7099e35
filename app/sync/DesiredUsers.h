#pragma once

#include "DesiredUser.h"

#include <QList>

namespace pd {

struct RuleRunResult;

// The rule's verdict on a source read, as the planner's desired users (sync, impact forecast).
class DesiredUsers
{
public:
    // Appends every in-scope and invalid row of result (moving its canonical payload) to *out.
    // Returns false when a row had no key: an unreadable entry could be anyone, so removals must wait.
    static bool take(RuleRunResult &result, QList<DesiredUser> *out);
};

} // namespace pd
