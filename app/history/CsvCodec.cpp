#include "CsvCodec.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace pd {

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Apostrophes, then a formula character: the shape protect() produces and unprotect() undoes.
bool apostrophesThenFormula(const QString &v)
{
    qsizetype i = 0;
    while (i < v.size() && v.at(i) == QLatin1Char('\''))
        ++i;
    return i < v.size() && isFormulaStart(v.at(i));
}

} // namespace

QString CsvCodec::protect(const QString &value)
{
    return apostrophesThenFormula(value) ? QLatin1Char('\'') + value : value;
}

QString CsvCodec::unprotect(const QString &value)
{
    return value.startsWith(QLatin1Char('\'')) && apostrophesThenFormula(value) ? value.mid(1) : value;
}

QString CsvCodec::field(const QString &raw)
{
    const QString value = protect(raw);
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvCodec::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i));
    }
    return line + QLatin1String("\r\n");
}

CsvCodec::CsvCodec(QIODevice *in)
    : m_in(in)
{ }

bool CsvCodec::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // Whole lines only, so a UTF-8 sequence is never cut in two.
    const QByteArray chunk = m_in->readLine();
    if (chunk.isEmpty())
        return false;
    QString text = QString::fromUtf8(chunk);
    if (!m_started) {
        m_started = true;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    m_buffer += text;
    return true;
}

bool CsvCodec::atEnd()
{
    return m_pos >= m_buffer.size() && !fill();
}

bool CsvCodec::readRecord(QStringList *fields)
{
    fields->clear();
    m_error.clear();
    if (atEnd())
        return false;
    QString current;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = QCoreApplication::translate("History", "the file ends inside a quoted field");
                return false;
            }
            break; // a last record without CRLF
        }
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                current += c;
                continue;
            }
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                current += c;
                ++m_pos;
            } else {
                quoted = false;
            }
            continue;
        }
        if (c == QLatin1Char('"') && current.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            fields->append(unprotect(current));
            current.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
            }
            break;
        } else if (wasQuoted) {
            m_error = QCoreApplication::translate("History", "text after a closing quote");
            return false;
        } else {
            current += c;
        }
    }
    fields->append(unprotect(current));
    return true;
}

} // namespace pd
