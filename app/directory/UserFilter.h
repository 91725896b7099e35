#pragma once

#include "ConnectionValidator.h"
#include "SourceRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd {

// One condition on a source attribute. Comparisons ignore case and surrounding spaces; on a
// multi-valued attribute a condition holds when any value satisfies it ("not equals": when none
// equals).
struct FilterCondition
{
    enum class Operator { Equals, NotEquals, Contains, StartsWith, EndsWith, Present, Absent };
    QString attribute; // a source attribute, or @key / @disabled / @enabled
    Operator op = Operator::Equals;
    QString value; // unused for Present and Absent

    bool matches(const SourceRecord &record) const;
    QString describe() const; // "department equals Sales"
    static QString operatorKey(Operator op);
    static bool operatorFromKey(const QString &key, Operator *out);
    static QString operatorLabel(Operator op);
    bool operator==(const FilterCondition &) const = default;
};

// Which source records the rule provisions: conditions and nested groups joined by All (and) or
// Any (or). An empty filter lets everyone through.
struct UserFilter
{
    enum class Match { All, Any };
    Match match = Match::All;
    QList<FilterCondition> conditions;
    QList<UserFilter> groups;

    bool isEmpty() const { return conditions.isEmpty() && groups.isEmpty(); }
    bool matches(const SourceRecord &record) const;
    // Why a record does not match, for "Test rule": the first failing condition under All, or
    // "none of ..." under Any. Empty when it matches.
    QString explainMismatch(const SourceRecord &record) const;
    QString describe() const;
    QStringList referencedAttributes() const;

    QJsonObject toJson() const;
    static QList<FieldProblem> fromJson(
        const QJsonObject &json, UserFilter *out, const QString &prefix = QStringLiteral("rule.filter"));
    bool operator==(const UserFilter &) const = default;
};

} // namespace pd
