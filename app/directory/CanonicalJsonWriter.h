#pragma once

#include <QByteArray>
#include <QStringView>

namespace pd {

// Writes JSON byte-for-byte as QJsonDocument::toJson(QJsonDocument::Compact) writes it, without
// building a QJsonObject first: a 100,000-user source maps each user once per run, and the
// QJsonObject round trip was half of that (docs/performance.md). The caller writes object keys
// in QJsonObject's order (sorted by UTF-16 code unit); stored payload hashes depend on these bytes.
class CanonicalJsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void value(QStringView text);
    void boolean(bool flag); // named apart: a u"" literal would convert to bool
    // key + value in one call.
    void member(QStringView name, QStringView text);
    void booleanMember(QStringView name, bool flag);

    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void string(QStringView text);

    QByteArray m_out;
    bool m_first = true; // no comma before the next member or element
};

} // namespace pd
