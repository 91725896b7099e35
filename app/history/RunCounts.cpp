#include "RunCounts.h"

namespace pd {

namespace {
constexpr int index(auto e)
{
    return static_cast<int>(e);
}
} // namespace

void RunCounts::add(HistoryOperation op, HistoryResult result, int n)
{
    m_counts[index(op)][index(result)] += n;
}

int RunCounts::count(HistoryOperation op, HistoryResult result) const
{
    return m_counts[index(op)][index(result)];
}

int RunCounts::total(HistoryResult result) const
{
    int sum = 0;
    for (const auto &row : m_counts)
        sum += row[index(result)];
    return sum;
}

int RunCounts::total() const
{
    int sum = 0;
    for (const auto &row : m_counts) {
        for (int n : row)
            sum += n;
    }
    return sum;
}

int RunCounts::created() const
{
    return count(HistoryOperation::Create, HistoryResult::Success);
}

int RunCounts::updated() const
{
    return count(HistoryOperation::Update, HistoryResult::Success)
        + count(HistoryOperation::Reactivate, HistoryResult::Success)
        + count(HistoryOperation::Adopt, HistoryResult::Success);
}

int RunCounts::removed() const
{
    return count(HistoryOperation::Disable, HistoryResult::Success)
        + count(HistoryOperation::RemoveDisable, HistoryResult::Success)
        + count(HistoryOperation::RemoveDelete, HistoryResult::Success);
}

QJsonObject RunCounts::toJson() const
{
    QJsonObject o;
    for (HistoryOperation op : allHistoryOperations()) {
        QJsonObject byResult;
        for (HistoryResult r : allHistoryResults()) {
            if (const int n = count(op, r))
                byResult.insert(historyResultToString(r), n);
        }
        if (!byResult.isEmpty())
            o.insert(historyOperationToString(op), byResult);
    }
    return o;
}

RunCounts RunCounts::fromJson(const QJsonObject &o)
{
    RunCounts counts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        HistoryOperation op;
        if (!historyOperationFromString(it.key(), &op))
            continue;
        const QJsonObject byResult = it.value().toObject();
        for (auto r = byResult.begin(); r != byResult.end(); ++r) {
            HistoryResult result;
            if (historyResultFromString(r.key(), &result))
                counts.add(op, result, r.value().toInt());
        }
    }
    return counts;
}

} // namespace pd
