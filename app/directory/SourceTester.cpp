#include "SourceTester.h"

#include <QElapsedTimer>

namespace pd {

SourceTestResult SourceTester::test(UserSource &source, int sampleSize, const ReadOptions &options)
{
    SourceTestResult r;
    QElapsedTimer timer;
    timer.start();
    r.read = source.read(
        [&](SourceRecord &&record) {
            ++r.count;
            r.disabled += record.disabled ? 1 : 0;
            for (const SourceRecord::Attribute &a : std::as_const(record.attributes)) {
                if (!r.attributeNames.contains(a.name, Qt::CaseInsensitive))
                    r.attributeNames.append(a.name);
            }
            if (r.sample.size() < sampleSize)
                r.sample.append(std::move(record));
            return true;
        },
        options);
    for (const QString &a : std::as_const(r.read.attributeNames)) {
        if (!r.attributeNames.contains(a, Qt::CaseInsensitive))
            r.attributeNames.append(a);
    }
    r.elapsedMs = timer.elapsed();
    return r;
}

QList<SourceRecord> SourceTester::find(
    UserSource &source, const QString &text, int max, const ReadOptions &options, SourceReadResult *read)
{
    QList<SourceRecord> found;
    const QString needle = text.trimmed();
    const SourceReadResult result = source.read(
        [&](SourceRecord &&record) {
            bool hit = needle.isEmpty() || record.key.contains(needle, Qt::CaseInsensitive);
            for (qsizetype i = 0; !hit && i < record.attributes.size(); ++i) {
                for (const QString &v : std::as_const(record.attributes.at(i).values)) {
                    if (v.contains(needle, Qt::CaseInsensitive)) {
                        hit = true;
                        break;
                    }
                }
            }
            if (hit)
                found.append(std::move(record));
            return found.size() < max;
        },
        options);
    if (read)
        *read = result;
    return found;
}

} // namespace pd
