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
    // The form stored in the database: a missing "old" is written as no key at all (a create lists
    // every attribute with no old value: ~10 bytes each, for every user of a first sync);
    // listFromJson reads it back as null.
    static QJsonArray listToStorageJson(const QList<AttributeChange> &changes);
    // "title: Engineer → Lead; department: (none) → Sales", for one table cell.
    static QString summary(const QList<AttributeChange> &changes);
    static QString valueText(const QJsonValue &v);
};

} // namespace pd
