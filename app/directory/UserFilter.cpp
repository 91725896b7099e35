#include "UserFilter.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::UserFilter", "UserFilter"}, text);
}

QStringList valuesFor(const SourceRecord &r, const QString &attribute)
{
    if (attribute.compare(QLatin1String("@key"), Qt::CaseInsensitive) == 0)
        return r.key.isEmpty() ? QStringList() : QStringList {r.key};
    if (attribute.compare(QLatin1String("@disabled"), Qt::CaseInsensitive) == 0)
        return {r.disabled ? QStringLiteral("true") : QStringLiteral("false")};
    if (attribute.compare(QLatin1String("@enabled"), Qt::CaseInsensitive) == 0)
        return {r.disabled ? QStringLiteral("false") : QStringLiteral("true")};
    return r.values(attribute);
}

struct OperatorName
{
    FilterCondition::Operator op;
    const char *key;
    const char *label;
};

constexpr OperatorName Operators[] = {
    {FilterCondition::Operator::Equals, "equals", QT_TRANSLATE_NOOP("UserFilter", "equals")},
    {FilterCondition::Operator::NotEquals, "notEquals", QT_TRANSLATE_NOOP("UserFilter", "does not equal")},
    {FilterCondition::Operator::Contains, "contains", QT_TRANSLATE_NOOP("UserFilter", "contains")},
    {FilterCondition::Operator::StartsWith, "startsWith", QT_TRANSLATE_NOOP("UserFilter", "starts with")},
    {FilterCondition::Operator::EndsWith, "endsWith", QT_TRANSLATE_NOOP("UserFilter", "ends with")},
    {FilterCondition::Operator::Present, "present", QT_TRANSLATE_NOOP("UserFilter", "is present")},
    {FilterCondition::Operator::Absent, "absent", QT_TRANSLATE_NOOP("UserFilter", "is absent")},
};

bool takesValue(FilterCondition::Operator op)
{
    return op != FilterCondition::Operator::Present && op != FilterCondition::Operator::Absent;
}

} // namespace

QString FilterCondition::operatorKey(Operator op)
{
    for (const OperatorName &o : Operators) {
        if (o.op == op)
            return QLatin1String(o.key);
    }
    return {};
}

bool FilterCondition::operatorFromKey(const QString &key, Operator *out)
{
    for (const OperatorName &o : Operators) {
        if (key == QLatin1String(o.key)) {
            *out = o.op;
            return true;
        }
    }
    return false;
}

QString FilterCondition::operatorLabel(Operator op)
{
    for (const OperatorName &o : Operators) {
        if (o.op == op)
            return QCoreApplication::translate("UserFilter", o.label);
    }
    return {};
}

bool FilterCondition::matches(const SourceRecord &record) const
{
    const QStringList values = valuesFor(record, attribute.trimmed());
    const QString wanted = value.trimmed();
    const auto any = [&](auto predicate) {
        return std::any_of(
            values.begin(), values.end(), [&](const QString &v) { return predicate(v.trimmed()); });
    };
    switch (op) {
    case Operator::Equals:
        return any([&](const QString &v) { return v.compare(wanted, Qt::CaseInsensitive) == 0; });
    case Operator::NotEquals:
        return !any([&](const QString &v) { return v.compare(wanted, Qt::CaseInsensitive) == 0; });
    case Operator::Contains:
        return any([&](const QString &v) { return v.contains(wanted, Qt::CaseInsensitive); });
    case Operator::StartsWith:
        return any([&](const QString &v) { return v.startsWith(wanted, Qt::CaseInsensitive); });
    case Operator::EndsWith:
        return any([&](const QString &v) { return v.endsWith(wanted, Qt::CaseInsensitive); });
    case Operator::Present:
        return any([](const QString &v) { return !v.isEmpty(); });
    case Operator::Absent:
        return !any([](const QString &v) { return !v.isEmpty(); });
    }
    return false;
}

QString FilterCondition::describe() const
{
    if (!takesValue(op))
        return QStringLiteral("%1 %2").arg(attribute, operatorLabel(op));
    return QStringLiteral("%1 %2 \"%3\"").arg(attribute, operatorLabel(op), value);
}

bool UserFilter::matches(const SourceRecord &record) const
{
    if (isEmpty())
        return true;
    if (match == Match::All) {
        return std::all_of(conditions.begin(), conditions.end(),
                   [&](const FilterCondition &c) { return c.matches(record); })
            && std::all_of(
                groups.begin(), groups.end(), [&](const UserFilter &g) { return g.matches(record); });
    }
    return std::any_of(conditions.begin(), conditions.end(), [&](const FilterCondition &c) {
        return c.matches(record);
    }) || std::any_of(groups.begin(), groups.end(), [&](const UserFilter &g) { return g.matches(record); });
}

