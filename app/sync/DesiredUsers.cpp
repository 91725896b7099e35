#include "DesiredUsers.h"

#include "RuleEvaluator.h"

namespace pd {

bool DesiredUsers::take(RuleRunResult &result, QList<DesiredUser> *out)
{
    bool complete = true;
    out->reserve(out->size() + result.inScope + result.invalid);
    for (RuleRunRow &row : result.rows) {
        if (row.outcome == RuleDecision::Outcome::OutOfScope)
            continue;
        if (row.key.isEmpty()) {
            complete = false;
            continue;
        }
        DesiredUser d;
        d.sourceKey = row.key;
        d.userName = row.userName;
        d.disabledInSource = !row.active;
        if (row.outcome == RuleDecision::Outcome::Invalid)
            d.problems = row.reasons;
        d.canonical = std::move(row.canonical);
        d.payloadHash = QString::fromLatin1(row.hash);
        out->append(std::move(d));
    }
    return complete;
}

} // namespace pd
