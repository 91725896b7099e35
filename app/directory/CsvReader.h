#pragma once

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace pd {

// One row of a CSV file. A row with an error is still returned so the caller can report its line.
struct CsvRow
{
    qint64 line = 0; // 1-based line on which the row starts
    QStringList fields;
    QString error;
};

// Streaming RFC 4180 reader: quoted fields with embedded delimiters, newlines and doubled quotes;
// UTF-8 with or without a byte order mark; CRLF, LF or CR line ends. Reads the device in chunks so
// large files never sit in memory whole. Empty lines are skipped. A quote inside an unquoted field
// is kept as a character (spreadsheets write O"Neil that way); text after a closing quote is an error.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // Looks at the first row without consuming it: the most frequent of , ; and tab outside quotes.
    // Comma when none appears.
    QChar detectDelimiter();
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }

    // Reads the next non-empty row; false at the end of the input.
    bool next(CsvRow *row);
    qint64 bytesRead() const { return m_bytesRead; }

private:
    static constexpr int Eof = -1;
    bool fill();
    int peek();
    int get();
    void skipToLineEnd();

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_decodeError = false;
    QChar m_delimiter = QLatin1Char(',');
};

} // namespace pd
