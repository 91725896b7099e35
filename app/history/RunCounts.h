#pragma once

#include "HistoryTypes.h"

#include <QJsonObject>
#include <array>

namespace pd {

// How many events of each operation ended with each result in one run, and the chart's four
// families: created (create), updated (update, reactivate, adopt), removed (disable, remove-disable,
// remove-delete) -- all counted when they succeeded -- and failed (any operation that failed).
class RunCounts
{
public:
    void add(HistoryOperation op, HistoryResult result, int n = 1);
    int count(HistoryOperation op, HistoryResult result) const;
    int total(HistoryResult result) const;
    int total() const;

    int created() const;
    int updated() const;
    int removed() const;
    int failed() const { return total(HistoryResult::Failed); }

    // {"create": {"success": 3, "failed": 1}, ...}; zero counts are left out.
    QJsonObject toJson() const;
    static RunCounts fromJson(const QJsonObject &o);

    bool operator==(const RunCounts &) const = default;

private:
    std::array<std::array<int, historyResultCount>, historyOperationCount> m_counts {};
};

} // namespace pd
