#include "PayloadDiff.h"

#include <QMap>

namespace pd {

namespace {

// Flattens a SCIM payload into path -> value. Multi-valued attributes are keyed by their "type"
// (emails[work].value), which is how Zoom identifies them, else by position.
void flatten(const QJsonValue &v, const QString &path, QMap<QString, QJsonValue> *out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (path.isEmpty()
                && (it.key() == QLatin1String("schemas") || it.key() == QLatin1String("meta")
                    || it.key() == QLatin1String("id")))
                continue;
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
        }
        return;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonObject item = a.at(i).toObject();
            const QString key = item.contains(QStringLiteral("type"))
                ? item.value(QStringLiteral("type")).toString()
                : QString::number(i);
            QJsonObject rest = item;
            rest.remove(QStringLiteral("type"));
            if (a.at(i).isObject())
                flatten(rest, path + QLatin1Char('[') + key + QLatin1Char(']'), out);
            else
                out->insert(path + QLatin1Char('[') + key + QLatin1Char(']'), a.at(i));
        }
        return;
    }
    out->insert(path, v);
}

QJsonObject change(const QString &attribute, const QJsonValue &before, const QJsonValue &after)
{
    return QJsonObject {{QStringLiteral("attribute"), attribute},
        {QStringLiteral("old"), before.isUndefined() ? QJsonValue() : before},
        {QStringLiteral("new"), after.isUndefined() ? QJsonValue() : after}};
}

} // namespace

QJsonArray PayloadDiff::compare(const QJsonObject &before, const QJsonObject &after)
{
    QMap<QString, QJsonValue> a, b;
    flatten(before, {}, &a);
    flatten(after, {}, &b);
    QJsonArray changes;
    QMap<QString, bool> keys;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        keys.insert(it.key(), true);
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        keys.insert(it.key(), true);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QJsonValue x = a.value(it.key(), QJsonValue(QJsonValue::Undefined));
        const QJsonValue y = b.value(it.key(), QJsonValue(QJsonValue::Undefined));
        if (x != y)
            changes.append(change(it.key(), x, y));
    }
    return changes;
}

QJsonArray PayloadDiff::changesMade(const QJsonObject &before, const QJsonObject &after)
{
    QMap<QString, QJsonValue> a, b;
    flatten(before, {}, &a);
    flatten(after, {}, &b);
    QJsonArray changes;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const QJsonValue x = a.value(it.key(), QJsonValue(QJsonValue::Undefined));
        if (x != it.value())
            changes.append(change(it.key(), x, it.value()));
    }
    return changes;
}

} // namespace pd
