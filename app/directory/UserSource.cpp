#include "UserSource.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pd {

UserSource::~UserSource() = default;

SourceReadResult UserSource::read(const RecordHandler &onRecord, const ReadOptions &options)
{
    QHash<QString, QString> seen; // folded key -> origin of its first record
    QList<SourceProblem> keyProblems;
    qint64 delivered = 0;

    const RecordHandler checked = [&](SourceRecord &&record) {
        if (record.key.isEmpty()) {
            keyProblems.append({record.line, record.origin, {},
                QCoreApplication::translate("UserSource", "no key value: the record was skipped")});
            return true;
        }
        const QString folded = record.key.toCaseFolded();
        const auto it = seen.constFind(folded);
        if (it != seen.constEnd()) {
            keyProblems.append({record.line, record.origin, record.key,
                QCoreApplication::translate("UserSource",
                    "duplicate key \"%1\" (first used at %2): the record "
                    "was skipped")
                    .arg(record.key, *it)});
            return true;
        }
        seen.insert(folded, record.origin);
        ++delivered;
        const bool more = onRecord(std::move(record));
        return more && !(options.maxRecords >= 0 && delivered >= options.maxRecords);
    };

    ReadOptions inner = options;
    if (options.progress) {
        inner.progress = [&](const ReadProgress &p) {
            ReadProgress withCount = p;
            withCount.records = delivered;
            options.progress(withCount);
        };
    }
    SourceReadResult result = readRecords(checked, inner);
    result.records = delivered;
    // Keep problems in source order: line-based ones sort by line, the rest keep their order.
    result.problems += keyProblems;
    std::stable_sort(result.problems.begin(), result.problems.end(),
        [](const SourceProblem &a, const SourceProblem &b) { return a.line < b.line; });
    return result;
}

} // namespace pd
