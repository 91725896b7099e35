#pragma once

#include "UserSource.h"

#include <QList>

namespace pd {

// "Test source": how many people, a few of them, and what could not be used.
struct SourceTestResult
{
    SourceReadResult read;
    qint64 count = 0;
    qint64 disabled = 0;
    QList<SourceRecord> sample;
    QStringList attributeNames;
    qint64 elapsedMs = 0;
    bool ok() const { return read.ok(); }
};

class SourceTester
{
public:
    // Reads the whole source on the calling thread (a worker) and keeps the first sampleSize records.
    static SourceTestResult test(UserSource &source, int sampleSize = 20, const ReadOptions &options = {});
    // Records whose key or any value contains text (case-insensitively), at most max of them: the
    // preview's search.
    static QList<SourceRecord> find(UserSource &source, const QString &text, int max = 50,
        const ReadOptions &options = {}, SourceReadResult *read = nullptr);
};

} // namespace pd