QString UserFilter::explainMismatch(const SourceRecord &record) const
{
    if (matches(record))
        return {};
    if (match == Match::Any)
        return tr("matches none of: %1").arg(describe());
    for (const FilterCondition &c : conditions) {
        if (!c.matches(record)) {
            const QStringList values = valuesFor(record, c.attribute);
            return values.isEmpty()
                ? tr("not %1 (no value)").arg(c.describe())
                : tr("not %1 (value \"%2\")").arg(c.describe(), values.join(QLatin1String("\", \"")));
        }
    }
    for (const UserFilter &g : groups) {
        if (!g.matches(record))
            return g.explainMismatch(record);
    }
    return {};
}

QString UserFilter::describe() const
{
    QStringList parts;
    for (const FilterCondition &c : conditions)
        parts << c.describe();
    for (const UserFilter &g : groups)
        parts << QLatin1Char('(') + g.describe() + QLatin1Char(')');
    return parts.join(match == Match::All ? tr(" and ") : tr(" or "));
}

QStringList UserFilter::referencedAttributes() const
{
    QStringList names;
    for (const FilterCondition &c : conditions) {
        if (!names.contains(c.attribute, Qt::CaseInsensitive))
            names << c.attribute;
    }
    for (const UserFilter &g : groups) {
        for (const QString &a : g.referencedAttributes()) {
            if (!names.contains(a, Qt::CaseInsensitive))
                names << a;
        }
    }
    return names;
}

QJsonObject UserFilter::toJson() const
{
    QJsonArray items;
    for (const FilterCondition &c : conditions) {
        QJsonObject o {{QStringLiteral("attribute"), c.attribute},
            {QStringLiteral("operator"), FilterCondition::operatorKey(c.op)}};
        if (takesValue(c.op))
            o.insert(QStringLiteral("value"), c.value);
        items.append(o);
    }
    for (const UserFilter &g : groups)
        items.append(g.toJson());
    return QJsonObject {
        {QStringLiteral("match"), match == Match::All ? QStringLiteral("all") : QStringLiteral("any")},
        {QStringLiteral("conditions"), items}};
}

QList<FieldProblem> UserFilter::fromJson(const QJsonObject &json, UserFilter *out, const QString &prefix)
{
    QList<FieldProblem> problems;
    UserFilter f;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String("match") && it.key() != QLatin1String("conditions"))
            problems.append({prefix + QLatin1Char('.') + it.key(),
                tr("unknown key \"%1\"").arg(prefix + QLatin1Char('.') + it.key())});
    }
    const QJsonValue match = json.value(QStringLiteral("match"));
    if (match.isUndefined() || match == QLatin1String("all"))
        f.match = Match::All;
    else if (match == QLatin1String("any"))
        f.match = Match::Any;
    else
        problems.append(
            {prefix + QLatin1String(".match"), tr("\"%1.match\" must be \"all\" or \"any\"").arg(prefix)});
    const QJsonValue list = json.value(QStringLiteral("conditions"));
    if (!list.isUndefined() && !list.isArray())
        problems.append(
            {prefix + QLatin1String(".conditions"), tr("\"%1.conditions\" must be a list").arg(prefix)});
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("%1.conditions[%2]").arg(prefix).arg(i);
        if (!items.at(i).isObject()) {
            problems.append({path, tr("\"%1\" must be an object").arg(path)});
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        if (o.contains(QStringLiteral("conditions")) || o.contains(QStringLiteral("match"))) {
            UserFilter group;
            problems += fromJson(o, &group, path);
            f.groups.append(group);
            continue;
        }
        FilterCondition c;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("attribute") && it.key() != QLatin1String("operator")
                && it.key() != QLatin1String("value"))
                problems.append({path + QLatin1Char('.') + it.key(),
                    tr("unknown key \"%1\"").arg(path + QLatin1Char('.') + it.key())});
        }
        const QJsonValue attribute = o.value(QStringLiteral("attribute"));
        if (!attribute.isString() || attribute.toString().trimmed().isEmpty())
            problems.append({path + QLatin1String(".attribute"),
                tr("\"%1.attribute\" must name an attribute").arg(path)});
        c.attribute = attribute.toString().trimmed();
        if (!FilterCondition::operatorFromKey(o.value(QStringLiteral("operator")).toString(), &c.op)) {
            QStringList keys;
            for (const OperatorName &n : Operators)
                keys << QLatin1String(n.key);
            problems.append({path + QLatin1String(".operator"),
                tr("\"%1.operator\" must be one of %2").arg(path, keys.join(QLatin1String(", ")))});
        }
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (takesValue(c.op)) {
            if (!value.isString())
                problems.append(
                    {path + QLatin1String(".value"), tr("\"%1.value\" must be a string").arg(path)});
            c.value = value.toString();
        } else if (!value.isUndefined()) {
            problems.append({path + QLatin1String(".value"),
                tr("\"%1.value\" has no meaning for \"%2\"").arg(path, FilterCondition::operatorKey(c.op))});
        }
        f.conditions.append(c);
    }
    if (problems.isEmpty())
        *out = f;
    return problems;
}

} // namespace pd
