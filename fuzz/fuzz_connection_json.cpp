// libFuzzer target: a connection file as the CLI's "connection import" reads it (JSON, then the
// strict reader), and StrictJson on every key with every type.
#include "ConnectionJson.h"
#include "StrictJson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    pd::Connection c;
    (void)pd::ConnectionJson::fromJson(doc.object(), &c);

    QList<pd::FieldProblem> problems;
    pd::StrictJson strict(doc.object(), QStringLiteral("file"), &problems);
    for (const QString &key : doc.object().keys()) {
        QString s;
        bool b = false;
        int i = 0;
        QStringList list;
        strict.string(key, &s, true);
        strict.boolean(key, &b);
        strict.integer(key, &i);
        strict.stringList(key, &list);
        (void)strict.object(key);
    }
    strict.finish();
    return 0;
}
