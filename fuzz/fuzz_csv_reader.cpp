// libFuzzer target: CsvReader over arbitrary bytes (any encoding, quotes, line ends, delimiters).
#include "CsvReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    pd::CsvReader reader(&buffer);
    reader.detectDelimiter();
    pd::CsvRow row;
    qint64 lastLine = 0;
    while (reader.next(&row)) {
        // Lines only go forward, and an errorless row always has at least one field.
        if (row.line < lastLine || (row.error.isEmpty() && row.fields.isEmpty()))
            __builtin_trap();
        lastLine = row.line;
    }
    return 0;
}
