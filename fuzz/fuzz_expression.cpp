// libFuzzer target: the attribute expression parser and evaluator over arbitrary text.
#include "Expression.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const pd::Expression e = pd::Expression::parse(text);
    if (!e.isValid()) {
        // An error always points into the text (or just past its end).
        if (e.error().position > text.size() || e.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    pd::SourceRecord record;
    record.key = QStringLiteral("k1");
    record.add(QStringLiteral("mail"), QStringLiteral("Ann.Lee@Example.com"));
    record.add(QStringLiteral("First Name"), QStringLiteral("Ann"));
    record.add(QStringLiteral("groups"), QStringList {QStringLiteral("a;b"), QString(), QStringLiteral("Pro")});
    (void)e.evaluate(record);
    (void)e.referencedAttributes();
    (void)e.isConstant();
    return 0;
}
