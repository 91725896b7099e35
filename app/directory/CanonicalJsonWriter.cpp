#include "CanonicalJsonWriter.h"

namespace pd {

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

void appendUnicodeEscape(QByteArray &out, char16_t u)
{
    out += "\\u";
    out += hexDigit((u >> 12) & 0xf);
    out += hexDigit((u >> 8) & 0xf);
    out += hexDigit((u >> 4) & 0xf);
    out += hexDigit(u & 0xf);
}

} // namespace

void CanonicalJsonWriter::separate()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void CanonicalJsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
}

void CanonicalJsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
}

void CanonicalJsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
}

void CanonicalJsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
}

void CanonicalJsonWriter::key(QStringView name)
{
    separate();
    string(name);
    m_out += ':';
    m_first = true; // the value follows without a comma
}

void CanonicalJsonWriter::value(QStringView text)
{
    separate();
    string(text);
}

void CanonicalJsonWriter::boolean(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void CanonicalJsonWriter::member(QStringView name, QStringView text)
{
    key(name);
    value(text);
}

void CanonicalJsonWriter::booleanMember(QStringView name, bool flag)
{
    key(name);
    boolean(flag);
}

// Qt's escaping (qjsonwriter.cpp): '"', '\\' and the C0 controls escaped (\b \f \n \r \t, else
// \u00xx), everything else as UTF-8, and a lone surrogate as \uxxxx (lower-case hex).
void CanonicalJsonWriter::string(QStringView text)
{
    m_out += '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            switch (u) {
            case u'"':
                m_out += "\\\"";
                break;
            case u'\\':
                m_out += "\\\\";
                break;
            case 0x8:
                m_out += "\\b";
                break;
            case 0xc:
                m_out += "\\f";
                break;
            case 0xa:
                m_out += "\\n";
                break;
            case 0xd:
                m_out += "\\r";
                break;
            case 0x9:
                m_out += "\\t";
                break;
            default:
                if (u < 0x20)
                    appendUnicodeEscape(m_out, u);
                else
                    m_out += char(u);
            }
        } else if (u < 0x800) {
            m_out += char(0xc0 | (u >> 6));
            m_out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            m_out += char(0xe0 | (u >> 12));
            m_out += char(0x80 | ((u >> 6) & 0x3f));
            m_out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            m_out += char(0xf0 | (c >> 18));
            m_out += char(0x80 | ((c >> 12) & 0x3f));
            m_out += char(0x80 | ((c >> 6) & 0x3f));
            m_out += char(0x80 | (c & 0x3f));
        } else {
            appendUnicodeEscape(m_out, u);
        }
    }
    m_out += '"';
}

} // namespace pd
