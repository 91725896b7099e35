#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pd {

// One attribute a run changed: "title": "Engineer" -> "Lead". Paths follow PayloadDiff
// ("name.givenName", "emails[work].value"); an absent value is QJsonValue::Undefined / null.
struct AttributeChange
{
    QString attribute;
    QJsonValue oldValue;
    QJsonValue newValue;

    bool operator==(const AttributeChange &) const = default;

    // The sync planner's form: [{"attribute": ..., "old": ..., "new": ...}].
    static QList<AttributeChange> listFromJson(const QJsonArray &array);
    static QJsonArray listToJson(const QList<AttributeChange> &changes);
    // "title: Engineer → Lead; department: (none) → Sales", for one table cell.
    static QString summary(const QList<AttributeChange> &changes);
    static QString valueText(const QJsonValue &v);
};

} // namespace pd
