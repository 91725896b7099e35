#include "CsvReader.h"

#include <QCoreApplication>

namespace pd {

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
constexpr char16_t Replacement = 0xFFFD;
} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
    , m_decoder(QStringConverter::Utf8)
{ }

bool CsvReader::fill()
{
    if (!m_device || m_device->atEnd())
        return false;
    const QByteArray bytes = m_device->read(ChunkSize);
    if (bytes.isEmpty())
        return false;
    m_bytesRead += bytes.size();
    QString text = m_decoder.decode(bytes);
    if (m_decoder.hasError())
        m_decodeError = true;
    if (m_atStart) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        if (!text.isEmpty() || m_device->atEnd())
            m_atStart = false;
    }
    // Drop what was consumed; keep the rest for the next get().
    m_buffer = m_buffer.mid(m_pos) + text;
    m_pos = 0;
    return true;
}

int CsvReader::peek()
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return Eof;
    }
    return m_buffer.at(m_pos).unicode();
}

int CsvReader::get()
{
    const int c = peek();
    if (c != Eof)
        ++m_pos;
    return c;
}

QChar CsvReader::detectDelimiter()
{
    // Make sure the first row is in the buffer (or the input ends), then count outside quotes.
    for (;;) {
        bool inQuotes = false;
        qsizetype end = -1;
        for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
            const QChar c = m_buffer.at(i);
            if (c == QLatin1Char('"'))
                inQuotes = !inQuotes;
            else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (i > m_pos) {
                    end = i;
                    break;
                }
            }
        }
        if (end >= 0 || m_buffer.size() - m_pos > 4 * 1024 * 1024 || !fill())
            break;
    }
    int comma = 0, semicolon = 0, tab = 0;
    bool inQuotes = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (comma + semicolon + tab > 0)
                break;
        } else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

void CsvReader::skipToLineEnd()
{
    for (;;) {
        const int c = get();
        if (c == Eof || c == '\n')
            break;
        if (c == '\r') {
            if (peek() == '\n')
                get();
            break;
        }
    }
    ++m_line;
}

bool CsvReader::next(CsvRow *row)
{
    const char16_t delimiter = m_delimiter.unicode();
    for (;;) {
        row->fields.clear();
        row->error.clear();
        row->line = m_line;
        if (peek() == Eof)
            return false;
        // Skip empty lines.
        if (peek() == '\n' || peek() == '\r') {
            skipToLineEnd();
            continue;
        }

        QString field;
        bool quoted = false;
        for (;;) {
            const int c = get();
            if (c == Eof) {
                row->fields.append(field);
                break;
            }
            if (c == '"' && field.isEmpty() && !quoted) {
                quoted = true;
                const qint64 startLine = m_line;
                bool closed = false;
                while (!closed) {
                    const int q = get();
                    if (q == Eof) {
                        row->error = QCoreApplication::translate("CsvReader",
                            "the quoted field that starts on line %1 is "
                            "never closed")
                                         .arg(startLine);
                        row->fields.append(field);
                        return true;
                    }
                    if (q == '"') {
                        if (peek() == '"') {
                            get();
                            field.append(QLatin1Char('"'));
                        } else {
                            closed = true;
                        }
                    } else if (q == '\r') {
                        if (peek() == '\n')
                            get();
                        field.append(QLatin1Char('\n'));
                        ++m_line;
                    } else {
                        if (q == '\n')
                            ++m_line;
                        field.append(QChar(char16_t(q)));
                    }
                }
                const int after = peek();
                if (after != Eof && after != delimiter && after != '\n' && after != '\r') {
                    row->error = QCoreApplication::translate(
                        "CsvReader", "unexpected text after a closing quote in field %1")
                                     .arg(row->fields.size() + 1);
                    skipToLineEnd();
                    return true;
                }
                continue;
            }
            if (c == delimiter) {
                row->fields.append(field);
                field.clear();
                quoted = false;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n')
                    get();
                ++m_line;
                row->fields.append(field);
                break;
            }
            field.append(QChar(char16_t(c)));
        }
        if (m_decodeError) {
            for (const QString &f : std::as_const(row->fields)) {
                if (f.contains(QChar(Replacement))) {
                    row->error = QCoreApplication::translate("CsvReader",
                        "the row is not valid UTF-8 (save the file as "
                        "\"CSV UTF-8\")");
                    break;
                }
            }
        }
        return true;
    }
}

} // namespace pd
