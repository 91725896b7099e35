#include "AttributeChange.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace pd {

QList<AttributeChange> AttributeChange::listFromJson(const QJsonArray &array)
{
    QList<AttributeChange> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (v.isString()) { // the stored pair: "attribute", new
            const QJsonValue next = array.at(++i);
            list.append({v.toString(), QJsonValue(), next.isUndefined() ? QJsonValue() : next});
            continue;
        }
        const QJsonObject o = v.toObject();
        // No "old" key (the stored form of a create) is null, as listToJson writes it.
        const QJsonValue old = o.value(QLatin1String("old"));
        list.append({o.value(QLatin1String("attribute")).toString(), old.isUndefined() ? QJsonValue() : old,
            o.value(QLatin1String("new"))});
    }
    return list;
}

QJsonArray AttributeChange::listToJson(const QList<AttributeChange> &changes)
{
    QJsonArray array;
    for (const AttributeChange &c : changes) {
        QJsonObject o {{QStringLiteral("attribute"), c.attribute}};
        // Undefined would vanish from the object; null keeps "no value" explicit.
        o.insert(QStringLiteral("old"), c.oldValue.isUndefined() ? QJsonValue() : c.oldValue);
        o.insert(QStringLiteral("new"), c.newValue.isUndefined() ? QJsonValue() : c.newValue);
        array.append(o);
    }
    return array;
}

QJsonArray AttributeChange::listToStorageJson(const QList<AttributeChange> &changes)
{
    QJsonArray array;
    for (const AttributeChange &c : changes) {
        const QJsonValue newValue = c.newValue.isUndefined() ? QJsonValue() : c.newValue;
        if (c.oldValue.isUndefined() || c.oldValue.isNull()) {
            array.append(c.attribute);
            array.append(newValue);
            continue;
        }
        array.append(QJsonObject {{QStringLiteral("attribute"), c.attribute},
            {QStringLiteral("old"), c.oldValue}, {QStringLiteral("new"), newValue}});
    }
    return array;
}

QString AttributeChange::valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("History", "(none)");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString AttributeChange::summary(const QList<AttributeChange> &changes)
{
    QStringList parts;
    parts.reserve(changes.size());
    for (const AttributeChange &c : changes)
        parts << QStringLiteral("%1: %2 → %3").arg(c.attribute, valueText(c.oldValue), valueText(c.newValue));
    return parts.join(QStringLiteral("; "));
}

} // namespace pd
