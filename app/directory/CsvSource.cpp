#include "CsvSource.h"
#include "Translations.h"

#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "pd::CsvSource", "CsvSource"}, text);
}

SourceError fileError(const QString &file, const QString &detail)
{
    return {QStringLiteral("file"), tr("The CSV file %1 cannot be read.").arg(file),
        tr("Check that the file exists and that ProvisionDesk may read it."), detail};
}

// Opens the file and reads the header row. On success *reader is ready for the first data row.
SourceError openCsv(QFile *file, CsvReader *reader, QChar delimiter, CsvRow *header)
{
    if (file->fileName().isEmpty())
        return {QStringLiteral("file"), tr("No CSV file is chosen."),
            tr("Choose the file to read people from."), {}};
    if (!file->open(QIODevice::ReadOnly))
        return fileError(file->fileName(), file->errorString());
    reader->setDelimiter(delimiter.isNull() ? reader->detectDelimiter() : delimiter);
    if (!reader->next(header))
        return {QStringLiteral("empty"), tr("The CSV file %1 is empty.").arg(file->fileName()),
            tr("The first row must name the columns, for example: employeeId,email,givenName,familyName."),
            {}};
    if (!header->error.isEmpty())
        return {QStringLiteral("header"), tr("The header row of %1 cannot be read.").arg(file->fileName()),
            tr("Fix the first row of the file."), header->error};
    QHash<QString, int> seen;
    for (int i = 0; i < header->fields.size(); ++i) {
        QString &name = header->fields[i];
        name = name.trimmed();
        if (name.isEmpty())
            continue;
        const QString folded = name.toCaseFolded();
        if (seen.contains(folded))
            return {QStringLiteral("header"),
                tr("Columns %1 and %2 are both called \"%3\".")
                    .arg(seen.value(folded) + 1)
                    .arg(i + 1)
                    .arg(name),
                tr("Give every column its own name."), {}};
        seen.insert(folded, i);
    }
    return {};
}

int columnIndex(const QStringList &columns, const QString &name)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

CsvSource::CsvSource(CsvSettings settings)
    : m_settings(std::move(settings))
{ }

QString CsvSource::displayName() const
{
    return QFileInfo(m_settings.file).fileName();
}

CsvHeader CsvSource::inspect(const QString &file, QChar delimiter)
{
    QFile f(file);
    CsvReader reader(&f);
    CsvRow header;
    CsvHeader result;
    result.error = openCsv(&f, &reader, delimiter, &header);
    result.delimiter = reader.delimiter();
    for (const QString &c : std::as_const(header.fields)) {
        if (!c.isEmpty())
            result.columns.append(c);
    }
    return result;
}

SourceReadResult CsvSource::readRecords(const RecordHandler &onRecord, const ReadOptions &options)
{
    SourceReadResult result;
    QFile file(m_settings.file);
    CsvReader reader(&file);
    CsvRow header;
    result.error = openCsv(&file, &reader, m_settings.delimiter, &header);
    if (result.error.isError()) {
        result.status = SourceReadResult::Status::Failed;
        return result;
    }
    const QStringList &columns = header.fields;
    for (const QString &c : columns) {
        if (!c.isEmpty())
            result.attributeNames.append(c);
    }
    const int keyIndex = columnIndex(columns, m_settings.keyColumn);
    if (keyIndex < 0) {
        result.status = SourceReadResult::Status::Failed;
        result.error = {QStringLiteral("key-column"),
            m_settings.keyColumn.isEmpty()
                ? tr("No key column is chosen.")
                : tr("The file has no column \"%1\" to use as the key.").arg(m_settings.keyColumn),
            tr("Choose one of the columns: %1.").arg(result.attributeNames.join(QLatin1String(", "))), {}};
        return result;
    }
    int disabledIndex = -1;
    if (!m_settings.disabledColumn.isEmpty()) {
        disabledIndex = columnIndex(columns, m_settings.disabledColumn);
        if (disabledIndex < 0) {
            result.status = SourceReadResult::Status::Failed;
            result.error = {QStringLiteral("disabled-column"),
                tr("The file has no column \"%1\" to tell disabled people.").arg(m_settings.disabledColumn),
                tr("Choose one of the columns: %1.").arg(result.attributeNames.join(QLatin1String(", "))),
                {}};
            return result;
        }
    }
    const QString disabledValue = m_settings.disabledValue.trimmed();
    const qint64 total = file.size();
    qint64 sinceProgress = 0;

    CsvRow row;
    while (reader.next(&row)) {
        if (options.cancel.isCancelled()) {
            result.status = SourceReadResult::Status::Cancelled;
            return result;
        }
        const QString origin = tr("line %1").arg(row.line);
        if (row.error.isEmpty() && row.fields.size() != columns.size()) {
            bool extraEmpty = row.fields.size() > columns.size();
            for (qsizetype i = columns.size(); extraEmpty && i < row.fields.size(); ++i)
                extraEmpty = row.fields.at(i).trimmed().isEmpty();
            if (!extraEmpty)
                row.error = tr("the row has %1 fields but the header has %2")
                                .arg(row.fields.size())
                                .arg(columns.size());
        }
        if (!row.error.isEmpty()) {
            result.problems.append({row.line, origin, {}, tr("%1: the row was skipped").arg(row.error)});
            continue;
        }
        SourceRecord record;
        record.origin = origin;
        record.line = row.line;
        record.key = row.fields.at(keyIndex).trimmed();
        record.attributes.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).isEmpty())
                continue;
            const QString v = row.fields.at(i).trimmed();
            record.attributes.append({columns.at(i), v.isEmpty() ? QStringList() : QStringList {v}});
        }
        if (disabledIndex >= 0)
            record.disabled
                = row.fields.at(disabledIndex).trimmed().compare(disabledValue, Qt::CaseInsensitive) == 0;
        if (!onRecord(std::move(record))) {
            result.status = SourceReadResult::Status::Stopped;
            return result;
        }
        if (options.progress && ++sinceProgress >= 500) {
            sinceProgress = 0;
            options.progress({0, reader.bytesRead(), total});
        }
    }
    if (options.progress)
        options.progress({0, total, total});
    return result;
}

} // namespace pd
