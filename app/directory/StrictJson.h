#pragma once

#include "ConnectionValidator.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace pd {

// Reads one JSON object strictly: every key read is remembered, and finish() reports the rest as
// unknown, with their path. Type mismatches are reported with the key's path too.
class StrictJson
{
public:
    StrictJson(const QJsonObject &json, QString prefix, QList<FieldProblem> *problems);

    bool has(const QString &key) const { return m_json.contains(key); }
    QString path(const QString &key) const { return m_prefix + QLatin1Char('.') + key; }
    void string(const QString &key, QString *out, bool required = false);
    void boolean(const QString &key, bool *out);
    void integer(const QString &key, int *out);
    void stringList(const QString &key, QStringList *out);
    QJsonObject object(const QString &key, bool required = false);
    void problem(const QString &key, const QString &message);
    void finish();

private:
    QJsonObject m_json;
    QString m_prefix;
    QList<FieldProblem> *m_problems;
    QSet<QString> m_read;
};

} // namespace pd
