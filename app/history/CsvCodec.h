#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace pd {

// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted (with quotes
// doubled) when it holds a comma, a quote, CR or LF. Text is UTF-8; files start with a BOM so
// spreadsheets read accents right. A field that a spreadsheet would run as a formula (=, +, -, @,
// tab, CR first) gets a leading apostrophe, which the reader removes again: the round trip is exact.
class CsvCodec
{
public:
    static QString record(const QStringList &fields);
    static QString field(const QString &value);

    // Reads one record at a time from a device, in chunks.
    explicit CsvCodec(QIODevice *in);
    // false at the end of the input or on malformed input (see errorString()).
    bool readRecord(QStringList *fields);
    bool atEnd();
    QString errorString() const { return m_error; }

private:
    bool fill();
    static QString protect(const QString &value);
    static QString unprotect(const QString &value);

    QIODevice *m_in = nullptr;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace pd
