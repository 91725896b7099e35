#pragma once

#include "UserSource.h"

#include <QChar>
#include <QString>
#include <QStringList>

namespace pd {

struct CsvSettings
{
    QString file;
    QChar delimiter; // null: detect from the header row
    QString keyColumn; // the column whose value stays the same for a person
    QString disabledColumn; // optional: the record is disabled when this column...
    QString disabledValue; // ...holds this value (compared case-insensitively, trimmed)
    bool operator==(const CsvSettings &) const = default;
};

// The header of a CSV file, read without reading the rest: for editors and defaults.
struct CsvHeader
{
    QStringList columns;
    QChar delimiter;
    SourceError error;
};

// People from a CSV file: the header row names the attributes, one row per person. Values are
// trimmed; an empty cell is an absent attribute. Rows that cannot be used are reported with their
// line number and skipped.
class CsvSource : public UserSource
{
public:
    explicit CsvSource(CsvSettings settings);
    QString displayName() const override;
    const CsvSettings &settings() const { return m_settings; }

    static CsvHeader inspect(const QString &file, QChar delimiter = {});

protected:
    SourceReadResult readRecords(const RecordHandler &onRecord, const ReadOptions &options) override;

private:
    CsvSettings m_settings;
};

} // namespace pd
