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
    // The form stored in the database. A change without an old value (a create lists every attribute
    // so) is two elements, "attribute", new: ~30 bytes less for each attribute of every user of a
    // first sync; one with an old value is an object as above. listFromJson reads both forms, and
    // rows written before this form (objects, "old" absent when null).
    static QJsonArray listToStorageJson(const QList<AttributeChange> &changes);
    // "title: Engineer → Lead; department: (none) → Sales", for one table cell.
    static QString summary(const QList<AttributeChange> &changes);
    static QString valueText(const QJsonValue &v);
};

} // namespace pd
